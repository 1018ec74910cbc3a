using System.Security.Claims;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Signpost.Data;
using Signpost.Data.Entities;
using Signpost.Policy.Clauses;
using Signpost.Web.Features.Moderation;
using Signpost.Web.Features.Sites;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Features.Safeguarding;

/// <summary>
/// Any member of staff raises a safeguarding concern from any post or comment they can read or moderate (A.2.3): the
/// concern goes to the DSL through <see cref="ContentIntake.RaiseByStaffAsync"/>, the item is hidden from everyone but
/// the DSL and the Headteacher and its review item escalated (made if missing), all in one save; the DSL is emailed
/// after it. Staff who cannot see the item, and items already hidden, are "not found" to them.
/// </summary>
public sealed class RaiseConcern(AppDbContext db, ContentIntake intake, EscalationNotifier notifier, TimeProvider clock)
{
    public static ContentKind? KindOf(string? kind) => kind?.ToLowerInvariant() switch
    {
        "post" => ContentKind.Post,
        "comment" => ContentKind.Comment,
        _ => null,
    };

    /// <summary>The item, if this person may raise a concern about it (for the form); otherwise why not.</summary>
    public async Task<(ConcernOutcome Outcome, ConcernContentFacts? Content)> FindAsync(ClaimsPrincipal user, string? kind, Guid id, CancellationToken ct)
    {
        if (user.PersonId() is not { } me || user.Kind() is not { } personKind)
        {
            return (ConcernOutcome.Forbidden, null);
        }

        var active = await db.People.Where(p => p.Id == me).Select(p => p.IsActive).FirstOrDefaultAsync(ct);
        if (!SafeguardingConcernsStayWithTheDsl.MayRaise(personKind.ToString(), active).IsAllowed)
        {
            return (ConcernOutcome.Forbidden, null);
        }

        var content = KindOf(kind) is { } k ? await ConcernContentFacts.LoadAsync(db, k, id, clock.GetUtcNow().UtcDateTime, ct) : null;
        return content is not null && await MaySeeAsync(user, me, content, ct) ? (ConcernOutcome.Ok, content) : (ConcernOutcome.NotFound, null);
    }

    public async Task<ConcernResult> RaiseAsync(ClaimsPrincipal user, string? kind, Guid id, string? worry, CancellationToken ct)
    {
        var (outcome, content) = await FindAsync(user, kind, id, ct);
        if (outcome != ConcernOutcome.Ok)
        {
            return new ConcernResult(outcome);
        }

        if (ConcernResult.From(SafeguardingConcernsStayWithTheDsl.WorryIsUsable(worry), "worry") is { Outcome: ConcernOutcome.Refused } refused)
        {
            return refused;
        }

        var me = user.PersonId()!.Value;
        var schoolId = user.SchoolId()!.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        var concern = await intake.RaiseByStaffAsync(schoolId, content!.Incoming, me, worry!.Trim(), ct);
        if (content.Kind == ContentKind.Post)
        {
            var post = await db.Posts.SingleAsync(p => p.Id == content.Id, ct);
            post.HiddenForConcern = true;
            post.Version++;
        }
        else
        {
            var comment = await db.Comments.SingleAsync(c => c.Id == content.Id, ct);
            comment.HiddenForConcern = true;
            comment.Version++;
        }

        await EscalateAsync(schoolId, content, me, now, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new ConcernResult(ConcernOutcome.Conflict);
        }

        await notifier.SendAsync(concern, [Role.DesignatedSafeguardingLead], "A safeguarding concern needs you now (A.2.3)", ct);
        return new ConcernResult(ConcernOutcome.Ok, Id: concern.Id);
    }

    /// <summary>The item's review item goes to Escalated, first in priority, with the staff reason added; one is made if there is none.</summary>
    private async Task EscalateAsync(Guid schoolId, ConcernContentFacts content, Guid me, DateTime now, CancellationToken ct)
    {
        var reason = new ReviewReason("staff-raised", "A.2.3", "high", "staff", "A member of staff raised a safeguarding concern.");
        var item = await ConcernContentFacts.ReviewItemsFor(db, content.Kind, content.Id).FirstOrDefaultAsync(ct);
        if (item is null)
        {
            item = new ReviewItem
            {
                SchoolId = schoolId, SiteId = content.SiteId, ContentKind = content.Kind,
                PostId = content.Kind == ContentKind.Post ? content.Id : null,
                CommentId = content.Kind == ContentKind.Comment ? content.Id : null,
                ReasonsJson = JsonSerializer.Serialize(new[] { reason }, ContentIntake.Json), CreatedAt = now,
            };
            db.ReviewItems.Add(item);
        }
        else
        {
            var reasons = JsonSerializer.Deserialize<List<ReviewReason>>(item.ReasonsJson, ContentIntake.Json) ?? [];
            reasons.Add(reason);
            item.ReasonsJson = JsonSerializer.Serialize(reasons, ContentIntake.Json);
            item.Version++;
        }

        item.Status = ReviewStatus.Escalated;
        item.Priority = 0;
        item.ClaimedById = null;
        item.ClaimedAt = null;
        db.ReviewEvents.Add(new ReviewEvent
        {
            SchoolId = schoolId, ReviewItemId = item.Id, At = now, ByPersonId = me, Action = ReviewAction.Escalated,
            Notes = "A member of staff raised a safeguarding concern: hidden until the DSL decides (A.2.3).",
        });
    }

    /// <summary>
    /// Who may raise a concern about an item: the DSL and Headteacher about anything; otherwise nobody about an item
    /// already hidden, and staff about what they can moderate (site administrators and moderators, the ICT leader),
    /// what they wrote, or what readers can see on a site they may read.
    /// </summary>
    private async Task<bool> MaySeeAsync(ClaimsPrincipal user, Guid me, ConcernContentFacts content, CancellationToken ct)
    {
        if (ConcernAccess.HoldsConcerns(user))
        {
            return true;
        }

        if (content.Hidden)
        {
            return false;
        }

        if (user.Has(Role.IctLeader) || content.AuthorId == me
            || await db.SiteMembers.AnyAsync(m => m.SiteId == content.SiteId && m.PersonId == me
                && (m.Role == SiteMemberRole.Administrator || m.Role == SiteMemberRole.Moderator), ct))
        {
            return true;
        }

        return content.Visible && await SiteVisibility.Readable(db.Sites, user).AnyAsync(s => s.Id == content.SiteId, ct);
    }
}
