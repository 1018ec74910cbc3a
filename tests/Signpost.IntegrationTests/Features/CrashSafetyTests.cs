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
        var comments = new ConcurrentBag<string>();
        var approvals = new ConcurrentBag<string>();
        try
        {
            await using (var app = await AppProcess.StartAsync(Settings, port))
            {
                var teacher = await TokenAsync(app, "teacher.y5");
                var moderator = await TokenAsync(app, "ict.lead");
                var pupils = new[] { await TokenAsync(app, "y4.pupil1"), await TokenAsync(app, "y4.pupil2") };
                using var stop = new CancellationTokenSource();

                // Four streams at once: two teachers proposing sites, two pupils commenting (held, A.5.3), and a moderator approving.
                Task Writer(string token, Func<HttpClient, int, Task> write) => Task.Run(async () =>
                {
                    using var client = app.Client(TimeSpan.FromSeconds(20));
                    client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
                    for (var i = 0; !stop.IsCancellationRequested; i++)
                    {
                        try
                        {
                            await write(client, i);
                        }
                        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
                        {
                            return; // the process died under this request: it was never acknowledged
                        }
                    }
                });

                var writers = new List<Task>();
                foreach (var w in new[] { "a", "b" })
                {
                    writers.Add(Writer(teacher, async (client, i) =>
                    {
                        var name = $"Crash test {w}-{i}";
                        var r = await client.PostAsJsonAsync("/api/sites", new { name, purpose = "Written while the app is killed." });
                        if (r.StatusCode == HttpStatusCode.Created)
                        {
                            acknowledged.Add(name);
                        }
                    }));
                }

                for (var p = 0; p < pupils.Length; p++)
                {
                    var pupil = p;
                    writers.Add(Writer(pupils[p], async (client, i) =>
                    {
                        var r = await client.PostAsJsonAsync("/api/sites/year-4/posts/viking-longships/comments", new { text = $"Our longship floated, number {pupil}-{i}." });
                        if (r.StatusCode == HttpStatusCode.Created)
                        {
                            comments.Add(JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!);
                        }
                    }));
                }

                writers.Add(Writer(moderator, async (client, _) =>
                {
                    var queue = JsonDocument.Parse(await client.GetStringAsync("/api/moderation/queue")).RootElement;
                    foreach (var item in queue.EnumerateArray().Take(5))
                    {
                        var id = item.GetProperty("id").GetString()!;
                        var r = await client.PostAsJsonAsync($"/api/moderation/items/{id}/decision", new { action = "approve", version = item.GetProperty("version").GetInt32() });
                        if (r.StatusCode == HttpStatusCode.OK)
                        {
                            approvals.Add(id);
                        }
                    }

                    await Task.Delay(50);
                }));

                // Kill it mid-stream, once enough writes have been acknowledged that some are surely in flight too.
                var deadline = DateTime.UtcNow.AddSeconds(90);
                while ((acknowledged.Count < 30 || comments.Count < 10 || approvals.Count < 5) && DateTime.UtcNow < deadline)
                {
                    await Task.Delay(20);
                }

                await app.KillAsync();
                await stop.CancelAsync();
                await Task.WhenAll(writers);
            }

            Assert.True(acknowledged.Count >= 30 && comments.Count >= 10 && approvals.Count >= 5,
                $"too few writes were acknowledged before the kill: {acknowledged.Count} proposals, {comments.Count} comments, {approvals.Count} approvals");

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
            var commentIds = comments.Select(Guid.Parse).ToList();
            var stored = await db.Comments.Where(c => commentIds.Contains(c.Id)).Select(c => c.Id).ToListAsync();
            Assert.True(stored.Count == commentIds.Count, $"{commentIds.Count - stored.Count} of {commentIds.Count} acknowledged comments were lost");
            var approvedIds = approvals.Select(Guid.Parse).ToList();
            var approved = await db.ReviewItems.Where(r => approvedIds.Contains(r.Id)).ToListAsync();
            Assert.True(approved.Count == approvedIds.Count && approved.All(r => r.Status == Data.Entities.ReviewStatus.Approved),
                $"{approvedIds.Count - approved.Count(r => r.Status == Data.Entities.ReviewStatus.Approved)} of {approvedIds.Count} acknowledged approvals were lost");
            var approvedComments = approved.Where(r => r.CommentId != null).Select(r => r.CommentId!.Value).ToList();
            Assert.Equal(approvedComments.Count, await db.Comments.CountAsync(c => approvedComments.Contains(c.Id) && c.Status == Data.Entities.CommentStatus.Published));
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

    protected override string[] Settings => [$"--Signpost:DataDirectory={_dir}", "--Signpost:Database=sqlite", "--Signpost:CommentsPerFiveMinutes=100000"];

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
        $"--Signpost:DataDirectory={_dir}", "--Signpost:Database=postgres", "--Signpost:MigrateAtStart=true", "--Signpost:CommentsPerFiveMinutes=100000",
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
