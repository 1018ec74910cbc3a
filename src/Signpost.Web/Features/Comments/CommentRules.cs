using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Signpost.Data;
using Signpost.Data.Entities;
using Signpost.Web.Features.Sites;

namespace Signpost.Web.Features.Comments;

/// <summary>The facts about a would-be commenter that the rule needs.</summary>
public sealed record CommenterFacts(PersonKind Kind, int? YearGroup, bool IsActive, bool VettedContributor);

/// <summary>Why someone may not comment, with the clause behind it.</summary>
public sealed record CommentRefusal(string Clause, string Message);

/// <summary>
/// Who may comment where (A.5.1, A.2.6, 7.1). Staff members of the school may comment on any live site they can read.
/// Pupils only where the site lets pupils comment, and only on their own year group's blog (7.1). Parents only where the
/// site lets parents comment and once they are vetted, i.e. approved as a contributor of that site (A.2.6). Members of
/// the public likewise, where the site lets the public comment. Everything from pupils, parents and the public is then
/// held for a moderator by <see cref="Moderation.ContentIntake"/> (A.5.3).
/// </summary>
public static class CommentRules
{
    public static CommentRefusal? MayComment(Site site, CommenterFacts who)
    {
        if (!who.IsActive)
        {
            return new("6.7", "Your account is no longer active, so you cannot comment.");
        }

        if (site.Status != SiteStatus.Live || site.ClosedAt is not null)
        {
            return new("A.1.6", "This blog is not open for comments.");
        }

        if (Person.IsStaffKind(who.Kind))
        {
            return null;
        }

        return who.Kind switch
        {
            PersonKind.Pupil when !site.PupilsMayComment => new("A.5.1", "Pupils cannot comment on this blog."),
            PersonKind.Pupil when site.Kind != SiteKind.YearGroupBlog || site.YearGroup != who.YearGroup =>
                new("7.1", "You can comment on your own year group's blog only."),
            PersonKind.Pupil => null,
            PersonKind.Parent when !site.ParentsMayComment => new("A.5.1", "Parents cannot comment on this blog."),
            PersonKind.Parent when !who.VettedContributor =>
                new("A.2.6", "Parents can comment here once the school has approved them as contributors to this blog. Ask the school office."),
            PersonKind.Parent => null,
            _ when !site.PublicMayComment => new("A.5.1", "This blog does not take comments from the public."),
            _ when !who.VettedContributor => new("A.2.6", "You can comment here once the school has approved you as a contributor to this blog."),
            _ => null,
        };
    }

    /// <summary>The facts for a signed-in person on a site, from the database.</summary>
    public static async Task<CommenterFacts?> FactsAsync(AppDbContext db, Guid personId, Guid siteId, CancellationToken ct)
    {
        var person = await db.People.AsNoTracking().Where(p => p.Id == personId)
            .Select(p => new { p.Kind, p.YearGroup, p.IsActive }).SingleOrDefaultAsync(ct);
        if (person is null)
        {
            return null;
        }

        var vetted = await db.SiteMembers.AnyAsync(m => m.SiteId == siteId && m.PersonId == personId && m.Role == SiteMemberRole.Contributor, ct);
        return new CommenterFacts(person.Kind, person.YearGroup, person.IsActive, vetted);
    }
}

/// <summary>
/// What readers may see (SPLIT.md): a post when it is published, its time has come and no concern hides it, on a site
/// the reader may read (A.5.2); a comment when it is published, not hidden, on such a post. Nothing held is visible to
/// anyone but moderators (A.5.3).
/// </summary>
public static class ReadableContent
{
    public static IQueryable<Post> Posts(AppDbContext db, ClaimsPrincipal user, DateTime now)
    {
        var sites = SiteVisibility.Readable(db.Sites, user).Where(s => !s.Deleted).Select(s => s.Id);
        return db.Posts.Where(p => p.Status == PostStatus.Published && p.PublishedAt <= now && !p.HiddenForConcern && sites.Contains(p.SiteId));
    }

    public static IQueryable<Comment> Comments(AppDbContext db, ClaimsPrincipal user, DateTime now)
    {
        var posts = Posts(db, user, now).Select(p => p.Id);
        return db.Comments.Where(c => c.Status == CommentStatus.Published && !c.HiddenForConcern && posts.Contains(c.PostId));
    }
}
