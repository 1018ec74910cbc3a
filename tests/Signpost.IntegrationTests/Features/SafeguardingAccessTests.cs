using System.Net;
using Microsoft.EntityFrameworkCore;
using Signpost.IntegrationTests.Infrastructure;

namespace Signpost.IntegrationTests.Features;

/// <summary>
/// A.2.3: concerns open only for the DSL and the Headteacher, and only after two-factor sign-in. Here nobody has turned
/// two-factor sign-in on, so the DSL and the Headteacher are asked to set it up; everyone else is refused without
/// learning whether a concern exists.
/// </summary>
public abstract class SafeguardingAccessTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : SignpostFactory
{
    [Theory]
    [InlineData("dsl")]
    [InlineData("head")]
    public async Task The_dsl_and_headteacher_without_two_factor_sign_in_are_asked_to_set_it_up_and_see_nothing(string username)
    {
        var (_, concernId, _) = await Escalations.CommentAsync(app, "y4.pupil2", "year-4", "viking-longships", Escalations.Disclosure);
        var browser = app.Browser();
        await browser.SignInOkAsync(username);

        foreach (var url in new[] { "/safeguarding", $"/safeguarding/{concernId}", $"/safeguarding/{concernId}/report-pack" })
        {
            var r = await browser.GetAsync(url);
            var html = await r.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode);
            Assert.Equal("text/html", r.Content.Headers.ContentType?.MediaType);
            Assert.Contains("Two-factor sign-in needed", html);
            Assert.Contains("A.2.3", html);
            Assert.Contains("href=\"/account/two-factor-setup\"", html);
            Assert.DoesNotContain("scared", html);
        }

        var api = await app.ApiAsAsync(username);
        var refused = await api.GetAsync($"/api/safeguarding/concerns/{concernId}");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var problem = await refused.JsonAsync();
        Assert.Equal("A.2.3", problem.GetProperty("clause").GetString());
        Assert.Contains("TOTP", problem.GetProperty("detail").GetString());

        await using var db = app.SystemDb();
        var id = concernId.ToString();
        Assert.True(await db.AuditRecords.AnyAsync(a => a.Action == "safeguarding-concern.viewed" && a.EntityId == id && a.Outcome == "refused-no-two-factor"));
    }

    [Theory]
    [InlineData("teacher.y4")]
    [InlineData("ict.lead")]
    [InlineData("deputy")]
    public async Task Other_staff_are_refused_and_cannot_tell_whether_a_concern_exists(string username)
    {
        var (_, concernId, _) = await Escalations.CommentAsync(app, "y4.pupil3", "year-4", "viking-longships", Escalations.Disclosure);
        var browser = app.Browser();
        await browser.SignInOkAsync(username);

        Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync("/safeguarding")).StatusCode);
        var real = await browser.GetAsync($"/safeguarding/{concernId}");
        var made_up = await browser.GetAsync($"/safeguarding/{Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, real.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, made_up.StatusCode);
        Assert.Equal(Http.Text(await made_up.Content.ReadAsStringAsync()), Http.Text(await real.Content.ReadAsStringAsync()));
        Assert.DoesNotContain("href=\"/safeguarding\"", await browser.GetPageAsync("/home"));

        var api = await app.ApiAsAsync(username);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.GetAsync("/api/safeguarding/concerns")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/safeguarding/concerns/{concernId}")).StatusCode);
    }

    [Fact]
    public async Task Pupils_and_parents_cannot_open_safeguarding_pages()
    {
        foreach (var username in new[] { "y4.pupil1", "parent.1" })
        {
            var browser = app.Browser();
            await browser.SignInOkAsync(username);
            var r = await browser.GetAsync("/safeguarding");
            Assert.True(r.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Redirect, $"{username}: {(int)r.StatusCode}");
            Assert.DoesNotContain("Safeguarding concerns", await r.Content.ReadAsStringAsync());
        }

        Assert.Equal(HttpStatusCode.Redirect, (await app.Browser().GetAsync("/safeguarding")).StatusCode);
    }
}

public sealed class SafeguardingAccessTests_Sqlite(SqliteFactory app) : SafeguardingAccessTests<SqliteFactory>(app);

[Collection("postgres")]
public sealed class SafeguardingAccessTests_Postgres(PostgresFactory app) : SafeguardingAccessTests<PostgresFactory>(app);
