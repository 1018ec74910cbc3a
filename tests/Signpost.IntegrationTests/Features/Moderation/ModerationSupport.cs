using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Signpost.Data.Entities;
using Signpost.IntegrationTests.Infrastructure;

namespace Signpost.IntegrationTests.Features.Moderation;

/// <summary>The moderation tests' app: generous per-person limits, and the monitor's loop left idle so only the tests run it.</summary>
public sealed class ModerationSqliteFactory : SqliteFactory
{
    public ModerationSqliteFactory() => ModerationSupport.Configure(Settings);
}

public sealed class ModerationPostgresFactory : PostgresFactory
{
    public ModerationPostgresFactory() => ModerationSupport.Configure(Settings);
}

public static class ModerationSupport
{
    public const string Year4Post = "/api/sites/year-4/posts/viking-longships/comments";

    public static void Configure(Dictionary<string, string?> settings)
    {
        settings["Signpost:CommentsPerFiveMinutes"] = "1000";
        settings["Signpost:ReportsPerFiveMinutes"] = "1000";
        settings["ModerationMonitor:Interval"] = "1.00:00:00";
    }

    /// <summary>A tag no checker rule can mistake for a word, name or number: consonants only.</summary>
    public static string Unique()
    {
        const string letters = "bcdfghjklmnpqrstvwxz";
        return new string(Enumerable.Range(0, 10).Select(_ => letters[Random.Shared.Next(letters.Length)]).ToArray());
    }

    public static async Task<JsonElement> CommentAsync(this HttpClient client, string text, string url = Year4Post, HttpStatusCode expected = HttpStatusCode.Created)
    {
        var r = await client.PostAsJsonAsync(url, new { text });
        var body = await r.Content.ReadAsStringAsync();
        Assert.True(r.StatusCode == expected, $"POST {url}: expected {(int)expected}, got {(int)r.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    public static async Task<List<JsonElement>> QueueAsync(this HttpClient client)
    {
        var r = await client.GetAsync("/api/moderation/queue");
        var body = await r.Content.ReadAsStringAsync();
        Assert.True(r.StatusCode == HttpStatusCode.OK, $"queue: {(int)r.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.EnumerateArray().ToList();
    }

    /// <summary>The queue entry for a comment, or null when it is not in this caller's queue.</summary>
    public static async Task<JsonElement?> QueueEntryAsync(this HttpClient client, Guid commentId)
    {
        foreach (var e in await client.QueueAsync())
        {
            if (e.GetProperty("contentId").GetGuid() == commentId)
            {
                return e;
            }
        }

        return null;
    }

    public static Task<HttpResponseMessage> DecideAsync(this HttpClient client, Guid itemId, object body) =>
        client.PostAsJsonAsync($"/api/moderation/items/{itemId}/decision", body);

    public static async Task<List<string>> CommentTextsAsync(this HttpClient client, string url = Year4Post)
    {
        var r = await client.GetAsync(url);
        var body = await r.Content.ReadAsStringAsync();
        Assert.True(r.StatusCode == HttpStatusCode.OK, $"GET {url}: {(int)r.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.EnumerateArray().Select(c => c.GetProperty("text").GetString()!).ToList();
    }

    public static async Task<Guid> PersonIdAsync(this SignpostFactory app, string username)
    {
        await using var db = app.SystemDb();
        return await db.Users.Where(u => u.UserName == username).Join(db.People, u => u.Id, p => p.UserId, (u, p) => p.Id).SingleAsync();
    }

    /// <summary>Publishes a post straight into the database (posts have their own tests); returns its slug.</summary>
    public static async Task<string> PublishedPostAsync(this SignpostFactory app, string siteSlug, string author = "teacher.y4")
    {
        await using var db = app.SystemDb();
        var site = await db.Sites.SingleAsync(s => s.Slug == siteSlug);
        var authorId = await app.PersonIdAsync(author);
        var slug = "test-" + Unique();
        var now = DateTime.UtcNow;
        db.Posts.Add(new Post
        {
            SchoolId = site.SchoolId, SiteId = site.Id, Slug = slug, Title = "Our class trip", Body = "We went to the museum and saw the Viking ship.",
            AuthorId = authorId, Status = PostStatus.Published, CreatedAt = now.AddHours(-1), UpdatedAt = now, PublishedAt = now.AddMinutes(-5), FindingsJson = "[]",
        });
        await db.SaveChangesAsync();
        return slug;
    }
}
