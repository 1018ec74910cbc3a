using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Signpost.Checking;
using Signpost.Data;
using Signpost.Data.Entities;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Features.Moderation;

public enum ModerationStatus
{
    Ok,
    NotFound,
    Forbidden,
    Conflict,
    Invalid,
    Refused,
}

public sealed record ModerationResult(ModerationStatus Status, string? Message = null, string? Clause = null, string? Field = null, ReviewItem? Item = null);

/// <summary>A moderator's decision. <c>Action</c>: approve, reject, edit (edit and approve), escalate, claim, release.</summary>
public sealed record ModerationDecision(string? Action, int? Version, string? Reason = null, string? Text = null, string? Note = null);

/// <summary>
/// What moderators do to a review item (A.5.3): approve, reject with a reason from the site's House Rules (the author is
/// told in plain words), edit and approve (the original kept in the history), escalate to the DSL (A.2.3), claim and
/// release. Each action checks that the caller moderates the item's site (or covers it today, A.5.4) and carries the
/// version the moderator saw: if someone else acted first, the second is told so (409) and nothing changes.
/// Reporters are told the outcome on their home page. Emails go only after the commit.
/// </summary>
public sealed class ModerationActions(AppDbContext db, ModerationQueue queue, ContentIntake intake, EscalationNotifier notifier, TimeProvider clock, Policy.PolicyGate gate)
{
    public const string ConflictMessage = "Someone else acted on this item first. Look at it again before you decide.";
    public const string GenericRule = "It did not follow the site's House Rules.";

