using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Signpost.Data;
using Signpost.Data.Entities;
using Signpost.Policy.Clauses;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Features.Safeguarding;

/// <summary>
/// What the DSL (or the Headteacher) does with a concern (A.2.3): add to its chronology (a note, an action taken, a
/// referral and to whom: each dated and attributed, never changed), decide about the item (release it to normal
/// moderation, or keep it hidden and rejected), and close the concern with its outcome. Decisions and closing carry
/// the concern's version, so two people cannot decide at once: the second is told.
/// </summary>
public sealed class ConcernActions(AppDbContext db, ConcernQueries queries, TimeProvider clock)
{
    public const int MaxEntry = 4000;
    public const int MaxReferredTo = 200;
    public const int MaxOutcome = 2000;

    public static readonly IReadOnlyDictionary<string, ConcernEntryKind> EntryKinds = new Dictionary<string, ConcernEntryKind>(StringComparer.OrdinalIgnoreCase)
    {
        ["note"] = ConcernEntryKind.Note,
        ["action"] = ConcernEntryKind.Action,
        ["referral"] = ConcernEntryKind.Referral,
    };

    public async Task<ConcernResult> AddEntryAsync(ClaimsPrincipal user, Guid id, string? kind, string? text, string? referredTo, CancellationToken ct)
    {
        if (await OpenAsync(user, id, "safeguarding-concern.entry-added", ct) is not { } concern)
        {
            return Denied(user);
        }

        if (kind is null || !EntryKinds.TryGetValue(kind.Trim(), out var entryKind))
        {
            return ConcernResult.Refuse("A.2.3", "kind", "Choose what you are recording: a note, an action taken or a referral.");
        }

        text = text?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length > MaxEntry)
        {
            return ConcernResult.Refuse("A.2.3", "text", $"Write what happened (up to {MaxEntry:N0} characters).");
        }

        referredTo = referredTo?.Trim();
        if (entryKind == ConcernEntryKind.Referral)
        {
            if (string.IsNullOrEmpty(referredTo) || referredTo.Length > MaxReferredTo)
            {
                return ConcernResult.Refuse("A.2.3", "referredTo", "Say who you referred it to: for example children's social care, the Police, CEOP or the LADO.");
            }

            text = $"Referred to {referredTo}. {text}";
        }

