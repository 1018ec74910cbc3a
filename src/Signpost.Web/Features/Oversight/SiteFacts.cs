using Microsoft.EntityFrameworkCore;
using Signpost.Data;
using Signpost.Data.Entities;
using Signpost.Policy.Clauses;

namespace Signpost.Web.Features.Oversight;

/// <summary>What the dashboard and the monitors read about one running site.</summary>
public sealed record SiteFact(
    Guid Id,
    string Slug,
    string Name,
    SiteKind Kind,
    SiteStatus Status,
    DateOnly? RunningSince,
    DateOnly? ReviewDate,
    DateOnly? EndDate,
    DateTime? LastPublishedAt,
    IReadOnlyList<DateOnly> PostDays,
    IReadOnlyList<Guid> Administrators,
    IReadOnlyList<Guid> Moderators,
    IReadOnlyList<DateTime> PendingApprovalsSince,
    IReadOnlyList<DateTime> PendingModerationSince)
{
    public bool Hosted => Kind != SiteKind.ThirdParty;

    /// <summary>A.1.5 asks this of year-group blogs.</summary>
    public bool WeeklyUpdateRequired => Kind == SiteKind.YearGroupBlog;

    /// <summary>Everyone who can moderate the site: its administrators and its moderators.</summary>
    public IReadOnlyList<Guid> Moderating => Administrators.Union(Moderators).ToList();
}

/// <summary>
/// Loads the facts behind the oversight figures for one school, in a handful of queries. "Published" means what
/// readers see: <c>Status == Published &amp;&amp; PublishedAt &lt;= now &amp;&amp; !HiddenForConcern</c>. Every query names the school, so the
/// same code serves a request (tenant-filtered context) and a background monitor (system context).
/// </summary>
public static class SiteFacts
{
    public static async Task<List<SiteFact>> LoadAsync(AppDbContext db, Guid schoolId, DateTime now, IReadOnlyList<Term> terms, CancellationToken ct)
    {
        var sites = await db.Sites.AsNoTracking()
            .Where(s => s.SchoolId == schoolId && (s.Status == SiteStatus.Live || s.Status == SiteStatus.UnderReview))
            .OrderBy(s => s.Kind).ThenBy(s => s.YearGroup).ThenBy(s => s.Name)
            .Select(s => new { s.Id, s.Slug, s.Name, s.Kind, s.Status, s.LiveAt, s.ReviewDate, s.EndDate })
            .ToListAsync(ct);
        var ids = sites.Select(s => s.Id).ToList();

        // Post days far enough back for the current term's chart and for three school weeks before a long holiday.
        var today = SchoolTime.LocalDay(now);
        var from = (SchoolWeeks.CurrentTerm(terms, today)?.Start ?? today).AddDays(-126);
        var since = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var published = db.Posts.AsNoTracking()
            .Where(p => p.SchoolId == schoolId && ids.Contains(p.SiteId) && p.Status == PostStatus.Published && p.PublishedAt <= now && !p.HiddenForConcern);
        var recent = await published.Where(p => p.PublishedAt >= since).Select(p => new { p.SiteId, At = p.PublishedAt!.Value }).ToListAsync(ct);
        var last = await published.GroupBy(p => p.SiteId).Select(g => new { SiteId = g.Key, Last = g.Max(p => p.PublishedAt) }).ToListAsync(ct);

        var members = await db.SiteMembers.AsNoTracking()
            .Where(m => m.SchoolId == schoolId && ids.Contains(m.SiteId) && (m.Role == SiteMemberRole.Administrator || m.Role == SiteMemberRole.Moderator))
            .Join(db.People.Where(p => p.IsActive), m => m.PersonId, p => p.Id, (m, p) => new { m.SiteId, m.PersonId, m.Role, p.Kind })
            .ToListAsync(ct);
        members = members.Where(m => Person.IsStaffKind(m.Kind)).ToList();

        var approvals = await db.Posts.AsNoTracking()
            .Where(p => p.SchoolId == schoolId && ids.Contains(p.SiteId) && p.Status == PostStatus.Submitted)
            .Select(p => new { p.SiteId, At = p.SubmittedAt ?? p.UpdatedAt }).ToListAsync(ct);
        var edits = await db.PostRevisions.AsNoTracking()
            .Where(r => r.SchoolId == schoolId && r.Status == RevisionStatus.Pending)
            .Join(db.Posts, r => r.PostId, p => p.Id, (r, p) => new { p.SiteId, At = r.EditedAt }).Where(x => ids.Contains(x.SiteId))
            .ToListAsync(ct);
        var moderation = await db.ReviewItems.AsNoTracking()
            .Where(r => r.SchoolId == schoolId && ids.Contains(r.SiteId) && r.Status == ReviewStatus.Pending)
            .Select(r => new { r.SiteId, At = r.CreatedAt }).ToListAsync(ct);

        return sites.Select(s => new SiteFact(
            s.Id, s.Slug, s.Name, s.Kind, s.Status,
            s.LiveAt is { } live ? SchoolTime.LocalDay(live) : null,
            s.ReviewDate, s.EndDate,
            last.FirstOrDefault(l => l.SiteId == s.Id)?.Last,
            recent.Where(p => p.SiteId == s.Id).Select(p => SchoolTime.LocalDay(p.At)).Distinct().Order().ToList(),
            members.Where(m => m.SiteId == s.Id && m.Role == SiteMemberRole.Administrator).Select(m => m.PersonId).ToList(),
            members.Where(m => m.SiteId == s.Id && m.Role == SiteMemberRole.Moderator).Select(m => m.PersonId).ToList(),
            approvals.Where(a => a.SiteId == s.Id).Select(a => a.At).Concat(edits.Where(e => e.SiteId == s.Id).Select(e => e.At)).ToList(),
            moderation.Where(m => m.SiteId == s.Id).Select(m => m.At).ToList())).ToList();
    }

    /// <summary>Absences touching the next fourteen days, for the people given.</summary>
    public static async Task<List<AbsenceSpan>> AbsencesAsync(AppDbContext db, Guid schoolId, DateOnly today, IReadOnlyCollection<Guid> people, CancellationToken ct)
    {
        var until = today.AddDays(EnoughCoverForAbsence.DaysAhead - 1);
        var ids = people.ToList();
        return (await db.Absences.AsNoTracking()
                .Where(a => a.SchoolId == schoolId && ids.Contains(a.PersonId) && a.From <= until && a.To >= today)
                .Select(a => new { a.PersonId, a.From, a.To }).ToListAsync(ct))
            .Select(a => new AbsenceSpan(a.PersonId, a.From, a.To)).ToList();
    }
}
