using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Signpost.Cli.Commands;
using Signpost.Data;
using Signpost.Data.Audit;
using Signpost.IntegrationTests.Infrastructure;

namespace Signpost.IntegrationTests.Features;

/// <summary>
/// Issue 7, "no acknowledged write is ever lost, also under a crash": the real app runs as its own process, a stream of
/// writes goes in from several clients at once, the process is killed with SIGKILL mid-stream, and after a restart
/// every write that had been answered with success is there and the audit chain still verifies.
/// </summary>
public abstract class CrashSafetyTests
{
    protected abstract string[] Settings { get; }

    protected virtual Task CleanUpAsync() => Task.CompletedTask;

    [Fact]
    public async Task Every_acknowledged_write_survives_a_SIGKILL_mid_stream_and_the_audit_chain_verifies()
    {
        var port = AppProcess.FreePort();
        var acknowledged = new ConcurrentBag<string>();
        try
        {
            await using (var app = await AppProcess.StartAsync(Settings, port))
            {
                var token = await TokenAsync(app, "teacher.y5");
                using var stop = new CancellationTokenSource();
                var writers = Enumerable.Range(0, 4).Select(w => Task.Run(async () =>
                {
                    using var client = app.Client(TimeSpan.FromSeconds(20));
                    client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
                    for (var i = 0; !stop.IsCancellationRequested; i++)
                    {
                        var name = $"Crash test {w}-{i}";
                        try
                        {
                            var r = await client.PostAsJsonAsync("/api/sites", new { name, purpose = "Written while the app is killed." });
                            if (r.StatusCode == HttpStatusCode.Created)
                            {
                                acknowledged.Add(name);
                            }
                        }
                        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
                        {
                            // The process died under this request: it was never acknowledged.
                            return;
                        }
                    }
                })).ToList();

                // Kill it mid-stream, once enough writes have been acknowledged that some are surely in flight too.
                var deadline = DateTime.UtcNow.AddSeconds(60);
                while (acknowledged.Count < 30 && DateTime.UtcNow < deadline)
                {
                    await Task.Delay(20);
                }

                await app.KillAsync();
                await stop.CancelAsync();
                await Task.WhenAll(writers);
            }

            Assert.True(acknowledged.Count >= 30, $"only {acknowledged.Count} writes were acknowledged before the kill");

            // Restart on the same data: it starts, and everything acknowledged is there.
            await using (var again = await AppProcess.StartAsync(Settings, port))
            {
                var token = await TokenAsync(again, "teacher.y5");
                using var client = again.Client();
                client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
                Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/sites", new { name = "After the restart" })).StatusCode);
            }

            await using var db = new AppDbContext(DatabaseSetup.Options(DataCommands.Settings(Settings)));
            var names = (await db.Sites.Where(s => s.Name.StartsWith("Crash test ")).Select(s => s.Name).ToListAsync()).ToHashSet();
            var lost = acknowledged.Where(a => !names.Contains(a)).ToList();
            Assert.True(lost.Count == 0, $"{lost.Count} of {acknowledged.Count} acknowledged writes were lost: {string.Join(", ", lost.Take(5))}");
            var audit = await AuditVerifier.VerifyAsync(db);
            Assert.True(audit.Ok, audit.Message);
            foreach (var name in acknowledged)
            {
                Assert.Contains(name, names);
            }
        }
        finally
        {
            await CleanUpAsync();
        }
    }

    private static async Task<string> TokenAsync(AppProcess app, string username)
    {
        using var client = app.Client();
        var r = await client.PostAsJsonAsync("/api/auth/login", new { username, password = SignpostFactory.DemoPassword });
        r.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement.GetProperty("accessToken").GetString()!;
    }
}

public sealed class CrashSafetyTests_Sqlite : CrashSafetyTests, IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "signpost-tests", "crash-" + Guid.NewGuid().ToString("N"));

    protected override string[] Settings => [$"--Signpost:DataDirectory={_dir}", "--Signpost:Database=sqlite"];

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }
    }
}

[Collection("postgres")]
public sealed class CrashSafetyTests_Postgres : CrashSafetyTests, IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "signpost-tests", "crash-" + Guid.NewGuid().ToString("N"));
    private readonly string _database = "signpost_crash_" + Guid.NewGuid().ToString("N")[..12];

    public CrashSafetyTests_Postgres()
    {
        using var admin = new NpgsqlConnection(PostgresFactory.ServerConnectionString);
        admin.Open();
        using var cmd = new NpgsqlCommand($"CREATE DATABASE \"{_database}\"", admin);
        cmd.ExecuteNonQuery();
    }

    protected override string[] Settings =>
    [
        $"--Signpost:DataDirectory={_dir}", "--Signpost:Database=postgres", "--Signpost:MigrateAtStart=true",
        $"--ConnectionStrings:Signpost={new NpgsqlConnectionStringBuilder(PostgresFactory.ServerConnectionString) { Database = _database }.ConnectionString}",
    ];

    protected override async Task CleanUpAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(PostgresFactory.ServerConnectionString);
        await admin.OpenAsync();
        await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", admin);
        await cmd.ExecuteNonQueryAsync();
    }

    public void Dispose()
    {
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }
    }
}
