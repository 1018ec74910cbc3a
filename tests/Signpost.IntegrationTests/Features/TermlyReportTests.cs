using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Signpost.Data.Entities;
using Signpost.IntegrationTests.Infrastructure;
using Signpost.Web.Features.Oversight;
using Signpost.Web.Features.TermReport;

namespace Signpost.IntegrationTests.Features;

/// <summary>
/// Issue 6, the governors' termly report: one term's figures for the Headteacher, the leadership team and governors,
/// counted from the school's own rows at the edges of the term (UK time), with no person named.
/// </summary>
public abstract class TermlyReportTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : SignpostFactory
{
    // A term of its own, years after the demo's data: Monday 14 April to Friday 23 May 2031 (British Summer Time).
    private static readonly DateOnly Start = new(2031, 4, 14);
    private static readonly DateOnly End = new(2031, 5, 23);
    private const string TermName = "Summer 1 2031 (report test)";
    private const string BreachDetail = "termly-report-breach-detail";

    private static DateTime Utc(int month, int day, int hour, int minute = 0) => new(2031, month, day, hour, minute, 0, DateTimeKind.Utc);

    private async Task<(Guid SchoolId, TermChoice Term)> ArrangeAsync()
    {
        await using var db = app.SystemDb();
        var school = await db.Schools.SingleAsync(s => s.Slug == "holbrook");
        var existing = await db.TermDates.SingleOrDefaultAsync(t => t.Name == TermName);
        if (existing is not null)
        {
            return (school.Id, new TermChoice(existing.Id, existing.Name, existing.Start, existing.End));
        }

        var term = new TermDate { SchoolId = school.Id, Name = TermName, Start = Start, End = End };
        db.TermDates.Add(term);
        var year4 = await db.Sites.SingleAsync(s => s.Slug == "year-4");
        year4.LiveAt = new DateTime(2026, 1, 5, 9, 0, 0, DateTimeKind.Utc);
        year4.ReviewDate = new DateOnly(2031, 5, 1);
        var author = await db.SiteMembers.Where(m => m.SiteId == year4.Id && m.Role == SiteMemberRole.Administrator).Select(m => m.PersonId).FirstAsync();
        // Friday 18 April 23:59 BST is 22:59 UTC: that week's post. Saturday 24 May, after the term: not counted.
        foreach (var at in new[] { Utc(4, 18, 22, 59), Utc(4, 29, 10), Utc(5, 24, 10) })
        {
            db.Posts.Add(new Post
            {
                SchoolId = school.Id, SiteId = year4.Id, Slug = "term-" + Guid.NewGuid().ToString("N")[..10], Title = "Our week", Body = "We learned about rivers.",
                AuthorId = author, Status = PostStatus.Published, CreatedAt = at.AddHours(-1), UpdatedAt = at.AddHours(-1), PublishedAt = at,
            });
        }

        foreach (var (created, decidedAfter) in new (DateTime, double?)[] { (Utc(4, 15, 8), 2), (Utc(4, 16, 8), 6), (Utc(5, 20, 8), null), (Utc(6, 2, 8), 1) })
        {
            db.ReviewItems.Add(new ReviewItem
            {
                SchoolId = school.Id, SiteId = year4.Id, ContentKind = ContentKind.Comment, ReasonsJson = "[]", CreatedAt = created,
                Status = decidedAfter is null ? ReviewStatus.Pending : ReviewStatus.Approved, DecidedAt = decidedAfter is { } h ? created.AddHours(h) : null,
            });
        }

        db.Breaches.AddRange(
            new Breach { SchoolId = school.Id, Clauses = "5.5,6.8", WhatHappened = BreachDetail, FoundOn = new(2031, 5, 1), RecordedAt = Utc(5, 1, 9) },
            new Breach { SchoolId = school.Id, Clauses = "6.8", WhatHappened = BreachDetail, FoundOn = new(2031, 5, 2), RecordedAt = Utc(5, 2, 9) },
            new Breach { SchoolId = school.Id, Clauses = "5.3", WhatHappened = BreachDetail, FoundOn = new(2031, 6, 1), RecordedAt = Utc(6, 1, 9) },
            // In the demo's Summer 2 2026 term, which is over by the real clock, for the page.
            new Breach { SchoolId = school.Id, Clauses = "7.2", WhatHappened = BreachDetail, FoundOn = new(2026, 6, 10), RecordedAt = new DateTime(2026, 6, 10, 9, 0, 0, DateTimeKind.Utc) },
            new Breach { SchoolId = school.Id, Clauses = "7.2,A.4.10", WhatHappened = BreachDetail, FoundOn = new(2026, 7, 1), RecordedAt = new DateTime(2026, 7, 1, 9, 0, 0, DateTimeKind.Utc) });
        db.MediaEnquiries.AddRange(
            new MediaEnquiry { SchoolId = school.Id, Name = "In-term Reporter (fictional)", Email = "a@news.example", Message = "Q", ReceivedAt = Utc(4, 20, 12) },
            new MediaEnquiry { SchoolId = school.Id, Name = "Later Reporter (fictional)", Email = "b@news.example", Message = "Q", ReceivedAt = Utc(6, 1, 12) });
        db.SafeguardingConcerns.Add(new SafeguardingConcern
        {
            SchoolId = school.Id, Category = "safeguarding", Summary = "termly-report-concern-summary", RaisedAt = Utc(4, 22, 10), Source = ConcernSource.Staff,
        });

        // Tuesday 6 May: both of Year 4's administrators away, so only its moderator is left (A.5.4).
        var admins = await db.SiteMembers.Where(m => m.SiteId == year4.Id && m.Role == SiteMemberRole.Administrator).Select(m => m.PersonId).ToListAsync();
        foreach (var id in admins)
        {
            db.Absences.Add(new Absence { SchoolId = school.Id, PersonId = id, From = new(2031, 5, 6), To = new(2031, 5, 6), RecordedById = id, RecordedAt = Utc(5, 1, 9) });
        }

        await db.SaveChangesAsync();
        return (school.Id, new TermChoice(term.Id, term.Name, term.Start, term.End));
    }

