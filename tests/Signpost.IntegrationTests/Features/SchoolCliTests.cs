using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using OtpNet;
using Signpost.Cli.Commands;
using Signpost.Data.Entities;
using Signpost.IntegrationTests.Infrastructure;

namespace Signpost.IntegrationTests.Features;

/// <summary>
/// `signpost school add | list` (issue 6, several schools on one deployment): an operator adds a second school beside
/// the demo school through the same code path as the web's /setup. Its Headteacher signs in, must set up two-factor
/// sign-in and replace the operator's one-time password first (6.14–6.15), then sees only their own school; the trust
/// view lists both; duplicates are refused and the audit log records the addition (8.1–8.2).
/// </summary>
public abstract class SchoolCliTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : SignpostFactory
{
    private string[] Add(string slug, string username, string? host, params string[] extra) =>
    [
        "school", "add", slug, "--name", "Larkrise Primary (fictional)", "--local-authority", "Larkshire County Council",
        "--website", "https://larkrise-primary.example", "--head-username", username, "--head-first-name", "Lena",
        "--head-last-name", "Fictional", "--head-email", "head@larkrise-primary.example",
        .. host is null ? Array.Empty<string>() : ["--host", host], .. extra, .. app.CliArgs(),
    ];

    private async Task<(int Code, string Out, string Err)> RunAsync(string[] args, string stdin = "")
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await CliApp.RunAsync(args, new StringReader(stdin), stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private async Task<int> SchoolCountAsync()
    {
        await using var db = app.SystemDb();
        return await db.Schools.CountAsync();
    }

    // One test, because each step depends on the one before: the second school is added once, then used.
    [Fact]
    public async Task An_operator_adds_a_second_school_whose_headteacher_sees_only_it_and_the_trust_view_lists_both()
    {
        var before = await SchoolCountAsync();

        // Bad input: plain messages, usage exit code 2, nothing written.
        var missing = await RunAsync(["school", "add", "larkrise", .. app.CliArgs()]);
        Assert.Equal(2, missing.Code);
        Assert.Contains("--name", missing.Err);
        Assert.Contains("--head-email", missing.Err);
        var badHost = await RunAsync(Add("larkrise", "lark.head", "https://larkrise.example/"));
        Assert.Equal(2, badHost.Code);
        Assert.Contains("host name must be a name like", badHost.Err);
        var badSlug = await RunAsync(Add("Lark Rise!", "lark.head", null));
        Assert.Equal(2, badSlug.Code);
        Assert.Contains("slug", badSlug.Err);
        var weak = await RunAsync(Add("larkrise", "lark.head", null, "--password-stdin"), "short\n");
        Assert.Equal(2, weak.Code);
        Assert.Contains("at least 12 characters", weak.Err);
        Assert.Equal(before, await SchoolCountAsync());

        // Duplicates of what the demo school already has: exit 1, plain message, nothing written.
        var slugTaken = await RunAsync(Add("holbrook", "lark.head", null));
        Assert.Equal(1, slugTaken.Code);
        Assert.Contains("The slug 'holbrook' is already used", slugTaken.Err);
        var userTaken = await RunAsync(Add("larkrise", "HEAD", null));
        Assert.Equal(1, userTaken.Code);
        Assert.Contains("The username 'HEAD' is taken", userTaken.Err);
        Assert.Equal(before, await SchoolCountAsync());

        // The second school.
        var added = await RunAsync(Add("larkrise", "lark.head", "Larkrise.Example"));
        Assert.True(added.Code == 0, added.Err);
        Assert.Contains("'lark.head'", added.Out);
        Assert.Contains("two-factor", added.Out);
        var password = added.Out.Split('\n').Single(l => l.StartsWith("Password", StringComparison.Ordinal)).Split(": ")[1].Trim();
        Assert.True(password.Length >= 12);
        Assert.Equal(before + 1, await SchoolCountAsync());

        // The same slug, host or username again is refused.
        var again = await RunAsync(Add("larkrise", "lark.head2", null));
        Assert.Equal(1, again.Code);
        Assert.Contains("already used", again.Err);
        var hostTaken = await RunAsync(Add("larkrise-two", "lark.head2", "larkrise.example"));
        Assert.Equal(1, hostTaken.Code);
        Assert.Contains("The host name 'larkrise.example' is already used", hostTaken.Err);
        var headTaken = await RunAsync(Add("larkrise-two", "lark.head", null));
        Assert.Equal(1, headTaken.Code);
        Assert.Contains("The username 'lark.head' is taken", headTaken.Err);
        Assert.Equal(before + 1, await SchoolCountAsync());

        // Stored as /setup stores a school; audited with the cli as actor, and the chain still verifies.
        Guid schoolId;
        await using (var db = app.SystemDb())
        {
            var school = await db.Schools.SingleAsync(s => s.Slug == "larkrise");
            schoolId = school.Id;
            Assert.Equal(("Larkrise Primary (fictional)", "Larkshire County Council", "https://larkrise-primary.example", "larkrise.example"),
                (school.Name, school.LocalAuthority, school.WebsiteUrl, school.HostName));
            var head = await db.People.Include(p => p.Roles).SingleAsync(p => p.SchoolId == school.Id);
            Assert.Contains(head.Roles, r => r.Role == Role.Headteacher);
            var user = await db.Users.SingleAsync(u => u.UserName == "lark.head");
            Assert.Equal((school.Id, head.Id), (user.SchoolId, user.PersonId));
            Assert.DoesNotContain(password, user.PasswordHash!, StringComparison.Ordinal);
            var audit = await db.AuditRecords.SingleAsync(a => a.Action == "school.added");
            Assert.Equal((schoolId, "cli", school.Id.ToString()), (audit.SchoolId!.Value, audit.ActorRole!, audit.EntityId!));
        }

        Assert.Equal(0, (await RunAsync(["audit", "verify", .. app.CliArgs()])).Code);

        // `school list`: slug, name, host, created date, both schools.
        var list = await RunAsync(["school", "list", .. app.CliArgs()]);
        Assert.Equal(0, list.Code);
        var lines = list.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Contains(lines, l => l.StartsWith("holbrook ", StringComparison.Ordinal) && l.Contains("Holbrook Primary", StringComparison.Ordinal));
        var lark = Assert.Single(lines, l => l.StartsWith("larkrise ", StringComparison.Ordinal));
        Assert.Contains("Larkrise Primary (fictional)", lark);
        Assert.Contains("larkrise.example", lark);
        Assert.Matches(@"\d{4}-\d{2}-\d{2}$", lark);

        // An anonymous visitor on the new host name sees the new school.
        using (var request = new HttpRequestMessage(HttpMethod.Get, "/"))
        {
            request.Headers.Host = "larkrise.example";
            var anonymous = Http.Text(await (await app.CreateClient().SendAsync(request)).Content.ReadAsStringAsync());
            Assert.Contains("Larkrise Primary (fictional)", anonymous);
            Assert.DoesNotContain("Holbrook", anonymous, StringComparison.Ordinal);
        }

        // The new Headteacher signs in and must set up two-factor sign-in before anything else, as after /setup.
        var browser = app.Browser();
        await browser.SignInOkAsync("lark.head", password);
        var home = await browser.GetAsync("/home");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.Equal("/account/two-factor-setup?required=true", Rosters.RedirectPath(home).ToLowerInvariant());
        var setup = await browser.GetPageAsync("/account/two-factor-setup");
        var key = Regex.Match(setup, "id=\"key\">([a-z0-9 ]+)<").Groups[1].Value.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        Assert.NotEmpty(key);
        var totp = new Totp(Base32Encoding.ToBytes(key));
        var enabled = await browser.SubmitAsync("/account/two-factor-setup", [new("Code", totp.ComputeTotp())]);
        Assert.Contains("Two-factor sign-in is on", await enabled.Content.ReadAsStringAsync());

        // Then they must replace the operator's one-time password before anything else; the API gives no token until then.
        var next = await browser.GetAsync("/home");
        Assert.Equal(HttpStatusCode.Redirect, next.StatusCode);
        Assert.Equal("/account/password?required=true", Rosters.RedirectPath(next).ToLowerInvariant());
        Assert.Contains("one-time password", Http.Text(await browser.GetPageAsync("/account/password?required=true")));
        var refused = await app.CreateClient().PostAsJsonAsync("/api/auth/login", new { username = "lark.head", password, totp = totp.ComputeTotp() });
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal("6.14–6.15", (await refused.JsonAsync()).GetProperty("clause").GetString());
        const string own = "Larkrise-Lena-Own-2026";
        var changed = await browser.SubmitAsync("/account/password", [new("Current", password), new("Password", own), new("Confirm", own)]);
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/home")).StatusCode);
        await using (var db = app.SystemDb())
        {
            var user = await db.Users.SingleAsync(u => u.UserName == "lark.head");
            Assert.False(await db.UserClaims.AnyAsync(c => c.UserId == user.Id && c.ClaimType == SchoolProvisioning.PasswordChangeRequiredClaim));
        }

        password = own;
        var head2 = app.Browser();
        var signIn = await head2.SignInAsync("lark.head", password);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.StartsWith("/account/two-factor", signIn.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await head2.SubmitAsync(signIn.Headers.Location!.OriginalString, [new("Code", totp.ComputeTotp())])).StatusCode);

        // Only their own school: its name, none of Holbrook's people or sites.
        var ownHome = await head2.GetPageAsync("/home");
        Assert.Contains("Larkrise Primary (fictional)", Http.Text(ownHome));
        Assert.DoesNotContain("Holbrook", ownHome, StringComparison.Ordinal);
        var people = Http.Text(await head2.GetPageAsync("/people"));
        Assert.Contains("Fictional", people);
        Assert.DoesNotContain("Example", people, StringComparison.Ordinal); // Holbrook's demo surnames
        Assert.NotEqual(HttpStatusCode.OK, (await head2.GetAsync("/sites/year-4")).StatusCode);
        var token = await app.CreateClient().ApiTokenAsync("lark.head", password, totp.ComputeTotp());
        var sites = await (await app.CreateClient().WithBearer(token).GetAsync("/api/sites")).JsonAsync();
        Assert.Equal(JsonValueKind.Array, sites.ValueKind);
        Assert.Equal(0, sites.GetArrayLength());
        var oversight = await (await app.CreateClient().WithBearer(token).GetAsync("/api/oversight")).JsonAsync();
        Assert.Equal(0, oversight.GetProperty("sites").GetArrayLength());

        // The demo Headteacher still sees Holbrook only.
        var holbrookSites = await (await (await app.ApiAsAsync("head")).GetAsync("/api/sites")).Content.ReadAsStringAsync();
        Assert.Contains("year-4", holbrookSites);

        // The trust officer's view lists both schools.
        var trust = app.Browser();
        await trust.SignInOkAsync("trust.officer");
        var overview = await trust.GetPageAsync("/trust");
        Assert.Contains("Holbrook Primary", Http.Text(overview));
        Assert.Contains("Larkrise Primary (fictional)", Http.Text(overview));
        Assert.Contains("href=\"/trust/larkrise\"", overview);
        var api = await (await (await app.ApiAsAsync("trust.officer")).GetAsync("/api/trust")).JsonAsync();
        Assert.Contains(api.GetProperty("schools").EnumerateArray(), s => s.GetProperty("slug").GetString() == "larkrise");
    }

    [Fact]
    public async Task School_without_a_subcommand_prints_its_usage()
    {
        var (code, _, err) = await RunAsync(["school", .. app.CliArgs()]);
        Assert.Equal(2, code);
        Assert.Contains("signpost school add SLUG", err);
    }
}

public sealed class SchoolCliTests_Sqlite(SqliteFactory app) : SchoolCliTests<SqliteFactory>(app);

[Collection("postgres")]
public sealed class SchoolCliTests_Postgres(PostgresFactory app) : SchoolCliTests<PostgresFactory>(app);