        Append(concern, entryKind, text, user.PersonId());
        await db.SaveChangesAsync(ct);
        return ConcernResult.Ok;
    }

    /// <summary>"release": the item goes back to the moderation queue, visible to moderators again; "keep-hidden": rejected and still hidden.</summary>
    public async Task<ConcernResult> DecideAsync(ClaimsPrincipal user, Guid id, string? action, string? notes, int? version, CancellationToken ct)
    {
        if (await OpenAsync(user, id, "safeguarding-concern.decided", ct) is not { } concern)
        {
            return Denied(user);
        }

        if (Stale(concern, version) is { } stale)
        {
            return stale;
        }

        if (action is not ("release" or "keep-hidden"))
        {
            return ConcernResult.Refuse("A.2.3", "action", "Choose whether the item goes back to normal moderation or stays hidden.");
        }

        notes = notes?.Trim();
        if (notes is { Length: > MaxEntry })
        {
            return ConcernResult.Refuse("A.2.3", "notes", $"Keep the notes to {MaxEntry:N0} characters.");
        }

        if (concern.Status != ConcernStatus.Open || concern.ContentKind is not { } kind || concern.ContentId is not { } contentId)
        {
            return ConcernResult.Refuse("A.2.3", "action", "There is no item waiting for a decision on this concern.");
        }

        var item = await ConcernContentFacts.ReviewItemsFor(db, kind, contentId).FirstOrDefaultAsync(ct);
        if (item is not { Status: ReviewStatus.Escalated })
        {
            return ConcernResult.Refuse("A.2.3", "action", "There is no item waiting for a decision on this concern: it was decided already, or it was blocked outright (A.5.6).");
        }

        var me = user.PersonId();
        var now = clock.GetUtcNow().UtcDateTime;
        var release = action == "release";
        if (kind == ContentKind.Post && await db.Posts.SingleOrDefaultAsync(p => p.Id == contentId, ct) is { } post)
        {
            post.HiddenForConcern = !release;
            if (!release)
            {
                post.Status = PostStatus.Rejected;
                post.RejectionReason = NotPublished;
            }

            post.Version++;
        }
        else if (kind == ContentKind.Comment && await db.Comments.SingleOrDefaultAsync(c => c.Id == contentId, ct) is { } comment)
        {
            comment.HiddenForConcern = !release;
            if (!release)
            {
                comment.Status = CommentStatus.Rejected;
                comment.RejectionReason = NotPublished;
            }

            comment.Version++;
        }

        item.Status = release ? ReviewStatus.Pending : ReviewStatus.Rejected;
        item.ClaimedById = null;
        item.ClaimedAt = null;
        // Released: undecided again, for the moderators. Kept hidden: decided, by the DSL.
        item.DecidedById = release ? null : me;
        item.DecidedAt = release ? null : now;
        item.DecisionReason = release ? null : "Kept hidden by the safeguarding lead (A.2.3).";

        item.Version++;
        db.ReviewEvents.Add(new ReviewEvent
        {
            SchoolId = item.SchoolId, ReviewItemId = item.Id, At = now, ByPersonId = me,
            Action = release ? ReviewAction.Released : ReviewAction.Rejected,
            Notes = release ? "Released by the safeguarding lead to normal moderation (A.2.3)." : "Kept hidden by the safeguarding lead (A.2.3).",
        });
        Append(concern, release ? ConcernEntryKind.ContentReleased : ConcernEntryKind.ContentKeptHidden,
            string.IsNullOrEmpty(notes)
                ? release ? "The item went back to normal moderation." : "The item stays hidden and was not published."
                : notes, me);
        concern.Version++;
        return await SaveAsync(ct);
    }

    public async Task<ConcernResult> CloseAsync(ClaimsPrincipal user, Guid id, string? outcome, int? version, CancellationToken ct)
    {
        if (await OpenAsync(user, id, "safeguarding-concern.closed", ct) is not { } concern)
        {
            return Denied(user);
        }

        if (Stale(concern, version) is { } stale)
        {
            return stale;
        }

        if (concern.Status != ConcernStatus.Open)
        {
            return ConcernResult.Refuse("A.2.3", "outcome", "This concern is already closed. Add a note if something new has happened.");
        }

        outcome = outcome?.Trim();
        if (outcome is { Length: > MaxOutcome })
        {
            return ConcernResult.Refuse("A.2.3", "outcome", $"Keep the outcome to {MaxOutcome:N0} characters.");
        }

        var awaiting = concern.ContentKind is { } kind && concern.ContentId is { } contentId
            && await ConcernContentFacts.ReviewItemsFor(db, kind, contentId).Select(r => r.Status).FirstOrDefaultAsync(ct) == ReviewStatus.Escalated;
        if (ConcernResult.From(SafeguardingConcernsStayWithTheDsl.MayClose(awaiting, outcome), awaiting ? "action" : "outcome") is { Outcome: ConcernOutcome.Refused } refused)
        {
            return refused;
        }

        concern.Status = ConcernStatus.Closed;
        concern.ClosedById = user.PersonId();
        concern.ClosedAt = clock.GetUtcNow().UtcDateTime;
        concern.Outcome = outcome;
        concern.Version++;
        Append(concern, ConcernEntryKind.Closed, outcome!, user.PersonId());
        return await SaveAsync(ct);
    }

    /// <summary>What the author is told about content kept hidden: nothing that names the concern, and no blame for a disclosure.</summary>
    public const string NotPublished = "This was not published. A member of staff has read it.";

    public void Append(SafeguardingConcern concern, ConcernEntryKind kind, string text, Guid? by) =>
        db.ConcernEntries.Add(new ConcernEntry
        {
            SchoolId = concern.SchoolId, ConcernId = concern.Id, At = clock.GetUtcNow().UtcDateTime, ByPersonId = by, Kind = kind, Text = text,
        });

    private async Task<SafeguardingConcern?> OpenAsync(ClaimsPrincipal user, Guid id, string auditAction, CancellationToken ct)
    {
        if (await queries.CheckAsync(user, auditAction, id, ct) != ConcernOutcome.Ok)
        {
            return null;
        }

        var concern = await db.SafeguardingConcerns.SingleOrDefaultAsync(c => c.Id == id, ct);
        if (concern is null)
        {
            db.Audit(auditAction, nameof(SafeguardingConcern), id.ToString(), "not-found");
            await db.SaveChangesAsync(ct);
        }

        return concern;
    }

    /// <summary>The right role without two-factor sign-in is told so; anyone else, or a concern that does not exist, is "not found".</summary>
    private static ConcernResult Denied(ClaimsPrincipal user) =>
        new(ConcernAccess.For(user) == ConcernOutcome.NeedsTwoFactor ? ConcernOutcome.NeedsTwoFactor : ConcernOutcome.NotFound);

    private static ConcernResult? Stale(SafeguardingConcern concern, int? version) =>
        version is null ? ConcernResult.Refuse("A.2.3", "version", "Send the concern's version you started from (it is on the concern).")
        : version != concern.Version ? new ConcernResult(ConcernOutcome.Conflict)
        : null;

    private async Task<ConcernResult> SaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return ConcernResult.Ok;
        }
        catch (DbUpdateConcurrencyException)
        {
            return new ConcernResult(ConcernOutcome.Conflict);
        }
    }
}
