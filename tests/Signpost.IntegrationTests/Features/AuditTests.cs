using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Signpost.Cli.Commands;
using Signpost.Data.Audit;
using Signpost.IntegrationTests.Infrastructure;

namespace Signpost.IntegrationTests.Features;

/// <summary>8.1–8.2: every state change leaves an append-only, hash-chained record; `signpost audit verify` finds any tampering.</summary>
public abstract class AuditTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : SignpostFactory
{
    private async Task<(int Code, string Output)> VerifyAsync()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await CliApp.RunAsync(["audit", "verify", .. app.CliArgs()], TextReader.Null, stdout, stderr);
        return (code, stdout.ToString() + stderr);
    }

    [Fact]
    public async Task Verify_reports_ok_for_an_untouched_log()
    {
        await app.CreateClient().ApiTokenAsync("teacher.y1");
        var (code, output) = await VerifyAsync();
        Assert.True(code == 0, output);
        Assert.StartsWith("OK:", output);
    }

    [Fact]
    public async Task Sign_ins_and_changes_are_recorded_with_who_and_what_but_no_personal_data()
    {
        const string typedName = "someone.who.does.not.exist";
        await app.CreateClient().PostAsJsonAsync("/api/auth/login", new { username = typedName, password = "Whatever-123456" });
        await app.CreateClient().ApiTokenAsync("teacher.y5");

        await using var db = app.SystemDb();
        var teacher = await db.Users.SingleAsync(u => u.UserName == "teacher.y5");
        var records = await db.AuditRecords.AsNoTracking().ToListAsync();
        Assert.Contains(records, r => r.Action == "sign-in.api" && r.ActorUserId == teacher.Id && r.Outcome == "succeeded" && r.SchoolId == teacher.SchoolId);
        Assert.Contains(records, r => r.Action == "sign-in.api" && r.Outcome == "failed" && r.ActorUserId == null);
        Assert.Contains(records, r => r.Action == "Person.created");
        Assert.DoesNotContain(records, r => string.Join("|", r.Action, r.EntityType, r.EntityId, r.Outcome, r.ActorUserId).Contains(typedName, StringComparison.Ordinal));
        Assert.DoesNotContain(records, r => string.Join("|", r.Action, r.EntityId, r.Outcome).Contains("Example", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Altering_a_record_is_detected_and_the_first_broken_record_named()
    {
        long seq;
        string original;
        await using (var db = app.SystemDb())
        {
            var victim = await db.AuditRecords.AsNoTracking().OrderBy(r => r.Sequence).Skip(3).FirstAsync();
            (seq, original) = (victim.Sequence, victim.Outcome);
            await db.Database.ExecuteSqlRawAsync("UPDATE \"AuditRecords\" SET \"Outcome\" = 'tampered' WHERE \"Sequence\" = {0}", seq);
        }

        try
        {
            var (code, output) = await VerifyAsync();
            Assert.Equal(1, code);
            Assert.Contains($"BROKEN at record {seq}", output);
            Assert.Contains("altered", output);
        }
        finally
        {
            await using var db = app.SystemDb();
            await db.Database.ExecuteSqlRawAsync("UPDATE \"AuditRecords\" SET \"Outcome\" = {0} WHERE \"Sequence\" = {1}", original, seq);
        }

        Assert.Equal(0, (await VerifyAsync()).Code);
    }

    [Fact]
    public async Task Deleting_a_record_in_the_middle_or_at_the_end_is_detected()
    {
        await using var db = app.SystemDb();
        var middle = await db.AuditRecords.AsNoTracking().OrderBy(r => r.Sequence).Skip(5).FirstAsync();
        await db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditRecords\" WHERE \"Sequence\" = {0}", middle.Sequence);
        try
        {
            var (code, output) = await VerifyAsync();
            Assert.Equal(1, code);
            Assert.Contains($"Record {middle.Sequence} is missing", output);
        }
        finally
        {
            db.AuditRecords.Add(middle);
            await db.SaveChangesAsync();
        }

        var last = await db.AuditRecords.AsNoTracking().OrderByDescending(r => r.Sequence).FirstAsync();
        await db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditRecords\" WHERE \"Sequence\" = {0}", last.Sequence);
        try
        {
            var (code, output) = await VerifyAsync();
            Assert.Equal(1, code);
            Assert.Contains("removed from the end", output);
        }
        finally
        {
            db.ChangeTracker.Clear();
            db.AuditRecords.Add(last);
            await db.SaveChangesAsync();
        }
    }

    [Fact]
    public async Task The_application_refuses_to_change_or_delete_an_audit_record()
    {
        await using var db = app.SystemDb();
        var record = await db.AuditRecords.OrderBy(r => r.Sequence).FirstAsync();
        record.Outcome = "edited";
        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        Assert.Contains("append-only", ex.Message);
    }

    [Fact]
    public async Task Concurrent_writers_append_one_unbroken_chain()
    {
        var logins = Enumerable.Range(0, 12).Select(i => app.CreateClient().ApiTokenAsync(i % 2 == 0 ? "teacher.y3" : "teacher.y4"));
        await Task.WhenAll(logins);

        await using var db = app.SystemDb();
        var seqs = await db.AuditRecords.OrderBy(r => r.Sequence).Select(r => r.Sequence).ToListAsync();
        Assert.Equal(Enumerable.Range(1, seqs.Count).Select(i => (long)i), seqs);
        var verification = await AuditVerifier.VerifyAsync(db);
        Assert.True(verification.Ok, verification.Message);
    }

    [Fact]
    public async Task Headteacher_can_search_the_log_and_others_cannot_open_it()
    {
        var head = app.Browser();
        await head.SignInOkAsync("head");
        var page = Http.Text(await head.GetPageAsync("/audit?action=sign-in"));
        Assert.Contains("Chain check: OK", page);
        Assert.Contains("sign-in.password", page);

        var teacher = app.Browser();
        await teacher.SignInOkAsync("teacher.y1");
        var r = await teacher.GetAsync("/audit");
        Assert.Equal(System.Net.HttpStatusCode.Redirect, r.StatusCode);
        Assert.Contains("/account/denied", r.Headers.Location?.ToString());
    }
}

public sealed class AuditTests_Sqlite(SqliteFactory app) : AuditTests<SqliteFactory>(app);

[Collection("postgres")]
public sealed class AuditTests_Postgres(PostgresFactory app) : AuditTests<PostgresFactory>(app);
