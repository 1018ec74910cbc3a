using System.Net;
using System.Text;
using Signpost.IntegrationTests.Infrastructure;

namespace Signpost.IntegrationTests.Features;

public sealed class CheckLimitFactory : SqliteFactory
{
    public CheckLimitFactory() => Settings["Signpost:ChecksPerFiveMinutes"] = "3";
}

/// <summary>Issue 7, abuse limits: the checker API is limited per person, with 429 and Retry-After; others carry on.</summary>
public sealed class CheckRateLimitTests(CheckLimitFactory app) : IClassFixture<CheckLimitFactory>
{
    private static StringContent Input() =>
        new("{\"id\":1,\"context\":\"pupil-comment\",\"text\":\"We went to the museum.\"}", Encoding.UTF8, "application/json");

    [Fact]
    public async Task Too_many_checks_from_one_person_get_429_with_retry_after_and_others_carry_on()
    {
        var teacher = await app.ApiAsAsync("teacher.y6");
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await teacher.PostAsync("/api/check", Input())).StatusCode);
        }

        var limited = await teacher.PostAsync("/api/check", Input());
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(int.Parse(limited.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
        Assert.Contains("checks", (await limited.JsonAsync()).GetProperty("detail").GetString());

        var other = await app.ApiAsAsync("teacher.y5");
        Assert.Equal(HttpStatusCode.OK, (await other.PostAsync("/api/check", Input())).StatusCode);
    }
}
