using System.Net;
using System.Net.Http.Json;
using Signpost.IntegrationTests.Infrastructure;

namespace Signpost.IntegrationTests.Features;

public sealed class PostingLimitSqliteFactory : SqliteFactory
{
    public PostingLimitSqliteFactory() => Settings["Signpost:PostsPerHour"] = "3";
}

public sealed class PostingLimitPostgresFactory : PostgresFactory
{
    public PostingLimitPostgresFactory() => Settings["Signpost:PostsPerHour"] = "3";
}

/// <summary>Writing posts is limited per person (pages and API share the budget): 429 with Retry-After, others unaffected.</summary>
public abstract class PostingRateLimitTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : SignpostFactory
{
    [Fact]
    public async Task Too_many_posts_from_one_person_get_429_with_retry_after_and_others_carry_on()
    {
        var teacher = await app.ApiAsAsync("teacher.y4");
        for (var i = 1; i <= 3; i++)
        {
            var ok = await teacher.PostAsJsonAsync("/api/sites/year-4/posts", new { title = $"Note {i}", body = "A short note." });
            Assert.Equal(HttpStatusCode.Created, ok.StatusCode);
        }

        var limited = await teacher.PostAsJsonAsync("/api/sites/year-4/posts", new { title = "Note 4", body = "A short note." });
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(limited.Headers.RetryAfter?.Delta > TimeSpan.Zero || int.Parse(limited.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
        Assert.Contains("posts", (await limited.JsonAsync()).GetProperty("detail").GetString());

        // The page form shares the same budget.
        var browser = app.Browser();
        await browser.SignInOkAsync("teacher.y4");
        var page = await browser.SubmitAsync("/sites/year-4/posts/new", [new("Input.Title", "Note 5"), new("Input.Body", "A short note.")], "/sites/year-4/posts/new?handler=Save");
        Assert.Equal(HttpStatusCode.TooManyRequests, page.StatusCode);
        Assert.True(page.Headers.RetryAfter?.Delta > TimeSpan.Zero, "the page's 429 has no Retry-After");

        // Someone else is not held back, and reading is never limited.
        var other = await (await app.ApiAsAsync("teacher.y5")).PostAsJsonAsync("/api/sites/year-5/posts", new { title = "Hello", body = "A short note." });
        Assert.Equal(HttpStatusCode.Created, other.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await teacher.GetAsync("/api/sites/year-4/posts?mine=true")).StatusCode);
    }
}

public sealed class PostingRateLimitTests_Sqlite(PostingLimitSqliteFactory app) : PostingRateLimitTests<PostingLimitSqliteFactory>(app);

[Collection("postgres")]
public sealed class PostingRateLimitTests_Postgres(PostingLimitPostgresFactory app) : PostingRateLimitTests<PostingLimitPostgresFactory>(app);
