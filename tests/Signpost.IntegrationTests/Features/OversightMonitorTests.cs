using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Signpost.Data.Entities;
using Signpost.IntegrationTests.Infrastructure;
using Signpost.Web.Features.Oversight;
using Signpost.Web.Infrastructure;

namespace Signpost.IntegrationTests.Features;

/// <summary>
/// The scheduled monitors at the edges of their rules, under controlled time: A.1.5 (Friday 23:59 counts, holidays
/// skipped, each alert exactly once even with several instances at once), A.5.4 cover, A.1.6 neglect and dates, 2.1.
/// Dates are in early 2026, before anything the demo seeds relative to today.
/// </summary>
public abstract class OversightMonitorTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : SignpostFactory
{
    private OversightMonitors Monitors(DateTimeOffset at) => new(app.Services.GetRequiredService<SystemDb>(), new FakeTimeProvider(at),
        app.Services.GetRequiredService<EmailSender>(), app.Services.GetRequiredService<IOptions<EmailOptions>>(), app.Services.GetRequiredService<ILogger<OversightMonitors>>());

    private static DateTimeOffset Utc(int y, int m, int d, int h = 9, int min = 0) => new(y, m, d, h, min, 0, TimeSpan.Zero);

    private async Task AddPostAsync(string site, DateTime publishedAtUtc)
    {
        await using var db = app.SystemDb();
        var s = await db.Sites.SingleAsync(x => x.Slug == site);
        var author = await db.SiteMembers.Where(m => m.SiteId == s.Id && m.Role == SiteMemberRole.Administrator).Select(m => m.PersonId).FirstAsync();
        db.Posts.Add(new Post
        {
            SchoolId = s.SchoolId, SiteId = s.Id, Slug = "m-" + Guid.NewGuid().ToString("N")[..10], Title = "Our week", Body = "We learned about rivers.",
            AuthorId = author, Status = PostStatus.Published, CreatedAt = publishedAtUtc, UpdatedAt = publishedAtUtc, PublishedAt = publishedAtUtc,
        });
        await db.SaveChangesAsync();
    }

    private async Task<int> RunsAsync(string monitor, string subject, string period)
    {
        await using var db = app.SystemDb();
        return await db.MonitorRuns.CountAsync(r => r.Monitor == monitor && r.Subject == subject && r.Period == period);
    }

    private async Task<int> NoticesAsync(string username, string kind, string containing)
    {
        await using var db = app.SystemDb();
        var id = await db.Users.Where(u => u.UserName == username).Select(u => u.PersonId).SingleAsync();
        return (await db.Notices.Where(n => n.PersonId == id && n.Kind == kind).Select(n => n.Text).ToListAsync()).Count(t => t.Contains(containing, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_1_5_thursday_reminds_the_staff_monday_alerts_the_assistant_head_and_a_friday_2359_post_counts()
    {
        // Spring 1 2026. Year 1 posts at 23:59 on Friday 16 January (GMT); Year 2 does not post that week.
        await AddPostAsync("year-1", new DateTime(2026, 1, 16, 23, 59, 0, DateTimeKind.Utc));

        await Monitors(Utc(2026, 1, 14)).WeeklyUpdateAsync(CancellationToken.None); // Wednesday: nothing yet
        Assert.Equal(0, await RunsAsync("weekly-update-reminder", "year-2", "2026-01-12"));

        await Monitors(Utc(2026, 1, 15)).WeeklyUpdateAsync(CancellationToken.None); // Thursday: both reminded (Year 1's post is still to come)
        Assert.Equal(1, await RunsAsync("weekly-update-reminder", "year-1", "2026-01-12"));
        Assert.Equal(1, await NoticesAsync("teacher.y2", "weekly-update-reminder", "week of 12 January 2026"));

        await Monitors(Utc(2026, 1, 19, 8)).WeeklyUpdateAsync(CancellationToken.None); // Monday 08:00
        await Monitors(Utc(2026, 1, 19, 15)).WeeklyUpdateAsync(CancellationToken.None); // again later that day: nothing new
        Assert.Equal(1, await RunsAsync("weekly-update-alert", "year-2", "2026-01-12"));
        Assert.Equal(0, await RunsAsync("weekly-update-alert", "year-1", "2026-01-12"));
        Assert.Equal(1, await NoticesAsync("assistant.head", "weekly-update-alert", "Year 2 blog had no post in the school week of 12 January 2026"));
        Assert.Equal(0, await NoticesAsync("assistant.head", "weekly-update-alert", "Year 1 blog had no post in the school week of 12 January 2026"));
    }

    [Fact]
    public async Task A_1_5_half_term_is_skipped()
    {
        // Half term: 16–20 February 2026. No reminder that Thursday, no alert on the Monday after.
        await Monitors(Utc(2026, 2, 19)).WeeklyUpdateAsync(CancellationToken.None);
        await Monitors(Utc(2026, 2, 23)).WeeklyUpdateAsync(CancellationToken.None);
        await using var db = app.SystemDb();
        Assert.False(await db.MonitorRuns.AnyAsync(r => r.Monitor.StartsWith("weekly-update") && r.Period == "2026-02-16"));
    }

    [Fact]
    public async Task Each_alert_goes_out_exactly_once_when_several_instances_run_at_the_same_moment()
    {
        var thursday = Utc(2026, 2, 5, 10); // a week no other test here touches
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => Monitors(thursday).WeeklyUpdateAsync(CancellationToken.None))));
        foreach (var year in Enumerable.Range(1, 6))
        {
            Assert.Equal(1, await RunsAsync("weekly-update-reminder", $"year-{year}", "2026-02-02"));
        }

        Assert.Equal(1, await NoticesAsync("teacher.y3", "weekly-update-reminder", "week of 2 February 2026"));
    }

