using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Signpost.Data;
using Signpost.IntegrationTests.Features.Moderation;
using Signpost.IntegrationTests.Infrastructure;
using Signpost.Web.Infrastructure;

namespace Signpost.IntegrationTests.Features;

/// <summary>The cache settings these tests use: copies kept long, so only a real change can replace them.</summary>
public static class PublicCacheSettings
{
    public static void Configure(Dictionary<string, string?> settings)
    {
        ModerationSupport.Configure(settings);
        settings["Signpost:PublicPageCacheSeconds"] = "600";
        settings["Signpost:PublicCacheSyncSeconds"] = "1";
    }
}

public sealed class PublicCacheSqliteFactory : SqliteFactory
{
    public PublicCacheSqliteFactory() => PublicCacheSettings.Configure(Settings);
}

public sealed class PublicCachePostgresFactory : PostgresFactory
{
    public PublicCachePostgresFactory() => PublicCacheSettings.Configure(Settings);
}

/// <summary>
/// Anonymous copies of public pages (issue 7's load target) must never show what the school has taken down or hold
/// back what it has published: a moderator's approval shows at once, a safeguarding concern hides at once (A.2.3,
/// A.5.3), a held comment changes nothing, a signed-in reader always gets a page of their own, and a change made by
/// another app instance on the same database reaches readers within the sync interval.
/// </summary>
public abstract class PublicPageCacheTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : SignpostFactory
{
    private static bool FromCache(HttpResponseMessage r) => r.Headers.Age is not null;

    private async Task<(string Page, bool Cached)> AnonymousAsync(string url)
    {
        using var anonymous = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        var r = await anonymous.GetAsync(url);
        var body = await r.Content.ReadAsStringAsync();
        Assert.True(r.StatusCode == HttpStatusCode.OK, $"GET {url}: {(int)r.StatusCode}");
        return (body, FromCache(r));
    }

    private long Generation => app.Services.GetRequiredService<PublicPageCache>().Generation;

    [Fact]
    public async Task Anonymous_readers_share_one_copy_but_signed_in_readers_and_queries_are_rendered_fresh()
    {
        var url = "/sites/school/posts/" + await app.PublishedPostAsync("school", "head");
        var first = await AnonymousAsync(url);
        var second = await AnonymousAsync(url);
        Assert.False(first.Cached);
        Assert.True(second.Cached, "the second anonymous read should come from the cache");
        Assert.Equal(first.Page, second.Page);
        await AnonymousAsync("/sites/school");
        Assert.True((await AnonymousAsync("/sites/school")).Cached, "the site's home page is cached too");

        // A signed-in parent gets their own page (the comment form, "Signed in as"), never the anonymous copy.
        var parent = app.Browser();
        await parent.SignInOkAsync("parent.1");
        var own = await parent.GetAsync(url);
        Assert.False(FromCache(own));
        var ownPage = await own.Content.ReadAsStringAsync();
        Assert.Contains("Signed in as", ownPage);
        Assert.Contains("__RequestVerificationToken", ownPage);

        // A bearer token or a query string is never answered from the copy either.
        var bearer = await app.ApiAsAsync("parent.1");
        Assert.False(FromCache(await bearer.GetAsync(url)));
        Assert.False((await AnonymousAsync(url + "?done=saved")).Cached);
        Assert.False((await AnonymousAsync(url + "?done=saved")).Cached);
    }

