using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Signpost.Data;
using Signpost.Data.Entities;
using Signpost.Policy;
using Signpost.Policy.Clauses;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Features.Sites;

/// <summary>A site's own figures, shown beside its success measures when it is evaluated (A.1.7).</summary>
public sealed record SiteFigures(
    DateTime? Since,
    double Weeks,
    int PostsPublished,
    double PostsPerWeek,
    int CommentsPublished,
    int Contributors,
    int ItemsApproved,
    int ItemsRejected,
    int ItemsEscalated,
    int ItemsPending)
{
    public string Summary() => string.Create(CultureInfo.InvariantCulture,
        $"{PostsPublished} posts ({PostsPerWeek:0.#} a week over {Weeks:0.#} weeks), {CommentsPublished} comments, {Contributors} contributors; "
        + $"moderation: {ItemsApproved} approved, {ItemsRejected} rejected, {ItemsEscalated} escalated, {ItemsPending} waiting.");
}

public sealed record EvaluationEntry(DateTime At, string? By, string Kind, string? Notes);

/// <summary>
/// Reviews and evaluations of running sites (A.1.6, A.1.7). On its review date a live site goes under review (the
/// nightly job, or an administrator earlier); the administrators and leadership record an evaluation against the
/// success measures beside the site's own figures; the Headteacher completes the review with the next review date.
/// A closed site can still be evaluated at its exit.
/// </summary>
public sealed class SiteReviews(AppDbContext db, TimeProvider clock, SiteWorkflow workflow)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public static async Task<SiteFigures> FiguresAsync(AppDbContext db, Site site, DateTime now, CancellationToken ct)
    {
        var since = site.LiveAt;
        var weeks = since is null ? 0 : Math.Max(1.0, (Math.Min(now.Ticks, (site.ClosedAt ?? now).Ticks) - since.Value.Ticks) / (double)TimeSpan.TicksPerDay / 7.0);
        var posts = db.Posts.AsNoTracking().Where(p => p.SiteId == site.Id && p.Status == PostStatus.Published && p.PublishedAt <= now);
        var comments = db.Comments.AsNoTracking().Where(c => c.SiteId == site.Id && c.Status == CommentStatus.Published);
        var postCount = await posts.CountAsync(ct);
        var commentCount = await comments.CountAsync(ct);
        var contributors = await posts.Select(p => p.AuthorId).Union(comments.Select(c => c.AuthorId)).CountAsync(ct);
        var outcomes = await db.ReviewItems.AsNoTracking().Where(r => r.SiteId == site.Id)
            .GroupBy(r => r.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        int Of(ReviewStatus s) => outcomes.FirstOrDefault(o => o.Key == s)?.Count ?? 0;
        return new SiteFigures(since, Math.Round(weeks, 1), postCount, weeks == 0 ? 0 : Math.Round(postCount / weeks, 1), commentCount, contributors,
            Of(ReviewStatus.Approved), Of(ReviewStatus.Rejected), Of(ReviewStatus.Escalated), Of(ReviewStatus.Pending));
    }

    public async Task<IReadOnlyList<EvaluationEntry>> HistoryAsync(Site site, CancellationToken ct)
    {
        var kinds = new[] { SiteEventKind.ReviewStarted, SiteEventKind.Evaluated, SiteEventKind.ReviewCompleted, SiteEventKind.Closed };
        return await db.SiteEvents.AsNoTracking().Where(e => e.SiteId == site.Id && kinds.Contains(e.Kind)).OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .GroupJoin(db.People, e => e.ByPersonId, p => p.Id, (e, ps) => new { e, ps })
            .SelectMany(x => x.ps.DefaultIfEmpty(), (x, p) => new EvaluationEntry(x.e.At, p == null ? null : p.FirstName + " " + p.LastName, x.e.Kind.ToString(), x.e.Notes))
            .ToListAsync(ct);
    }

    public static bool IsAdministrator(Site site, ClaimsPrincipal user) =>
        user.PersonId() is { } me && site.Members.Any(m => m.PersonId == me && m.Role == SiteMemberRole.Administrator);

    /// <summary>A site that has run (live, under review or closed) that the user may see, or null: proposals are not evaluated.</summary>
    public async Task<Site?> FindEvaluableAsync(ClaimsPrincipal user, string slug, CancellationToken ct) =>
        await workflow.FindAsync(user, slug, ct) is { Status: not (SiteStatus.Draft or SiteStatus.Submitted or SiteStatus.Rejected) } site ? site : null;

    public static bool MayEvaluate(Site site, ClaimsPrincipal user) => IsAdministrator(site, user) || SiteWorkflow.IsLeadership(user);

    /// <summary>An administrator or the leadership team starts the review before its date (the nightly job does it on the date).</summary>
    public async Task<WorkflowResult> StartReviewAsync(ClaimsPrincipal user, string slug, CancellationToken ct)
    {
        var site = await workflow.FindAsync(user, slug, ct);
        if (site is null)
        {
            return new(WorkflowStatus.NotFound);
        }

        if (!MayEvaluate(site, user))
        {
            return new(WorkflowStatus.Forbidden);
        }

        if (site.Status != SiteStatus.Live)
        {
            return WorkflowResult.Refuse(new Refusal("A.1.6", null, "Only a live site is put under review."));
        }

        site.StartReview();
        Add(site, user.PersonId(), SiteEventKind.ReviewStarted, "Review started (A.1.6).");
        return await workflow.SaveAsync(site, ct);
    }

    /// <summary>Records an evaluation against the success measures with a snapshot of the figures; the Headteacher may also complete the review.</summary>
    public async Task<WorkflowResult> EvaluateAsync(ClaimsPrincipal user, string slug, string? text, bool completeReview, DateOnly? nextReview, int? version, CancellationToken ct)
    {
        var site = await workflow.FindAsync(user, slug, ct);
        if (site is null)
        {
            return new(WorkflowStatus.NotFound);
        }

        if (!MayEvaluate(site, user))
        {
            return new(WorkflowStatus.Forbidden);
        }

        if (version is { } v && v != site.Version)
        {
            return new(WorkflowStatus.Conflict, site);
        }

        if (SitesAreEvaluated.MayEvaluate(true, site.Status.ToString(), text) is BlockedOutcome b)
        {
            return WorkflowResult.Refuse(new Refusal(b.Clause, "evaluation", b.Reason));
        }

        if (completeReview)
        {
            if (site.Status != SiteStatus.UnderReview)
            {
                return WorkflowResult.Refuse(new Refusal("A.1.6", "completeReview", "Only a site under review can have its review completed."));
            }

            if (SitesAreEvaluated.MayCompleteReview(user.Has(Role.Headteacher), nextReview, DateOnly.FromDateTime(Now), site.EndDate) is BlockedOutcome c)
            {
                return WorkflowResult.Refuse(new Refusal(c.Clause, c.Clause == "A.1.6" ? "nextReviewDate" : "completeReview", c.Reason));
            }
        }

        var figures = await FiguresAsync(db, site, Now, ct);
        var notes = $"{text!.Trim()}\n\nFigures at the time: {figures.Summary()}";
        Add(site, user.PersonId(), SiteEventKind.Evaluated, notes.Length > 2000 ? notes[..2000] : notes);
        if (completeReview)
        {
            site.CompleteReview(nextReview!.Value);
            Add(site, user.PersonId(), SiteEventKind.ReviewCompleted, $"Review completed; next review {nextReview:d MMM yyyy}.");
        }
        else
        {
            // Recording an evaluation changes the site's record: other people's stale forms must reload.
            site.Version++;
        }

        return await workflow.SaveAsync(site, ct);
    }

    /// <summary>The nightly pass: live sites whose review date has come go under review, and their administrators and the Headteacher are told (A.1.6).</summary>
    public static async Task<int> StartDueReviewsAsync(AppDbContext db, DateTime now, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(now);
        var due = await db.Sites.Include(s => s.Members).Where(s => s.Status == SiteStatus.Live && s.ReviewDate != null && s.ReviewDate <= today).ToListAsync(ct);
        // A site closed earlier in the same pass is already tracked as archived: it is not reviewed.
        due = due.Where(s => s.Status == SiteStatus.Live).ToList();
        foreach (var site in due)
        {
            site.StartReview();
            db.SiteEvents.Add(new SiteEvent { SiteId = site.Id, SchoolId = site.SchoolId, At = now, Kind = SiteEventKind.ReviewStarted, Notes = $"Review date {site.ReviewDate:d MMM yyyy} reached (A.1.6)." });
            var admins = site.Members.Where(m => m.Role == SiteMemberRole.Administrator).Select(m => m.PersonId).ToList();
            var heads = await db.PersonRoles.Where(r => r.SchoolId == site.SchoolId && r.Role == Role.Headteacher).Select(r => r.PersonId).ToListAsync(ct);
            foreach (var person in admins.Union(heads))
            {
                db.Notices.Add(new Notice
                {
                    SchoolId = site.SchoolId, PersonId = person, Kind = "site-review", CreatedAt = now, Link = $"/sites/{site.Slug}/evaluation",
                    Text = $"{site.Name} is due for review: record how it is doing against its success measures (A.1.7).",
                });
            }
        }

        return due.Count;
    }

    private void Add(Site site, Guid? by, SiteEventKind kind, string notes) =>
        db.SiteEvents.Add(new SiteEvent { SiteId = site.Id, SchoolId = site.SchoolId, At = Now, ByPersonId = by, Kind = kind, Notes = notes });
}
