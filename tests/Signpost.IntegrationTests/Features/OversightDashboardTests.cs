using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Signpost.Data.Entities;
using Signpost.IntegrationTests.Infrastructure;
using Signpost.Web.Features.Oversight;

namespace Signpost.IntegrationTests.Features;

/// <summary>The compliance dashboard and GET /api/oversight (A.1.5–A.1.7, A.5.4, 2.1, 9.x): who may see it, and its figures under controlled time.</summary>
public abstract class OversightDashboardTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : SignpostFactory
{
    // Monday 23 November 2026, 10:00 UK time (GMT): in the demo's Autumn 2 2026 term.
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    private async Task<OversightFigures> FiguresAtAsync(DateTimeOffset at)
    {
        await using var db = app.SystemDb();
        var school = await db.Schools.SingleAsync();
        return await new OversightReport(new FakeTimeProvider(at)).BuildAsync(db, school.Id, CancellationToken.None);
    }

    private async Task AddPostAsync(string site, DateTime publishedAtUtc, PostStatus status = PostStatus.Published, bool hidden = false, DateTime? submittedAt = null)
    {
        await using var db = app.SystemDb();
        var s = await db.Sites.SingleAsync(x => x.Slug == site);
        var author = await db.SiteMembers.Where(m => m.SiteId == s.Id && m.Role == SiteMemberRole.Administrator).Select(m => m.PersonId).FirstAsync();
        db.Posts.Add(new Post
        {
            SchoolId = s.SchoolId, SiteId = s.Id, Slug = "t-" + Guid.NewGuid().ToString("N")[..10], Title = "Our week", Body = "We learned about rivers.",
            AuthorId = author, Status = status, CreatedAt = publishedAtUtc.AddHours(-1), UpdatedAt = publishedAtUtc.AddHours(-1),
            PublishedAt = status == PostStatus.Published ? publishedAtUtc : null, SubmittedAt = submittedAt, HiddenForConcern = hidden,
        });
        await db.SaveChangesAsync();
    }

