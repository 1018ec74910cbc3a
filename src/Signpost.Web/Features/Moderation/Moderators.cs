using Microsoft.EntityFrameworkCore;
using Signpost.Data;
using Signpost.Data.Entities;

namespace Signpost.Web.Features.Moderation;

/// <summary>
/// Who moderates a site, and who is available today (A.5.3, A.5.4). A site's moderators are its members with the role
/// Moderator or Administrator. One is available when their account is active and no recorded absence covers today.
/// When none of a site's moderators is available, its items go to the ICT leader as cover, so nothing sits unseen.
/// </summary>
public static class Moderators
{
    public static readonly SiteMemberRole[] Roles = [SiteMemberRole.Moderator, SiteMemberRole.Administrator];

    /// <summary>The sites this person moderates.</summary>
    public static IQueryable<Guid> SitesOf(AppDbContext db, Guid personId) =>
        db.SiteMembers.Where(m => m.PersonId == personId && Roles.Contains(m.Role)).Select(m => m.SiteId);

    /// <summary>People away today.</summary>
    public static IQueryable<Guid> AbsentOn(AppDbContext db, DateOnly day) =>
        db.Absences.Where(a => a.From <= day && a.To >= day).Select(a => a.PersonId);

    /// <summary>Of the given sites, those where no moderator is available on <paramref name="day"/>.</summary>
    public static async Task<HashSet<Guid>> SitesNeedingCoverAsync(AppDbContext db, IReadOnlyCollection<Guid> siteIds, DateOnly day, CancellationToken ct)
    {
        if (siteIds.Count == 0)
        {
            return [];
        }

        var absent = AbsentOn(db, day);
        var covered = await db.SiteMembers
            .Where(m => siteIds.Contains(m.SiteId) && Roles.Contains(m.Role) && !absent.Contains(m.PersonId)
                && db.People.Any(p => p.Id == m.PersonId && p.IsActive))
            .Select(m => m.SiteId).Distinct().ToListAsync(ct);
        return siteIds.Except(covered).ToHashSet();
    }

    /// <summary>Sites with pending items and no available moderator: the ICT leader covers them.</summary>
    public static async Task<HashSet<Guid>> CoverSitesAsync(AppDbContext db, DateOnly day, CancellationToken ct)
    {
        var pending = await db.ReviewItems.Where(i => i.Status == ReviewStatus.Pending).Select(i => i.SiteId).Distinct().ToListAsync(ct);
        return await SitesNeedingCoverAsync(db, pending, day, ct);
    }

    /// <summary>The active ICT leaders of a school: who covers (A.5.3) and who hears about items left waiting.</summary>
    public static IQueryable<Person> IctLeaders(AppDbContext db, Guid schoolId) =>
        db.People.Where(p => p.SchoolId == schoolId && p.IsActive && p.Roles.Any(r => r.Role == Role.IctLeader));
}
