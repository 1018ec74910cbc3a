using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Signpost.Data.Entities;
using Signpost.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace Signpost.IntegrationTests.Features;

/// <summary>
/// Issue 7, the authorisation matrix: every page and every /api endpoint, taken from the app's own endpoint data
/// source so that a new one cannot be missed, requested as each kind of person — anonymous, pupil, parent, staff,
/// leadership, ICT leader, DSL, Headteacher, governor, contractor, a user of another school, a teacher holding the HR role
/// and the deployment's trust officer — expecting exactly the
/// documented outcome below. A GET is either allowed (2xx) or refused (401, 403, 404, 410, or a redirect to sign-in or
/// "denied"); a write to /api by someone refused must never succeed, and every form handler of a page someone is refused
/// is posted by them with their own valid antiforgery token and refused just the same. A user of another school may open their own
/// school's pages ("other" below) but never sees anything of Holbrook's. Every response body is also searched for
/// planted secrets — a pupil's surname and UPN, a parent's email, a held comment, a safeguarding disclosure — which only
/// the people named in <see cref="SecretsAsync"/> may ever see. Pupil login cards are open to every teacher and
/// teaching assistant (cover included): the school has no class-teacher assignment to narrow them by.
/// </summary>
public sealed class AuthorisationMatrixTests(SqliteFactory app, ITestOutputHelper output) : IClassFixture<SqliteFactory>
{
    // Who is who. "other" is the Headteacher of a second school on the same deployment.
    private static readonly (string Key, string? Username, string Password)[] People =
    [
        ("anon", null, ""),
        ("pupil", "y4.pupil1", SignpostFactory.DemoPassword),
        ("parent", "parent.1", SignpostFactory.DemoPassword),
        ("staff", "teacher.y1", SignpostFactory.DemoPassword),
        ("leader", "deputy", SignpostFactory.DemoPassword),
        ("ict", "ict.lead", SignpostFactory.DemoPassword),
        ("dsl", "dsl", SignpostFactory.DemoPassword),
        ("head", "head", SignpostFactory.DemoPassword),
        ("governor", "governor.1", SignpostFactory.DemoPassword),
        ("contractor", "contractor.1", SignpostFactory.DemoPassword),
        ("other", OtherHead, OtherPassword),
        ("hr", MatrixHr, OtherPassword),
        ("trust", "trust.officer", SignpostFactory.DemoPassword),
    ];

    /// <summary>A Holbrook teacher the Headteacher has granted the HR role: everything "staff" may open, plus the breach register (9.1–9.3).</summary>
    private const string MatrixHr = "matrix.hr";

    private const string OtherHead = "matrix.other.head";
    private const string OtherPassword = "Matrix-Other-Head-2026";

    private const string Everyone = "anon pupil parent staff leader ict dsl head governor contractor other";
    private const string SignedIn = "pupil parent staff leader ict dsl head governor contractor other";
    private const string Adults = "parent staff leader ict dsl head governor contractor other";
    private const string AllStaff = "staff leader ict dsl head governor contractor";
    private const string HolbrookSignedIn = "pupil parent staff leader ict dsl head governor contractor";

    /// <summary>Safeguarding concerns open only after two-factor sign-in (A.2.3); the demo DSL and Headteacher here signed in without it.</summary>
    private const string NobodyWithoutTwoFactor = "";

