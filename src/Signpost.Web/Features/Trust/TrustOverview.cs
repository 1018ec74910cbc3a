using Microsoft.EntityFrameworkCore;
using Signpost.Web.Features.Oversight;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Features.Trust;

/// <summary>2.1 for the trust view: how many have acknowledged, never who has not (names stay with the school).</summary>
public sealed record TrustAcknowledgements(int? CurrentVersion, DateTime? PublishedAt, int InScope, int Acknowledged, int? RatePercent);

/// <summary>
/// One school's line in the trust view: the same per-site lines and school-wide figures as its own dashboard
/// (A.1.5–A.1.7, A.5.4, 2.1, 9.x, A.2.3, A.3.6), with every register reduced to a count — no names, no concern or
/// breach details, nothing a pupil wrote.
/// </summary>
public sealed record TrustSchoolFigures(
    string Slug,
    string Name,
    string LocalAuthority,
    TermLine? Term,
    IReadOnlyList<SiteLine> Sites,
    TrustAcknowledgements Acknowledgements,
    int OpenConcerns,
    int BreachesThisTerm,
    IReadOnlyList<ClauseCount> BreachesByClause,
    int MediaEnquiriesOpen,
    int PendingItems,
    int SitesShortOfCover,
    int YearGroupBlogsMissedLastWeek,
    int SitesNeglected);

/// <summary>Every school the deployment hosts (GET /api/trust).</summary>
public sealed record TrustFigures(DateTime GeneratedAt, IReadOnlyList<TrustSchoolFigures> Schools);

/// <summary>
/// Builds the trust view. Each school's figures are read through a context scoped to that school alone (a
/// <see cref="Signpost.Data.Tenancy.FixedActor"/>), by the very <see cref="OversightReport"/> its own dashboard uses, so
/// the two can never disagree; the names of people who have not acknowledged the policy are dropped here.
/// </summary>
public sealed class TrustOverview(SystemDb systemDb, OversightReport report, TimeProvider clock)
{
    public sealed record SchoolRef(Guid Id, string Slug, string Name, string LocalAuthority);

    public async Task<IReadOnlyList<SchoolRef>> SchoolsAsync(CancellationToken ct)
    {
        await using var db = systemDb.Create();
        return await db.Schools.AsNoTracking().OrderBy(s => s.Name).ThenBy(s => s.Slug)
            .Select(s => new SchoolRef(s.Id, s.Slug, s.Name, s.LocalAuthority)).ToListAsync(ct);
    }

    public async Task<TrustFigures> BuildAsync(string? userId, CancellationToken ct)
    {
        var list = new List<TrustSchoolFigures>();
        foreach (var school in await SchoolsAsync(ct))
        {
            list.Add(await ForSchoolAsync(school, userId, ct));
        }

        return new TrustFigures(clock.GetUtcNow().UtcDateTime, list);
    }

    /// <summary>One school by its slug, or null when the deployment hosts no such school.</summary>
    public async Task<TrustSchoolFigures?> BuildAsync(string slug, string? userId, CancellationToken ct)
    {
        var school = (await SchoolsAsync(ct)).FirstOrDefault(s => s.Slug == slug);
        return school is null ? null : await ForSchoolAsync(school, userId, ct);
    }

    private async Task<TrustSchoolFigures> ForSchoolAsync(SchoolRef school, string? userId, CancellationToken ct)
    {
        await using var db = systemDb.CreateFor(school.Id, userId, "TrustOfficer");
        var f = await report.BuildAsync(db, school.Id, ct);
        var a = f.Acknowledgements;
        return new TrustSchoolFigures(
            school.Slug, f.School, school.LocalAuthority, f.Term, f.Sites,
            new TrustAcknowledgements(a.CurrentVersion, a.PublishedAt, a.InScope, a.Acknowledged, a.RatePercent),
            f.OpenConcerns, f.BreachesThisTerm, f.BreachesByClause, f.MediaEnquiriesOpen, f.PendingItems, f.SitesShortOfCover,
            f.YearGroupBlogsMissedLastWeek, f.Sites.Count(s => s.Neglected));
    }
}