    [Fact]
    public async Task A_finished_term_is_counted_from_its_own_days_at_the_edges_in_uk_time()
    {
        var (schoolId, term) = await ArrangeAsync();
        await using var db = app.SystemDb();
        var figures = await new TermlyReport(new FakeTimeProvider(new DateTimeOffset(2031, 6, 9, 9, 0, 0, TimeSpan.Zero))).BuildAsync(db, schoolId, term, CancellationToken.None);

        Assert.True(figures.TermOver);
        var y4 = figures.Sites.Single(s => s.Slug == "year-4");
        Assert.True(y4.WeeklyUpdateRequired);
        Assert.Equal(6, y4.Weeks.Count);
        Assert.Equal(6, y4.SchoolWeeksEnded);
        Assert.Equal(2, y4.WeeksKept); // the Friday 23:59 post counts for 14 April's week (A.1.5)
        Assert.Equal(4, y4.WeeksMissed);
        Assert.Equal(2, y4.PostsPublished);
        Assert.Equal(true, y4.Weeks[0].Kept);
        Assert.Equal(false, y4.Weeks[1].Kept);

        Assert.Equal(30, y4.SchoolDaysCounted);
        Assert.Equal(1, y4.SchoolDaysShortOfCover);
        Assert.Equal(1, y4.FewestAvailable);
        Assert.All(figures.Sites.Where(s => s.Slug != "year-4"), s => Assert.Equal(0, s.SchoolDaysShortOfCover));

        Assert.Equal(3, y4.ModerationItems); // the item of 2 June is after the term
        Assert.Equal(2, y4.ModerationDecided);
        Assert.Equal(4.0, y4.MedianHoursToDecision);
        Assert.Equal(6.0, y4.LongestHoursToDecision);
        Assert.Equal(1, y4.StillPending);
        Assert.True(y4.ReviewOrEndThisTerm);
        Assert.True(figures.ReviewsOrEvaluationsDue >= 1);

        Assert.Equal(2, figures.BreachesFound);
        Assert.Equal([new ClauseCount("6.8", 2), new ClauseCount("5.5", 1)], figures.BreachesByClause);
        Assert.Equal(1, figures.MediaEnquiries);
        Assert.Equal(1, figures.ConcernsRaised);

        var now = await new OversightReport(new FakeTimeProvider(new DateTimeOffset(2031, 6, 9, 9, 0, 0, TimeSpan.Zero))).BuildAsync(db, schoolId, CancellationToken.None);
        Assert.Equal(now.Acknowledgements.CurrentVersion, figures.PolicyVersion);
        Assert.Equal(now.Acknowledgements.InScope, figures.InScope);
        Assert.Equal(now.Acknowledgements.Acknowledged, figures.Acknowledged);
        Assert.True(figures.Acknowledged < figures.InScope); // the demo's volunteer has not acknowledged
    }