    /// <summary>
    /// The documented outcome of every GET: the URL requested for a route (route values filled with demo data, "{...}"
    /// placeholders resolved at run time) and who gets it. Everyone else is refused.
    /// </summary>
    private static readonly (string Route, string Url, string Allowed)[] Gets =
    [
        ("/", "/", Everyone + " trust"),
        ("/account/sign-in", "/account/sign-in", Everyone + " trust"),
        ("/account/pupil", "/account/pupil", Everyone + " trust"),
        ("/account/sign-out", "/account/sign-out", Everyone + " trust"),
        ("/account/set-password", "/account/set-password?user=x&token=y", Everyone + " trust"),
        ("/account/password", "/account/password", "parent staff leader ict dsl head governor contractor other trust"),
        ("/home", "/home", SignedIn + " trust"),
        ("/notices", "/notices", SignedIn),
        ("/setup", "/setup", ""),
        ("/sites/{slug}", "/sites/school", "anon pupil parent staff leader ict dsl head governor contractor"),
        ("/sites/{slug}", "/sites/year-4", "pupil parent staff leader ict dsl head governor contractor"),
        ("/sites/{slug}/{which:regex(^(terms|house-rules)$)}", "/sites/year-4/house-rules", "pupil parent staff leader ict dsl head governor contractor"),
        ("/sites/{slug}/proposal", "/sites/science-club/proposal", "leader ict head"),
        ("/sites/{slug}/evaluation", "/sites/year-4/evaluation", AllStaff),
        ("/sites/propose", "/sites/propose", AllStaff + " other"),
        ("/sites/proposals", "/sites/proposals", AllStaff + " other"),
        ("/sites/accounts", "/sites/accounts", AllStaff + " other"),
        ("/sites/participation", "/sites/participation", AllStaff + " other"),
        ("/people", "/people", "leader ict head other"),
        ("/people/import", "/people/import", "leader ict head other"),
        ("/classes", "/classes", "staff leader ict dsl head other"),
        ("/classes/{id:guid}/cards", "/classes/{year4class}/cards", "staff leader ict dsl head"),
        ("/audit", "/audit", "head other"),
        ("/school/settings", "/school/settings", "head other"),
        ("/qr/{token}", "/qr/not-a-real-card", ""),
        ("/sites/{slug}/posts/{post}", "/sites/school/posts/welcome-back", "anon pupil parent staff leader ict dsl head governor contractor"),
        ("/sites/{slug}/posts/{post}", "/sites/year-4/posts/viking-longships", HolbrookSignedIn),
        ("/sites/{slug}/posts/{post}/history", "/sites/school/posts/welcome-back/history", "anon pupil parent staff leader ict dsl head governor contractor"),
        ("/sites/{slug}/feed", "/sites/school/feed", "anon pupil parent staff leader ict dsl head governor contractor"),
        ("/sites/{slug}/posts/new", "/sites/year-4/posts/new", "leader head"),
        ("/sites/{slug}/posts/{post}/edit", "/sites/year-4/posts/viking-longships/edit", ""), // only its author, teacher.y4 (PostTests)
        ("/approvals", "/approvals", "leader head other"),
        ("/api/approvals", "/api/approvals", "leader head other"),
        ("/api/sites/{slug}/posts", "/api/sites/school/posts", "anon " + HolbrookSignedIn), // a public site's published posts, like its feed
        ("/api/sites/{slug}/posts/{post}", "/api/sites/school/posts/welcome-back", "anon " + HolbrookSignedIn),
        ("/api/sites/{slug}/posts/{post}", "/api/sites/year-4/posts/viking-longships", HolbrookSignedIn),
        ("/moderation", "/moderation", AllStaff + " other"),
        ("/moderation/{id:guid}", "/moderation/{heldItem}", "ict"),
        ("/absences", "/absences", AllStaff + " other"),
        ("/report/{kind:regex(^(post|comment)$)}/{id:guid}", "/report/comment/{publishedComment}", HolbrookSignedIn),
        ("/safeguarding", "/safeguarding", NobodyWithoutTwoFactor),
        ("/safeguarding/{id:guid}", "/safeguarding/{concern}", NobodyWithoutTwoFactor),
        ("/safeguarding/{id:guid}/report-pack", "/safeguarding/{concern}/report-pack", NobodyWithoutTwoFactor),
        ("/safeguarding/raise/{kind}/{id:guid}", "/safeguarding/raise/comment/{publishedComment}", AllStaff),
        ("/safeguarding/raised", "/safeguarding/raised", AllStaff + " other"),
        ("/media", "/media", AllStaff + " other"),
        ("/advice", "/advice", AllStaff + " other"),
        ("/media-enquiry", "/media-enquiry", Everyone),
        ("/media-enquiries", "/media-enquiries", "head other"),
        ("/media-enquiries/{id:guid}", "/media-enquiries/{enquiry}", "head"),
        ("/oversight", "/oversight", "head governor other"),
        ("/oversight/cover/{slug}", "/oversight/cover/year-4", "head governor"),
        ("/term-dates", "/term-dates", "head other"),
        ("/policy", "/policy", SignedIn),
        ("/policy/versions", "/policy/versions", "head other"),
        ("/policy/acknowledgements", "/policy/acknowledgements", "head governor other"),
        ("/breaches", "/breaches", "head other hr"),
        ("/breaches/edit/{id:guid?}", "/breaches/edit", "head other hr"),
        ("/people/hr", "/people/hr", "head other"),
        ("/trust", "/trust", "trust"),
        ("/trust/{school}", "/trust/holbrook", "trust"),
        ("/trust/{school}", "/trust/matrixfield", "trust"),
        ("/api/trust", "/api/trust", "trust"),
        // Every register's CSV export is authorised exactly as its page (issue 6).
        ("/sites/proposals", "/sites/proposals?handler=Csv", AllStaff + " other"),
        ("/sites/accounts", "/sites/accounts?handler=Csv", AllStaff + " other"),
        ("/sites/participation", "/sites/participation?handler=Csv", AllStaff + " other"),
        ("/media-enquiries", "/media-enquiries?handler=Csv", "head other"),
        ("/absences", "/absences?handler=Csv", AllStaff + " other"),
        ("/oversight/cover/{slug}", "/oversight/cover/year-4?handler=Csv", "head governor"),
        ("/audit", "/audit?handler=Csv", "head other"),
        ("/people", "/people?handler=Csv", "leader ict head other"),
        ("/safeguarding", "/safeguarding?handler=Csv", NobodyWithoutTwoFactor),
        ("/term-dates", "/term-dates?handler=Csv", "head other"),
        ("/oversight", "/oversight?handler=Csv", "head governor other"),
        ("/policy/acknowledgements", "/policy/acknowledgements?handler=Csv", "head governor other"),
        ("/breaches", "/breaches?handler=Csv", "head other hr"),
        ("/trust", "/trust?handler=Csv", "trust"),
        ("/trust/{school}", "/trust/holbrook?handler=Csv", "trust"),
        ("/termly-report", "/termly-report", "leader head governor other"),
        ("/termly-report", "/termly-report?handler=Csv", "leader head governor"), // the other school has no term dates: nothing to export
        ("/breaches/report", "/breaches/report", AllStaff + " other"),
        // A post's pictures page is its author's (teacher.y4) and its deciders' (A.5.1, A.5.2); readers see the pictures on the post.
        ("/sites/{slug}/posts/{post}/images", "/sites/year-4/posts/viking-longships/images", "leader ict dsl head"),
        ("/api/sites/{slug}/posts/{post}/images", "/api/sites/year-4/posts/viking-longships/images", "leader ict dsl head"),
        ("/api/me", "/api/me", SignedIn + " trust"),
        ("/api/sites", "/api/sites", SignedIn),
        ("/api/sites/{slug}/proposal", "/api/sites/science-club/proposal", "leader ict head"),
        ("/api/sites/{slug}/evaluation", "/api/sites/year-4/evaluation", AllStaff),
        ("/api/moderation/queue", "/api/moderation/queue", AllStaff + " other"),
        ("/api/moderation/items/{id:guid}", "/api/moderation/items/{heldItem}", "ict"),
        ("/api/absences", "/api/absences", AllStaff + " other"),
        ("/api/oversight", "/api/oversight", "head governor other"),
        ("/api/participation", "/api/participation", AllStaff + " other"),
        ("/api/policy", "/api/policy", SignedIn),
        ("/api/safeguarding/concerns", "/api/safeguarding/concerns", NobodyWithoutTwoFactor),
        ("/api/safeguarding/concerns/{id:guid}", "/api/safeguarding/concerns/{concern}", NobodyWithoutTwoFactor),
        ("/api/media-enquiries", "/api/media-enquiries", "head other"),
        ("/api/sites/{site}/posts/{post}/comments", "/api/sites/year-4/posts/viking-longships/comments", "pupil parent staff leader ict dsl head governor contractor"),
    ];

