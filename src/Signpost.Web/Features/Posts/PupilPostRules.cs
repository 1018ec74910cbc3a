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
/// Whether a pupil may write a post on a site: only where the site lets pupils post and the pupil may read it (A.5.1).
/// (Who may comment is <see cref="Comments.CommentRules"/>, shared with the comment handlers.)
/// </summary>
public static class PupilPostRules
{
    public static async Task<RuleOutcome> MayPupilPostAsync(AppDbContext db, Site site, ClaimsPrincipal user, CancellationToken ct)
    {
        var kind = user.Identity?.IsAuthenticated == true ? user.Kind() : null;
        var reads = await SiteVisibility.Readable(db.Sites.AsNoTracking(), user).AnyAsync(s => s.Id == site.Id, ct);
        return PupilsPostWhereTheSiteAllows.Check(kind == PersonKind.Pupil, reads, site.Status == SiteStatus.Live && !site.Deleted, site.PupilsMayPost);
    }
}
