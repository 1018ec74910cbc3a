using System.Net;
using System.Net.Http.Json;
using Signpost.IntegrationTests.Infrastructure;

namespace Signpost.IntegrationTests.Features;

public sealed class RateLimitedFactory : SignpostFactory
{
    public RateLimitedFactory() => Settings["Signpost:SignInAttemptsPerMinute"] = "3";

    public override string Provider => "sqlite";

    protected override string? ConnectionString => null;
}

/// <summary>Sign-in is rate-limited per client address across every sign-in door, answering 429 with Retry-After.</summary>
public sealed class RateLimitTests(RateLimitedFactory app) : IClassFixture<RateLimitedFactory>
{
    [Fact]
    public async Task Fourth_sign_in_attempt_in_a_minute_gets_429_with_retry_after()
    {
        var client = app.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            var ok = await client.PostAsJsonAsync("/api/auth/login", new { username = "nobody", password = "Wrong-Password-1" });
            Assert.Equal(HttpStatusCode.Unauthorized, ok.StatusCode);
        }

        var limited = await client.PostAsJsonAsync("/api/auth/login", new { username = "head", password = SignpostFactory.DemoPassword });
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(limited.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After is missing");
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);

        // The page form shares the same budget, and says so in plain words.
        var browser = app.Browser();
        var page = await browser.GetPageAsync("/account/sign-in");
        var form = await browser.PostAsync("/account/sign-in", new FormUrlEncodedContent(
            [new("Username", "head"), new("Password", SignpostFactory.DemoPassword), new("__RequestVerificationToken", Http.Token(page))]));
        Assert.Equal(HttpStatusCode.TooManyRequests, form.StatusCode);
        Assert.Contains("Too many sign-in attempts", await form.Content.ReadAsStringAsync());

        // Reading pages is not limited.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
    }
}