    /// <summary>Routes not in the matrix on purpose, each with the reason.</summary>
    private static readonly Dictionary<string, string> NotInMatrix = new()
    {
        ["/Error"] = "renders errors only",
        ["/Index"] = "the same page as /",
        ["/account/denied"] = "the refusal page itself (it answers 403 to everyone)",
        ["/account/two-factor"] = "the second step of sign-in; without the first it returns to sign-in (SignInTests)",
        ["/account/two-factor-setup"] = "signed-in people only; opening it issues a new key and so ends the person's other sessions and tokens, which would sign this test's clients out (TwoFactor tests)",
        ["/sites/{slug}/images/{id:guid}"] = "a post's picture, readable exactly when its post is (ImageTests)",
        ["/api/sites/{slug}/images/{id:guid}"] = "a post's picture for its editors (ImageTests)",
        ["/status/{code:int}"] = "renders status codes only",
        ["/health"] = "public by CONTRACT.md",
        ["/openapi/{documentName}.json"] = "public by CONTRACT.md",
        ["/school-logo/{school:guid}/{version:long}"] = "the school logo, public on every hosted page (A.4.7)",
        ["/sites/{slug}/posts/{post}/comment"] = "form post only; its GET redirects to the post",
    };

    private static bool IsRefusal(HttpResponseMessage r) =>
        r.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.NotFound or HttpStatusCode.Gone
        || (r.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found
            && (r.Headers.Location?.ToString() ?? "").Contains("/account/", StringComparison.Ordinal));

