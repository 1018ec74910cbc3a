using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Signpost.Data;
using Signpost.Data.Audit;

namespace Signpost.Cli.Commands;

/// <summary>
/// `signpost backup` and `signpost restore`. A backup is one ZIP file holding the database (SQLite: a consistent copy
/// made with SQLite's online backup API while the app runs; PostgreSQL: `pg_dump --format=custom`), the app's
/// data-protection keys (without them pupils' picture passwords and login cards cannot be read back) and a manifest
/// with the row count of every table. A restore puts them back into an empty database (or, with --force, over an
/// existing one) and then checks every table's row count against the manifest and verifies the audit chain.
/// </summary>
public static class BackupCommands
{
    private const string SqliteEntry = "signpost.db";
    private const string PostgresEntry = "signpost.pgdump";
    private const string ManifestEntry = "manifest.json";
    private const string KeysFolder = "keys/";

    public sealed record Manifest(string Format, string Provider, DateTime CreatedAt, string? LastMigration, Dictionary<string, long> Rows, long AuditRecords);

    public static async Task<int> BackupAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var settings = DataCommands.Settings(args);
        var output = Option(args, "--out") ?? Path.Combine(settings.DataDirectory, "backups", $"signpost-backup-{DateTime.UtcNow:yyyyMMdd-HHmmss}.zip");
        output = Path.GetFullPath(output);
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        if (File.Exists(output))
        {
            await stderr.WriteLineAsync($"signpost backup: {output} already exists; choose another --out file.");
            return 2;
        }

        await using var db = new AppDbContext(DatabaseSetup.Options(settings));
        if (!await db.Database.CanConnectAsync())
        {
            await stderr.WriteLineAsync($"signpost backup: cannot open the {settings.Provider} database.");
            return 3;
        }

        var work = Directory.CreateTempSubdirectory("signpost-backup-");
        try
        {
            string dumpFile;
            if (settings.IsPostgres)
            {
                dumpFile = Path.Combine(work.FullName, PostgresEntry);
                var (code, error) = await RunPgAsync("pg_dump", settings, ["--format=custom", "--no-owner", "--no-privileges", "--file", dumpFile]);
                if (code != 0)
                {
                    await stderr.WriteLineAsync($"signpost backup: pg_dump failed ({code}): {error.Trim()}");
                    return 4;
                }
            }
            else
            {
                dumpFile = Path.Combine(work.FullName, SqliteEntry);
                await using var source = new SqliteConnection(settings.ConnectionString);
                await source.OpenAsync();
                await using var target = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = dumpFile, Pooling = false }.ConnectionString);
                await target.OpenAsync();

