using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Signpost.Cli.Commands;
using Signpost.Data.Entities;
using Signpost.IntegrationTests.Infrastructure;

namespace Signpost.IntegrationTests.Features;

/// <summary>
/// Issue 6, the Local Authority / trust view: a deployment-level trust officer sees every school's oversight lines
/// (A.1.5–A.1.7, A.5.4, 2.1, 9.x, A.2.3, A.3.6) as counts — never a name, a concern, a breach or anything a pupil wrote —
/// and can do nothing else in any school. Accounts are made with `signpost trust-officer`.
/// </summary>
public abstract class TrustViewTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : SignpostFactory
{
    private const string BreachDetail = "Trustfield-breach-detail-never-shown";
    private const string ConcernText = "my dad hits me and I am scared to go home";

    /// <summary>A second, fictional school on the same deployment with one open media enquiry and one breach this term.</summary>
    private async Task SecondSchoolAsync()
    {
        await using var db = app.SystemDb();
        if (await db.Schools.AnyAsync(s => s.Slug == "trustfield"))
        {
            return;
        }

        var now = DateTime.UtcNow;
        var school = new School
        {
            Slug = "trustfield", Name = "Trustfield Primary (fictional)", LocalAuthority = "Example Borough Council", HostName = "trustfield.example",
            CreatedAt = now, TwoFactorRequiredFrom = DateTime.SpecifyKind(new DateTime(9999, 12, 31), DateTimeKind.Utc),
        };
        db.Schools.Add(school);
        db.Breaches.Add(new Breach
        {
            SchoolId = school.Id, Clauses = "5.5", WhatHappened = BreachDetail, PersonDescription = "A fictional person",
            FoundOn = DateOnly.FromDateTime(now), Severity = BreachSeverity.Low, RecordedAt = now,
        });
        db.MediaEnquiries.Add(new MediaEnquiry { SchoolId = school.Id, Name = "A Reporter (fictional)", Email = "reporter@news.example", Message = "Trustfield enquiry text", ReceivedAt = now });
        await db.SaveChangesAsync();
    }

    private async Task RaiseConcernAsync()
    {
        var pupil = await app.ApiAsAsync("y4.pupil2");
        using var r = await pupil.PostAsync("/api/sites/year-4/posts/viking-longships/comments",
            new StringContent(JsonSerializer.Serialize(new { text = ConcernText }), Encoding.UTF8, "application/json"));
        Assert.True(r.IsSuccessStatusCode, $"{(int)r.StatusCode}");
    }

