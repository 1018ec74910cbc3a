using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Signpost.Data.Entities;
using Signpost.IntegrationTests.Infrastructure;
using Signpost.Web.Features.Sites;
using Signpost.Web.Infrastructure;

namespace Signpost.IntegrationTests.Features;

/// <summary>A.1.6, A.1.7: running sites are reviewed on their review date and evaluated against their success measures beside their own figures.</summary>
public abstract class SiteReviewTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : SignpostFactory
{
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    [Fact]
    public async Task The_evaluation_shows_the_sites_own_figures_counted_from_its_posts_comments_and_moderation()
    {
        await using var db = app.SystemDb();
        var site = await db.Sites.SingleAsync(s => s.Slug == "year-4");
        var expectedPosts = await db.Posts.CountAsync(p => p.SiteId == site.Id && p.Status == PostStatus.Published);
        var expectedComments = await db.Comments.CountAsync(c => c.SiteId == site.Id && c.Status == CommentStatus.Published);
        var expectedPending = await db.ReviewItems.CountAsync(r => r.SiteId == site.Id && r.Status == ReviewStatus.Pending);
        Assert.True(expectedPosts > 0 && expectedComments > 0 && expectedPending > 0, "the demo school has Year 4 posts, comments and a held comment");

        var api = await app.ApiAsAsync("teacher.y4");
        var json = await (await api.GetAsync("/api/sites/year-4/evaluation")).JsonAsync();
        var figures = json.GetProperty("figures");
        Assert.Equal(expectedPosts, figures.GetProperty("postsPublished").GetInt32());
        Assert.Equal(expectedComments, figures.GetProperty("commentsPublished").GetInt32());
        Assert.Equal(expectedPending, figures.GetProperty("itemsPending").GetInt32());
        Assert.Equal(site.SuccessMeasures, json.GetProperty("successMeasures").GetString());
        Assert.True(json.GetProperty("mayEvaluate").GetBoolean());

        var page = Http.Text(await (await BrowserAsAsync("teacher.y4")).GetPageAsync("/sites/year-4/evaluation"));
        Assert.Contains("How success is judged (A.1.7)", page);
        Assert.Contains($"{expectedComments}", page);
    }

    [Fact]
    public async Task Only_the_sites_administrators_and_leadership_evaluate_and_an_evaluation_must_say_something()
    {
        var other = await app.ApiAsAsync("teacher.y1"); // not an administrator of year-5
        var refused = await other.PostAsJsonAsync("/api/sites/year-5/evaluation", new { evaluation = "Going well: weekly posts and lots of comments." });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);

        var admin = await app.ApiAsAsync("teacher.y5");
        await (await admin.PostAsJsonAsync("/api/sites/year-5/evaluation", new { evaluation = "Fine." })).AssertRefusedAsync("A.1.7");

        var ok = await admin.PostAsJsonAsync("/api/sites/year-5/evaluation", new { evaluation = "Weekly posts kept all term; families comment most weeks." });
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        await using var db = app.SystemDb();
        var site = await db.Sites.SingleAsync(s => s.Slug == "year-5");
        var evaluated = await db.SiteEvents.Where(e => e.SiteId == site.Id && e.Kind == SiteEventKind.Evaluated).SingleAsync();
        Assert.StartsWith("Weekly posts kept all term", evaluated.Notes);
        Assert.Contains("Figures at the time:", evaluated.Notes); // the snapshot is kept with the words (A.1.7)

