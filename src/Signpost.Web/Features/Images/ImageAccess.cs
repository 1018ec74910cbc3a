using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Signpost.Data;
using Signpost.Data.Entities;
using Signpost.Web.Features.Sites;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Features.Images;

/// <summary>
/// Who may see a post's pictures: exactly who may see the post. Readers see a published post (published, its time
/// come, not hidden for a concern) on a site they may read (SiteVisibility). Besides them, the author sees their own
/// post, the people who decide on it see it (leadership for approval, the site's administrators and moderators, the
/// ICT leader who covers moderation, A.5.3–A.5.4), and only the DSL and the Headteacher see a post that is hidden for a
/// safeguarding concern or blocked as extreme offence (A.2.3, A.5.6). Everyone else gets "not found": a held pupil post's
/// picture does not exist for other pupils or visitors, however they guess its address.
/// </summary>
public static class ImageAccess
{
    /// <summary>
    /// Who may open a post's pictures page (and its API list), with who appears in each picture and, for staff, their
    /// photo consent: the author, who adds them (A.5.1), and the people who decide whether it may be published with them
    /// (A.5.2, A.3.4, A.5.3) — leadership, the ICT leader, the site's administrators and moderators — and the Headteacher
    /// and DSL. Readers see the pictures on the post itself; the page is not theirs.
    /// </summary>
    public static async Task<bool> MayManageAsync(AppDbContext db, ClaimsPrincipal user, Post post, Site site, CancellationToken ct)
    {
        var me = user.PersonId();
        if (me is null)
        {
            return false;
        }

        if (post.AuthorId == me)
        {
            return true;
        }

        if (user.Kind() is not { } kind || !Person.IsStaffKind(kind))
        {
            return false;
        }

        return user.Has(Role.Headteacher) || user.Has(Role.DesignatedSafeguardingLead) || user.Has(Role.LeadershipTeam)
            || user.Has(Role.AssistantHead) || user.Has(Role.IctLeader)
            || await db.SiteMembers.AsNoTracking().AnyAsync(m => m.SiteId == site.Id && m.PersonId == me
                && (m.Role == SiteMemberRole.Administrator || m.Role == SiteMemberRole.Moderator), ct);
    }

    public static async Task<bool> CanSeePostAsync(AppDbContext db, ClaimsPrincipal user, Post post, Site site, DateTime now, CancellationToken ct)
    {
        if (site.Deleted || post.SiteId != site.Id)
        {
            return false;
        }

        var signedIn = user.Identity?.IsAuthenticated == true;
        if (signedIn && (user.Has(Role.Headteacher) || user.Has(Role.DesignatedSafeguardingLead)))
        {
            return true;
        }

        if (post.HiddenForConcern || post.Status == PostStatus.Blocked)
        {
            return false;
        }

        var me = signedIn ? user.PersonId() : null;
        if (me is not null && post.AuthorId == me)
        {
            return true;
        }

        if (post.Status == PostStatus.Published && post.PublishedAt <= now
            && await SiteVisibility.Readable(db.Sites.AsNoTracking(), user).AnyAsync(s => s.Id == site.Id, ct))
        {
            return true;
        }

        if (me is null || user.Kind() is PersonKind.Pupil or PersonKind.Parent or null || post.Status == PostStatus.Draft)
        {
            return false;
        }

        return user.Has(Role.LeadershipTeam) || user.Has(Role.AssistantHead) || user.Has(Role.IctLeader)
            || await db.SiteMembers.AsNoTracking().AnyAsync(m => m.SiteId == site.Id && m.PersonId == me
                && (m.Role == SiteMemberRole.Administrator || m.Role == SiteMemberRole.Moderator), ct);
    }
}