    [Fact]
    public async Task A_held_comment_leaves_the_copy_alone_and_its_approval_or_a_concern_shows_at_once()
    {
        var slug = await app.PublishedPostAsync("school", "head");
        var url = "/sites/school/posts/" + slug;
        await AnonymousAsync(url);
        Assert.True((await AnonymousAsync(url)).Cached);

        // A parent's comment is held for a moderator (A.5.3): nothing public changed, so the copy stays.
        var generation = Generation;
        var text = "Thank you for the lovely trip photos " + ModerationSupport.Unique();
        var parent = await app.ApiAsAsync("parent.1");
        var held = await parent.CommentAsync(text, $"/api/sites/school/posts/{slug}/comments");
        Assert.Equal("held", held.GetProperty("status").GetString());
        Assert.Equal(generation, Generation);
        var stillCached = await AnonymousAsync(url);
        Assert.True(stillCached.Cached);
        Assert.DoesNotContain(text, stillCached.Page);

        // The moderator approves it: the very next anonymous read shows it.
        var moderator = await app.ApiAsAsync("ict.lead");
        var commentId = held.GetProperty("id").GetGuid();
        var entry = await moderator.QueueEntryAsync(commentId);
        Assert.NotNull(entry);
        var decided = await moderator.DecideAsync(entry.Value.GetProperty("id").GetGuid(),
            new { action = "approve", version = entry.Value.GetProperty("version").GetInt32() });
        Assert.True(decided.IsSuccessStatusCode, await decided.Content.ReadAsStringAsync());
        var afterApproval = await AnonymousAsync(url);
        Assert.False(afterApproval.Cached);
        Assert.Contains(text, afterApproval.Page);
        Assert.True((await AnonymousAsync(url)).Cached);

        // A member of staff raises a safeguarding concern about it: hidden from the very next read (A.2.3).
        var staff = await app.ApiAsAsync("teacher.y4");
        var raised = await staff.PostAsJsonAsync("/api/safeguarding/raise", new { kind = "comment", id = commentId, text = "Worried about this." });
        Assert.True(raised.IsSuccessStatusCode, await raised.Content.ReadAsStringAsync());
        var afterConcern = await AnonymousAsync(url);
        Assert.DoesNotContain(text, afterConcern.Page);
    }

    [Fact]
    public async Task A_scheduled_post_appears_on_the_first_read_after_its_time_with_no_write_in_between()
    {
        // Published for a moment three seconds from now (the leadership approved it for then, A.3.4).
        var title = "Sports day results " + ModerationSupport.Unique();
        var at = DateTime.UtcNow.AddSeconds(3);
        await using (var db = app.SystemDb())
        {
            var site = await db.Sites.SingleAsync(s => s.Slug == "school");
            var author = await app.PersonIdAsync("head");
            db.Posts.Add(new Signpost.Data.Entities.Post
            {
                SchoolId = site.SchoolId, SiteId = site.Id, Slug = "scheduled-" + ModerationSupport.Unique(), Title = title,
                Body = "Well done to every team.", AuthorId = author, Status = Signpost.Data.Entities.PostStatus.Published,
                CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow, PublishedAt = at, FindingsJson = "[]",
            });
            await db.SaveChangesAsync();
        }

        await AnonymousAsync("/sites/school");
        var before = await AnonymousAsync("/sites/school");
        Assert.True(before.Cached);
        Assert.DoesNotContain(title, before.Page);

        var wait = at - DateTime.UtcNow + TimeSpan.FromMilliseconds(100);
        await Task.Delay(wait > TimeSpan.Zero ? wait : TimeSpan.Zero);
        // No write since: copies here last 600 s, so only the schedule can bring the post in.
        Assert.Contains(title, (await AnonymousAsync("/sites/school")).Page);
    }

    [Fact]
    public async Task A_change_made_by_another_instance_reaches_anonymous_readers_within_the_sync_interval()
    {
        var slug = await app.PublishedPostAsync("school", "head");
        var url = "/sites/school/posts/" + slug;
        await AnonymousAsync(url);
        Assert.True((await AnonymousAsync(url)).Cached);

        // Another instance: its own context on the same database, none of this instance's hooks (copies last 600 s here).
        var newTitle = "Our class trip, updated " + ModerationSupport.Unique();
        await using (var other = new AppDbContext(DatabaseSetup.Options(app.Services.GetRequiredService<DatabaseSettings>())))
        {
            var post = await other.Posts.SingleAsync(p => p.Slug == slug);
            post.Title = newTitle;
            await other.SaveChangesAsync();
        }

        var deadline = DateTime.UtcNow.AddSeconds(15);
        string page;
        do
        {
            await Task.Delay(250);
            page = (await AnonymousAsync(url)).Page;
        }
        while (!page.Contains(newTitle, StringComparison.Ordinal) && DateTime.UtcNow < deadline);
        Assert.Contains(newTitle, page);
    }
}

public sealed class PublicPageCacheTests_Sqlite(PublicCacheSqliteFactory app) : PublicPageCacheTests<PublicCacheSqliteFactory>(app);

[Collection("postgres")]
public sealed class PublicPageCacheTests_Postgres(PublicCachePostgresFactory app) : PublicPageCacheTests<PublicCachePostgresFactory>(app);