        // A parent cannot open the evaluation page.
        var parent = await BrowserAsAsync("parent.1");
        var r = await parent.GetAsync("/sites/year-4/evaluation");
        Assert.True(r.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound or HttpStatusCode.Redirect, $"got {(int)r.StatusCode}");
        if (r.StatusCode == HttpStatusCode.Redirect)
        {
            Assert.DoesNotContain("/sites/year-4/evaluation", r.Headers.Location?.ToString() ?? "", StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_review_is_started_by_an_administrator_and_completed_only_by_the_headteacher_with_a_next_date_inside_the_sites_life()
    {
        var admin = await app.ApiAsAsync("teacher.y6");
        var started = await admin.PostAsync("/api/sites/year-6/start-review", null);
        Assert.Equal(HttpStatusCode.OK, started.StatusCode);
        Assert.Equal("under-review", (await started.JsonAsync()).GetProperty("status").GetString());

        // The administrator evaluates but cannot complete the review.
        await (await admin.PostAsJsonAsync("/api/sites/year-6/evaluation", new { evaluation = "Posts every week; pupils comment a lot.", completeReview = true, nextReviewDate = Today.AddDays(90) }))
            .AssertRefusedAsync("A.1.7");

        var head = await app.ApiAsAsync("head");
        await using (var db = app.SystemDb())
        {
            var end = (await db.Sites.SingleAsync(s => s.Slug == "year-6")).EndDate!.Value;
            await (await head.PostAsJsonAsync("/api/sites/year-6/evaluation", new { evaluation = "Posts every week; pupils comment a lot.", completeReview = true, nextReviewDate = end.AddDays(1) }))
                .AssertRefusedAsync("A.1.6");
        }

        var done = await head.PostAsJsonAsync("/api/sites/year-6/evaluation", new { evaluation = "Posts every week; pupils comment a lot.", completeReview = true, nextReviewDate = Today.AddDays(90) });
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        await using var after = app.SystemDb();
        var site = await after.Sites.SingleAsync(s => s.Slug == "year-6");
        Assert.Equal((SiteStatus.Live, Today.AddDays(90)), (site.Status, site.ReviewDate!.Value));
        var steps = await after.SiteEvents.Where(e => e.SiteId == site.Id).Select(e => e.Kind).ToListAsync();
        Assert.Contains(SiteEventKind.ReviewStarted, steps);
        Assert.Contains(SiteEventKind.Evaluated, steps);
        Assert.Contains(SiteEventKind.ReviewCompleted, steps);
    }

    [Fact]
    public async Task On_its_review_date_a_live_site_goes_under_review_and_its_administrators_and_the_headteacher_are_told()
    {
        var reviewOn = Today.AddDays(30);
        await using (var db = app.SystemDb())
        {
            await db.Sites.Where(s => s.Slug == "year-1").ExecuteUpdateAsync(s => s.SetProperty(x => x.ReviewDate, reviewOn));
        }

        async Task RunOn(DateOnly day)
        {
            var clock = new FakeTimeProvider(new DateTimeOffset(day.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero));
            await new SiteExits(app.Services.GetRequiredService<SystemDb>(), clock, app.Services.GetRequiredService<ILogger<SiteExits>>()).RunAsync(CancellationToken.None);
        }

        await RunOn(reviewOn.AddDays(-1));
        await using (var before = app.SystemDb())
        {
            Assert.Equal(SiteStatus.Live, (await before.Sites.SingleAsync(s => s.Slug == "year-1")).Status);
        }

        await RunOn(reviewOn);
        await using var after = app.SystemDb();
        var site = await after.Sites.Include(s => s.Members).SingleAsync(s => s.Slug == "year-1");
        Assert.Equal(SiteStatus.UnderReview, site.Status);
        var told = await after.Notices.Where(n => n.Kind == "site-review" && n.Link == "/sites/year-1/evaluation").Select(n => n.PersonId).ToListAsync();
        var admins = site.Members.Where(m => m.Role == SiteMemberRole.Administrator).Select(m => m.PersonId).ToList();
        var head = await after.PersonRoles.Where(r => r.Role == Role.Headteacher).Select(r => r.PersonId).SingleAsync();
        Assert.Superset(admins.Append(head).ToHashSet(), told.ToHashSet());
        Assert.Equal(admins.Append(head).Distinct().Count(), told.Count);
    }

    private async Task<HttpClient> BrowserAsAsync(string username)
    {
        var client = app.Browser();
        await client.SignInOkAsync(username);
        return client;
    }
}

public sealed class SiteReviewTests_Sqlite(SqliteFactory app) : SiteReviewTests<SqliteFactory>(app);

[Collection("postgres")]
public sealed class SiteReviewTests_Postgres(PostgresFactory app) : SiteReviewTests<PostgresFactory>(app);