    public async Task<ModerationResult> DecideAsync(ClaimsPrincipal user, Guid id, ModerationDecision d, CancellationToken ct)
    {
        var action = (d.Action ?? "").Trim().ToLowerInvariant();
        if (action is not ("approve" or "reject" or "edit" or "escalate" or "claim" or "release"))
        {
            return new(ModerationStatus.Invalid, "Choose an action: approve, reject, edit, escalate, claim or release.", Field: "action");
        }

        if (d.Version is null)
        {
            return new(ModerationStatus.Invalid, "Send the item's version, as you last saw it.", Field: "version");
        }

        var scope = await queue.ScopeAsync(user, ct);
        var item = await db.ReviewItems.SingleOrDefaultAsync(i => i.Id == id, ct);
        if (item is null || item.Status == ReviewStatus.Escalated)
        {
            // Escalated items are the DSL's alone (A.2.3): to moderators they do not exist.
            return new(ModerationStatus.NotFound, "There is no such item in your queue.");
        }

        if (scope is null || !scope.Covers(item.SiteId))
        {
            return new(ModerationStatus.Forbidden, "You do not moderate this site.", "A.5.3");
        }

        // 2.1: until they acknowledge the current policy, people read but do not moderate. Escalating to the DSL is
        // never held back (A.2.3), nor claiming or releasing.
        if (action is "approve" or "reject" or "edit" && await gate.CheckAsync(scope.PersonId, ct) is Signpost.Policy.BlockedOutcome unacknowledged)
        {
            return new(ModerationStatus.Refused, unacknowledged.Reason, unacknowledged.Clause);
        }

        if (item.Version != d.Version || item.Status != ReviewStatus.Pending)
        {
            return new(ModerationStatus.Conflict, ConflictMessage, Item: item);
        }

        var me = scope.PersonId;
        if (item.ClaimedById is { } holder && holder != me && action != "release")
        {
            var name = await db.People.Where(p => p.Id == holder).Select(p => p.FirstName + " " + p.LastName).SingleOrDefaultAsync(ct);
            return new(ModerationStatus.Conflict, $"{name} has claimed this item and is dealing with it.", Item: item);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var site = await db.Sites.SingleAsync(s => s.Id == item.SiteId, ct);
        var post = item.PostId is { } pid ? await db.Posts.SingleOrDefaultAsync(p => p.Id == pid, ct) : null;
        var comment = item.CommentId is { } cid ? await db.Comments.SingleOrDefaultAsync(c => c.Id == cid, ct) : null;
        if (post is null && comment is null)
        {
            return new(ModerationStatus.NotFound, "The item's content no longer exists.");
        }

        // A.5.2: a post whose pictures show a pupil without photo consent for this site is not published (Features/Images).
        if (post is not null && action is "approve" or "edit"
            && await Images.ImageConsent.PublishBlockersAsync(db, post.Id, site, ct) is { Count: > 0 } blockers)
        {
            return new(ModerationStatus.Refused, blockers[0].Message, blockers[0].Clause, blockers[0].Field);
        }

        SafeguardingConcern? concern = null;
        string? outcomeForReporters = null;
        switch (action)
        {
            case "claim":
                item.ClaimedById = me;
                item.ClaimedAt = now;
                AddEvent(item, me, ReviewAction.Claimed, null, now);
                break;
            case "release":
                item.ClaimedById = null;
                item.ClaimedAt = null;
                AddEvent(item, me, ReviewAction.Released, null, now);
                break;
            case "approve":
                Approve(item, post, comment, me, now);
                AddEvent(item, me, ReviewAction.Approved, Trim(d.Note), now);
                outcomeForReporters = "approved";
                await TellAuthorAsync(site, post, comment, approved: true, null, now, ct);
                break;
            case "reject":
            {
                var rules = HouseRule.Parse(site.HouseRules);
                var reason = ReasonText(rules, d.Reason);
                Reject(item, post, comment, me, reason, now);
                AddEvent(item, me, ReviewAction.Rejected, reason, now);
                outcomeForReporters = "rejected";
                await TellAuthorAsync(site, post, comment, approved: false, reason, now, ct);
                break;
            }

            case "edit":
            {
                var refusal = await EditAsync(item, post, comment, d.Text, me, now, ct);
                if (refusal is not null)
                {
                    return refusal;
                }

                outcomeForReporters = "edited";
                await TellAuthorAsync(site, post, comment, approved: true, null, now, ct);
                break;
            }

            default: // escalate
            {
                var note = Trim(d.Note) ?? "Escalated from the moderation queue.";
                var authorId = post?.AuthorId ?? comment!.AuthorId;
                var authorKind = await db.People.Where(p => p.Id == authorId).Select(p => p.Kind).SingleAsync(ct);
                var text = post is not null ? ModerationQueue.PostText(post.Title, post.Body) : comment!.Text;
                concern = await intake.RaiseByStaffAsync(item.SchoolId,
                    new IncomingContent(item.ContentKind, post?.Id ?? comment!.Id, site.Id, authorId, authorKind, text, site.Name), me, note, ct);
                if (post is not null)
                {
                    post.HiddenForConcern = true;
                }

                if (comment is not null)
                {
                    comment.HiddenForConcern = true;
                }

                item.Status = ReviewStatus.Escalated;
                item.DecidedById = me;
                item.DecidedAt = now;
                item.ClaimedById = null;
                AddEvent(item, me, ReviewAction.Escalated, "Hidden until the DSL decides (A.2.3).", now);
                outcomeForReporters = "escalated";
                break;
            }
        }

        item.Version++;
        if (outcomeForReporters is not null)
        {
            await TellReportersAsync(item, site, outcomeForReporters, now, ct);
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return new(ModerationStatus.Conflict, ConflictMessage);
        }

        if (concern is not null)
        {
            await notifier.AfterSaveAsync(new IntakeDecision(new CheckResult(CheckAction.Hold, []), IntakeOutcome.Escalated, item, concern, null), ct);
        }

        return new(ModerationStatus.Ok, Item: item);
    }

    /// <summary>Approves or rejects many clean items at once (no findings, no reports); anything else is left for a person to open.</summary>
    public async Task<IReadOnlyList<(Guid Id, ModerationResult Result)>> BulkAsync(ClaimsPrincipal user, string? action, IReadOnlyList<(Guid Id, int Version)> items, string? reason, CancellationToken ct)
    {
        var results = new List<(Guid, ModerationResult)>();
        foreach (var (id, version) in items.DistinctBy(i => i.Id).Take(200))
        {
            var reasons = await db.ReviewItems.AsNoTracking().Where(i => i.Id == id).Select(i => i.ReasonsJson).SingleOrDefaultAsync(ct);
            if (reasons is not null && ModerationQueue.ReasonsOf(new ReviewItem { ReasonsJson = reasons }).Count > 0)
            {
                results.Add((id, new ModerationResult(ModerationStatus.Refused, "This item has findings or reports: open it and decide on its own.", "A.5.3")));
                continue;
            }

            results.Add((id, await DecideAsync(user, id, new ModerationDecision(action, version, reason), ct)));
        }

        return results;
    }

    private static void Approve(ReviewItem item, Post? post, Comment? comment, Guid me, DateTime now)
    {
        item.Status = ReviewStatus.Approved;
        item.DecidedById = me;
        item.DecidedAt = now;
        item.ClaimedById = null;
        if (comment is not null && comment.Status != CommentStatus.Published)
        {
            comment.Status = CommentStatus.Published;
            comment.PublishedAt = now;
            comment.Version++;
        }

        // A held post (from a pupil) is published now. A staff post still waiting for leadership approval is not: the
        // moderator has cleared its findings, but publishing it stays the leadership team's decision (A.3.4).
        if (post is not null && post.Status == PostStatus.Held)
        {
            post.Status = PostStatus.Published;
            post.PublishedAt = now;
            post.ApprovedById = me;
            post.ApprovedAt = now;
            post.UpdatedAt = now;
            post.Version++;
        }
    }

    private static void Reject(ReviewItem item, Post? post, Comment? comment, Guid me, string reason, DateTime now)
    {
        item.Status = ReviewStatus.Rejected;
        item.DecidedById = me;
        item.DecidedAt = now;
        item.DecisionReason = reason;
        item.ClaimedById = null;
        if (comment is not null)
        {
            comment.Status = CommentStatus.Rejected;
            comment.RejectionReason = reason;
            comment.Version++;
        }

        if (post is not null)
        {
            post.Status = PostStatus.Rejected;
            post.RejectionReason = reason;
            post.UpdatedAt = now;
            post.Version++;
        }
    }

    private async Task<ModerationResult?> EditAsync(ReviewItem item, Post? post, Comment? comment, string? text, Guid me, DateTime now, CancellationToken ct)
    {
        var edited = (text ?? "").Trim();
        var max = comment is not null ? 5000 : 20000;
        if (edited.Length == 0 || edited.Length > max)
        {
            return new(ModerationStatus.Invalid, edited.Length == 0 ? "Write the corrected text." : $"The text can be at most {max} characters long.", Field: "text");
        }

        var authorId = post?.AuthorId ?? comment!.AuthorId;
        var authorKind = await db.People.Where(p => p.Id == authorId).Select(p => p.Kind).SingleAsync(ct);
        var check = await intake.CheckAsync(item.SchoolId, post is not null ? ModerationQueue.PostText(post.Title, edited) : edited,
            ContentIntake.ContextFor(item.ContentKind, authorKind), ct);
        if (check.Action == CheckAction.Block)
        {
            return new(ModerationStatus.Refused, "The edited text still contains words that are never allowed (A.5.6).", "A.5.6", "text");
        }

        if (comment is not null)
        {
            // The original is kept in the history, unchanged (ReviewEvent is append-only).
            AddEvent(item, me, ReviewAction.EditedAndApproved, comment.Text, now);
            comment.Text = edited;
            comment.FindingsJson = ContentIntake.FindingsJson(check.Findings);
        }
        else
        {
            var number = await db.PostRevisions.Where(r => r.PostId == post!.Id).Select(r => (int?)r.Number).MaxAsync(ct) ?? 0;
            db.PostRevisions.Add(new PostRevision
            {
                SchoolId = post!.SchoolId, PostId = post.Id, Number = number + 1, Title = post.Title, Body = post.Body, Status = RevisionStatus.Superseded,
                EditedById = me, EditedAt = now, Note = "The text before a moderator's edit (A.5.3).",
            });
            AddEvent(item, me, ReviewAction.EditedAndApproved, $"Original kept as revision {number + 1} of the post.", now);
            post.Body = edited;
            post.FindingsJson = ContentIntake.FindingsJson(check.Findings);
        }

        Approve(item, post, comment, me, now);
        item.DecisionReason = "Edited and approved by a moderator.";
        return null;
    }

    private static string ReasonText(IReadOnlyList<HouseRule> rules, string? reason)
    {
        if (HouseRule.Find(rules, reason) is { } rule)
        {
            return rule.Text;
        }

        return Trim(reason) ?? GenericRule;
    }

    /// <summary>The author hears what happened on their home page, a pupil in words a child understands.</summary>
    private async Task TellAuthorAsync(Site site, Post? post, Comment? comment, bool approved, string? reason, DateTime now, CancellationToken ct)
    {
        var authorId = comment?.AuthorId ?? post!.AuthorId;
        var author = await db.People.Where(p => p.Id == authorId).Select(p => new { p.Kind, p.IsActive }).SingleOrDefaultAsync(ct);
        if (author is null || !author.IsActive || (post is not null && !post.ByPupil && comment is null))
        {
            return;
        }

        var what = comment is not null ? "comment" : "post";
        var pupil = author.Kind == PersonKind.Pupil;
        var text = (approved, pupil) switch
        {
            (true, true) => $"Good news! A teacher read your {what} on {site.Name} and put it on the blog.",
            (true, false) => $"Your {what} on {site.Name} has been approved and published.",
            (false, true) => $"A teacher read your {what} on {site.Name} and did not put it on the blog. Our house rule says: “{reason}” You can write it again in a kinder or safer way.",
            _ => $"Your {what} on {site.Name} was not published. Reason: {reason}",
        };
        var postSlug = post?.Slug ?? await db.Posts.Where(p => p.Id == comment!.PostId).Select(p => p.Slug).SingleAsync(ct);
        db.Notices.Add(new Notice
        {
            SchoolId = site.SchoolId, PersonId = authorId, Kind = "moderation-outcome", Text = Cap(text), CreatedAt = now,
            Link = approved ? $"/sites/{site.Slug}/posts/{postSlug}" : null,
        });
    }

    /// <summary>Everyone who reported the item and has not yet heard is told the outcome (a pupil in a child's words).</summary>
    private async Task TellReportersAsync(ReviewItem item, Site site, string outcome, DateTime now, CancellationToken ct)
    {
        var reports = await db.ItemReports.Where(r => r.ReviewItemId == item.Id && r.Outcome == null).ToListAsync(ct);
        if (reports.Count == 0)
        {
            return;
        }

        var ids = reports.Select(r => r.ReporterId).Distinct().ToList();
        var kinds = await db.People.Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Kind, ct);
        var what = item.ContentKind == ContentKind.Comment ? "comment" : "post";
        foreach (var r in reports)
        {
            var pupil = kinds.GetValueOrDefault(r.ReporterId) == PersonKind.Pupil;
            r.Outcome = (outcome, pupil) switch
            {
                ("rejected", true) => $"Thank you for telling us. A teacher looked at the {what} you told us about on {site.Name} and took it away.",
                ("rejected", false) => $"The {what} you reported on {site.Name} was looked at by a moderator and removed.",
                ("escalated", true) => $"Thank you for telling us. A teacher looked at the {what} you told us about on {site.Name} and is dealing with it.",
                ("escalated", false) => $"The {what} you reported on {site.Name} has been passed to the right person in school and is hidden meanwhile.",
                ("edited", true) => $"Thank you for telling us. A teacher looked at the {what} you told us about on {site.Name} and changed it.",
                ("edited", false) => $"The {what} you reported on {site.Name} was looked at by a moderator and edited.",
                (_, true) => $"Thank you for telling us. A teacher looked at the {what} you told us about on {site.Name} and decided it can stay.",
                _ => $"The {what} you reported on {site.Name} was looked at by a moderator, who decided it can stay.",
            };
            r.OutcomeAt = now;
            db.Notices.Add(new Notice { SchoolId = item.SchoolId, PersonId = r.ReporterId, Kind = "report-outcome", Text = r.Outcome, CreatedAt = now });
        }
    }

    private void AddEvent(ReviewItem item, Guid by, ReviewAction action, string? notes, DateTime now) =>
        db.ReviewEvents.Add(new ReviewEvent { SchoolId = item.SchoolId, ReviewItemId = item.Id, At = now, ByPersonId = by, Action = action, Notes = notes is null ? null : Cap(notes, 5000) });

    private static string? Trim(string? s) => string.IsNullOrWhiteSpace(s) ? null : Cap(s.Trim(), 2000);

    private static string Cap(string s, int max = 1000) => s.Length <= max ? s : s[..max];
}
