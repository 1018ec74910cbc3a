using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Signpost.Cli.Commands;
using Signpost.IntegrationTests.Infrastructure;

namespace Signpost.IntegrationTests.Features;

public sealed class NonLoopbackDemoFactory : SignpostFactory
{
    public override string Provider => "sqlite";

    protected override string? ConnectionString => null;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("urls", "http://0.0.0.0:5999");
    }

    public override Task InitializeAsync() => Task.CompletedTask; // the test starts it, expecting a refusal
}

public sealed class StartupTests : IClassFixture<SqliteFactory>
{
    private readonly SqliteFactory _app;

    public StartupTests(SqliteFactory app) => _app = app;

    [Fact]
    public void Demo_mode_refuses_a_public_address_with_the_published_password()
    {
        using var factory = new NonLoopbackDemoFactory();
        var ex = Assert.ThrowsAny<Exception>(() => factory.Server);
        Assert.Contains("Demo mode refuses", ex.ToString());
    }

    [Fact]
    public void Demo_mode_on_a_public_address_starts_when_the_password_is_set_explicitly()
    {
        using var factory = new NonLoopbackDemoFactory();
        factory.Settings["Signpost:DemoPassword"] = "Another-Demo-Password-9";
        Assert.NotNull(factory.Server);
    }

    [Fact]
    public async Task Sqlite_database_runs_in_wal_mode()
    {
        await using var db = _app.SystemDb();
        await db.Database.OpenConnectionAsync();
        await using var cmd = db.Database.GetDbConnection().CreateCommand();
        cmd.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", (string?)await cmd.ExecuteScalarAsync());
        Assert.True(File.Exists(Path.Combine(_app.DataDirectory, "signpost.db")));
    }

    [Fact]
    public async Task Cli_migrate_prepares_an_empty_postgres_database_once()
    {
        var name = "signpost_migrate_" + Guid.NewGuid().ToString("N")[..10];
        await using (var admin = new NpgsqlConnection(PostgresFactory.ServerConnectionString))
        {
            await admin.OpenAsync();
            await new NpgsqlCommand($"CREATE DATABASE \"{name}\"", admin).ExecuteNonQueryAsync();
        }

        try
        {
            var cs = new NpgsqlConnectionStringBuilder(PostgresFactory.ServerConnectionString) { Database = name }.ConnectionString;
            string[] args = ["migrate", "--Signpost:Database=postgres", $"--ConnectionStrings:Signpost={cs}"];
            var first = new StringWriter();
            Assert.Equal(0, await CliApp.RunAsync(args, TextReader.Null, first, TextWriter.Null));
            Assert.Contains("Applied", first.ToString());
            var second = new StringWriter();
            Assert.Equal(0, await CliApp.RunAsync(args, TextReader.Null, second, TextWriter.Null));
            Assert.Contains("up to date", second.ToString());
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(PostgresFactory.ServerConnectionString);
            await admin.OpenAsync();
            await new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", admin).ExecuteNonQueryAsync();
        }
    }
}
