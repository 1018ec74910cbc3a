using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Signpost.Data.Entities;
using Signpost.IntegrationTests.Infrastructure;

namespace Signpost.IntegrationTests.Features.Moderation;

/// <summary>The moderation queue (A.5.3, A.2.3): who sees what, approve, reject with a House Rule, edit, escalate, claim, bulk, and two moderators at once.</summary>
public abstract class ModerationQueueTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : SignpostFactory
{
    private async Task<(Guid CommentId, string Text)> HeldCommentAsync(string pupil = "y4.pupil1", string? text = null)
    {
        text ??= $"We measured the hull twice {ModerationSupport.Unique()}";
        var created = await (await app.ApiAsAsync(pupil)).CommentAsync(text);
        return (created.GetProperty("id").GetGuid(), text);
    }

    private static Guid ItemId(JsonElement e) => e.GetProperty("id").GetGuid();

    private static int Version(JsonElement e) => e.GetProperty("version").GetInt32();

    [Fact]
    public async Task The_queue_shows_a_sites_items_to_its_moderators_only_in_the_contract_shape()
    {
        var (id, text) = await HeldCommentAsync();
        var ict = await app.ApiAsAsync("ict.lead");
        var entry = (await ict.QueueEntryAsync(id))!.Value;
        Assert.Equal("year-4", entry.GetProperty("site").GetString());
        Assert.Equal(text, entry.GetProperty("text").GetString());
        Assert.Equal("pending", entry.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Array, entry.GetProperty("reasons").ValueKind);
        Assert.Equal("comment", entry.GetProperty("kind").GetString());
        Assert.False(entry.GetProperty("cover").GetBoolean());

        // The year-4 administrator sees it too; the Year 1 teacher, who does not moderate year-4, does not and may not act.
        Assert.NotNull(await (await app.ApiAsAsync("teacher.y4")).QueueEntryAsync(id));
        var y1 = await app.ApiAsAsync("teacher.y1");
        Assert.Null(await y1.QueueEntryAsync(id));
        var forbidden = await y1.DecideAsync(ItemId(entry), new { action = "approve", version = Version(entry) });
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiAsAsync("parent.1")).GetAsync("/api/moderation/queue")).StatusCode);
    }

    [Fact]
    public async Task Safeguarding_first_then_the_oldest_and_escalated_items_are_never_shown_to_moderators()
    {
        var (first, _) = await HeldCommentAsync();
        var (profane, _) = await HeldCommentAsync("y4.pupil2", "this homework is shit " + ModerationSupport.Unique());
        var disclosure = await (await app.ApiAsAsync("y4.pupil3")).CommentAsync("he said it's our secret and not to tell");
        Assert.Equal("held", disclosure.GetProperty("status").GetString()); // the author is not told it went to the DSL
        Assert.DoesNotContain(disclosure.GetProperty("findings").EnumerateArray(), f => f.GetProperty("category").GetString() is "safeguarding" or "grooming");

        var queue = await (await app.ApiAsAsync("ict.lead")).QueueAsync();
        var ids = queue.Select(e => e.GetProperty("contentId").GetGuid()).ToList();
        Assert.DoesNotContain(disclosure.GetProperty("id").GetGuid(), ids);
        Assert.True(ids.IndexOf(profane) < ids.IndexOf(first), "an item with findings comes before a clean one");
        var priorities = queue.Select(e => e.GetProperty("priority").GetInt32()).ToList();
        Assert.Equal(priorities.Order(), priorities);
        var profaneEntry = queue.Single(e => e.GetProperty("contentId").GetGuid() == profane);
        Assert.Contains(profaneEntry.GetProperty("reasons").EnumerateArray(), r => r.GetProperty("category").GetString() == "profanity" && r.GetProperty("clause").GetString() == "5.2");

        await using var db = app.SystemDb();
        var escalated = await db.ReviewItems.SingleAsync(i => i.CommentId == disclosure.GetProperty("id").GetGuid());
        Assert.Equal(ReviewStatus.Escalated, escalated.Status);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ApiAsAsync("ict.lead")).DecideAsync(escalated.Id, new { action = "approve", version = escalated.Version })).StatusCode);
    }

    [Fact]
    public async Task Approving_publishes_the_comment_for_readers_and_tells_the_pupil()
    {
        var (id, text) = await HeldCommentAsync("y4.pupil1");
        var ict = await app.ApiAsAsync("ict.lead");
        var entry = (await ict.QueueEntryAsync(id))!.Value;
        var r = await ict.DecideAsync(ItemId(entry), new { action = "approve", version = Version(entry) });
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Equal("approved", (await r.JsonAsync()).GetProperty("status").GetString());

        Assert.Contains(text, await (await app.ApiAsAsync("y4.pupil2")).CommentTextsAsync());
        Assert.Null(await ict.QueueEntryAsync(id));
        await using var db = app.SystemDb();
        var comment = await db.Comments.SingleAsync(c => c.Id == id);
        Assert.Equal(CommentStatus.Published, comment.Status);
        Assert.NotNull(comment.PublishedAt);
        var pupil = await app.PersonIdAsync("y4.pupil1");
        Assert.Contains(await db.Notices.Where(n => n.PersonId == pupil && n.Kind == "moderation-outcome").ToListAsync(), n => n.Text.Contains("put it on the blog"));
    }

    [Fact]
    public async Task Two_moderators_act_at_once_one_wins_and_the_other_is_told_someone_acted_first()
    {
        var (id, _) = await HeldCommentAsync();
        var ict = await app.ApiAsAsync("ict.lead");
        var teacher = await app.ApiAsAsync("teacher.y4");
        var entry = (await ict.QueueEntryAsync(id))!.Value;
        var results = await Task.WhenAll(
            ict.DecideAsync(ItemId(entry), new { action = "approve", version = Version(entry) }),
            teacher.DecideAsync(ItemId(entry), new { action = "reject", version = Version(entry), reason = "1" }));
        Assert.Single(results, r => r.StatusCode == HttpStatusCode.OK);
        var loser = Assert.Single(results, r => r.StatusCode == HttpStatusCode.Conflict);
        Assert.Contains("acted on this item first", (await loser.JsonAsync()).GetProperty("detail").GetString());

        // A stale version later is refused the same way, on the page too.
        Assert.Equal(HttpStatusCode.Conflict, (await teacher.DecideAsync(ItemId(entry), new { action = "approve", version = Version(entry) })).StatusCode);
    }

    [Fact]
    public async Task Rejecting_with_a_house_rule_keeps_it_hidden_and_tells_the_pupil_in_plain_words()
    {
        var (id, text) = await HeldCommentAsync("y4.pupil5");
        var teacher = await app.ApiAsAsync("teacher.y4");
        var entry = (await teacher.QueueEntryAsync(id))!.Value;
        Assert.Equal(HttpStatusCode.OK, (await teacher.DecideAsync(ItemId(entry), new { action = "reject", version = Version(entry), reason = "2" })).StatusCode);

        Assert.DoesNotContain(text, await (await app.ApiAsAsync("y4.pupil2")).CommentTextsAsync());
        await using var db = app.SystemDb();
        var comment = await db.Comments.SingleAsync(c => c.Id == id);
        Assert.Equal(CommentStatus.Rejected, comment.Status);
        Assert.Equal("Keep it on topic: about our learning and our school.", comment.RejectionReason);
        var pupil = await app.PersonIdAsync("y4.pupil5");
        var notice = await db.Notices.Where(n => n.PersonId == pupil && n.Kind == "moderation-outcome").OrderBy(n => n.CreatedAt).LastAsync();
        Assert.Contains("A teacher read your comment", notice.Text);
        Assert.Contains("Keep it on topic", notice.Text);
    }

    [Fact]
    public async Task Edit_and_approve_publishes_the_edit_and_keeps_the_original_in_the_history()
    {
        var (id, text) = await HeldCommentAsync("y4.pupil2", "My phone is 07700 900123 call me " + ModerationSupport.Unique());
        var ict = await app.ApiAsAsync("ict.lead");
        var entry = (await ict.QueueEntryAsync(id))!.Value;
        Assert.Contains(entry.GetProperty("reasons").EnumerateArray(), r => r.GetProperty("category").GetString() == "contact-details");
        var r = await ict.DecideAsync(ItemId(entry), new { action = "edit", version = Version(entry), text = "I loved the longships." });
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);

        await using var db = app.SystemDb();
        var comment = await db.Comments.SingleAsync(c => c.Id == id);
        Assert.Equal(("I loved the longships.", CommentStatus.Published), (comment.Text, comment.Status));
        var edit = await db.ReviewEvents.SingleAsync(e => e.ReviewItemId == ItemId(entry) && e.Action == ReviewAction.EditedAndApproved);
        Assert.Equal(text, edit.Notes);

        // An edit that still carries a slur is refused (A.5.6).
        var (other, _) = await HeldCommentAsync("y4.pupil2");
        var e2 = (await ict.QueueEntryAsync(other))!.Value;
        var refused = await ict.DecideAsync(ItemId(e2), new { action = "edit", version = Version(e2), text = "you spaz" });
        await refused.AssertRefusedAsync("A.5.6");
    }

    [Fact]
    public async Task Escalating_hides_the_item_raises_a_concern_for_the_DSL_and_takes_it_out_of_the_queue()
    {
        var (id, _) = await HeldCommentAsync("y4.pupil4");
        var ict = await app.ApiAsAsync("ict.lead");
        var entry = (await ict.QueueEntryAsync(id))!.Value;
        var r = await ict.DecideAsync(ItemId(entry), new { action = "escalate", version = Version(entry), note = "The pupil seems upset at home." });
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Null(await ict.QueueEntryAsync(id));
        Assert.Null(await (await app.ApiAsAsync("teacher.y4")).QueueEntryAsync(id));

        await using var db = app.SystemDb();
        Assert.True((await db.Comments.SingleAsync(c => c.Id == id)).HiddenForConcern);
        Assert.Equal(ReviewStatus.Escalated, (await db.ReviewItems.SingleAsync(i => i.Id == ItemId(entry))).Status);
        var concern = await db.SafeguardingConcerns.SingleAsync(c => c.ContentId == id);
        Assert.Equal(ConcernSource.Staff, concern.Source);
        var dsl = await app.PersonIdAsync("dsl");
        Assert.True(await db.Notices.AnyAsync(n => n.PersonId == dsl && n.Link == $"/safeguarding/{concern.Id}"));
    }

    [Fact]
    public async Task A_claimed_item_is_left_to_the_moderator_who_claimed_it_until_released()
    {
        var (id, _) = await HeldCommentAsync();
        var ict = await app.ApiAsAsync("ict.lead");
        var teacher = await app.ApiAsAsync("teacher.y4");
        var entry = (await ict.QueueEntryAsync(id))!.Value;
        var claimed = await ict.DecideAsync(ItemId(entry), new { action = "claim", version = Version(entry) });
        Assert.Equal(HttpStatusCode.OK, claimed.StatusCode);
        var seen = (await teacher.QueueEntryAsync(id))!.Value;
        Assert.Equal("Ian Sample", seen.GetProperty("claimedBy").GetString());
        var refused = await teacher.DecideAsync(ItemId(seen), new { action = "approve", version = Version(seen) });
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("claimed", (await refused.JsonAsync()).GetProperty("detail").GetString());

        var released = await ict.DecideAsync(ItemId(seen), new { action = "release", version = Version(seen) });
        Assert.Equal(HttpStatusCode.OK, released.StatusCode);
        var now = (await teacher.QueueEntryAsync(id))!.Value;
        Assert.Equal(JsonValueKind.Null, now.GetProperty("claimedBy").ValueKind);
        Assert.Equal(HttpStatusCode.OK, (await teacher.DecideAsync(ItemId(now), new { action = "approve", version = Version(now) })).StatusCode);
    }

    [Fact]
    public async Task Bulk_approve_publishes_clean_items_and_leaves_items_with_findings_alone()
    {
        var (a, ta) = await HeldCommentAsync("y4.pupil1");
        var (b, tb) = await HeldCommentAsync("y4.pupil3");
        var (c, _) = await HeldCommentAsync("y4.pupil3", "this is crap " + ModerationSupport.Unique());
        var ict = await app.ApiAsAsync("ict.lead");
        var items = new List<object>();
        foreach (var id in new[] { a, b, c })
        {
            var e = (await ict.QueueEntryAsync(id))!.Value;
            items.Add(new { id = ItemId(e), version = Version(e) });
        }

        var r = await ict.PostAsJsonAsync("/api/moderation/bulk", new { action = "approve", items });
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var statuses = (await r.JsonAsync()).EnumerateArray().Select(x => x.GetProperty("status").GetString()).ToList();
        Assert.Equal(["done", "done", "refused"], statuses);
        var readable = await (await app.ApiAsAsync("y4.pupil2")).CommentTextsAsync();
        Assert.Contains(ta, readable);
        Assert.Contains(tb, readable);
        Assert.NotNull(await ict.QueueEntryAsync(c));
    }

    [Fact]
    public async Task The_moderation_pages_show_the_item_and_a_stale_decision_says_someone_else_acted_first()
    {
        var (id, _) = await HeldCommentAsync("y4.pupil1", "Ring me on 07700 900456 please " + ModerationSupport.Unique());
        var entry = (await (await app.ApiAsAsync("ict.lead")).QueueEntryAsync(id))!.Value;
        var browser = app.Browser();
        await browser.SignInOkAsync("ict.lead");
        var queue = await browser.GetPageAsync("/moderation");
        Assert.Contains($"/moderation/{ItemId(entry)}", queue);
        var item = await browser.GetPageAsync($"/moderation/{ItemId(entry)}");
        Assert.Contains("<mark", item);
        Assert.Contains("contact-details", item);
        Assert.Contains("Be kind. Write only what you would say to someone&#x27;s face.", item);

        // Rejecting on the page needs a House Rule chosen.
        var noRule = await browser.PostAsync($"/moderation/{ItemId(entry)}", new FormUrlEncodedContent(
            [new("action", "reject"), new("version", Version(entry).ToString(System.Globalization.CultureInfo.InvariantCulture)), new("__RequestVerificationToken", Http.Token(item))]));
        Assert.Equal(HttpStatusCode.BadRequest, noRule.StatusCode);
        Assert.Contains("Choose the House Rule it breaks", await noRule.Content.ReadAsStringAsync());

        // Someone else approves first (through the API); the page's decision is stale.
        Assert.Equal(HttpStatusCode.OK, (await (await app.ApiAsAsync("teacher.y4")).DecideAsync(ItemId(entry), new { action = "approve", version = Version(entry) })).StatusCode);
        var stale = await browser.PostAsync($"/moderation/{ItemId(entry)}", new FormUrlEncodedContent(
            [new("action", "reject"), new("version", Version(entry).ToString(System.Globalization.CultureInfo.InvariantCulture)), new("Reason", "1"), new("__RequestVerificationToken", Http.Token(item))]));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("Someone else acted on this item first", await stale.Content.ReadAsStringAsync());

        // A pupil cannot open the moderation pages.
        var pupil = app.Browser();
        await pupil.SignInOkAsync("y4.pupil2");
        Assert.NotEqual(HttpStatusCode.OK, (await pupil.GetAsync($"/moderation/{ItemId(entry)}")).StatusCode);
    }

    [Fact]
    public async Task Approving_on_the_page_publishes_and_returns_to_the_queue()
    {
        var (id, text) = await HeldCommentAsync("y4.pupil4");
        var entry = (await (await app.ApiAsAsync("teacher.y4")).QueueEntryAsync(id))!.Value;
        var browser = app.Browser();
        await browser.SignInOkAsync("teacher.y4");
        var r = await browser.SubmitAsync($"/moderation/{ItemId(entry)}",
            [new("action", "approve"), new("version", Version(entry).ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        Assert.Equal("/moderation?done=approved", r.Headers.Location!.OriginalString);
        Assert.Contains(text, await (await app.ApiAsAsync("y4.pupil1")).CommentTextsAsync());
    }
}

public sealed class ModerationQueueTests_Sqlite(ModerationSqliteFactory app) : ModerationQueueTests<ModerationSqliteFactory>(app);

[Collection("postgres")]
public sealed class ModerationQueueTests_Postgres(ModerationPostgresFactory app) : ModerationQueueTests<ModerationPostgresFactory>(app);
