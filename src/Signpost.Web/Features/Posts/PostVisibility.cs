using System.Security.Claims;
using Signpost.Data.Entities;
using Signpost.Web.Features.Sites;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Features.Posts;

/// <summary>
/// Who sees which post. Readers see a post when it is published, its time has come, no safeguarding concern hides it
/// (A.2.3) and they may read its site (A.5.2). Beyond that: the author sees their own; the leadership team sees staff
/// posts waiting for approval, scheduled or sent back (A.3.4); a site's moderators and the ICT leader see pupils' held
/// posts (A.5.3); only the Headteacher and the DSL see what a concern hides. Blocked posts (A.5.6) are never shown to
/// anyone here: the evidence lives with the DSL. Everyone else gets 404, also when guessing a URL.
/// </summary>
public static class PostVisibility
{
    public static IQueryable<Post> Readable(IQueryable<Post> posts, IQueryable<Site> readableSites, DateTime now) =>
        posts.Where(p => p.Status == PostStatus.Published && p.PublishedAt <= now && !p.HiddenForConcern
            && readableSites.Any(s => s.Id == p.SiteId && !s.Deleted));

    public static bool IsApprover(ClaimsPrincipal user) => SiteWorkflow.IsLeadership(user);

    public static bool MayOpen(Post post, ClaimsPrincipal user, bool siteReadable, bool moderatesSite, DateTime now)
    {
        var me = user.PersonId();
        if (post.Status == PostStatus.Blocked)
        {
            return false;
        }

        if (me is not null && post.AuthorId == me)
        {
            return true;
        }

        if (post.HiddenForConcern)
        {
            return user.Has(Role.Headteacher) || user.Has(Role.DesignatedSafeguardingLead);
        }

        if (siteReadable && post.IsVisibleAt(now))
        {
            return true;
        }

        if (!post.ByPupil && IsApprover(user) && post.Status is PostStatus.Submitted or PostStatus.Published or PostStatus.Rejected)
        {
            return true;
        }

        return post.ByPupil && post.Status == PostStatus.Held && (moderatesSite || user.Has(Role.IctLeader));
    }
}