    [Theory]
    [InlineData("teacher.y4")]
    [InlineData("dsl")]
    [InlineData("ict.lead")]
    [InlineData("parent.1")]
    [InlineData("y4.pupil1")]
    public async Task Others_get_a_403_problem_from_the_api_and_are_turned_away_from_the_page(string username)
    {
        var r = await (await app.ApiAsAsync(username)).GetAsync("/api/oversight");
        Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode);
        Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType);

        var browser = app.Browser();
        await browser.SignInOkAsync(username);
        var page = await browser.GetAsync("/oversight");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Contains("/account/denied", page.Headers.Location?.ToString());
    }

    [Theory]
    [InlineData("head")]
    [InlineData("assistant.head")]
    [InlineData("governor.1")]
    public async Task The_headteacher_assistant_head_and_governors_get_the_contract_figures(string username)
    {
        var r = await (await app.ApiAsAsync(username)).GetAsync("/api/oversight");
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var json = await r.JsonAsync();
        var year4 = json.GetProperty("sites").EnumerateArray().Single(s => s.GetProperty("slug").GetString() == "year-4");
        foreach (var field in new[] { "lastPublishedAt", "weeklyUpdateKept", "moderatorsAvailableMin14d", "pendingItems", "oldestPendingHours", "reviewDue", "endDate" })
        {
            Assert.True(year4.TryGetProperty(field, out _), $"site line lacks {field}");
        }

        Assert.Equal(3, year4.GetProperty("moderatorsAvailableMin14d").GetInt32()); // teacher.y4, assistant.head, ict.lead
        var acks = json.GetProperty("acknowledgements");
        Assert.True(acks.GetProperty("inScope").GetInt32() >= 15);
        Assert.True(acks.TryGetProperty("acknowledged", out _));
        foreach (var field in new[] { "openConcerns", "breachesThisTerm", "mediaEnquiriesOpen" })
        {
            Assert.True(json.TryGetProperty(field, out _), $"figures lack {field}");
        }

        var browser = app.Browser();
        await browser.SignInOkAsync(username);
        var html = await browser.GetPageAsync("/oversight");
        Assert.Contains("Is the school keeping its policy?", html);
        Assert.Contains("<svg class=\"week-chart\" role=\"img\"", html);
        Assert.Contains("href=\"/oversight/cover/year-4\"", html);
        Assert.Equal(username == "head", html.Contains("href=\"/breaches\"", StringComparison.Ordinal)); // governors see counts, not registers
    }

    [Fact]
    public async Task A_1_5_weekly_update_kept_by_a_friday_night_post_and_missed_otherwise()
    {
        // Last school week: Monday 16 to Sunday 22 November 2026.
        await AddPostAsync("year-1", new DateTime(2026, 11, 20, 23, 59, 0, DateTimeKind.Utc)); // Friday 23:59 GMT
        await AddPostAsync("year-2", new DateTime(2026, 11, 15, 12, 0, 0, DateTimeKind.Utc)); // the Sunday before: the week before
        await AddPostAsync("year-3", new DateTime(2026, 11, 18, 12, 0, 0, DateTimeKind.Utc), hidden: true); // hidden for a concern
        await AddPostAsync("year-3", new DateTime(2026, 11, 23, 9, 0, 0, DateTimeKind.Utc)); // this week, not last week

        var f = await FiguresAtAsync(Monday);
        Assert.Equal("Autumn 2 2026", f.Term?.Name);
        SiteLine Site(string slug) => f.Sites.Single(s => s.Slug == slug);
        Assert.True(Site("year-1").WeeklyUpdateKept);
        Assert.False(Site("year-2").WeeklyUpdateKept);
        Assert.False(Site("year-3").WeeklyUpdateKept);
        Assert.Null(Site("school").WeeklyUpdateKept); // A.1.5 asks it of year-group blogs

        // The chart: week of 16 Nov kept for year-1, missed for year-2; this week (23 Nov) current; holiday weeks none in this half term.
        var y1 = Site("year-1").Weeks;
        Assert.Equal(7, y1.Count);
        Assert.True(y1.Single(w => w.Monday == new DateOnly(2026, 11, 16)).Kept);
        Assert.False(Site("year-2").Weeks.Single(w => w.Monday == new DateOnly(2026, 11, 16)).Kept);
        Assert.True(Site("year-3").Weeks.Single(w => w.Current).Kept);
        Assert.Contains("Missed", WeekChart.Describe(Site("year-2").Weeks));
        Assert.Equal(2026, f.Sites.Single(s => s.Slug == "year-1").LastPublishedAt?.Year);
    }

    [Fact]
    public async Task A_1_5_weeks_are_counted_in_uk_time_so_a_post_after_midnight_bst_belongs_to_the_next_week()
    {
        // Sunday 21 June 2026 23:30 UTC is Monday 22 June 00:30 BST: not in the week of 15 June.
        await AddPostAsync("year-5", new DateTime(2026, 6, 21, 23, 30, 0, DateTimeKind.Utc));
        await AddPostAsync("year-6", new DateTime(2026, 6, 21, 22, 30, 0, DateTimeKind.Utc)); // Sunday 23:30 BST: counts
        var f = await FiguresAtAsync(new DateTimeOffset(2026, 6, 23, 9, 0, 0, TimeSpan.Zero));
        Assert.False(f.Sites.Single(s => s.Slug == "year-5").WeeklyUpdateKept);
        Assert.True(f.Sites.Single(s => s.Slug == "year-6").WeeklyUpdateKept);
    }

    [Fact]
    public async Task A_5_4_recorded_absences_leave_a_site_short_of_cover()
    {
        // In June 2026, so these absences never touch the other tests' real-time figures.
        var monday = new DateTimeOffset(2026, 6, 15, 10, 0, 0, TimeSpan.Zero);
        await using (var db = app.SystemDb())
        {
            var people = await db.People.Where(p => p.Email == "teacher.y6@holbrook-primary.example" || p.Email == "assistant.head@holbrook-primary.example").ToListAsync();
            var today = SchoolTime.LocalDay(monday.UtcDateTime);
            foreach (var p in people)
            {
                db.Absences.Add(new Absence { SchoolId = p.SchoolId, PersonId = p.Id, From = today.AddDays(3), To = today.AddDays(5), RecordedAt = monday.UtcDateTime });
            }

            await db.SaveChangesAsync();
        }

        var f = await FiguresAtAsync(monday);
        var y6 = f.Sites.Single(s => s.Slug == "year-6");
        Assert.Equal(1, y6.ModeratorsAvailableMin14d); // only ict.lead is left on those days
        Assert.True(y6.CoverShort);
        Assert.Equal(SchoolTime.LocalDay(monday.UtcDateTime).AddDays(3), y6.CoverGapOn);
        Assert.False(f.Sites.Single(s => s.Slug == "year-1").CoverShort);
    }

    [Fact]
    public async Task Pending_approvals_are_counted_with_their_age()
    {
        var before = (await FiguresAtAsync(Monday)).Sites.Single(s => s.Slug == "year-1");
        await AddPostAsync("year-1", Monday.UtcDateTime, PostStatus.Submitted, submittedAt: Monday.UtcDateTime.AddHours(-300));
        var line = (await FiguresAtAsync(Monday)).Sites.Single(s => s.Slug == "year-1");
        Assert.Equal(before.PendingApprovals + 1, line.PendingApprovals);
        Assert.Equal(before.PendingItems + 1, line.PendingItems);
        Assert.Equal(300, line.OldestPendingHours);
    }

    [Fact]
    public async Task Term_dates_are_kept_by_the_headteacher_with_clear_errors_and_refused_to_teachers()
    {
        var head = app.Browser();
        await head.SignInOkAsync("head");
        Assert.Contains("Autumn 2 2026", await head.GetPageAsync("/term-dates"));
        var overlap = await head.SubmitAsync("/term-dates", [new("Name", "Clash"), new("Start", "2026-11-10"), new("End", "2026-11-20")], "/term-dates?handler=Add");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, overlap.StatusCode);
        Assert.Contains("overlap", await overlap.Content.ReadAsStringAsync());
        var backwards = await head.SubmitAsync("/term-dates", [new("Name", "Backwards"), new("Start", "2028-01-10"), new("End", "2028-01-01")], "/term-dates?handler=Add");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, backwards.StatusCode);
        var added = await head.SubmitAsync("/term-dates", [new("Name", "Autumn 1 2027"), new("Start", "2027-09-01"), new("End", "2027-10-22")], "/term-dates?handler=Add");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Contains("Autumn 1 2027", await head.GetPageAsync("/term-dates"));

        var teacher = app.Browser();
        await teacher.SignInOkAsync("teacher.y1");
        var r = await teacher.GetAsync("/term-dates");
        Assert.Contains("/account/denied", r.Headers.Location?.ToString());
        var governor = app.Browser();
        await governor.SignInOkAsync("governor.1");
        Assert.Contains("/account/denied", (await governor.GetAsync("/term-dates")).Headers.Location?.ToString());
    }
}

public sealed class OversightDashboardTests_Sqlite(SqliteFactory app) : OversightDashboardTests<SqliteFactory>(app);

[Collection("postgres")]
public sealed class OversightDashboardTests_Postgres(PostgresFactory app) : OversightDashboardTests<PostgresFactory>(app);