    [Fact]
    public async Task The_trust_officer_sees_every_school_with_the_same_figures_as_its_own_dashboard_and_no_names_or_details()
    {
        await SecondSchoolAsync();
        await RaiseConcernAsync();
        var trust = await app.ApiAsAsync("trust.officer");
        var r = await trust.GetAsync("/api/trust");
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var raw = await r.Content.ReadAsStringAsync();
        var schools = JsonDocument.Parse(raw).RootElement.GetProperty("schools").EnumerateArray().ToDictionary(s => s.GetProperty("slug").GetString()!);
        Assert.Contains("holbrook", schools.Keys);
        Assert.Contains("trustfield", schools.Keys);

        // Holbrook's lines are exactly its Headteacher's (2.1, A.2.3, 9.x, A.1.5, A.5.4).
        var own = await (await (await app.ApiAsAsync("head")).GetAsync("/api/oversight")).JsonAsync();
        var holbrook = schools["holbrook"];
        foreach (var figure in new[] { "openConcerns", "breachesThisTerm", "mediaEnquiriesOpen", "pendingItems", "sitesShortOfCover", "yearGroupBlogsMissedLastWeek" })
        {
            Assert.Equal(own.GetProperty(figure).GetInt32(), holbrook.GetProperty(figure).GetInt32());
        }

        Assert.True(holbrook.GetProperty("openConcerns").GetInt32() >= 1);
        Assert.Equal(own.GetProperty("acknowledgements").GetProperty("inScope").GetInt32(), holbrook.GetProperty("acknowledgements").GetProperty("inScope").GetInt32());
        Assert.Equal(own.GetProperty("acknowledgements").GetProperty("acknowledged").GetInt32(), holbrook.GetProperty("acknowledgements").GetProperty("acknowledged").GetInt32());
        Assert.Equal(
            own.GetProperty("sites").EnumerateArray().Select(s => (s.GetProperty("slug").GetString(), s.GetProperty("pendingItems").GetInt32(), s.GetProperty("moderatorsAvailableMin14d").GetInt32())),
            holbrook.GetProperty("sites").EnumerateArray().Select(s => (s.GetProperty("slug").GetString(), s.GetProperty("pendingItems").GetInt32(), s.GetProperty("moderatorsAvailableMin14d").GetInt32())));
        Assert.Contains(holbrook.GetProperty("sites").EnumerateArray(), s => s.GetProperty("slug").GetString() == "year-4" && s.GetProperty("weeks").GetArrayLength() >= 0);

        // The second school's own counts, from its own rows only.
        var trustfield = schools["trustfield"];
        Assert.Equal(1, trustfield.GetProperty("breachesThisTerm").GetInt32());
        Assert.Equal("5.5", trustfield.GetProperty("breachesByClause")[0].GetProperty("clause").GetString());
        Assert.Equal(1, trustfield.GetProperty("mediaEnquiriesOpen").GetInt32());
        Assert.Equal(0, trustfield.GetProperty("sites").GetArrayLength());

        // Counts only: the names of who has not acknowledged (Holbrook's volunteer has not), concerns, breaches, enquiries.
        Assert.False(holbrook.GetProperty("acknowledgements").TryGetProperty("missing", out _));
        Assert.Contains("Vera", await (await (await app.ApiAsAsync("head")).GetAsync("/api/oversight")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var browser = app.Browser();
        await browser.SignInOkAsync("trust.officer");
        var pages = raw + Http.WithoutOpaqueValues(await browser.GetPageAsync("/trust") + await browser.GetPageAsync("/trust/holbrook") + await browser.GetPageAsync("/trust/trustfield"));
        foreach (var secret in new[] { "Vera", "Sample", BreachDetail, "A fictional person", ConcernText, "Trustfield enquiry text", "reporter@news.example", "Ada", "Viking" })
        {
            Assert.DoesNotContain(secret, pages, StringComparison.Ordinal);
        }

        var overview = Http.Text(await browser.GetPageAsync("/trust"));
        Assert.Contains("Trustfield Primary (fictional)", overview);
        Assert.Contains("Holbrook Primary", overview);
        Assert.Contains("href=\"/trust/trustfield\"", await browser.GetPageAsync("/trust"));
        var detail = await browser.GetPageAsync("/trust/holbrook");
        Assert.Contains("Year 4", Http.Text(detail));
        Assert.DoesNotContain("href=\"/sites/", detail, StringComparison.Ordinal); // nothing the officer could not open
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/trust/no-such-school")).StatusCode);
    }

    [Fact]
    public async Task The_trust_officer_can_do_nothing_else_in_any_school()
    {
        var browser = app.Browser();
        await browser.SignInOkAsync("trust.officer");
        foreach (var url in new[] { "/oversight", "/breaches", "/breaches?handler=Csv", "/safeguarding", "/moderation", "/people", "/sites/school", "/sites/year-4", "/policy", "/media-enquiry", "/audit", "/oversight/cover/year-4" })
        {
            var page = await browser.GetAsync(url);
            Assert.True(page.StatusCode == HttpStatusCode.Forbidden, $"{url}: {(int)page.StatusCode}");
        }

        var api = await app.ApiAsAsync("trust.officer");
        Guid held;
        int version;
        await using (var db = app.SystemDb())
        {
            var item = await db.ReviewItems.FirstAsync(i => i.Status == ReviewStatus.Pending);
            (held, version) = (item.Id, item.Version);
        }

        foreach (var url in new[] { "/api/oversight", "/api/sites", "/api/moderation/queue", "/api/media-enquiries", "/api/safeguarding/concerns", "/api/policy" })
        {
            var r = await api.GetAsync(url);
            Assert.True(r.StatusCode == HttpStatusCode.Forbidden, $"{url}: {(int)r.StatusCode}");
            Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType);
        }

        var decision = await api.PostAsync($"/api/moderation/items/{held}/decision",
            new StringContent(JsonSerializer.Serialize(new { action = "approve", version }), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Forbidden, decision.StatusCode);
        var comment = await api.PostAsync("/api/sites/school/posts/welcome-back/comments", new StringContent("{\"text\":\"Hello\"}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Forbidden, comment.StatusCode);
        await using (var db = app.SystemDb())
        {
            Assert.Equal(ReviewStatus.Pending, (await db.ReviewItems.SingleAsync(i => i.Id == held)).Status);
        }

        var me = await (await api.GetAsync("/api/me")).JsonAsync();
        Assert.Equal("TrustOfficer", me.GetProperty("kind").GetString());
        Assert.Equal(0, me.GetProperty("roles").GetArrayLength());
    }

    [Fact]
    public async Task A_trust_officer_made_with_the_cli_signs_in_and_removing_them_ends_their_access_at_once()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        Assert.Equal(2, await CliApp.RunAsync(["trust-officer", "add", "no name", .. app.CliArgs()], TextReader.Null, stdout, stderr));
        Assert.Equal(2, await CliApp.RunAsync(["trust-officer", "add", "la.officer", .. app.CliArgs()], TextReader.Null, stdout, stderr));
        Assert.Contains("--name", stderr.ToString());
        Assert.Equal(2, await CliApp.RunAsync(["trust-officer", "add", "la.officer", "--name", "Lee Fictional", "--password-stdin", .. app.CliArgs()], new StringReader("short\n"), stdout, stderr));
        Assert.Contains("at least 12 characters", stderr.ToString());

        Assert.Equal(0, await CliApp.RunAsync(["trust-officer", "add", "la.officer", "--name", "Lee Fictional", "--email", "lee@la.example", .. app.CliArgs()], TextReader.Null, stdout, stderr));
        var password = stdout.ToString().Split('\n').Single(l => l.StartsWith("Password", StringComparison.Ordinal)).Split(": ")[1].Trim();
        Assert.Equal(1, await CliApp.RunAsync(["trust-officer", "add", "la.officer", "--name", "Someone Else", .. app.CliArgs()], TextReader.Null, new StringWriter(), stderr));
        Assert.Contains("taken", stderr.ToString());
        var list = new StringWriter();
        Assert.Equal(0, await CliApp.RunAsync(["trust-officer", "list", .. app.CliArgs()], TextReader.Null, list, stderr));
        Assert.Contains("la.officer", list.ToString());
        Assert.Contains("trust.officer", list.ToString());
        Assert.DoesNotContain("head", list.ToString().Split('\n').Select(l => l.Trim()));

        var browser = app.Browser();
        await browser.SignInOkAsync("la.officer", password);
        Assert.Contains("Holbrook Primary", await browser.GetPageAsync("/trust"));
        var home = Http.Text(await browser.GetPageAsync("/home"));
        Assert.Contains("Trust officer", home);
        var token = await app.CreateClient().ApiTokenAsync("la.officer", password);
        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().WithBearer(token).GetAsync("/api/trust")).StatusCode);

        // A school account is never removed by this command.
        Assert.Equal(1, await CliApp.RunAsync(["trust-officer", "remove", "head", .. app.CliArgs()], TextReader.Null, new StringWriter(), stderr));
        Assert.Equal(0, await CliApp.RunAsync(["trust-officer", "remove", "la.officer", .. app.CliArgs()], TextReader.Null, new StringWriter(), stderr));
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().WithBearer(token).GetAsync("/api/trust")).StatusCode);
        var after = await browser.GetAsync("/trust");
        Assert.True(after.StatusCode == HttpStatusCode.Redirect && after.Headers.Location!.ToString().Contains("/account/sign-in", StringComparison.Ordinal), $"{(int)after.StatusCode}");
        Assert.NotEqual(HttpStatusCode.Redirect, (await app.Browser().SignInAsync("la.officer", password)).StatusCode);
        await using var db = app.SystemDb();
        Assert.True(await db.AuditRecords.AnyAsync(a => a.Action == "trust-officer.removed"));
    }

    [Fact]
    public async Task A_stored_trust_officer_claim_on_a_school_account_is_ignored()
    {
        await using (var db = app.SystemDb())
        {
            var dsl = await db.Users.SingleAsync(u => u.UserName == "dsl");
            db.UserClaims.Add(new Microsoft.AspNetCore.Identity.IdentityUserClaim<string> { UserId = dsl.Id, ClaimType = DeploymentAccounts.RoleClaim, ClaimValue = DeploymentAccounts.TrustOfficer });
            await db.SaveChangesAsync();
        }

        var b = app.Browser();
        await b.SignInOkAsync("dsl");
        Assert.Contains("/account/denied", (await b.GetAsync("/trust")).Headers.Location?.ToString());
        Assert.Equal(HttpStatusCode.OK, (await b.GetAsync("/moderation")).StatusCode); // still the school's DSL, not fenced in as a trust officer
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiAsAsync("dsl")).GetAsync("/api/trust")).StatusCode);
    }

    [Theory]
    [InlineData("head")]
    [InlineData("governor.1")]
    [InlineData("assistant.head")]
    public async Task School_accounts_never_open_the_trust_view(string username)
    {
        var r = await (await app.ApiAsAsync(username)).GetAsync("/api/trust");
        Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode);
        var browser = app.Browser();
        await browser.SignInOkAsync(username);
        var page = await browser.GetAsync("/trust");
        Assert.Contains("/account/denied", page.Headers.Location?.ToString());
    }
}

public sealed class TrustViewTests_Sqlite(SqliteFactory app) : TrustViewTests<SqliteFactory>(app);

[Collection("postgres")]
public sealed class TrustViewTests_Postgres(PostgresFactory app) : TrustViewTests<PostgresFactory>(app);
