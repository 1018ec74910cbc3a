using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Signpost.Data;
using Signpost.Web.Infrastructure;

namespace Signpost.IntegrationTests.Infrastructure;

/// <summary>
/// The real app through the real HTTP pipeline, on a real database of its own: a fresh SQLite file, or a fresh
/// database on the PostgreSQL server that scripts/test.sh starts. Real migrations run; the demo school is seeded.
/// </summary>
public abstract class SignpostFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "signpost-tests", Guid.NewGuid().ToString("N"));

    public abstract string Provider { get; }

    /// <summary>Extra settings a test class needs (e.g. a low rate limit, an SMTP server).</summary>
    public Dictionary<string, string?> Settings { get; } = new();

    protected abstract string? ConnectionString { get; }

    public const string DemoPassword = SignpostOptions.DefaultDemoPassword;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Signpost:DataDirectory", DataDirectory);
        builder.UseSetting("Signpost:Database", Provider);
        builder.UseSetting("Signpost:MigrateAtStart", "true");
        builder.UseSetting("Signpost:SignInAttemptsPerMinute", "100000");
        builder.UseSetting("OversightMonitors:Enabled", "false"); // tests run the monitors' single passes themselves
        if (ConnectionString is not null)
        {
            builder.UseSetting("ConnectionStrings:Signpost", ConnectionString);
        }

        foreach (var (k, v) in Settings)
        {
            builder.UseSetting(k, v);
        }
    }

    /// <summary>The same settings the CLI takes, as arguments.</summary>
    public string[] CliArgs() =>
        ConnectionString is null
            ? [$"--Signpost:DataDirectory={DataDirectory}", $"--Signpost:Database={Provider}"]
            : [$"--Signpost:DataDirectory={DataDirectory}", $"--Signpost:Database={Provider}", $"--ConnectionStrings:Signpost={ConnectionString}"];

    /// <summary>A context that sees every school, for arranging and checking what the HTTP calls did.</summary>
    public AppDbContext SystemDb() => Services.GetRequiredService<SystemDb>().Create();

    public HttpClient Browser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public virtual Task InitializeAsync()
    {
        _ = Server; // start now, so migrations and the demo seed happen once per class
        return Task.CompletedTask;
    }

    public new virtual async Task DisposeAsync()
    {
        await base.DisposeAsync();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

public class SqliteFactory : SignpostFactory
{
    public override string Provider => "sqlite";

    protected override string? ConnectionString => null;
}

public class PostgresFactory : SignpostFactory
{
    private readonly string _database = "signpost_test_" + Guid.NewGuid().ToString("N")[..12];
    private string? _connectionString;

    public override string Provider => "postgres";

    protected override string? ConnectionString => _connectionString;

    /// <summary>The server scripts/test.sh starts; a test run without it fails loudly rather than skipping.</summary>
    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable("SIGNPOST_TEST_POSTGRES")
        ?? throw new InvalidOperationException("SIGNPOST_TEST_POSTGRES is not set. Run the tests with `bash scripts/test.sh`, which starts a throw-away PostgreSQL server.");

    public override async Task InitializeAsync()
    {
        await using (var admin = new NpgsqlConnection(ServerConnectionString))
        {
            await admin.OpenAsync();
            await using var cmd = new NpgsqlCommand($"CREATE DATABASE \"{_database}\"", admin);
            await cmd.ExecuteNonQueryAsync();
        }

        _connectionString = new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = _database }.ConnectionString;
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(ServerConnectionString);
        await admin.OpenAsync();
        await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", admin);
        await cmd.ExecuteNonQueryAsync();
    }
}
