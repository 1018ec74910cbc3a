using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Signpost.Data;

/// <summary>Configures EF Core for the chosen provider, with that provider's own migrations assembly.</summary>
public static class DatabaseSetup
{
    public const string SqliteMigrations = "Signpost.Migrations.Sqlite";
    public const string PostgresMigrations = "Signpost.Migrations.Postgres";

    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, DatabaseSettings settings)
    {
        if (settings.IsPostgres)
        {
            options.UseNpgsql(settings.ConnectionString, o => o.MigrationsAssembly(PostgresMigrations));
        }
        else
        {
            options.UseSqlite(settings.ConnectionString, o => o.MigrationsAssembly(SqliteMigrations));
            options.AddInterceptors(SqliteDurability.Instance);
        }

        return options;
    }

    public static DbContextOptions<AppDbContext> Options(DatabaseSettings settings)
    {
        var b = new DbContextOptionsBuilder<AppDbContext>();
        Configure(b, settings);
        return b.Options;
    }

    /// <summary>Applies the migrations of the configured provider; on SQLite also switches the file to WAL mode (kept in the file).</summary>
    public static async Task MigrateAsync(AppDbContext db, CancellationToken ct = default)
    {
        await db.Database.MigrateAsync(ct);
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }
    }
}

/// <summary>
/// Every SQLite connection waits for locks instead of failing at once, and syncs each commit to disk
/// (synchronous=FULL), so a write that was acknowledged survives a crash or power cut.
/// </summary>
internal sealed class SqliteDurability : DbConnectionInterceptor
{
    public static readonly SqliteDurability Instance = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private static void Apply(DbConnection connection)
    {
        if (connection is not SqliteConnection)
        {
            return;
        }

        using var cmd = connection.CreateCommand();
        cmd.CommandText = "PRAGMA busy_timeout=30000; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;";
        cmd.ExecuteNonQuery();
    }
}
