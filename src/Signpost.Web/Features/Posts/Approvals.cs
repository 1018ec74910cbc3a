using Microsoft.EntityFrameworkCore;
using Signpost.Data;
using Signpost.Data.Entities;

namespace Signpost.Web.Features.Posts;

/// <summary>One staff post or edit waiting for the leadership team (A.3.4), with what the checker found.</summary>
public sealed record ApprovalItem(
    Guid PostId, string SiteSlug, string SiteName, string PostSlug, bool IsEdit, string Title, string Body, string Byline,
    Guid AuthorId, DateTime SubmittedAt, int Version, string? FindingsJson, string? PublishedTitle);

/// <summary>The approvals queue: submitted staff posts and pending edits of published ones, oldest first.</summary>
public static class ApprovalQueue
{
    public static async Task<IReadOnlyList<ApprovalItem>> LoadAsync(AppDbContext db, CancellationToken ct)
    {
        var submitted = await db.Posts.AsNoTracking()
            .Where(p => !p.ByPupil && !p.HiddenForConcern && p.Status == PostStatus.Submitted)
            .Join(db.Sites, p => p.SiteId, s => s.Id, (p, s) => new { p, s.Slug, s.Name })
            .Select(x => new { x.p.Id, x.Slug, x.Name, PostSlug = x.p.Slug, x.p.Title, x.p.Body, x.p.AuthorId, At = x.p.SubmittedAt ?? x.p.UpdatedAt, x.p.Version, x.p.FindingsJson })
            .ToListAsync(ct);
        var edits = await db.PostRevisions.AsNoTracking()
            .Where(r => r.Status == RevisionStatus.Pending)
            .Join(db.Posts.Where(p => !p.HiddenForConcern && p.Status == PostStatus.Published), r => r.PostId, p => p.Id, (r, p) => new { r, p })
            .Join(db.Sites, x => x.p.SiteId, s => s.Id, (x, s) => new { x.r, x.p, s.Slug, s.Name })
            .Select(x => new { x.p.Id, x.Slug, x.Name, PostSlug = x.p.Slug, x.r.Title, x.r.Body, x.p.AuthorId, At = x.r.EditedAt, x.p.Version, x.p.FindingsJson, Published = x.p.Title })
            .ToListAsync(ct);
        var names = await Bylines.ForAsync(db, submitted.Select(s => s.AuthorId).Concat(edits.Select(e => e.AuthorId)), ct);
        return submitted.Select(s => new ApprovalItem(s.Id, s.Slug, s.Name, s.PostSlug, false, s.Title, s.Body, names.GetValueOrDefault(s.AuthorId, ""), s.AuthorId, s.At, s.Version, s.FindingsJson, null))
            .Concat(edits.Select(e => new ApprovalItem(e.Id, e.Slug, e.Name, e.PostSlug, true, e.Title, e.Body, names.GetValueOrDefault(e.AuthorId, ""), e.AuthorId, e.At, e.Version, e.FindingsJson, e.Published)))
            .OrderBy(i => i.SubmittedAt).ToList();
    }

    /// <summary>How many staff posts are held for the DSL (shown as a count only: their content is the DSL's, A.2.3).</summary>
    public static Task<int> HeldForDslAsync(AppDbContext db, CancellationToken ct) =>
        db.Posts.CountAsync(p => !p.ByPupil && p.HiddenForConcern && (p.Status == PostStatus.Submitted || p.Status == PostStatus.Published), ct);
}
