using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Signpost.Data;
using Signpost.Data.Entities;
using Signpost.Policy;
using Signpost.Policy.Clauses;
using Signpost.Web.Features.Sites;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Features.Posts;

/// <summary>
/// Who may take part on a site, shared by the post page (whether to show the comment form), pupil posts, and the
/// comment handlers: gathers the facts and asks <see cref="SiteInteractionLevels"/> (A.5.1, A.2.6). A refusal carries
/// its clause. Reuse: <c>await CommentRules.MayCommentAsync(db, site, User, ct)</c> with the site's row (Members not needed).
/// </summary>
public static class CommentRules
{
    public static async Task<SiteInteractionLevels.Facts> FactsAsync(AppDbContext db, Site site, ClaimsPrincipal user, CancellationToken ct)
    {
        var me = user.PersonId();
        var kind = user.Identity?.IsAuthenticated == true ? user.Kind() : null;
        var reads = await SiteVisibility.Readable(db.Sites.AsNoTracking(), user).AnyAsync(s => s.Id == site.Id, ct);
        var vetted = me is not null && await db.SiteMembers.AsNoTracking()
            .AnyAsync(m => m.SiteId == site.Id && m.PersonId == me && m.Role == SiteMemberRole.Contributor, ct);
        return new SiteInteractionLevels.Facts(kind?.ToString(), kind is { } k && Person.IsStaffKind(k), reads, vetted,
            site.Status == SiteStatus.Live && !site.Deleted, site.PupilsMayPost, site.PupilsMayComment, site.ParentsMayComment, site.PublicMayComment);
    }

    /// <summary>Whether <paramref name="user"/> may comment on posts of <paramref name="site"/>; a refusal says why, with its clause.</summary>
    public static async Task<RuleOutcome> MayCommentAsync(AppDbContext db, Site site, ClaimsPrincipal user, CancellationToken ct) =>
        SiteInteractionLevels.MayComment(await FactsAsync(db, site, user, ct));

    /// <summary>Whether a pupil may write a post on <paramref name="site"/> (held for a moderator, A.5.3).</summary>
    public static async Task<RuleOutcome> MayPupilPostAsync(AppDbContext db, Site site, ClaimsPrincipal user, CancellationToken ct) =>
        SiteInteractionLevels.MayPupilPost(await FactsAsync(db, site, user, ct));
}
