using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using SqliteConnection = Microsoft.Data.Sqlite.SqliteConnection;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Signpost.Cli.Commands;
using Signpost.Data;
using Signpost.IntegrationTests.Infrastructure;

namespace Signpost.IntegrationTests.Features;

/// <summary>
/// Issue 7: `signpost backup` and `signpost restore` round-trip every row of every table, made while the app runs
/// (SQLite online backup API; pg_dump for PostgreSQL), and a restore never overwrites a database unless told to.
/// </summary>
public abstract class BackupRestoreTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : SignpostFactory
{
    /// <summary>Settings for a second, empty database to restore into.</summary>
    protected abstract string[] RestoreTargetArgs(string dataDirectory);

    protected abstract Task DropRestoreTargetAsync();

    [Fact]
    public async Task A_backup_made_while_the_app_runs_restores_every_row_of_every_table()
    {
        var api = await app.ApiAsAsync("teacher.y5"); // signs in first, so its audit records are in both
        var backupFile = Path.Combine(app.DataDirectory, "backups", "round-trip.zip");
        Directory.CreateDirectory(Path.GetDirectoryName(backupFile)!);
        Dictionary<string, List<string>> before = [];
        for (var attempt = 0; ; attempt++)
        {
            // A background job may write between the snapshot and the backup: take the snapshot again until it holds still.
            before = await SnapshotAsync(DatabaseSettingsOf(app.CliArgs()));
            File.Delete(backupFile);
            var (code, output, error) = await RunAsync(["backup", "--out", backupFile, .. app.CliArgs()]);
            Assert.True(code == 0, error);
            Assert.Contains("Backed up", output);
            if (Same(before, await SnapshotAsync(DatabaseSettingsOf(app.CliArgs()))) || attempt == 3)
            {
                break;
            }
        }

        // Writes after the backup are not in it.
        var later = await api.PostAsJsonAsync("/api/sites", new { name = "Written after the backup", kind = "project-blog" });
        Assert.Equal(HttpStatusCode.Created, later.StatusCode);

        var target = Path.Combine(Path.GetTempPath(), "signpost-tests", "restore-" + Guid.NewGuid().ToString("N"));
        try
        {
            var (code, output, error) = await RunAsync(["restore", backupFile, .. RestoreTargetArgs(target)]);
            Assert.True(code == 0, error);
            Assert.Contains("every table's row count matches and the audit chain verifies", output);

            var restored = await SnapshotAsync(DatabaseSettingsOf(RestoreTargetArgs(target)));
            Assert.Equal(before.Keys.Order(), restored.Keys.Order());
            foreach (var table in before.Keys)
            {
                Assert.True(before[table].SequenceEqual(restored[table]), $"table {table} differs after the round trip ({before[table].Count} rows before, {restored[table].Count} after)");
            }

            Assert.True(before["Posts"].Count > 0 && before["AuditRecords"].Count > 0, "the demo school has posts and an audit log to back up");
            Assert.DoesNotContain(restored["Sites"], row => row.Contains("Written after the backup", StringComparison.Ordinal));

            // Restoring again over the now existing database is refused without --force, and works with it.
            var (refused, _, why) = await RunAsync(["restore", backupFile, .. RestoreTargetArgs(target)]);
            Assert.Equal(5, refused);
            Assert.Contains("--force", why);
            var (forced, _, forcedError) = await RunAsync(["restore", backupFile, "--force", .. RestoreTargetArgs(target)]);
            Assert.True(forced == 0, forcedError);
            var again = await SnapshotAsync(DatabaseSettingsOf(RestoreTargetArgs(target)));
            Assert.All(before.Keys, t => Assert.True(before[t].SequenceEqual(again[t]), $"table {t} differs after a forced restore"));
        }
        finally
        {
            await DropRestoreTargetAsync();
            SqliteConnection.ClearAllPools();
            if (Directory.Exists(target))
            {
                Directory.Delete(target, recursive: true);
            }
        }
    }

    [Fact]
    public async Task Restoring_a_file_that_is_not_a_backup_says_so_and_changes_nothing()
    {
        var notBackup = Path.Combine(app.DataDirectory, "not-a-backup.zip");
        await File.WriteAllTextAsync(notBackup, "hello");
        var (code, _, error) = await RunAsync(["restore", notBackup, .. app.CliArgs()]);
        Assert.NotEqual(0, code);
        Assert.False(string.IsNullOrWhiteSpace(error));
        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().GetAsync("/health")).StatusCode);
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code;
        try
        {
            code = await CliApp.RunAsync(args, TextReader.Null, stdout, stderr);
        }
        catch (InvalidDataException e)
        {
            return (9, stdout.ToString(), e.Message);
        }

        return (code, stdout.ToString(), stderr.ToString());
    }

    private static DatabaseSettings DatabaseSettingsOf(string[] args) => DataCommands.Settings(args);

    private static bool Same(Dictionary<string, List<string>> a, Dictionary<string, List<string>> b) =>
        a.Count == b.Count && a.All(kv => b.TryGetValue(kv.Key, out var rows) && rows.SequenceEqual(kv.Value));

    /// <summary>Every row of every table as text, sorted: what "compares every table" compares.</summary>
    private static async Task<Dictionary<string, List<string>>> SnapshotAsync(DatabaseSettings settings)
    {
        await using var db = new AppDbContext(DatabaseSetup.Options(settings));
        var conn = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        var result = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var table in BackupCommands.Tables(db))
        {
            await using var cmd = conn.CreateCommand();
            cmd.CommandText = $"SELECT * FROM \"{table}\"";
            await using var reader = await cmd.ExecuteReaderAsync();
            var rows = new List<string>();
            while (await reader.ReadAsync())
            {
                var cells = new string[reader.FieldCount];
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    cells[i] = reader.GetName(i) + "=" + (reader.IsDBNull(i) ? "null" : reader.GetValue(i) switch
                    {
                        byte[] b => Convert.ToBase64String(b),
                        DateTime d => d.ToString("O", CultureInfo.InvariantCulture),
                        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                        var v => v.ToString(),
                    });
                }

                rows.Add(string.Join("|", cells));
            }

            rows.Sort(StringComparer.Ordinal);
            result[table] = rows;
        }

        await db.Database.CloseConnectionAsync();
        return result;
    }
}

public sealed class BackupRestoreTests_Sqlite(SqliteFactory app) : BackupRestoreTests<SqliteFactory>(app)
{
    protected override string[] RestoreTargetArgs(string dataDirectory) => [$"--Signpost:DataDirectory={dataDirectory}", "--Signpost:Database=sqlite"];

    protected override Task DropRestoreTargetAsync() => Task.CompletedTask;
}

[Collection("postgres")]
public sealed class BackupRestoreTests_Postgres(PostgresFactory app) : BackupRestoreTests<PostgresFactory>(app)
{
    private readonly string _database = "signpost_restore_" + Guid.NewGuid().ToString("N")[..12];

    private string ConnectionString => new NpgsqlConnectionStringBuilder(PostgresFactory.ServerConnectionString) { Database = _database }.ConnectionString;

    protected override string[] RestoreTargetArgs(string dataDirectory) =>
        [$"--Signpost:DataDirectory={dataDirectory}", "--Signpost:Database=postgres", $"--ConnectionStrings:Signpost={ConnectionString}"];

    protected override async Task DropRestoreTargetAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(PostgresFactory.ServerConnectionString);
        await admin.OpenAsync();
        await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", admin);
        await cmd.ExecuteNonQueryAsync();
    }
}