    [Fact]
    public async Task A_5_4_fewer_than_two_available_alerts_the_ict_leader_and_assistant_head_once()
    {
        await using (var db = app.SystemDb())
        {
            foreach (var email in new[] { "teacher.y6@holbrook-primary.example", "teacher.y1@holbrook-primary.example" })
            {
                var p = await db.People.SingleAsync(x => x.Email == email);
                db.Absences.Add(new Absence { SchoolId = p.SchoolId, PersonId = p.Id, From = new DateOnly(2026, 3, 5), To = new DateOnly(2026, 3, 6), RecordedAt = DateTime.UtcNow });
            }

            await db.SaveChangesAsync();
        }

        // sports-day has teacher.y6 and teacher.y1 as administrators and ict.lead as moderator: only one left on 5–6 March.
        Assert.True(await Monitors(Utc(2026, 3, 2)).CoverAsync(CancellationToken.None) >= 1);
        Assert.Equal(0, await Monitors(Utc(2026, 3, 3)).CoverAsync(CancellationToken.None) - await Monitors(Utc(2026, 3, 3)).CoverAsync(CancellationToken.None));
        Assert.Equal(1, await RunsAsync("cover", "sports-day", "2026-03-05"));
        Assert.Equal(0, await RunsAsync("cover", "year-6", "2026-03-05")); // teacher.y6 away, but assistant.head and ict.lead remain
        Assert.Equal(1, await NoticesAsync("ict.lead", "cover", "Sports day blog will have fewer than two"));
        Assert.Equal(1, await NoticesAsync("assistant.head", "cover", "Sports day blog will have fewer than two"));
    }

    [Fact]
    public async Task A_1_6_three_school_weeks_without_a_post_alert_once_and_review_dates_are_announced_ahead()
    {
        await using (var db = app.SystemDb())
        {
            await db.Sites.Where(s => s.Slug == "year-4" || s.Slug == "year-5")
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.LiveAt, new DateTime(2025, 9, 1, 0, 0, 0, DateTimeKind.Utc)));
            await db.Sites.Where(s => s.Slug == "year-3").ExecuteUpdateAsync(s => s.SetProperty(x => x.ReviewDate, new DateOnly(2026, 3, 25)));
        }

        await AddPostAsync("year-4", new DateTime(2026, 3, 4, 12, 0, 0, DateTimeKind.Utc));
        await AddPostAsync("year-5", new DateTime(2026, 2, 18, 12, 0, 0, DateTimeKind.Utc)); // in half term: does not save it

        // Monday 16 March 2026: the last three school weeks are 9 March, 2 March, 23 February.
        await Monitors(Utc(2026, 3, 16)).NeglectAsync(CancellationToken.None);
        await Monitors(Utc(2026, 3, 17)).NeglectAsync(CancellationToken.None);
        Assert.Equal(1, await RunsAsync("neglect", "year-5", "2026-03-09"));
        Assert.Equal(0, await RunsAsync("neglect", "year-4", "2026-03-09"));
        Assert.Equal(1, await NoticesAsync("teacher.y5", "neglect", "no post for three school weeks"));

        await Monitors(Utc(2026, 3, 10)).DatesAsync(CancellationToken.None); // 15 days ahead: not yet
        Assert.Equal(0, await RunsAsync("review-reminder", "year-3", "2026-03-25"));
        await Monitors(Utc(2026, 3, 11)).DatesAsync(CancellationToken.None);
        await Monitors(Utc(2026, 3, 12)).DatesAsync(CancellationToken.None);
        Assert.Equal(1, await RunsAsync("review-reminder", "year-3", "2026-03-25"));
        Assert.Equal(1, await NoticesAsync("head", "review-reminder", "Year 3 blog is due for review on 25 March 2026"));
    }

    [Fact]
    public async Task Clause_2_1_those_who_have_not_acknowledged_are_reminded_once_a_week()
    {
        await Monitors(Utc(2026, 1, 5)).AcknowledgementsAsync(CancellationToken.None);
        await Monitors(Utc(2026, 1, 8)).AcknowledgementsAsync(CancellationToken.None);
        Assert.Equal(1, await NoticesAsync("volunteer.1", "policy-reminder", "acknowledge version 1"));
        Assert.Equal(0, await NoticesAsync("teacher.y1", "policy-reminder", "acknowledge"));
        await Monitors(Utc(2026, 1, 12)).AcknowledgementsAsync(CancellationToken.None);
        Assert.Equal(2, await NoticesAsync("volunteer.1", "policy-reminder", "acknowledge version 1"));
        var outbox = Path.Combine(app.DataDirectory, "mail-outbox");
        Assert.Contains(Directory.GetFiles(outbox, "*.eml"), f => File.ReadAllText(f).Contains("volunteer.1@holbrook-primary.example", StringComparison.Ordinal));
    }
}

public sealed class OversightMonitorTests_Sqlite(SqliteFactory app) : OversightMonitorTests<SqliteFactory>(app);

[Collection("postgres")]
public sealed class OversightMonitorTests_Postgres(PostgresFactory app) : OversightMonitorTests<PostgresFactory>(app);
