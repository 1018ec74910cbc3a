using Microsoft.Extensions.Configuration;
using Signpost.Data;
using Signpost.Data.Audit;

namespace Signpost.Cli.Commands;

/// <summary>Commands that work on the app's database, found from the same settings as the web app.</summary>
public static class DataCommands
{
    /// <summary>Settings from the environment (Signpost__Database…) and from --Signpost:Database=… arguments, as the web app reads them.</summary>
    public static DatabaseSettings Settings(string[] args)
    {
        var config = new ConfigurationBuilder()
            .AddEnvironmentVariables()
            .AddCommandLine(args.Where(a => a.StartsWith("--", StringComparison.Ordinal) && a.Contains('=', StringComparison.Ordinal)).ToArray())
            .Build();
        return DatabaseSettings.From(config, Directory.GetCurrentDirectory());
    }

    public static async Task<int> AuditVerifyAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var settings = Settings(args);
        await using var db = new AppDbContext(DatabaseSetup.Options(settings));
        if (!await db.Database.CanConnectAsync())
        {
            await stderr.WriteLineAsync($"signpost audit verify: cannot open the {settings.Provider} database.");
            return 3;
        }

        var result = await AuditVerifier.VerifyAsync(db);
        if (result.Ok)
        {
            await stdout.WriteLineAsync(result.Message);
            return 0;
        }

        await stdout.WriteLineAsync($"BROKEN at record {result.FirstBrokenSequence}: {result.Message} ({result.RecordsChecked} records before it verified).");
        return 1;
    }

    public static async Task<int> MigrateAsync(string[] args, TextWriter stdout)
    {
        var settings = Settings(args);
        await using var db = new AppDbContext(DatabaseSetup.Options(settings));
        var pending = (await Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.GetPendingMigrationsAsync(db.Database)).ToList();
        await DatabaseSetup.MigrateAsync(db);
        await stdout.WriteLineAsync(pending.Count == 0
            ? $"The {settings.Provider} database is up to date."
            : $"Applied {pending.Count} migration(s) to the {settings.Provider} database: {string.Join(", ", pending)}.");
        return 0;
    }
}