    [Fact]
    public async Task A_term_not_yet_over_counts_only_the_weeks_that_have_ended()
    {
        var (schoolId, term) = await ArrangeAsync();
        await using var db = app.SystemDb();
        // Wednesday 30 April 2031: two weeks over, the third under way (its Tuesday post already in).
        var figures = await new TermlyReport(new FakeTimeProvider(new DateTimeOffset(2031, 4, 30, 12, 0, 0, TimeSpan.Zero))).BuildAsync(db, schoolId, term, CancellationToken.None);
        Assert.False(figures.TermOver);
        Assert.Equal(new DateOnly(2031, 4, 30), figures.AsAt);
        var y4 = figures.Sites.Single(s => s.Slug == "year-4");
        Assert.Equal(1, y4.WeeksMissed);
        Assert.Equal(2, y4.WeeksKept);
        Assert.True(y4.Weeks[2].Current);
        Assert.True(y4.Weeks[3].Future);
        Assert.Equal(13, y4.SchoolDaysCounted);
        Assert.Equal(0, y4.SchoolDaysShortOfCover);
        Assert.Equal(0, figures.BreachesFound);
    }

    [Theory]
    [InlineData("head")]
    [InlineData("deputy")]
    [InlineData("assistant.head")]
    [InlineData("governor.1")]
    public async Task The_headteacher_leadership_and_governors_choose_a_term_and_see_no_names(string username)
    {
        await ArrangeAsync();
        Guid summer2;
        await using (var db = app.SystemDb())
        {
            summer2 = await db.TermDates.Where(t => t.Name == "Summer 2 2026").Select(t => t.Id).SingleAsync();
        }

        var b = app.Browser();
        await b.SignInOkAsync(username);
        var first = await b.GetPageAsync("/termly-report");
        Assert.Contains("Governors' termly report", first);
        Assert.Contains(TermName, first); // in the chooser
        var page = await b.GetPageAsync($"/termly-report?term={summer2}");
        var text = Http.Text(page);
        Assert.Contains("Summer 2 2026", text);
        Assert.Contains("The term is over", text);
        Assert.Contains("Save as PDF", text);
        Assert.Contains("7.2: 2; A.4.10: 1", text);
        foreach (var secret in new[] { BreachDetail, "termly-report-concern-summary", "In-term Reporter", "Vera", "Tess Demo", "Ian Sample" })
        {
            Assert.DoesNotContain(secret, page, StringComparison.Ordinal);
        }

        var csv = await b.GetAsync($"/termly-report?handler=Csv&term={summer2}");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Contains("year-4,", await csv.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await b.GetAsync($"/termly-report?term={Guid.NewGuid()}")).StatusCode);
    }

    [Theory]
    [InlineData("teacher.y4")]
    [InlineData("dsl")]
    [InlineData("ict.lead")]
    [InlineData("contractor.1")]
    [InlineData("parent.1")]
    [InlineData("y4.pupil1")]
    public async Task Nobody_else_opens_it(string username)
    {
        var b = app.Browser();
        await b.SignInOkAsync(username);
        var r = await b.GetAsync("/termly-report");
        Assert.Contains("/account/denied", r.Headers.Location?.ToString());
        Assert.Contains("/account/denied", (await b.GetAsync("/termly-report?handler=Csv")).Headers.Location?.ToString());
    }
}

public sealed class TermlyReportTests_Sqlite(SqliteFactory app) : TermlyReportTests<SqliteFactory>(app);

[Collection("postgres")]
public sealed class TermlyReportTests_Postgres(PostgresFactory app) : TermlyReportTests<PostgresFactory>(app);
