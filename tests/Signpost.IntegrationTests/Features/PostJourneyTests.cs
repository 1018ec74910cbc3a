using Microsoft.Extensions.DependencyInjection;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Signpost.Data.Entities;
using Signpost.IntegrationTests.Infrastructure;

namespace Signpost.IntegrationTests.Features;

/// <summary>
/// Staff posts (A.3.4, A.4.8, 5.6): draft → submitted (checked) → approved by a leadership-team member who is not the
/// author → published now or at a scheduled time; sent back with reasons; edits approved again with a visible history.
/// Emails go through a real SMTP server on loopback.
/// </summary>
public abstract class PostJourneyTests<TFactory>(TFactory app, TestMailServer mail) : IClassFixture<TFactory>
    where TFactory : SignpostFactory
{
    private Task<HttpClient> As(string username) => app.ApiAsAsync(username);

    private static async Task<JsonElement> OkJson(HttpResponseMessage r, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var body = await r.Content.ReadAsStringAsync();
        Assert.True(r.StatusCode == expected, $"expected {(int)expected}, got {(int)r.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    private static async Task<JsonElement> DraftAsync(HttpClient author, string site, string title, string body, bool submit = false) =>
        await OkJson(await author.PostAsJsonAsync($"/api/sites/{site}/posts", new { title, body, submit }), HttpStatusCode.Created);

    private static async Task<JsonElement> SubmittedAsync(HttpClient author, string site, string title, string body)
    {
        var draft = await DraftAsync(author, site, title, body, submit: true);
        Assert.Equal("submitted", draft.GetProperty("status").GetString());
        return draft;
    }

    private static Task<HttpResponseMessage> DecideAsync(HttpClient approver, string site, JsonElement post, string action, object? publishAt = null, string? reasons = null) =>
        approver.PostAsJsonAsync($"/api/sites/{site}/posts/{post.GetProperty("slug").GetString()}/decision",
            new { action, version = post.GetProperty("version").GetInt32(), publishAt, reasons });

    private static string Slug(JsonElement post) => post.GetProperty("slug").GetString()!;

    [Fact]
    public async Task A_staff_post_is_published_only_after_a_leadership_member_approves_it_and_shows_its_author_and_position()
    {
        var author = await As("assistant.head");
        var draft = await DraftAsync(author, "school", "Harvest festival thanks", "Thank you to every family who brought food for the harvest festival.\n\nThe food bank collected it on Friday.");
        Assert.Equal("draft", draft.GetProperty("status").GetString());
        var url = $"/sites/school/posts/{Slug(draft)}";
        var anonymous = app.Browser();
        await anonymous.GetPageAsync(url, HttpStatusCode.NotFound); // a draft is nobody else's business, even by URL

        var submitted = await OkJson(await author.PostAsJsonAsync($"/api/sites/school/posts/{Slug(draft)}/submit", new { version = draft.GetProperty("version").GetInt32() }));
        Assert.Equal("submitted", submitted.GetProperty("status").GetString());
        await anonymous.GetPageAsync(url, HttpStatusCode.NotFound);
        Assert.DoesNotContain("Harvest festival thanks", await anonymous.GetPageAsync("/sites/school"));

        var queue = await OkJson(await (await As("deputy")).GetAsync("/api/approvals"));
        Assert.Contains(queue.EnumerateArray(), i => i.GetProperty("post").GetString() == Slug(draft) && i.GetProperty("kind").GetString() == "post");

        var published = await OkJson(await DecideAsync(await As("deputy"), "school", submitted, "approve"));
        Assert.Equal("published", published.GetProperty("status").GetString());
        Assert.False(published.GetProperty("scheduled").GetBoolean());

        var page = await anonymous.GetPageAsync(url);
        Assert.Contains("Asha Example, Assistant Headteacher", Http.Text(page)); // A.4.8
        Assert.Contains("<p>The food bank collected it on Friday.</p>", page); // paragraphs by blank lines
        Assert.Contains("Harvest festival thanks", await anonymous.GetPageAsync("/sites/school"));
        Assert.Contains("Terms of Use", page);
        Assert.Contains("House Rules", page);

        var told = await mail.ToAsync("assistant.head@holbrook-primary.example");
        Assert.Contains(told, m => m.Subject?.Contains("Your post is published", StringComparison.Ordinal) == true && m.TextBody?.Contains(url, StringComparison.Ordinal) == true);
        var asked = await mail.ToAsync("head@holbrook-primary.example");
        Assert.Contains(asked, m => m.Subject == "A post to approve on Holbrook Primary blog" && m.TextBody?.Contains("A.3.4", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task The_author_cannot_approve_their_own_post_A_3_4()
    {
        var deputy = await As("deputy");
        var post = await SubmittedAsync(deputy, "school", "Parents evening dates", "Parents evenings are on Tuesday and Wednesday next week.");
        var own = await DecideAsync(deputy, "school", post, "approve");
        await own.AssertRefusedAsync("A.3.4");

        // A teacher outside the leadership team cannot approve at all, nor see the submitted post.
        var teacher = await DecideAsync(await As("teacher.y4"), "school", post, "approve");
        Assert.Equal(HttpStatusCode.NotFound, teacher.StatusCode);

        await using var db = app.SystemDb();
        Assert.Equal(PostStatus.Submitted, (await db.Posts.SingleAsync(p => p.Slug == Slug(post))).Status);

        // On the approvals page the author is told rather than offered the decision form.
        var browser = app.Browser();
        await browser.SignInOkAsync("deputy");
        var html = await browser.GetPageAsync("/approvals");
        Assert.Contains("You wrote this, so another member of the leadership team must approve it (A.3.4).", html);
    }

    [Fact]
    public async Task Two_approvers_at_once_one_wins_and_the_other_gets_409()
    {
        var post = await SubmittedAsync(await As("teacher.y4"), "year-4", "Swimming kit reminder", "Year 4 swim on Thursdays this half term: bring a towel and a costume.");
        var first = await DecideAsync(await As("deputy"), "year-4", post, "approve");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var second = await DecideAsync(await As("head"), "year-4", post, "reject", reasons: "Please add the time.");
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("application/problem+json", second.Content.Headers.ContentType?.MediaType);
        await using var db = app.SystemDb();
        Assert.Equal(PostStatus.Published, (await db.Posts.SingleAsync(p => p.Slug == Slug(post))).Status);
    }

    [Fact]
    public async Task A_scheduled_post_stays_invisible_until_its_time()
    {
        var post = await SubmittedAsync(await As("assistant.head"), "school", "Book week costume parade", "Book week ends with a costume parade in the hall.");
        var when = DateTimeOffset.UtcNow.AddDays(3);
        var scheduled = await OkJson(await DecideAsync(await As("head"), "school", post, "approve", when));
        Assert.True(scheduled.GetProperty("scheduled").GetBoolean());
        var url = $"/sites/school/posts/{Slug(post)}";
        var anonymous = app.Browser();
        await anonymous.GetPageAsync(url, HttpStatusCode.NotFound);
        Assert.DoesNotContain("Book week costume parade", await anonymous.GetPageAsync("/sites/school"));
        Assert.DoesNotContain("Book week costume parade", await anonymous.GetStringAsync("/sites/school/feed"));
        var listed = await OkJson(await app.CreateClient().GetAsync("/api/sites/school/posts"));
        Assert.DoesNotContain(listed.EnumerateArray(), p => p.GetProperty("slug").GetString() == Slug(post));

        // The approver can still open it and sees when it goes out.
        var head = app.Browser();
        await head.SignInOkAsync("head");
        Assert.Contains("Scheduled for", await head.GetPageAsync(url));

        await using (var db = app.SystemDb())
        {
            await db.Posts.Where(p => p.Slug == Slug(post)).ExecuteUpdateAsync(s => s.SetProperty(p => p.PublishedAt, DateTime.UtcNow.AddMinutes(-1)));
        }

        // Moving the time in the database stands in for the clock reaching it; the clock would also have told the
        // public-page cache (PublicPageCacheTests proves that with a real wait).
        app.Services.GetRequiredService<Signpost.Web.Infrastructure.PublicPageCache>().Invalidate();

        await anonymous.GetPageAsync(url);
        Assert.Contains("Book week costume parade", await anonymous.GetStringAsync("/sites/school/feed"));
    }

    [Fact]
    public async Task Scheduling_in_the_past_or_without_a_version_is_refused()
    {
        var post = await SubmittedAsync(await As("teacher.y4"), "year-4", "Times tables club", "Times tables club meets on Mondays at lunchtime.");
        await (await DecideAsync(await As("deputy"), "year-4", post, "approve", DateTimeOffset.UtcNow.AddDays(-2))).AssertRefusedAsync("A.3.4");
        var noVersion = await (await As("deputy")).PostAsJsonAsync($"/api/sites/year-4/posts/{Slug(post)}/decision", new { action = "approve" });
        Assert.Equal(HttpStatusCode.BadRequest, noVersion.StatusCode);
        Assert.Equal("version", (await noVersion.JsonAsync()).GetProperty("field").GetString());
        var badAction = await DecideAsync(await As("deputy"), "year-4", post, "maybe");
        Assert.Equal(HttpStatusCode.BadRequest, badAction.StatusCode);
    }

    [Fact]
    public async Task A_post_sent_back_with_reasons_can_be_changed_and_submitted_again()
    {
        var teacher = await As("teacher.y4");
        var post = await SubmittedAsync(teacher, "year-4", "Trip to the museum", "We are going to the museum on the 5th.");
        await (await DecideAsync(await As("deputy"), "year-4", post, "reject")).AssertRefusedAsync("A.3.4"); // reasons required
        var back = await OkJson(await DecideAsync(await As("deputy"), "year-4", post, "reject", reasons: "Please say which month and what to bring."));
        Assert.Equal("rejected", back.GetProperty("status").GetString());
        Assert.Equal("Please say which month and what to bring.", back.GetProperty("rejectionReason").GetString());

        var told = await mail.ToAsync("teacher.y4@holbrook-primary.example");
        Assert.Contains(told, m => m.Subject?.Contains("sent back", StringComparison.Ordinal) == true && m.TextBody?.Contains("which month", StringComparison.Ordinal) == true);

        var mine = await OkJson(await teacher.GetAsync("/api/sites/year-4/posts?mine=true"));
        var current = mine.EnumerateArray().Single(p => p.GetProperty("slug").GetString() == Slug(post));
        var changed = await OkJson(await teacher.PutAsJsonAsync($"/api/sites/year-4/posts/{Slug(post)}",
            new { title = "Trip to the museum in March", body = "We are going to the museum on 5 March. Bring a packed lunch.", version = current.GetProperty("version").GetInt32() }));
        Assert.Equal("rejected", changed.GetProperty("status").GetString());
        var again = await OkJson(await teacher.PostAsJsonAsync($"/api/sites/year-4/posts/{Slug(changed)}/submit", new { version = changed.GetProperty("version").GetInt32() }));
        Assert.Equal("submitted", again.GetProperty("status").GetString());

        // A stale version is refused rather than overwriting.
        var stale = await teacher.PutAsJsonAsync($"/api/sites/year-4/posts/{Slug(changed)}", new { title = "x", body = "y", version = current.GetProperty("version").GetInt32() });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
    }

    [Fact]
    public async Task The_checkers_findings_are_highlighted_for_the_author_and_the_approver_and_the_post_stays_off_the_moderation_queue()
    {
        var teacher = await As("teacher.y4");
        var post = await SubmittedAsync(teacher, "year-4", "Choir practice", "Choir practice is on Wednesday.\n\nQuestions? Call me on 07700 900123 any evening.");
        var findings = post.GetProperty("findings").EnumerateArray().ToList();
        Assert.Contains(findings, f => f.GetProperty("category").GetString() == "contact-details" && f.GetProperty("clause").GetString() == "A.4.9");

        var deputy = app.Browser();
        await deputy.SignInOkAsync("deputy");
        var approvals = await deputy.GetPageAsync("/approvals");
        Assert.Contains("<mark class=\"finding\">07700 900123</mark>", approvals);
        Assert.Contains("A.4.9", Http.Text(approvals));

        var author = app.Browser();
        await author.SignInOkAsync("teacher.y4");
        var own = await author.GetPageAsync($"/sites/year-4/posts/{Slug(post)}");
        Assert.Contains("<mark class=\"finding\">07700 900123</mark>", own);
        Assert.Contains("Waiting for approval by the leadership team (A.3.4)", own);

        // Leadership approves staff posts; moderators never get them (approving there would skip A.3.4).
        await using var db = app.SystemDb();
        var id = (await db.Posts.SingleAsync(p => p.Slug == Slug(post))).Id;
        Assert.False(await db.ReviewItems.AnyAsync(r => r.PostId == id));
    }

    [Fact]
    public async Task An_edit_of_a_published_post_needs_approval_again_and_the_earlier_version_stays_visible()
    {
        var author = await As("assistant.head");
        var post = await SubmittedAsync(author, "school", "Uniform shop hours", "The uniform shop opens on Fridays at 3pm.");
        var live = await OkJson(await DecideAsync(await As("deputy"), "school", post, "approve"));
        var url = $"/sites/school/posts/{Slug(post)}";

        var edited = await OkJson(await author.PutAsJsonAsync($"/api/sites/school/posts/{Slug(post)}",
            new { title = "Uniform shop hours", body = "The uniform shop now opens on Fridays at 3.15pm.", version = live.GetProperty("version").GetInt32() }));
        Assert.Equal("published", edited.GetProperty("status").GetString());
        Assert.Equal("The uniform shop now opens on Fridays at 3.15pm.", edited.GetProperty("pendingEdit").GetProperty("body").GetString());

        var anonymous = app.Browser();
        var before = await anonymous.GetPageAsync(url);
        Assert.Contains("at 3pm", before);
        Assert.DoesNotContain("3.15pm", before);

        var queue = await OkJson(await (await As("head")).GetAsync("/api/approvals"));
        Assert.Contains(queue.EnumerateArray(), i => i.GetProperty("post").GetString() == Slug(post) && i.GetProperty("kind").GetString() == "edit");
        await (await DecideAsync(author, "school", edited, "approve")).AssertRefusedAsync("A.3.4"); // not their own edit either
        var approved = await OkJson(await DecideAsync(await As("head"), "school", edited, "approve"));
        Assert.Equal("The uniform shop now opens on Fridays at 3.15pm.", approved.GetProperty("body").GetString());

        var after = await anonymous.GetPageAsync(url);
        Assert.Contains("3.15pm", after);
        Assert.Contains("Edited on", after);
        var history = await anonymous.GetPageAsync($"{url}/history");
        Assert.Contains("The uniform shop opens on Fridays at 3pm.", history);
        Assert.Contains("Before edit 1", history);
        Assert.Contains("approved by Helen Example, Headteacher", history);

        await using var db = app.SystemDb();
        var id = (await db.Posts.SingleAsync(p => p.Slug == Slug(post))).Id;
        var revision = await db.PostRevisions.SingleAsync(r => r.PostId == id);
        Assert.Equal((RevisionStatus.Superseded, "The uniform shop opens on Fridays at 3pm."), (revision.Status, revision.Body));
    }

    [Fact]
    public async Task Nobody_outside_the_site_writes_on_it_and_bad_input_gets_a_field()
    {
        var other = await (await As("teacher.y5")).PostAsJsonAsync("/api/sites/year-4/posts", new { title = "Hello", body = "Hi" });
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        var parent = await (await As("parent.1")).PostAsJsonAsync("/api/sites/school/posts", new { title = "Hello", body = "Hi" });
        Assert.Equal(HttpStatusCode.Forbidden, parent.StatusCode);
        var empty = await (await As("teacher.y4")).PostAsJsonAsync("/api/sites/year-4/posts", new { title = " ", body = "Hi" });
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal("title", (await empty.JsonAsync()).GetProperty("field").GetString());
        var unknown = await (await As("teacher.y4")).PostAsJsonAsync("/api/sites/no-such-site/posts", new { title = "Hello", body = "Hi" });
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        var anonymous = await app.CreateClient().PostAsJsonAsync("/api/sites/school/posts", new { title = "Hello", body = "Hi" });
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        var approvals = await (await As("teacher.y4")).GetAsync("/api/approvals");
        Assert.Equal(HttpStatusCode.Forbidden, approvals.StatusCode);
    }

    [Fact]
    public async Task Teacher_writes_and_the_deputy_approves_through_the_pages()
    {
        var teacher = app.Browser();
        await teacher.SignInOkAsync("teacher.y4");
        Assert.Contains("Write a post", await teacher.GetPageAsync("/sites/year-4"));
        var empty = await teacher.SubmitAsync("/sites/year-4/posts/new", [new("Input.Title", ""), new("Input.Body", "")], "/sites/year-4/posts/new?handler=Submit");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.StatusCode);
        Assert.Contains("Give the post a title.", await empty.Content.ReadAsStringAsync());

        var sent = await teacher.SubmitAsync("/sites/year-4/posts/new",
            [new("Input.Title", "Our Roman shields"), new("Input.Body", "Year 4 made Roman shields this week.\n\nThey are on display in the hall.")],
            "/sites/year-4/posts/new?handler=Submit");
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var postUrl = sent.Headers.Location!.OriginalString.Split('?')[0];
        Assert.Equal("/sites/year-4/posts/our-roman-shields", postUrl);
        Assert.Contains("Submitted. The leadership team has been asked to approve it (A.3.4).", await teacher.GetPageAsync(sent.Headers.Location.OriginalString));

        var deputy = app.Browser();
        await deputy.SignInOkAsync("deputy");
        var approvals = await deputy.GetPageAsync("/approvals");
        Assert.Contains("Our Roman shields", approvals);
        await using var db = app.SystemDb();
        var version = (await db.Posts.SingleAsync(p => p.Slug == "our-roman-shields")).Version;

        var stale = await deputy.SubmitAsync("/approvals",
            [new("site", "year-4"), new("post", "our-roman-shields"), new("version", (version - 1).ToString(System.Globalization.CultureInfo.InvariantCulture)), new("decision", "publish")],
            "/approvals?handler=Decide");
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("Someone else decided on this post", await stale.Content.ReadAsStringAsync());

        var ok = await deputy.SubmitAsync("/approvals",
            [new("site", "year-4"), new("post", "our-roman-shields"), new("version", version.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("decision", "publish")],
            "/approvals?handler=Decide");
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);

        var parent = app.Browser();
        await parent.SignInOkAsync("parent.1");
        var page = await parent.GetPageAsync(postUrl);
        Assert.Contains("Tess Demo, Year 4 teacher", Http.Text(page));
        Assert.Contains("Our Roman shields", await parent.GetPageAsync("/sites/year-4"));
    }

    [Fact]
    public async Task Staff_who_have_not_acknowledged_the_current_policy_keep_their_draft_but_cannot_submit_2_1()
    {
        await using (var db = app.SystemDb())
        {
            var teacher = await db.Users.Where(u => u.UserName == "teacher.y3").Select(u => u.PersonId).SingleAsync();
            await db.PolicyAcknowledgements.Where(a => a.PersonId == teacher).ExecuteDeleteAsync();
        }

        var r = await (await As("teacher.y3")).PostAsJsonAsync("/api/sites/year-3/posts", new { title = "Forest school", body = "Year 3 start forest school on Friday.", submit = true });
        await r.AssertRefusedAsync("2.1");
        var mine = await OkJson(await (await As("teacher.y3")).GetAsync("/api/sites/year-3/posts?mine=true"));
        Assert.Contains(mine.EnumerateArray(), p => p.GetProperty("title").GetString() == "Forest school" && p.GetProperty("status").GetString() == "draft");
    }

    [Fact]
    public async Task Post_html_is_always_escaped()
    {
        var post = await SubmittedAsync(await As("assistant.head"), "school", "Maths <b>week</b>", "Try this at home: 3 < 5 & 7 > 2 <script>alert(1)</script>");
        await OkJson(await DecideAsync(await As("deputy"), "school", post, "approve"));
        var page = await app.Browser().GetPageAsync($"/sites/school/posts/{Slug(post)}");
        Assert.DoesNotContain("<script>alert(1)</script>", page);
        Assert.DoesNotContain("<b>week</b>", page);
        Assert.Contains("&lt;script&gt;", page);
    }
}

public sealed class PostJourneyTests_Sqlite(MailSqliteFactory app) : PostJourneyTests<MailSqliteFactory>(app, app.Mail);

[Collection("postgres")]
public sealed class PostJourneyTests_Postgres(MailPostgresFactory app) : PostJourneyTests<MailPostgresFactory>(app, app.Mail);
