using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Signpost.Data.Entities;
using Signpost.IntegrationTests.Infrastructure;

namespace Signpost.IntegrationTests.Features;

/// <summary>
/// Reading posts: the site home and post pages, comments, who is offered the comment form (A.5.1, A.2.6), pupils'
/// posts held for a moderator (A.5.3) and shown by first name only (A.5.2), the Atom feed, and extreme offence never
/// appearing on any page or feed (A.5.6).
/// </summary>
public abstract partial class PostReadingTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : SignpostFactory
{
    private Task<HttpClient> As(string username) => app.ApiAsAsync(username);

    private async Task<HttpClient> BrowserAsAsync(string username)
    {
        var b = app.Browser();
        await b.SignInOkAsync(username);
        return b;
    }

    private static async Task<JsonElement> OkJson(HttpResponseMessage r, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var body = await r.Content.ReadAsStringAsync();
        Assert.True(r.StatusCode == expected, $"expected {(int)expected}, got {(int)r.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    private async Task<string> PublishedAsync(string author, string site, string title, string body)
    {
        var post = await OkJson(await (await As(author)).PostAsJsonAsync($"/api/sites/{site}/posts", new { title, body, submit = true }), HttpStatusCode.Created);
        var slug = post.GetProperty("slug").GetString()!;
        var approver = author == "deputy" ? "head" : "deputy";
        await OkJson(await (await As(approver)).PostAsJsonAsync($"/api/sites/{site}/posts/{slug}/decision", new { action = "approve", version = post.GetProperty("version").GetInt32() }));
        return slug;
    }

    private async Task AllowPupilPostsAsync(string site, bool allowed)
    {
        await using var db = app.SystemDb();
        await db.Sites.Where(s => s.Slug == site).ExecuteUpdateAsync(s => s.SetProperty(x => x.PupilsMayPost, allowed));
    }

    [Fact]
    public async Task The_demo_post_welcome_back_can_be_read_without_signing_in_with_its_20_comments()
    {
        var anonymous = app.Browser();
        var page = await anonymous.GetPageAsync("/sites/school/posts/welcome-back");
        Assert.Contains("<h1>Welcome back to a new school year</h1>", page);
        Assert.Contains("Helen Example, Headteacher", Http.Text(page)); // A.4.8
        Assert.Contains("Comments (20)", page);
        Assert.Equal(20, CommentItem().Count(page));
        var words = Http.Text(Regex.Match(page, "<div class=\"post-body\">(.*?)</div>", RegexOptions.Singleline).Groups[1].Value)
            .Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries).Length;
        Assert.InRange(words, 300, 500);
        // Parents appear by first name and last initial; nobody's surname is shown for a parent.
        Assert.Contains("Pat E.", page);
        Assert.Contains("href=\"/sites/school/posts/welcome-back\"", await anonymous.GetPageAsync("/sites/school"));
        // Anonymous readers are offered sign-in, not the form; nor the staff-only concern link.
        Assert.DoesNotContain("action=\"/sites/school/posts/welcome-back/comment\"", page);
        Assert.DoesNotContain("/safeguarding/raise/", page);
        Assert.Contains("/report/post/", page);
    }

    [Fact]
    public async Task The_comment_form_is_offered_only_to_people_the_site_lets_comment()
    {
        const string form = "action=\"/sites/school/posts/welcome-back/comment\"";
        var parent = await (await BrowserAsAsync("parent.1")).GetPageAsync("/sites/school/posts/welcome-back");
        Assert.Contains(form, parent); // a vetted parent on a site where parents comment (A.2.6)
        Assert.Contains("name=\"Text\"", parent);
        Assert.Contains("__RequestVerificationToken", parent);
        Assert.DoesNotContain("/safeguarding/raise/", parent);

        var teacher = await (await BrowserAsAsync("teacher.y1")).GetPageAsync("/sites/school/posts/welcome-back");
        Assert.Contains(form, teacher);
        Assert.Contains("/safeguarding/raise/post/", teacher); // staff may raise a concern from any item (A.2.3)

        // Pupils do not comment on the school blog (A.5.1); on their own year's blog they do.
        var pupil = await BrowserAsAsync("y4.pupil1");
        var onSchool = await pupil.GetPageAsync("/sites/school/posts/welcome-back");
        Assert.DoesNotContain(form, onSchool);
        Assert.Contains("(A.5.1)", Http.Text(onSchool));
        Assert.Contains("action=\"/sites/year-4/posts/viking-longships/comment\"", await pupil.GetPageAsync("/sites/year-4/posts/viking-longships"));
    }

    [Fact]
    public async Task Pupils_comments_show_first_names_only_and_a_held_comment_is_not_shown()
    {
        var parent = await BrowserAsAsync("parent.1");
        var page = await parent.GetPageAsync("/sites/year-4/posts/viking-longships");
        Assert.Contains("Ada ·", Http.Text(page));
        Assert.DoesNotContain("Ada Example", page); // A.5.2
        Assert.DoesNotContain("Can we make sails next time?", page); // held for a moderator (A.5.3)
        Assert.Contains("Comments (3)", page);
    }

    [Fact]
    public async Task A_pupil_posts_only_where_the_site_allows_and_the_post_is_held_unseen_until_a_moderator_approves()
    {
        await AllowPupilPostsAsync("year-4", false);
        var pupil = await As("y4.pupil4");
        var refused = await pupil.PostAsJsonAsync("/api/sites/year-4/posts", new { title = "My rocket", body = "I made a rocket out of a bottle." });
        await refused.AssertRefusedAsync("A.5.1");

        await AllowPupilPostsAsync("year-4", true);
        var held = await OkJson(await pupil.PostAsJsonAsync("/api/sites/year-4/posts", new { title = "My rocket", body = "I made a rocket out of a bottle. It flew over the fence!" }), HttpStatusCode.Created);
        Assert.Equal("held", held.GetProperty("status").GetString());
        var slug = held.GetProperty("slug").GetString()!;
        Assert.DoesNotContain("rocket", slug); // a pupil's title never becomes an address
        var url = $"/sites/year-4/posts/{slug}";

        await using (var db = app.SystemDb())
        {
            var post = await db.Posts.SingleAsync(p => p.Slug == slug);
            Assert.True(post.ByPupil);
            Assert.True(await db.ReviewItems.AnyAsync(r => r.PostId == post.Id && r.Status == ReviewStatus.Pending));
        }

        // Nobody but its author and the moderators sees it: not another pupil, not a parent, not by guessing the URL.
        await (await BrowserAsAsync("y4.pupil5")).GetPageAsync(url, HttpStatusCode.NotFound);
        await (await BrowserAsAsync("parent.1")).GetPageAsync(url, HttpStatusCode.NotFound);
        await (await BrowserAsAsync("teacher.y5")).GetPageAsync(url, HttpStatusCode.NotFound);
        Assert.DoesNotContain("My rocket", await (await BrowserAsAsync("y4.pupil5")).GetPageAsync("/sites/year-4"));
        var otherList = await OkJson(await (await As("y4.pupil5")).GetAsync("/api/sites/year-4/posts"));
        Assert.DoesNotContain(otherList.EnumerateArray(), p => p.GetProperty("slug").GetString() == slug);
        Assert.Equal(HttpStatusCode.NotFound, (await (await As("y4.pupil5")).GetAsync($"/api/sites/year-4/posts/{slug}")).StatusCode);
        Assert.Contains("Waiting for a teacher to check it", await (await BrowserAsAsync("y4.pupil4")).GetPageAsync(url));
        Assert.Contains("My rocket", await (await BrowserAsAsync("ict.lead")).GetPageAsync(url));

        // The moderation engineer's approval sets it published (Post.ApproveHeld); then classmates read it, by first name only.
        await using (var db = app.SystemDb())
        {
            var post = await db.Posts.SingleAsync(p => p.Slug == slug);
            var ict = await db.People.SingleAsync(p => p.Position == "ICT leader");
            post.ApproveHeld(ict.Id, DateTime.UtcNow);
            await db.SaveChangesAsync();
        }

        var seen = await (await BrowserAsAsync("y4.pupil5")).GetPageAsync(url);
        Assert.Contains("By Dev", Http.Text(seen));
        Assert.DoesNotContain("Specimen", seen); // A.5.2: never a surname
        await AllowPupilPostsAsync("year-4", false);
    }

    [Fact]
    public async Task A_pupils_safeguarding_disclosure_is_hidden_for_the_dsl()
    {
        await AllowPupilPostsAsync("year-4", true);
        var post = await OkJson(await (await As("y4.pupil3")).PostAsJsonAsync("/api/sites/year-4/posts", new { title = "My weekend", body = "I did not like my weekend because my dad hits me." }), HttpStatusCode.Created);
        Assert.Equal("held", post.GetProperty("status").GetString());
        Assert.True(post.GetProperty("hiddenForConcern").GetBoolean());
        var url = $"/sites/year-4/posts/{post.GetProperty("slug").GetString()}";
        await (await BrowserAsAsync("ict.lead")).GetPageAsync(url, HttpStatusCode.NotFound); // hidden from moderators until the DSL decides (A.2.3)
        await (await BrowserAsAsync("dsl")).GetPageAsync(url);
        await using var db = app.SystemDb();
        var id = (await db.Posts.SingleAsync(p => p.Slug == post.GetProperty("slug").GetString())).Id;
        Assert.True(await db.SafeguardingConcerns.AnyAsync(c => c.ContentId == id && c.Status == ConcernStatus.Open));
        await AllowPupilPostsAsync("year-4", false);
    }

    [Fact]
    public async Task The_atom_feed_of_a_public_site_holds_only_visible_posts_as_escaped_text()
    {
        var slug = await PublishedAsync("assistant.head", "school", "Sports day & picnic", "Sports day starts at 1pm <b>sharp</b>.\n\nBring a picnic.");
        var draft = await OkJson(await (await As("assistant.head")).PostAsJsonAsync("/api/sites/school/posts", new { title = "Secret draft about the fair", body = "Not ready yet." }), HttpStatusCode.Created);
        Assert.Equal("draft", draft.GetProperty("status").GetString());

        var r = await app.CreateClient().GetAsync("/sites/school/feed");
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Equal("application/atom+xml", r.Content.Headers.ContentType?.MediaType);
        var raw = await r.Content.ReadAsStringAsync();
        Assert.Contains("&lt;b&gt;sharp&lt;/b&gt;", raw);
        var feed = XDocument.Parse(raw);
        XNamespace atom = "http://www.w3.org/2005/Atom";
        Assert.Equal(atom + "feed", feed.Root!.Name);
        Assert.Equal("Holbrook Primary blog", feed.Root.Element(atom + "title")?.Value);
        Assert.NotNull(feed.Root.Element(atom + "updated"));
        var entries = feed.Root.Elements(atom + "entry").ToList();
        var entry = Assert.Single(entries, e => e.Element(atom + "title")?.Value == "Sports day & picnic");
        Assert.Equal("Sports day starts at 1pm <b>sharp</b>.\n\nBring a picnic.", entry.Element(atom + "content")?.Value);
        Assert.Equal("text", entry.Element(atom + "content")?.Attribute("type")?.Value);
        Assert.EndsWith($"/sites/school/posts/{slug}", entry.Element(atom + "link")?.Attribute("href")?.Value, StringComparison.Ordinal);
        Assert.Equal("Asha Example, Assistant Headteacher", entry.Element(atom + "author")?.Element(atom + "name")?.Value);
        Assert.Contains(entries, e => e.Element(atom + "title")?.Value == "Welcome back to a new school year");
        Assert.DoesNotContain("Secret draft", raw);
        Assert.DoesNotContain("autumn walk", raw, StringComparison.OrdinalIgnoreCase); // submitted, not approved (and on year-2)

        Assert.Equal(HttpStatusCode.Forbidden, (await app.CreateClient().GetAsync("/sites/year-4/feed")).StatusCode); // not public (A.5.2)
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync("/sites/no-such-site/feed")).StatusCode);
    }

    [Fact]
    public async Task A_slur_from_the_checkers_extreme_offence_lists_never_appears_on_any_page_or_feed()
    {
        foreach (var slur in ExtremeOffenceSamples())
        {
            var teacher = await As("assistant.head");
            var title = $"Class news {slur}";
            var r = await teacher.PostAsJsonAsync("/api/sites/school/posts", new { title, body = $"We had a lovely week. {slur}", submit = true });
            await r.AssertRefusedAsync("A.5.6");

            await using (var db = app.SystemDb())
            {
                var post = await db.Posts.OrderByDescending(p => p.CreatedAt).FirstAsync(p => p.Title == title);
                Assert.Equal(PostStatus.Blocked, post.Status);
                Assert.DoesNotContain(slur, post.Slug, StringComparison.OrdinalIgnoreCase);
                Assert.True(await db.EvidenceRecords.AnyAsync(e => e.ContentId == post.Id), "the evidence is kept (A.5.6)");
            }

            var pages = new List<string>
            {
                await app.Browser().GetPageAsync("/sites/school"),
                await app.CreateClient().GetStringAsync("/sites/school/feed"),
                await app.CreateClient().GetStringAsync("/api/sites/school/posts"),
                await (await BrowserAsAsync("assistant.head")).GetPageAsync("/sites/school"),
                await (await BrowserAsAsync("head")).GetPageAsync("/approvals"),
                await (await BrowserAsAsync("head")).GetPageAsync("/home"),
                await (await BrowserAsAsync("dsl")).GetPageAsync("/home"),
                await teacher.GetStringAsync("/api/sites/school/posts?mine=true"),
                await (await As("head")).GetStringAsync("/api/approvals"),
            };
            foreach (var html in pages)
            {
                Assert.DoesNotContain(slur, html, StringComparison.OrdinalIgnoreCase);
            }
        }
    }

    /// <summary>The first plain word of each extreme-offence section of the checker's own word list (src/Signpost.Checking/Data/wordlist.txt).</summary>
    private static List<string> ExtremeOffenceSamples()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Signpost.slnx")))
        {
            dir = dir.Parent;
        }

        Assert.NotNull(dir);
        var samples = new List<string>();
        var inSection = false;
        foreach (var line in File.ReadLines(Path.Combine(dir.FullName, "src", "Signpost.Checking", "Data", "wordlist.txt")))
        {
            if (line.StartsWith('['))
            {
                inSection = line.StartsWith("[extreme-offence", StringComparison.Ordinal);
                continue;
            }

            if (inSection && line.Length > 0 && !line.StartsWith('#') && line.TrimEnd('*').All(char.IsAsciiLetterOrDigit))
            {
                samples.Add(line.TrimEnd('*').Trim());
                inSection = false; // one per section
            }
        }

        Assert.True(samples.Count >= 3, "the word list has its extreme-offence sections");
        return samples;
    }

    [GeneratedRegex("<li class=\"comment\"")]
    private static partial Regex CommentItem();
}

public sealed class PostReadingTests_Sqlite(SqliteFactory app) : PostReadingTests<SqliteFactory>(app);

[Collection("postgres")]
public sealed class PostReadingTests_Postgres(PostgresFactory app) : PostReadingTests<PostgresFactory>(app);
