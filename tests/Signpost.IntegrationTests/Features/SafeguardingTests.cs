using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Signpost.Data.Entities;
using Signpost.IntegrationTests.Infrastructure;
using Signpost.Web.Features.Moderation;

namespace Signpost.IntegrationTests.Features;

/// <summary>
/// Safeguarding (A.2.3, A.2.2) and extreme offence (A.5.6): concerns raised by the checker or by staff reach the DSL at
/// once, the item is hidden, the DSL (with two-factor sign-in) reads, records and decides; evidence is kept and sealed.
/// </summary>
public abstract class SafeguardingTests<TFactory>(TFactory app, TestMailServer mail) : IClassFixture<TFactory>
    where TFactory : SignpostFactory
{
    private Task<HttpClient> Dsl() => Escalations.TwoFactorBrowserAsync(app, "dsl");

    private async Task<SafeguardingConcern> ConcernAsync(Guid id)
    {
        await using var db = app.SystemDb();
        return await db.SafeguardingConcerns.AsNoTracking().SingleAsync(c => c.Id == id);
    }

    private async Task<(Comment Comment, ReviewItem Item)> ItemAsync(Guid commentId)
    {
        await using var db = app.SystemDb();
        var comment = await db.Comments.AsNoTracking().SingleAsync(c => c.Id == commentId);
        var item = await db.ReviewItems.AsNoTracking().Where(r => r.CommentId == commentId).OrderByDescending(r => r.CreatedAt).FirstAsync();
        return (comment, item);
    }

    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string url, string handler, params (string Key, string Value)[] fields)
    {
        var page = await client.GetPageAsync(url);
        var all = fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)).Append(new("__RequestVerificationToken", Http.Token(page)));
        return await client.PostAsync($"{url}?handler={handler}", new FormUrlEncodedContent(all));
    }

    private static int VersionOn(string html) =>
        int.Parse(System.Text.RegularExpressions.Regex.Match(html, "name=\"Version\" value=\"(\\d+)\"").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_pupils_disclosure_raises_a_concern_the_dsl_is_emailed_and_told_and_the_comment_is_hidden()
    {
        var pupil = await Escalations.PersonAsync(app, "y4.pupil2");
        var sent = await (await app.ApiAsAsync("y4.pupil2")).PostAsJsonAsync("/api/sites/year-4/posts/viking-longships/comments", new { text = Escalations.Disclosure });
        Assert.Equal(HttpStatusCode.Created, sent.StatusCode);
        var commentId = (await sent.JsonAsync()).GetProperty("id").GetGuid();
        Assert.Equal("held", (await sent.JsonAsync()).GetProperty("status").GetString());

        Guid? concernId;
        await using (var db = app.SystemDb())
        {
            concernId = await db.SafeguardingConcerns.Where(c => c.ContentId == commentId).Select(c => (Guid?)c.Id).SingleOrDefaultAsync();
        }

        Assert.NotNull(concernId);
        var concern = await ConcernAsync(concernId!.Value);
        Assert.Equal("safeguarding", concern.Category);
        Assert.Equal(ConcernStatus.Open, concern.Status);
        Assert.Equal(pupil.Id, concern.SubjectPersonId);
        var (comment, item) = await ItemAsync(commentId);
        Assert.True(comment.HiddenForConcern);
        Assert.NotEqual(CommentStatus.Published, comment.Status);
        Assert.Equal(ReviewStatus.Escalated, item.Status);
        Assert.Equal(0, item.Priority);

        // Hidden from the moderators' queue and from every reader.
        foreach (var queueOwner in new[] { "ict.lead", "teacher.y4" })
        {
            var queue = await (await app.ApiAsAsync(queueOwner)).GetStringAsync("/api/moderation/queue");
            Assert.DoesNotContain(commentId.ToString(), queue);
            Assert.DoesNotContain("scared to go home", queue);
        }

        foreach (var reader in new[] { "y4.pupil1", "parent.1", "teacher.y1" })
        {
            var comments = await (await app.ApiAsAsync(reader)).GetStringAsync("/api/sites/year-4/posts/viking-longships/comments");
            Assert.DoesNotContain("scared to go home", comments);
        }

        // The DSL is told at once by email, which holds no details, and on their home page.
        var email = Assert.Single(await mail.ToAsync("dsl@holbrook-primary.example"), m => m.TextBody?.Contains(concernId.Value.ToString(), StringComparison.Ordinal) == true);
        Assert.Contains("A.2.3", email.Subject);
        // Whole words: the link's random id may hold the letters ("...-4c3b2dad22da" once failed this test).
        Assert.DoesNotMatch(@"(?i)\bdad\b", email.TextBody!);
        Assert.DoesNotContain("scared to go home", email.TextBody, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(pupil.FirstName, email.TextBody, StringComparison.Ordinal);
        await using (var db = app.SystemDb())
        {
            var dsl = await Escalations.PersonAsync(app, "dsl");
            Assert.Single(await db.Notices.Where(n => n.PersonId == dsl.Id && n.Link == $"/safeguarding/{concernId}").ToListAsync());
            var teacher = await Escalations.PersonAsync(app, "teacher.y4");
            Assert.Empty(await db.Notices.Where(n => n.PersonId == teacher.Id && n.Link == $"/safeguarding/{concernId}").ToListAsync());
        }

        // Only the DSL (and Headteacher) see it: a moderator of the site, a reader and a stranger get nothing.
        var html = await (await Dsl()).GetPageAsync($"/safeguarding/{concernId}");
        Assert.Contains($"{pupil.FirstName} {pupil.LastName}", html);
        Assert.Contains("<mark class=\"finding\">", html);
        Assert.Contains("scared", Http.Text(html));
        var moderator = app.Browser();
        await moderator.SignInOkAsync("ict.lead");
        Assert.DoesNotContain("scared", Http.Text(await moderator.GetPageAsync($"/safeguarding/{concernId}", HttpStatusCode.NotFound)));
        Assert.DoesNotContain(concernId.Value.ToString(), await moderator.GetPageAsync("/home"));
        var raise = await moderator.GetAsync($"/safeguarding/raise/comment/{commentId}");
        Assert.Equal(HttpStatusCode.NotFound, raise.StatusCode);
        Assert.DoesNotContain("scared", await raise.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_dsl_signed_in_with_two_factor_sees_the_list_and_every_view_is_audited()
    {
        var (_, concernId, _) = await Escalations.CommentAsync(app, "y4.pupil4", "year-4", "viking-longships", "please keep this a secret, my uncle hurts me when mum is out");
        Assert.NotNull(concernId);
        var dsl = await Dsl();
        var list = await dsl.GetPageAsync("/safeguarding");
        Assert.Contains($"/safeguarding/{concernId}", list);

        var before = await Escalations.AuditCountAsync(app, "safeguarding-concern.viewed", concernId!.Value);
        await dsl.GetPageAsync($"/safeguarding/{concernId}");
        await dsl.GetPageAsync($"/safeguarding/{concernId}");
        Assert.Equal(before + 2, await Escalations.AuditCountAsync(app, "safeguarding-concern.viewed", concernId.Value));

        var home = await dsl.GetPageAsync("/home");
        Assert.Contains("href=\"/safeguarding\"", home);
    }

    [Fact]
    public async Task The_chronology_records_notes_actions_and_referrals_and_is_never_changed()
    {
        var (_, concernId, _) = await Escalations.CommentAsync(app, "y4.pupil3", "year-4", "viking-longships", "I dont want to go home my step dad hits me");
        var url = $"/safeguarding/{concernId}";
        var dsl = await Dsl();

        var noTo = await PostFormAsync(dsl, url, "Entry", ("EntryKind", "referral"), ("EntryText", "Phoned the front door."));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noTo.StatusCode);
        Assert.Contains("Say who you referred it to", WebUtility.HtmlDecode(await noTo.Content.ReadAsStringAsync()));

        Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(dsl, url, "Entry", ("EntryKind", "note"), ("EntryText", "Spoke to the class teacher."))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(dsl, url, "Entry", ("EntryKind", "action"), ("EntryText", "Met the pupil with the class teacher."))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(dsl, url, "Entry", ("EntryKind", "referral"), ("ReferredTo", "Children's social care (fictional MASH)"), ("EntryText", "Referral made by phone."))).StatusCode);

        var page = Http.Text(await dsl.GetPageAsync(url));
        Assert.Contains("Referred to Children's social care (fictional MASH). Referral made by phone.", page);
        Assert.Contains("Met the pupil with the class teacher.", page);

        await using var db = app.SystemDb();
        var dslId = (await Escalations.PersonAsync(app, "dsl")).Id;
        var entries = await db.ConcernEntries.Where(e => e.ConcernId == concernId).OrderBy(e => e.At).ThenBy(e => e.Id).ToListAsync();
        Assert.Equal([ConcernEntryKind.Raised, ConcernEntryKind.Note, ConcernEntryKind.Action, ConcernEntryKind.Referral], entries.Select(e => e.Kind));
        Assert.All(entries.Skip(1), e => Assert.Equal(dslId, e.ByPersonId));

        entries[1].Text = "Rewritten history";
        var changed = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        Assert.Contains("never changed", changed.Message);
        db.ChangeTracker.Clear();
        db.ConcernEntries.Remove(await db.ConcernEntries.FirstAsync(e => e.ConcernId == concernId));
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task Released_content_goes_back_to_normal_moderation_and_a_stale_decision_is_refused()
    {
        var (commentId, concernId, _) = await Escalations.CommentAsync(app, "y4.pupil5", "year-4", "viking-longships", "I want to hurt myself and nobody cares");
        var url = $"/safeguarding/{concernId}";
        var dsl = await Dsl();
        var page = await dsl.GetPageAsync(url);
        var version = VersionOn(page);

        var closeFirst = await PostFormAsync(dsl, url, "Close", ("Outcome", "Nothing more to do."), ("Version", version.ToString()));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, closeFirst.StatusCode);
        Assert.Contains("A.2.3", await closeFirst.Content.ReadAsStringAsync());

        var released = await PostFormAsync(dsl, url, "Decide", ("Decision", "release"), ("DecisionNotes", "Spoke to the pupil: a story they are writing."), ("Version", version.ToString()));
        Assert.Equal(HttpStatusCode.Redirect, released.StatusCode);
        var (comment, item) = await ItemAsync(commentId);
        Assert.False(comment.HiddenForConcern);
        Assert.Equal(CommentStatus.Held, comment.Status);
        Assert.Equal(ReviewStatus.Pending, item.Status);
        Assert.Contains(commentId.ToString(), await (await app.ApiAsAsync("ict.lead")).GetStringAsync("/api/moderation/queue"));

        // A second decision made from the page as it was before is refused: someone else decided first.
        var stale = await PostFormAsync(dsl, url, "Decide", ("Decision", "keep-hidden"), ("Version", version.ToString()));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("Someone else changed this concern", WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync()));
        Assert.Equal(ReviewStatus.Pending, (await ItemAsync(commentId)).Item.Status);

        var closed = await PostFormAsync(dsl, url, "Close", ("Outcome", "No safeguarding concern: creative writing."), ("Version", (version + 1).ToString()));
        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        var concern = await ConcernAsync(concernId!.Value);
        Assert.Equal(ConcernStatus.Closed, concern.Status);
        Assert.Equal("No safeguarding concern: creative writing.", concern.Outcome);
    }

    [Fact]
    public async Task Content_kept_hidden_is_rejected_and_never_shown()
    {
        var (commentId, concernId, _) = await Escalations.CommentAsync(app, "y4.pupil1", "year-4", "viking-longships", "dont tell anyone but a man online asked me to send photos");
        var api = await Escalations.TwoFactorApiAsync(app, "dsl");
        var concern = await (await api.GetAsync($"/api/safeguarding/concerns/{concernId}")).JsonAsync();
        Assert.True(concern.GetProperty("awaitsDecision").GetBoolean());

        var kept = await api.PostAsJsonAsync($"/api/safeguarding/concerns/{concernId}/decision",
            new { action = "keep-hidden", version = concern.GetProperty("version").GetInt32(), notes = "Referred; the comment stays hidden." });
        Assert.Equal(HttpStatusCode.OK, kept.StatusCode);
        var (comment, item) = await ItemAsync(commentId);
        Assert.True(comment.HiddenForConcern);
        Assert.Equal(CommentStatus.Rejected, comment.Status);
        Assert.Equal(ReviewStatus.Rejected, item.Status);
        var chronology = (await kept.JsonAsync()).GetProperty("chronology").EnumerateArray().Select(e => e.GetProperty("kind").GetString()).ToList();
        Assert.Contains("Item kept hidden", chronology);

        var again = await api.PostAsJsonAsync($"/api/safeguarding/concerns/{concernId}/decision", new { action = "release", version = (await kept.JsonAsync()).GetProperty("version").GetInt32() });
        await again.AssertRefusedAsync("A.2.3");
    }

    [Fact]
    public async Task A_member_of_staff_raises_a_concern_from_a_published_comment_and_it_is_hidden_at_once()
    {
        Guid commentId;
        await using (var db = app.SystemDb())
        {
            commentId = await db.Comments.Where(c => c.Text.StartsWith("Our boat needed more glue")).Select(c => c.Id).SingleAsync();
        }

        var url = $"/safeguarding/raise/comment/{commentId}";
        var parent = app.Browser();
        await parent.SignInOkAsync("parent.1");
        Assert.Contains("Our boat needed more glue", await parent.GetPageAsync("/sites/year-4/posts/viking-longships"));
        var denied = await parent.GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.Contains("/account/denied", denied.Headers.Location?.OriginalString);

        var teacher = app.Browser();
        await teacher.SignInOkAsync("teacher.y4");
        var form = await teacher.GetPageAsync(url);
        Assert.Contains("Raise a safeguarding concern", form);
        var empty = await teacher.SubmitAsync(url, [new("Worry", "")]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.StatusCode);
        Assert.Contains("Say in a sentence what worries you", WebUtility.HtmlDecode(await empty.Content.ReadAsStringAsync()));

        var sent = await teacher.SubmitAsync(url, [new("Worry", "Ben told me at lunch this comment is about his brother hurting him.")]);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var thanks = Http.Text(await teacher.GetPageAsync(sent.Headers.Location!.OriginalString));
        Assert.Contains("the DSL has been told", thanks);
        Assert.Contains("hidden", thanks);

        var (comment, item) = await ItemAsync(commentId);
        Assert.True(comment.HiddenForConcern);
        Assert.Equal(ReviewStatus.Escalated, item.Status);
        await using (var db = app.SystemDb())
        {
            var concern = await db.SafeguardingConcerns.SingleAsync(c => c.ContentId == commentId);
            Assert.Equal(ConcernSource.Staff, concern.Source);
            Assert.Equal((await Escalations.PersonAsync(app, "teacher.y4")).Id, concern.RaisedById);
            Assert.Contains(await mail.ToAsync("dsl@holbrook-primary.example"), m => m.TextBody?.Contains(concern.Id.ToString(), StringComparison.Ordinal) == true);
        }

        // Hidden from readers at once, and for the teacher too: raising again finds nothing.
        Assert.DoesNotContain("Our boat needed more glue", await parent.GetPageAsync("/sites/year-4/posts/viking-longships"));
        Assert.Equal(HttpStatusCode.NotFound, (await teacher.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task Staff_raise_through_the_api_about_a_post_without_a_review_item_and_one_is_made()
    {
        Guid postId;
        await using (var db = app.SystemDb())
        {
            postId = await db.Posts.Where(p => p.Slug == "viking-longships").Select(p => p.Id).SingleAsync();
            Assert.False(await db.ReviewItems.AnyAsync(r => r.PostId == postId));
        }

        var pupil = await app.ApiAsAsync("y4.pupil1");
        var refused = await pupil.PostAsJsonAsync("/api/safeguarding/raise", new { kind = "post", id = postId, text = "I am worried about this post." });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("A.2.3", (await refused.JsonAsync()).GetProperty("clause").GetString());

        var ta = await app.ApiAsAsync("ta.1");
        var tooShort = await ta.PostAsJsonAsync("/api/safeguarding/raise", new { kind = "post", id = postId, text = "hmm" });
        await tooShort.AssertRefusedAsync("A.2.3");
        var raised = await ta.PostAsJsonAsync("/api/safeguarding/raise", new { kind = "post", id = postId, text = "The photo in this post shows a pupil who must not appear online." });
        Assert.Equal(HttpStatusCode.Created, raised.StatusCode);
        Assert.True((await raised.JsonAsync()).GetProperty("hidden").GetBoolean());

        var reader = app.Browser();
        await reader.SignInOkAsync("parent.1");
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync("/sites/year-4/posts/viking-longships")).StatusCode);
        await using (var db = app.SystemDb())
        {
            Assert.True((await db.Posts.SingleAsync(p => p.Id == postId)).HiddenForConcern);
            var item = await db.ReviewItems.SingleAsync(r => r.PostId == postId);
            Assert.Equal(ReviewStatus.Escalated, item.Status);
        }

        // The DSL releases it; the post is visible to readers again.
        Guid concernId;
        await using (var db = app.SystemDb())
        {
            concernId = await db.SafeguardingConcerns.Where(c => c.ContentId == postId).Select(c => c.Id).SingleAsync();
        }

        var api = await Escalations.TwoFactorApiAsync(app, "dsl");
        var list = await (await api.GetAsync("/api/safeguarding/concerns")).JsonAsync();
        Assert.Contains(list.EnumerateArray(), c => c.GetProperty("id").GetGuid() == concernId && c.GetProperty("category").GetString() == "staff-raised");
        var detail = await (await api.GetAsync($"/api/safeguarding/concerns/{concernId}")).JsonAsync();
        Assert.Equal(postId, detail.GetProperty("content").GetProperty("id").GetGuid());
        Assert.StartsWith("Our Viking longships\n\nThis week Year 4", detail.GetProperty("content").GetProperty("text").GetString());
        var ok = await api.PostAsJsonAsync($"/api/safeguarding/concerns/{concernId}/decision", new { action = "release", version = detail.GetProperty("version").GetInt32() });
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        await using (var db = app.SystemDb())
        {
            Assert.False((await db.Posts.SingleAsync(p => p.Id == postId)).HiddenForConcern);
            Assert.Equal(ReviewStatus.Pending, (await db.ReviewItems.SingleAsync(r => r.PostId == postId)).Status);
        }

        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/sites/year-4/posts/viking-longships")).StatusCode);
    }

    [Fact]
    public async Task Extreme_offence_is_kept_as_sealed_evidence_that_survives_the_author_leaving_and_goes_into_the_report_pack()
    {
        const string slur = "go back to your own country";
        var author = await Escalations.PersonAsync(app, "contractor.1");
        var authorName = $"{author.FirstName} {author.LastName}";
        var (commentId, concernId, outcome) = await Escalations.CommentAsync(app, "contractor.1", "school", "welcome-back", slur);
        Assert.Equal(IntakeOutcome.Blocked, outcome);
        Assert.Contains(await mail.ToAsync("head@holbrook-primary.example"), m => m.TextBody?.Contains(concernId!.Value.ToString(), StringComparison.Ordinal) == true);

        // The author deletes the comment and leaves the school: the evidence stays, and still matches its hash.
        await using (var db = app.SystemDb())
        {
            await db.Comments.Where(c => c.Id == commentId).ExecuteDeleteAsync();
            (await db.People.SingleAsync(p => p.Id == author.Id)).MarkLeft(DateTime.UtcNow);
            await db.SaveChangesAsync();
            var evidence = await db.EvidenceRecords.SingleAsync(e => e.ContentId == commentId);
            evidence.Text = "nothing to see";
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        }

        var dsl = await Dsl();
        var page = await dsl.GetPageAsync($"/safeguarding/{concernId}");
        var text = Http.Text(page);
        Assert.Contains(slur, text);
        Assert.Contains(ExpectedHash(slur), text);
        Assert.Contains("Verified: the hash recomputed now matches", text);
        Assert.Contains("No longer at the school", text);

        var pack = await dsl.GetAsync($"/safeguarding/{concernId}/report-pack");
        Assert.Equal(HttpStatusCode.OK, pack.StatusCode);
        Assert.Equal("application/zip", pack.Content.Headers.ContentType?.MediaType);
        using (var zip = new ZipArchive(new MemoryStream(await pack.Content.ReadAsByteArrayAsync())))
        {
            var summary = Read(zip, "summary.txt");
            Assert.Contains("REPORT PACK FOR THE POLICE OR CEOP", summary);
            Assert.Contains(authorName, summary);
            Assert.Contains(ExpectedHash(slur), summary);
            Assert.Contains("matches: unchanged", summary);
            var json = JsonDocument.Parse(Read(zip, "concern.json")).RootElement;
            Assert.Equal(authorName, json.GetProperty("who").GetProperty("name").GetString());
            var evidence = Assert.Single(json.GetProperty("evidence").EnumerateArray().ToList());
            Assert.Equal(ExpectedHash(slur), evidence.GetProperty("sha256").GetString());
            Assert.True(evidence.GetProperty("intact").GetBoolean());
            var file = Read(zip, evidence.GetProperty("file").GetString()!);
            Assert.Equal(ExpectedHash(slur), ExpectedHash(file));
            Assert.Contains(json.GetProperty("chronology").EnumerateArray(), e => e.GetProperty("text").GetString()!.Contains("Report pack", StringComparison.Ordinal));
        }

        Assert.Equal(1, await Escalations.AuditCountAsync(app, "safeguarding-concern.report-pack-exported", concernId!.Value));

        // Altered behind the platform's back (not through it: it refuses), the evidence no longer verifies.
        await using (var db = app.SystemDb())
        {
            await db.EvidenceRecords.Where(e => e.ContentId == commentId).ExecuteUpdateAsync(s => s.SetProperty(e => e.Text, "an innocent remark"));
        }

        Assert.Contains("Not verified", Http.Text(await dsl.GetPageAsync($"/safeguarding/{concernId}")));

        // A teacher never gets the pack or the page.
        var teacher = app.Browser();
        await teacher.SignInOkAsync("teacher.y4");
        Assert.Equal(HttpStatusCode.NotFound, (await teacher.GetAsync($"/safeguarding/{concernId}/report-pack")).StatusCode);
    }

    [Fact]
    public async Task The_api_gives_the_dsl_the_concern_and_refuses_everyone_else()
    {
        var (_, concernId, _) = await Escalations.CommentAsync(app, "y4.pupil2", "year-4", "viking-longships", "my mum's boyfriend hits me and I'm scared");
        var api = await Escalations.TwoFactorApiAsync(app, "dsl");
        var detail = await (await api.GetAsync($"/api/safeguarding/concerns/{concernId}")).JsonAsync();
        Assert.Equal("safeguarding", detail.GetProperty("category").GetString());
        Assert.Contains(detail.GetProperty("content").GetProperty("highlights").EnumerateArray(), h => h.GetProperty("category").GetString() == "safeguarding");

        var entry = await api.PostAsJsonAsync($"/api/safeguarding/concerns/{concernId}/entries", new { kind = "referral", text = "By phone.", referredTo = "Police (fictional)" });
        Assert.Equal(HttpStatusCode.Created, entry.StatusCode);
        Assert.Contains((await entry.JsonAsync()).GetProperty("chronology").EnumerateArray(), e => e.GetProperty("text").GetString() == "Referred to Police (fictional). By phone.");
        var badKind = await api.PostAsJsonAsync($"/api/safeguarding/concerns/{concernId}/entries", new { kind = "rewrite", text = "x" });
        await badKind.AssertRefusedAsync("A.2.3");
        var stale = await api.PostAsJsonAsync($"/api/safeguarding/concerns/{concernId}/decision", new { action = "release", version = 99 });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);

        var teacher = await app.ApiAsAsync("teacher.y4");
        var list = await teacher.GetAsync("/api/safeguarding/concerns");
        Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
        Assert.Equal("A.2.3", (await list.JsonAsync()).GetProperty("clause").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await teacher.GetAsync($"/api/safeguarding/concerns/{concernId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await teacher.PostAsJsonAsync($"/api/safeguarding/concerns/{concernId}/entries", new { kind = "note", text = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await teacher.GetAsync($"/api/safeguarding/concerns/{Guid.NewGuid()}")).StatusCode);
    }

    private static string ExpectedHash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static string Read(ZipArchive zip, string name)
    {
        var entry = zip.GetEntry(name);
        Assert.True(entry is not null, $"the report pack has no {name}");
        using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
        return reader.ReadToEnd();
    }
}

public sealed class SafeguardingTests_Sqlite(EscalationSqliteFactory app) : SafeguardingTests<EscalationSqliteFactory>(app, app.Mail);

[Collection("postgres")]
public sealed class SafeguardingTests_Postgres(EscalationPostgresFactory app) : SafeguardingTests<EscalationPostgresFactory>(app, app.Mail);