                // The online backup API copies a consistent snapshot while the app keeps reading and writing.
                source.BackupDatabase(target);
                await using var cmd = target.CreateCommand();
                cmd.CommandText = "PRAGMA journal_mode=DELETE;";
                await cmd.ExecuteNonQueryAsync();
            }

            // The manifest counts the rows of the copy itself, so it describes exactly what the file holds.
            var manifest = await ManifestOfAsync(settings.IsPostgres ? db : null, settings.IsPostgres ? null : dumpFile, settings.Provider);
            await using (var zip = ZipFile.Open(output + ".partial", ZipArchiveMode.Create))
            {
                zip.CreateEntryFromFile(dumpFile, Path.GetFileName(dumpFile), CompressionLevel.Optimal);
                var keys = new DirectoryInfo(Path.Combine(settings.DataDirectory, "keys"));
                if (keys.Exists)
                {
                    foreach (var key in keys.EnumerateFiles("*.xml"))
                    {
                        zip.CreateEntryFromFile(key.FullName, KeysFolder + key.Name, CompressionLevel.Optimal);
                    }
                }

                var entry = zip.CreateEntry(ManifestEntry);
                await using var s = entry.Open();
                await JsonSerializer.SerializeAsync(s, manifest, new JsonSerializerOptions { WriteIndented = true });
            }

            // Only a complete file gets the final name: a crash mid-backup never leaves something that looks like a backup.
            File.Move(output + ".partial", output);
            await stdout.WriteLineAsync($"Backed up the {settings.Provider} database ({manifest.Rows.Values.Sum()} rows in {manifest.Rows.Count} tables, {manifest.AuditRecords} audit records) to {output}");
            return 0;
        }
        finally
        {
            File.Delete(output + ".partial");
            work.Delete(recursive: true);
        }
    }

    public static async Task<int> RestoreAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var file = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal));
        var force = args.Contains("--force");
        if (file is null || !File.Exists(file))
        {
            await stderr.WriteLineAsync("signpost restore: give the backup file, e.g. signpost restore data/backups/signpost-backup-20261124-210000.zip [--force]");
            return 2;
        }

        var settings = DataCommands.Settings(args);
        var work = Directory.CreateTempSubdirectory("signpost-restore-");
        try
        {
            Manifest manifest;
            using (var zip = ZipFile.OpenRead(file))
            {
                var m = zip.GetEntry(ManifestEntry);
                if (m is null)
                {
                    await stderr.WriteLineAsync("signpost restore: this file is not a Signpost backup (no manifest.json).");
                    return 2;
                }

                await using (var s = m.Open())
                {
                    manifest = (await JsonSerializer.DeserializeAsync<Manifest>(s))!;
                }

                if (manifest.Provider != settings.Provider)
                {
                    await stderr.WriteLineAsync($"signpost restore: the backup is of a {manifest.Provider} database but the settings name {settings.Provider}. Restore into the same kind of database.");
                    return 2;
                }

                zip.ExtractToDirectory(work.FullName);
            }

            if (settings.IsPostgres)
            {
                if (await RestorePostgresAsync(settings, Path.Combine(work.FullName, PostgresEntry), force, stderr) is { } failed)
                {
                    return failed;
                }
            }
            else
            {
                var target = new SqliteConnectionStringBuilder(settings.ConnectionString).DataSource;
                if (File.Exists(target) && !force)
                {
                    await stderr.WriteLineAsync($"signpost restore: {target} already exists. Stop the app, then run again with --force to replace it.");
                    return 5;
                }

                SqliteConnection.ClearAllPools();
                foreach (var suffix in new[] { "", "-wal", "-shm" })
                {
                    File.Delete(target + suffix);
                }

                File.Copy(Path.Combine(work.FullName, SqliteEntry), target);
            }

            var keysFrom = new DirectoryInfo(Path.Combine(work.FullName, "keys"));
            if (keysFrom.Exists)
            {
                var keysTo = Directory.CreateDirectory(Path.Combine(settings.DataDirectory, "keys"));
                foreach (var key in keysFrom.EnumerateFiles("*.xml"))
                {
                    key.CopyTo(Path.Combine(keysTo.FullName, key.Name), overwrite: true);
                }
            }

            // Check what was restored: every table's rows, and the audit chain.
            await using var db = new AppDbContext(DatabaseSetup.Options(settings));
            var now = await ManifestOfAsync(settings.IsPostgres ? db : null, settings.IsPostgres ? null : new SqliteConnectionStringBuilder(settings.ConnectionString).DataSource, settings.Provider);
            var wrong = manifest.Rows.Where(r => !now.Rows.TryGetValue(r.Key, out var n) || n != r.Value).Select(r => r.Key).ToList();
            if (wrong.Count > 0)
            {
                await stderr.WriteLineAsync($"signpost restore: the restored database differs from the backup's manifest in: {string.Join(", ", wrong)}.");
                return 6;
            }

            var audit = await AuditVerifier.VerifyAsync(db);
            if (!audit.Ok)
            {
                await stderr.WriteLineAsync($"signpost restore: restored, but the audit chain does not verify: {audit.Message}");
                return 7;
            }

            await stdout.WriteLineAsync($"Restored {manifest.Rows.Values.Sum()} rows in {manifest.Rows.Count} tables from {Path.GetFileName(file)} (made {manifest.CreatedAt:u}); every table's row count matches and the audit chain verifies.");
            return 0;
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static async Task<int?> RestorePostgresAsync(DatabaseSettings settings, string dump, bool force, TextWriter stderr)
    {
        var target = new NpgsqlConnectionStringBuilder(settings.ConnectionString);
        var admin = new NpgsqlConnectionStringBuilder(settings.ConnectionString) { Database = "postgres", Pooling = false };
        await using (var c = new NpgsqlConnection(admin.ConnectionString))
        {
            await c.OpenAsync();
            await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @n", c);
            exists.Parameters.AddWithValue("n", target.Database!);
            if (await exists.ExecuteScalarAsync() is null)
            {
                await using var create = new NpgsqlCommand($"CREATE DATABASE \"{target.Database!.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", c);
                await create.ExecuteNonQueryAsync();
            }
        }

        await using (var c = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(settings.ConnectionString) { Pooling = false }.ConnectionString))
        {
            await c.OpenAsync();
            await using var tables = new NpgsqlCommand("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'", c);
            if ((long)(await tables.ExecuteScalarAsync())! > 0 && !force)
            {
                await stderr.WriteLineAsync($"signpost restore: the database {target.Database} is not empty. Stop the app, then run again with --force to replace its contents.");
                return 5;
            }
        }

        NpgsqlConnection.ClearAllPools();
        string[] restoreArgs = force
            ? ["--clean", "--if-exists", "--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction", dump]
            : ["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction", dump];
        var (code, error) = await RunPgAsync("pg_restore", settings, restoreArgs);
        if (code != 0)
        {
            await stderr.WriteLineAsync($"signpost restore: pg_restore failed ({code}): {error.Trim()}");
            return 4;
        }

        return null;
    }

    /// <summary>Row counts of every table the model maps (plus the migrations history), from the live database or from a SQLite file.</summary>
    private static async Task<Manifest> ManifestOfAsync(AppDbContext? postgres, string? sqliteFile, string provider)
    {
        var rows = new Dictionary<string, long>(StringComparer.Ordinal);
        string? lastMigration = null;
        long audit = 0;
        if (postgres is not null)
        {
            var conn = postgres.Database.GetDbConnection();
            await postgres.Database.OpenConnectionAsync();
            try
            {
                foreach (var table in Tables(postgres))
                {
                    rows[table] = await ScalarAsync(conn, $"SELECT count(*) FROM \"{table}\"");
                }

                lastMigration = await MigrationAsync(conn);
                audit = rows.GetValueOrDefault("AuditRecords");
            }
            finally
            {
                await postgres.Database.CloseConnectionAsync();
            }
        }
        else
        {
            await using var model = new AppDbContext(new DbContextOptionsBuilder<AppDbContext>().UseSqlite("Data Source=:memory:").Options);
            await using var conn = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = sqliteFile, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ConnectionString);
            await conn.OpenAsync();
            foreach (var table in Tables(model))
            {
                rows[table] = await ScalarAsync(conn, $"SELECT count(*) FROM \"{table}\"");
            }

            lastMigration = await MigrationAsync(conn);
            audit = rows.GetValueOrDefault("AuditRecords");
        }

        return new Manifest("signpost-backup/1", provider, DateTime.UtcNow, lastMigration, rows, audit);
    }

    public static IReadOnlyList<string> Tables(AppDbContext db) =>
        db.Model.GetEntityTypes().Select(t => t.GetTableName()).OfType<string>().Distinct().Order(StringComparer.Ordinal).Append("__EFMigrationsHistory").ToList();

    private static async Task<long> ScalarAsync(System.Data.Common.DbConnection conn, string sql)
    {
        await using var cmd = conn.CreateCommand();
        cmd.CommandText = sql;
        return Convert.ToInt64(await cmd.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<string?> MigrationAsync(System.Data.Common.DbConnection conn)
    {
        await using var cmd = conn.CreateCommand();
        cmd.CommandText = "SELECT \"MigrationId\" FROM \"__EFMigrationsHistory\" ORDER BY \"MigrationId\" DESC LIMIT 1";
        return await cmd.ExecuteScalarAsync() as string;
    }

    /// <summary>Runs a PostgreSQL client tool with the connection taken from the settings (password through the environment, never the command line).</summary>
    private static async Task<(int Code, string Error)> RunPgAsync(string tool, DatabaseSettings settings, string[] args)
    {
        var cs = new NpgsqlConnectionStringBuilder(settings.ConnectionString);
        var psi = new ProcessStartInfo(FindPgTool(tool)) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        psi.ArgumentList.Add("--dbname");
        psi.ArgumentList.Add(cs.Database ?? "postgres");
        psi.Environment["PGHOST"] = cs.Host ?? "localhost";
        psi.Environment["PGPORT"] = cs.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        psi.Environment["PGUSER"] = cs.Username ?? Environment.UserName;
        if (!string.IsNullOrEmpty(cs.Password))
        {
            psi.Environment["PGPASSWORD"] = cs.Password;
        }

        using var p = Process.Start(psi)!;
        var stderrTask = p.StandardError.ReadToEndAsync();
        var stdoutTask = p.StandardOutput.ReadToEndAsync();
        await p.WaitForExitAsync();
        await stdoutTask;
        return (p.ExitCode, await stderrTask);
    }

    /// <summary>pg_dump/pg_restore: from Signpost__PgBin, else the newest Debian install under /usr/lib/postgresql, else the PATH.</summary>
    private static string FindPgTool(string tool)
    {
        var configured = Environment.GetEnvironmentVariable("Signpost__PgBin");
        if (!string.IsNullOrWhiteSpace(configured) && File.Exists(Path.Combine(configured, tool)))
        {
            return Path.Combine(configured, tool);
        }

        var debian = new DirectoryInfo("/usr/lib/postgresql");
        if (debian.Exists)
        {
            var newest = debian.EnumerateDirectories().Select(d => Path.Combine(d.FullName, "bin", tool)).Where(File.Exists)
                .OrderByDescending(p => int.TryParse(Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(p))), out var v) ? v : 0).FirstOrDefault();
            if (newest is not null)
            {
                return newest;
            }
        }

        return tool;
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : args.FirstOrDefault(a => a.StartsWith(name + "=", StringComparison.Ordinal))?[(name.Length + 1)..];
    }
}
