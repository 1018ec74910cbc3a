using System.Security.Claims;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Signpost.Data;
using Signpost.Data.Entities;
using Signpost.Web.Features.Comments;
using Signpost.Web.Features.Moderation;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Features.Reports;

public enum ReportOutcome
{
    Reported,
    NotFound,
    Invalid,
    TooMany,
}

public sealed record ReportResult(ReportOutcome Outcome, string? Message = null, TimeSpan? RetryAfter = null);

/// <summary>What is being reported, as the report page shows it.</summary>
public sealed record ReportTarget(ContentKind Kind, Guid Id, Guid SiteId, string SiteName, string SiteSlug, string PostSlug, string PostTitle, string Excerpt);

/// <summary>
/// "Tell a teacher": anyone signed in who can read a post or comment may report it, pupils included (A.5.3, A.2.3). The
/// item's review item is reopened (or made) as pending with a report reason at priority 2, so a moderator looks again;
/// the reporter is told the outcome on their home page once a moderator decides (<see cref="ModerationActions"/>).
/// </summary>
public sealed class ItemReports(AppDbContext db, PersonRateLimits limits, TimeProvider clock)
{
    public const int MaxWords = 1000;
    public const int ReportPriority = 2;

    public async Task<ReportTarget?> FindAsync(ClaimsPrincipal user, string kind, Guid id, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var posts = ReadableContent.Posts(db, user, now);
        if (kind == "post")
        {
            return await posts.Where(p => p.Id == id)
                .Join(db.Sites, p => p.SiteId, s => s.Id, (p, s) => new ReportTarget(ContentKind.Post, p.Id, s.Id, s.Name, s.Slug, p.Slug, p.Title, p.Title))
                .SingleOrDefaultAsync(ct);
        }

        if (kind != "comment")
        {
            return null;
        }

        var found = await ReadableContent.Comments(db, user, now).Where(c => c.Id == id)
            .Join(db.Posts, c => c.PostId, p => p.Id, (c, p) => new { c.Id, c.Text, p.SiteId, p.Slug, p.Title })
            .Join(db.Sites, x => x.SiteId, s => s.Id, (x, s) => new { x, s.Name, s.Slug })
            .SingleOrDefaultAsync(ct);
        return found is null ? null
            : new ReportTarget(ContentKind.Comment, found.x.Id, found.x.SiteId, found.Name, found.Slug, found.x.Slug, found.x.Title,
                found.x.Text.Length > 200 ? found.x.Text[..200] + "…" : found.x.Text);
    }

    public Task<ReportResult> ReportAsync(ClaimsPrincipal user, string kind, Guid id, string? words, CancellationToken ct) =>
        ReportAsync(user, kind, id, words, retry: true, ct);

    private async Task<ReportResult> ReportAsync(ClaimsPrincipal user, string kind, Guid id, string? words, bool retry, CancellationToken ct)
    {
        var reason = (words ?? "").Trim();
        if (reason.Length > MaxWords)
        {
            return new(ReportOutcome.Invalid, $"Please use at most {MaxWords} characters.");
        }

        var target = await FindAsync(user, kind, id, ct);
        if (target is null || user.PersonId() is not { } me)
        {
            return new(ReportOutcome.NotFound, "There is nothing here that you can read.");
        }

        if (retry && limits.TryTake(PersonAction.Report, me) is { } wait)
        {
            return new(ReportOutcome.TooMany, $"You have told us about a lot of things in a short time. Wait {PersonRateLimits.Seconds(wait)} seconds, then try again.", wait);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var schoolId = user.SchoolId()!.Value;
        var item = await db.ReviewItems
            .Where(i => target.Kind == ContentKind.Post ? i.PostId == target.Id : i.CommentId == target.Id)
            .OrderByDescending(i => i.CreatedAt).FirstOrDefaultAsync(ct);
        var reportReason = new ReviewReason("reported", "A.5.3", "medium", "report", "Someone who reads the site asked a teacher to look at this.");
        if (item is null)
        {
            item = new ReviewItem
            {
                SchoolId = schoolId, SiteId = target.SiteId, ContentKind = target.Kind,
                PostId = target.Kind == ContentKind.Post ? target.Id : null,
                CommentId = target.Kind == ContentKind.Comment ? target.Id : null,
                Status = ReviewStatus.Pending, Priority = ReportPriority, CreatedAt = now,
                ReasonsJson = JsonSerializer.Serialize(new List<ReviewReason> { reportReason }, ContentIntake.Json),
            };
            db.ReviewItems.Add(item);
        }
        else if (item.Status != ReviewStatus.Escalated)
        {
            // Reopened: the moderator looks again; a new report does not restart the clock of an item already waiting.
            var reasons = ModerationQueue.ReasonsOf(item);
            if (!reasons.Any(r => r.Source == "report"))
            {
                reasons.Add(reportReason);
                item.ReasonsJson = JsonSerializer.Serialize(reasons, ContentIntake.Json);
            }

            if (item.Status != ReviewStatus.Pending)
            {
                item.Status = ReviewStatus.Pending;
                item.CreatedAt = now;
                item.OverdueAlertedAt = null;
                item.ClaimedById = null;
            }

            item.Priority = Math.Min(item.Priority, ReportPriority);
            item.Version++;
        }

        db.ItemReports.Add(new ItemReport { SchoolId = schoolId, ReviewItemId = item.Id, ReporterId = me, Reason = reason, At = now });
        db.ReviewEvents.Add(new ReviewEvent { SchoolId = schoolId, ReviewItemId = item.Id, At = now, ByPersonId = me, Action = ReviewAction.Reported });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException) when (retry)
        {
            // A moderator acted on the item at the same moment: the report is still worth keeping, so try once more.
            db.ChangeTracker.Clear();
            return await ReportAsync(user, kind, id, words, retry: false, ct);
        }

        return new(ReportOutcome.Reported);
    }
}
