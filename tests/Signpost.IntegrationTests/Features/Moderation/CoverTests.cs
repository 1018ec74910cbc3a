using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Signpost.Data.Entities;
using Signpost.IntegrationTests.Infrastructure;
using Signpost.Web.Features.Moderation;
using Signpost.Web.Infrastructure;

namespace Signpost.IntegrationTests.Features.Moderation;

/// <summary>Cover and the moderation target (A.5.3, A.5.4): absences, items routed to the ICT leader, overdue alerts on school days.</summary>
public abstract class CoverTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : SignpostFactory
{
    private ModerationMonitor Monitor(DateTimeOffset at) => new(
        app.Services.GetRequiredService<SystemDb>(), app.Services.GetRequiredService<EmailSender>(),
        app.Services.GetRequiredService<IOptions<EmailOptions>>(), new FakeTimeProvider(at),
        app.Services.GetRequiredService<ILogger<ModerationMonitor>>());

    [Fact]
    public async Task When_no_moderator_of_a_site_is_in_its_items_go_to_the_ICT_leader_marked_cover()
    {
        // Year 5's moderators are its administrators, teacher.y5 and assistant.head; the ICT leader is taken off it here.
        await using (var db = app.SystemDb())
        {
            var site = await db.Sites.SingleAsync(s => s.Slug == "year-5");
            var ictLeader = await app.PersonIdAsync("ict.lead");
            await db.SiteMembers.Where(m => m.SiteId == site.Id && m.PersonId == ictLeader).ExecuteDeleteAsync();
        }

        var slug = await app.PublishedPostAsync("year-5", "teacher.y5");
        var text = $"Our class assembly was fun {ModerationSupport.Unique()}";
        var created = await (await app.ApiAsAsync("ta.1")).CommentAsync(text, $"/api/sites/year-5/posts/{slug}/comments");
        var id = created.GetProperty("id").GetGuid();
        await using (var db = app.SystemDb())
        {
            // A staff comment with nothing found is published at once; make this one wait, as a parent's would.
            await db.Comments.Where(c => c.Id == id).ExecuteUpdateAsync(c => c.SetProperty(x => x.Status, CommentStatus.Held));
            var comment = await db.Comments.SingleAsync(c => c.Id == id);
            db.ReviewItems.Add(new ReviewItem { SchoolId = comment.SchoolId, SiteId = comment.SiteId, ContentKind = ContentKind.Comment, CommentId = id, Status = ReviewStatus.Pending, Priority = 4, ReasonsJson = "[]", CreatedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
        }

        var ict = await app.ApiAsAsync("ict.lead");
        Assert.Null(await ict.QueueEntryAsync(id)); // the site's own moderators are in

        // teacher.y5 records their own absence; the ICT leader records the Assistant Head's.
        var today = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var own = await (await app.ApiAsAsync("teacher.y5")).PostAsJsonAsync("/api/absences", new { from = today, to = today, reason = "Course" });
        Assert.Equal(HttpStatusCode.Created, own.StatusCode);
        var notAllowed = await (await app.ApiAsAsync("teacher.y5")).PostAsJsonAsync("/api/absences", new { username = "assistant.head", from = today });
        Assert.Equal(HttpStatusCode.Forbidden, notAllowed.StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await ict.PostAsJsonAsync("/api/absences", new { username = "assistant.head", from = today })).StatusCode);

        var entry = (await ict.QueueEntryAsync(id))!.Value;
        Assert.True(entry.GetProperty("cover").GetBoolean());
        Assert.Null(await (await app.ApiAsAsync("teacher.y1")).QueueEntryAsync(id));

        // The monitor records the routing once, and tells the ICT leader.
        var now = DateTimeOffset.UtcNow;
        Assert.True((await Monitor(now).RunOnceAsync(CancellationToken.None)).RoutedToCover >= 1);
        await Monitor(now.AddMinutes(1)).RunOnceAsync(CancellationToken.None);
        await using (var db = app.SystemDb())
        {
            var itemId = entry.GetProperty("id").GetGuid();
            Assert.Equal(1, await db.ReviewEvents.CountAsync(e => e.ReviewItemId == itemId && e.Action == ReviewAction.RoutedToCover));
            var leader = await app.PersonIdAsync("ict.lead");
            Assert.True(await db.Notices.AnyAsync(n => n.PersonId == leader && n.Kind == "moderation-cover" && n.Text.Contains("Year 5")));
        }

        var browser = app.Browser();
        await browser.SignInOkAsync("ict.lead");
        Assert.Contains("Cover", await browser.GetPageAsync("/moderation"));
        Assert.Equal(HttpStatusCode.OK, (await ict.DecideAsync(entry.GetProperty("id").GetGuid(), new { action = "approve", version = entry.GetProperty("version").GetInt32() })).StatusCode);
    }

    [Fact]
    public async Task An_absence_needs_sensible_dates_and_shows_on_the_absences_page()
    {
        var teacher = await app.ApiAsAsync("teacher.y2");
        var bad = await teacher.PostAsJsonAsync("/api/absences", new { from = "2031-03-10", to = "2031-03-01" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("to", (await bad.JsonAsync()).GetProperty("field").GetString());
        Assert.Equal("from", (await (await teacher.PostAsJsonAsync("/api/absences", new { to = "2031-03-01" })).JsonAsync()).GetProperty("field").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiAsAsync("y4.pupil1")).PostAsJsonAsync("/api/absences", new { from = "2031-03-01" })).StatusCode);

        var browser = app.Browser();
        await browser.SignInOkAsync("teacher.y2");
        var r = await browser.SubmitAsync("/absences", [new("From", "2031-03-02"), new("To", "2031-03-04"), new("Reason", "School trip")]);
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var page = await r.Content.ReadAsStringAsync();
        Assert.Contains("Recorded:", page);
        Assert.Contains("School trip", page);
    }

    [Fact]
    public async Task An_item_waiting_longer_than_the_target_in_school_day_hours_alerts_the_ICT_leader_once()
    {
        // Friday 4 January 2030, 10:00: Friday counts 14 hours, the weekend none, Monday from midnight.
        var created = new DateTime(2030, 1, 4, 10, 0, 0, DateTimeKind.Utc);
        Guid itemId;
        await using (var db = app.SystemDb())
        {
            var site = await db.Sites.SingleAsync(s => s.Slug == "year-4");
            var post = await db.Posts.SingleAsync(p => p.Slug == "viking-longships");
            var pupil = await app.PersonIdAsync("y4.pupil2");
            var comment = new Comment { SchoolId = site.SchoolId, SiteId = site.Id, PostId = post.Id, AuthorId = pupil, AuthorKind = PersonKind.Pupil, Text = "Waiting " + ModerationSupport.Unique(), Status = CommentStatus.Held, CreatedAt = created };
            var item = new ReviewItem { SchoolId = site.SchoolId, SiteId = site.Id, ContentKind = ContentKind.Comment, CommentId = comment.Id, Status = ReviewStatus.Pending, Priority = 4, ReasonsJson = "[]", CreatedAt = created };
            db.Comments.Add(comment);
            db.ReviewItems.Add(item);
            await db.SaveChangesAsync();
            itemId = item.Id;
        }

        async Task<DateTime?> AlertedAsync()
        {
            await using var db = app.SystemDb();
            return (await db.ReviewItems.SingleAsync(i => i.Id == itemId)).OverdueAlertedAt;
        }

        // The school has term dates (the demo's), so only days inside a term count: add the spring term of 2030.
        await using (var db = app.SystemDb())
        {
            var schoolId = (await db.Sites.SingleAsync(s => s.Slug == "year-4")).SchoolId;
            db.TermDates.Add(new TermDate { SchoolId = schoolId, Name = "Spring 2030", Start = new DateOnly(2030, 1, 2), End = new DateOnly(2030, 3, 29) });
            await db.SaveChangesAsync();
        }

        // Monday 09:00 is 23 school-day hours later: not yet.
        await Monitor(new DateTimeOffset(2030, 1, 7, 9, 0, 0, TimeSpan.Zero)).RunOnceAsync(CancellationToken.None);
        Assert.Null(await AlertedAsync());

        // Monday 11:00: 25 hours. The ICT leader is told once.
        var at = new DateTimeOffset(2030, 1, 7, 11, 0, 0, TimeSpan.Zero);
        await Monitor(at).RunOnceAsync(CancellationToken.None);
        Assert.Equal(at.UtcDateTime, await AlertedAsync());
        await Monitor(at.AddHours(3)).RunOnceAsync(CancellationToken.None);
        await using (var db = app.SystemDb())
        {
            Assert.Equal(1, await db.ReviewEvents.CountAsync(e => e.ReviewItemId == itemId && e.Action == ReviewAction.OverdueAlerted));
            var leader = await app.PersonIdAsync("ict.lead");
            Assert.Equal(1, await db.Notices.CountAsync(n => n.PersonId == leader && n.Kind == "moderation-overdue" && n.CreatedAt == at.UtcDateTime));
        }
    }

    [Fact]
    public void School_day_hours_skip_weekends_and_days_outside_term()
    {
        var friday = new DateTime(2030, 1, 4, 10, 0, 0, DateTimeKind.Utc);
        var monday = new DateTime(2030, 1, 7, 11, 0, 0, DateTimeKind.Utc);
        Assert.Equal(TimeSpan.FromHours(25), SchoolDays.HoursBetween(friday, monday, []));
        // With a term that starts on Monday, the Friday was a holiday.
        Assert.Equal(TimeSpan.FromHours(11), SchoolDays.HoursBetween(friday, monday, [new SchoolDays.Term(new DateOnly(2030, 1, 7), new DateOnly(2030, 4, 1))]));
        Assert.Equal(TimeSpan.Zero, SchoolDays.HoursBetween(monday, friday, []));
    }
}

public sealed class CoverTests_Sqlite(ModerationSqliteFactory app) : CoverTests<ModerationSqliteFactory>(app);

[Collection("postgres")]
public sealed class CoverTests_Postgres(ModerationPostgresFactory app) : CoverTests<ModerationPostgresFactory>(app);