    [Fact]
    public async Task Every_endpoint_is_in_the_matrix_and_every_role_gets_exactly_its_documented_outcome()
    {
        await OtherSchoolAsync();
        await HrTeacherAsync();
        var routes = Endpoints();
        var covered = Gets.Select(g => g.Route).Concat(NotInMatrix.Keys).ToHashSet(StringComparer.Ordinal);
        var writes = routes.Where(r => r.Methods.Any(m => m is "POST" or "PUT" or "DELETE") && r.Pattern.StartsWith("/api", StringComparison.Ordinal)).ToList();
        var missing = routes.Where(r => r.Methods.Contains("GET") && !covered.Contains(r.Pattern)).Select(r => r.Pattern).Distinct().Order().ToList();
        var failures = missing.Select(m => $"{m}: a GET endpoint missing from the matrix (add it with who may open it)").ToList();

        var secrets = await SecretsAsync();
        var seen = new HashSet<Secret>();
        var values = await SampleValuesAsync();
        var clients = new Dictionary<string, HttpClient>();
        foreach (var (key, username, password) in People)
        {
            var client = app.Browser();
            if (username is not null)
            {
                await client.SignInOkAsync(username, password);
            }

            clients[key] = client;
        }

        var tokens = new Dictionary<string, string?>();
        foreach (var (key, username, password) in People)
        {
            tokens[key] = username is null ? null : await app.CreateClient().ApiTokenAsync(username, password);
        }

        var table = new StringBuilder();
        foreach (var (route, template, allowedText) in Gets)
        {
            var url = Fill(template, values);
            var allowed = allowedText.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet();
            if (allowed.Contains("staff"))
            {
                allowed.Add("hr"); // the HR role adds the breach register to a teacher's rights, and nothing else
            }

            table.Append(url.PadRight(60));
            foreach (var (key, _, _) in People)
            {
                var client = route.StartsWith("/api", StringComparison.Ordinal)
                    ? (tokens[key] is { } t ? app.CreateClient().WithBearer(t) : app.CreateClient())
                    : clients[key];
                using var r = await client.GetAsync(url);
                table.Append($" {key}={(int)r.StatusCode}");
                var ok = (int)r.StatusCode is >= 200 and < 300;
                var body = ok ? await r.Content.ReadAsStringAsync() : "";
                if (ok && key == "other" && body.Contains("Holbrook", StringComparison.Ordinal))
                {
                    failures.Add($"{url} as other: another school's user sees Holbrook's data");
                }

                foreach (var secret in secrets.Where(s => body.Contains(s.Text, StringComparison.OrdinalIgnoreCase)))
                {
                    if (secret.MaySee.Contains(key))
                    {
                        seen.Add(secret);
                    }
                    else
                    {
                        failures.Add($"{url} as {key}: shows {secret.What}");
                    }
                }

                if (allowed.Contains(key) && !ok)
                {
                    failures.Add($"{url} as {key}: expected to be allowed, got {(int)r.StatusCode} {r.Headers.Location}");
                }
                else if (!allowed.Contains(key) && !IsRefusal(r))
                {
                    failures.Add($"{url} as {key}: expected a refusal, got {(int)r.StatusCode} {r.Headers.Location}");
                }
            }

            table.AppendLine();
        }

        // Writes: a person refused the resource never gets a success, whatever they send.
        foreach (var route in writes)
        {
            var url = Fill(route.Pattern, values);
            if (url.Contains('{', StringComparison.Ordinal))
            {
                failures.Add($"{route.Pattern}: no sample value for a route parameter");
                continue;
            }

            foreach (var method in route.Methods.Where(m => m is "POST" or "PUT" or "DELETE"))
            {
                foreach (var (key, _, _) in People.Where(p => p.Key is "anon" or "other" or "trust"))
                {
                    var client = tokens[key] is { } t ? app.CreateClient().WithBearer(t) : app.CreateClient();
                    using var request = new HttpRequestMessage(new HttpMethod(method), url) { Content = new StringContent("{}", Encoding.UTF8, "application/json") };
                    using var r = await client.SendAsync(request);
                    if ((int)r.StatusCode is >= 200 and < 300)
                    {
                        failures.Add($"{method} {url} as {key}: a write succeeded ({(int)r.StatusCode})");
                    }
                }
            }
        }

        // Page forms: everyone the matrix refuses a page posts each of its handlers with a valid antiforgery token of their
        // own, and is refused just the same (never a success, never a re-rendered form).
        var pageHandlers = app.Services.GetRequiredService<Microsoft.AspNetCore.Mvc.Infrastructure.IActionDescriptorCollectionProvider>()
            .ActionDescriptors.Items.OfType<Microsoft.AspNetCore.Mvc.RazorPages.CompiledPageActionDescriptor>()
            .Where(p => p.AttributeRouteInfo?.Template is not null)
            .ToDictionary(p => "/" + p.AttributeRouteInfo!.Template!.Trim('/'),
                p => p.HandlerMethods.Where(h => string.Equals(h.HttpMethod, "POST", StringComparison.OrdinalIgnoreCase)).Select(h => h.Name).ToList());
        var formPosts = 0;
        var formTokens = new Dictionary<string, string>();
        foreach (var (key, _, _) in People)
        {
            var home = await clients[key].GetAsync(key == "anon" ? "/media-enquiry" : "/");
            formTokens[key] = Http.Token(await home.Content.ReadAsStringAsync());
        }

        foreach (var (route, template, allowedText) in Gets.Where(g => !g.Route.StartsWith("/api", StringComparison.Ordinal)))
        {
            if (!pageHandlers.TryGetValue(route, out var handlers) || handlers.Count == 0)
            {
                continue;
            }

            var url = Fill(template, values).Split('?')[0];
            var allowed = allowedText.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet();
            if (allowed.Contains("staff"))
            {
                allowed.Add("hr");
            }

            foreach (var (key, _, _) in People.Where(p => !allowed.Contains(p.Key)))
            {
                foreach (var handler in handlers)
                {
                    var target = handler is null ? url : $"{url}?handler={handler}";
                    using var r = await clients[key].PostAsync(target, new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = formTokens[key] }));
                    formPosts++;
                    if (!IsRefusal(r))
                    {
                        failures.Add($"POST {target} as {key} (refused the page): got {(int)r.StatusCode} {r.Headers.Location}");
                    }
                }
            }
        }

        Assert.True(formPosts > 100, $"only {formPosts} refused form posts were tried: did the pages change?");

        // Each secret someone may see must have been seen by them somewhere, or looking for it proves nothing.
        failures.AddRange(secrets.Where(x => x.ShownToThem && x.MaySee.Count > 0 && !seen.Contains(x)).Select(x => $"{x.What}: planted, but no one who may see it saw it on any page"));

        output.WriteLine(table.ToString());
        Assert.True(failures.Count == 0, $"{failures.Count} outcomes differ from the matrix:\n" + string.Join("\n", failures));
    }

    private sealed record RouteInfo(string Pattern, IReadOnlyList<string> Methods);

    private List<RouteInfo> Endpoints()
    {
        var source = app.Services.GetRequiredService<EndpointDataSource>();
        return source.Endpoints.OfType<RouteEndpoint>()
            .Select(e => new RouteInfo(
                "/" + (e.RoutePattern.RawText ?? "").Trim('/'),
                e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.ToList() ?? ["GET", "POST"]))
            .GroupBy(r => r.Pattern)
            .Select(g => new RouteInfo(g.Key, g.SelectMany(r => r.Methods).Distinct().ToList()))
            .ToList();
    }

    private static string Fill(string template, Dictionary<string, string> values)
    {
        var url = template;
        foreach (var (k, v) in values)
        {
            url = url.Replace("{" + k + "}", v, StringComparison.Ordinal);
        }

        // Route constraints in patterns taken from the endpoint data source.
        return System.Text.RegularExpressions.Regex.Replace(url, @"\{([a-zA-Z]+)(:[^}]*)?\??\}", m => values.TryGetValue(m.Groups[1].Value, out var v) ? v : m.Value);
    }

    private async Task<Dictionary<string, string>> SampleValuesAsync()
    {
        await using var db = app.SystemDb();
        var year4 = await db.Sites.SingleAsync(s => s.Slug == "year-4");
        var held = await db.ReviewItems.Where(r => r.SiteId == year4.Id && r.Status == ReviewStatus.Pending).Select(r => r.Id).FirstAsync();
        var published = await db.Comments.Where(c => c.SiteId == year4.Id && c.Status == CommentStatus.Published).Select(c => c.Id).FirstAsync();
        var year4Class = await db.Classes.Where(c => c.YearGroup == 4).Select(c => c.Id).FirstAsync();
        var concern = await db.SafeguardingConcerns.Select(c => (Guid?)c.Id).FirstOrDefaultAsync() ?? await RaiseConcernAsync();
        var enquiry = await db.MediaEnquiries.Select(e => (Guid?)e.Id).FirstOrDefaultAsync() ?? await EnquiryAsync();
        return new()
        {
            ["year4class"] = year4Class.ToString(),
            ["heldItem"] = held.ToString(),
            ["publishedComment"] = published.ToString(),
            ["concern"] = concern.ToString(),
            ["enquiry"] = enquiry.ToString(),
            ["slug"] = "year-4",
            ["site"] = "year-4",
            ["post"] = "viking-longships",
            ["id"] = held.ToString(),
            ["kind"] = "comment",
        };
    }

    /// <summary>A piece of text that must appear in no response to anyone outside <see cref="MaySee"/>.</summary>
    private sealed record Secret(string What, string Text, HashSet<string> MaySee, bool ShownToThem = true);

    /// <summary>
    /// "Nothing personal, held or safeguarding-related leaks": marked text in each kind, planted before the matrix runs,
    /// and looked for in the body of every response the matrix gets (pages and /api alike).
    /// </summary>
    private async Task<List<Secret>> SecretsAsync()
    {
        var marker = Guid.NewGuid().ToString("N")[..10];
        static HashSet<string> Who(string keys) => keys.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet();

        // Personal (A.5.2, 5.4): a pupil's surname and UPN, and a parent's email address.
        var surname = "Quillfeather" + marker;
        string upn;
        await using (var db = app.SystemDb())
        {
            var ada = await db.People.SingleAsync(p => p.Kind == PersonKind.Pupil && p.FirstName == "Ada" && p.YearGroup == 4);
            ada.LastName = surname;
            upn = ada.ExternalId!;
            await db.SaveChangesAsync();
        }

        // Held (A.5.3): a pupil's comment waiting for a moderator. Safeguarding (A.2.3): a disclosure, escalated to the DSL.
        var held = "Held" + marker;
        var disclosure = "Disclosure" + marker;
        var pupil = await app.ApiAsAsync("y4.pupil3");
        var heldComment = await pupil.PostAsync("/api/sites/year-4/posts/viking-longships/comments",
            new StringContent($"{{\"text\":\"We rowed a longship in the hall {held}\"}}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Created, heldComment.StatusCode);
        var escalated = await pupil.PostAsync("/api/sites/year-4/posts/viking-longships/comments",
            new StringContent($"{{\"text\":\"my dad hits me and I am scared to go home {disclosure}\"}}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Created, escalated.StatusCode);

        return
        [
            new("a pupil's surname (A.5.2)", surname, Who("staff leader ict dsl head hr")),
            // No page of the matrix shows these even to the people who may see them; they are looked for all the same.
            new("a pupil's UPN (5.4)", upn, Who("leader ict head"), ShownToThem: false),
            new("a parent's email address (5.4)", "parent.1@parents.example", Who("leader ict head"), ShownToThem: false),
            new("a comment still held for a moderator (A.5.3)", held, Who("ict")),
            new("a safeguarding disclosure (A.2.3)", disclosure, Who("")),
        ];
    }

    private async Task<Guid> RaiseConcernAsync()
    {
        var pupil = await app.ApiAsAsync("y4.pupil2");
        using var r = await pupil.PostAsync("/api/sites/year-4/posts/viking-longships/comments",
            new StringContent("{\"text\":\"my dad hits me and I am scared to go home\"}", Encoding.UTF8, "application/json"));
        await using var db = app.SystemDb();
        return await db.SafeguardingConcerns.Select(c => c.Id).FirstAsync();
    }

    private async Task<Guid> EnquiryAsync()
    {
        await using var db = app.SystemDb();
        var school = await db.Schools.SingleAsync(s => s.Slug == "holbrook");
        var e = new MediaEnquiry { SchoolId = school.Id, Name = "A Reporter (fictional)", Email = "reporter@news.example", Message = "A question about the summer fair.", ReceivedAt = DateTime.UtcNow };
        db.MediaEnquiries.Add(e);
        await db.SaveChangesAsync();
        return e.Id;
    }

    /// <summary>A Holbrook teacher holding the HR role, as the Headteacher grants it at /people/hr.</summary>
    private async Task HrTeacherAsync()
    {
        await using var db = app.SystemDb();
        if (await db.Users.AnyAsync(u => u.UserName == MatrixHr))
        {
            return;
        }

        var school = await db.Schools.SingleAsync(s => s.Slug == "holbrook");
        var hr = TestPeople.Staff(school, "Hana", "School business manager", email: "matrix.hr@holbrook-primary.example", kind: PersonKind.SupportStaff, roles: Role.HumanResources);
        var user = TestPeople.Account(app, hr, MatrixHr, OtherPassword);
        db.People.Add(hr);
        db.Users.Add(user);
        await db.SaveChangesAsync();
    }

    /// <summary>A second school with its own Headteacher, so "a user of another school" is a real account.</summary>
    private async Task OtherSchoolAsync()
    {
        await using var db = app.SystemDb();
        if (await db.Users.AnyAsync(u => u.UserName == OtherHead))
        {
            return;
        }

        var school = TestPeople.School("matrixfield", "Matrixfield Primary (fictional)", "matrixfield.example");
        var head = TestPeople.Staff(school, "Mira", "Headteacher", "MTX-HEAD", "mira@matrixfield.example", roles: [Role.Headteacher, Role.LeadershipTeam]);
        var user = TestPeople.Account(app, head, OtherHead, OtherPassword);
        db.Schools.Add(school);
        db.People.Add(head);
        db.Users.Add(user);
        await db.SaveChangesAsync();
    }
}
