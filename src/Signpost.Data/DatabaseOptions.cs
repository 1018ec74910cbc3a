using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Signpost.Data;

/// <summary>Which database to use, read from the same settings by the web app and the CLI (CONTRACT.md).</summary>
public sealed record DatabaseSettings(string Provider, string ConnectionString, string DataDirectory)
{
    public bool IsPostgres => Provider == "postgres";

    /// <summary>
    /// `dotnet run --project src/X` starts in the project's folder, so the web app and the CLI would each see a
    /// different ./data. From inside a checkout the default is the repository root's data folder, so both agree.
    /// </summary>
    public static string DefaultRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Signpost.slnx")))
            {
                return dir.FullName;
            }
        }

        return start;
    }

    public static DatabaseSettings From(IConfiguration config, string contentRoot)
    {
        var dataDir = config["Signpost:DataDirectory"];
        dataDir = string.IsNullOrWhiteSpace(dataDir) ? Path.Combine(DefaultRoot(contentRoot), "data") : Path.GetFullPath(dataDir, contentRoot);
        var provider = (config["Signpost:Database"] ?? "sqlite").Trim().ToLowerInvariant();
        switch (provider)
        {
            case "sqlite":
                Directory.CreateDirectory(dataDir);
                var cs = config.GetConnectionString("Signpost");
                if (string.IsNullOrWhiteSpace(cs))
                {
                    cs = $"Data Source={Path.Combine(dataDir, "signpost.db")};Foreign Keys=True;Default Timeout=30;Pooling=True";
                }

                return new("sqlite", cs, dataDir);
            case "postgres" or "postgresql":
                var pg = config.GetConnectionString("Signpost");
                if (string.IsNullOrWhiteSpace(pg))
                {
                    throw new InvalidOperationException(
                        "Signpost__Database is 'postgres' but ConnectionStrings__Signpost is not set. Give an Npgsql connection string, e.g. Host=127.0.0.1;Database=signpost;Username=signpost;Password=...");
                }

                return new("postgres", pg, dataDir);
            default:
                throw new InvalidOperationException($"Signpost__Database must be 'sqlite' or 'postgres', not '{provider}'.");
        }
    }
}
