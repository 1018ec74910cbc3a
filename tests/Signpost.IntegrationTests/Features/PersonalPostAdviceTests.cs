using System.Net;
using Microsoft.EntityFrameworkCore;
using Signpost.IntegrationTests.Infrastructure;

namespace Signpost.IntegrationTests.Features;

/// <summary>Sections 5 and 6: staff check a draft for their personal accounts; the text is never stored.</summary>
public abstract class PersonalPostAdviceTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : SignpostFactory
{
    [Fact]
    public async Task A_teacher_gets_the_personal_post_advice_highlighted_and_nothing_is_stored()
    {
        var marker = "zqxv" + Guid.NewGuid().ToString("N")[..12];
        var teacher = app.Browser();
        await teacher.SignInOkAsync("teacher.y4");
        long auditBefore;
        string teacherId;
        await using (var db = app.SystemDb())
        {
            auditBefore = await db.AuditRecords.MaxAsync(a => a.Sequence);
            teacherId = await db.Users.Where(u => u.UserName == "teacher.y4").Select(u => u.Id).SingleAsync();
        }

        var r = await teacher.SubmitAsync("/advice", [new("Text", $"Proud to teach at Holbrook Primary! Email me at tess.demo@holbrook-primary.example or ring 07700 900123 {marker}")]);
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var html = await r.Content.ReadAsStringAsync();
        Assert.Contains("<mark>", html);
        Assert.Contains("6.10: a school email address is not for personal social media", html);
        Assert.Contains("6.1: do not identify yourself", html);
        Assert.Contains("6.2: no contact with pupils through personal social media", html);
        Assert.Contains("Friend requests from pupils (6.6)", html);

        var empty = await teacher.SubmitAsync("/advice", [new("Text", " ")]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.StatusCode);

        // Nothing written: no audit record, and (SQLite) the text is nowhere in the data directory.
        await using (var db = app.SystemDb())
        {
            Assert.False(await db.AuditRecords.AnyAsync(a => a.Sequence > auditBefore && a.ActorUserId == teacherId));
        }

        foreach (var file in Directory.GetFiles(app.DataDirectory, "*", SearchOption.AllDirectories))
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream);
            Assert.DoesNotContain(marker, await reader.ReadToEndAsync());
        }
    }

    [Fact]
    public async Task Parents_and_pupils_are_turned_away()
    {
        foreach (var who in new[] { "parent.1", "y4.pupil1" })
        {
            var b = app.Browser();
            await b.SignInOkAsync(who);
            Assert.Contains("/account/denied", (await b.GetAsync("/advice")).Headers.Location?.ToString());
        }
    }
}

public sealed class PersonalPostAdviceTests_Sqlite(SqliteFactory app) : PersonalPostAdviceTests<SqliteFactory>(app);

[Collection("postgres")]
public sealed class PersonalPostAdviceTests_Postgres(PostgresFactory app) : PersonalPostAdviceTests<PostgresFactory>(app);
