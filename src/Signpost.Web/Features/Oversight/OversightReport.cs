using Microsoft.EntityFrameworkCore;
using Signpost.Data;
using Signpost.Data.Entities;
using Signpost.Policy.Clauses;
using Signpost.Web.Features.Policy;
using Signpost.Web.Features.Sites;

namespace Signpost.Web.Features.Oversight;

/// <summary>One week of the current term on a site's chart (A.1.5). <see cref="Kept"/> is null for holidays and weeks not yet over without a post.</summary>
public sealed record WeekMark(DateOnly Monday, bool SchoolWeek, bool? Kept, bool Current, bool Future);

public sealed record CoverDay(DateOnly Day, int Available);

/// <summary>One site's line on the dashboard (field names are CONTRACT.md's /api/oversight).</summary>
public sealed record SiteLine(
    string Slug,
    string Name,
    string Kind,
    string Status,
    DateTime? LastPublishedAt,
    bool WeeklyUpdateRequired,
    bool? WeeklyUpdateKept,
    int WeeksKeptThisTerm,
    int SchoolWeeksEndedThisTerm,
    IReadOnlyList<WeekMark> Weeks,
    bool Neglected,
    int AdministratorsAvailableMin14d,
    int ModeratorsAvailableMin14d,
    DateOnly? CoverGapOn,
    bool CoverShort,
    int PendingApprovals,
    int PendingModeration,
    int PendingItems,
    double? OldestPendingHours,
    DateOnly? ReviewDue,
    bool ReviewOverdue,
    DateOnly? EndDate,
    DateOnly? EvaluationDue);

public sealed record MissingPerson(Guid Id, string Name, string Kind);

public sealed record AcknowledgementLine(int? CurrentVersion, DateTime? PublishedAt, int InScope, int Acknowledged, int? RatePercent, IReadOnlyList<MissingPerson> Missing);

public sealed record TermLine(string Name, DateOnly Start, DateOnly End);

public sealed record ClauseCount(string Clause, int Count);

/// <summary>The whole dashboard for one school: what the Headteacher and governors open every week.</summary>
public sealed record OversightFigures(
    DateTime GeneratedAt,
    string School,
    TermLine? Term,
    IReadOnlyList<SiteLine> Sites,
    AcknowledgementLine Acknowledgements,
    int OpenConcerns,
    int BreachesThisTerm,
    IReadOnlyList<ClauseCount> BreachesByClause,
    int MediaEnquiriesOpen,
    int PendingItems,
    int SitesShortOfCover,
    int YearGroupBlogsMissedLastWeek);

/// <summary>Builds <see cref="OversightFigures"/> (A.1.5–A.1.7, A.5.4, 2.1, 9.x, A.2.3, A.3.6).</summary>
public sealed class OversightReport(TimeProvider clock)
{
    public async Task<OversightFigures> BuildAsync(AppDbContext db, Guid schoolId, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = SchoolTime.LocalDay(now);
        var terms = await SchoolTime.TermsAsync(db, schoolId, ct);
        var term = SchoolWeeks.CurrentTerm(terms, today);
        var facts = await SiteFacts.LoadAsync(db, schoolId, now, terms, ct);
        var absences = await SiteFacts.AbsencesAsync(db, schoolId, today, facts.SelectMany(f => f.Moderating).Distinct().ToList(), ct);
        var lines = facts.Select(f => Line(f, now, today, terms, term, absences)).ToList();

        var schoolName = await db.Schools.AsNoTracking().Where(s => s.Id == schoolId).Select(s => s.Name).SingleAsync(ct);
        var openConcerns = await db.SafeguardingConcerns.CountAsync(c => c.SchoolId == schoolId && c.Status == ConcernStatus.Open, ct);
        var media = await db.MediaEnquiries.CountAsync(m => m.SchoolId == schoolId && m.Status == EnquiryStatus.Open, ct);
        var (from, to) = term is null ? (today.AddDays(-91), today) : (term.Start, term.End);
        var breachClauses = await db.Breaches.AsNoTracking().Where(b => b.SchoolId == schoolId && b.FoundOn >= from && b.FoundOn <= to)
            .Select(b => b.Clauses).ToListAsync(ct);
        var byClause = breachClauses.SelectMany(BreachClauses.Split).GroupBy(c => c)
            .Select(g => new ClauseCount(g.Key, g.Count())).OrderByDescending(c => c.Count).ThenBy(c => c.Clause, StringComparer.Ordinal).ToList();

        return new OversightFigures(
            now, schoolName, term is null ? null : new TermLine(term.Name, term.Start, term.End), lines,
            await AcknowledgementsAsync(db, schoolId, ct), openConcerns, breachClauses.Count, byClause, media,
            lines.Sum(l => l.PendingItems), lines.Count(l => l.CoverShort), lines.Count(l => l.WeeklyUpdateKept == false));
    }

    private static SiteLine Line(SiteFact f, DateTime now, DateOnly today, IReadOnlyList<Term> terms, Term? term, IReadOnlyList<AbsenceSpan> absences)
    {
        var thisMonday = SchoolWeeks.MondayOf(today);
        var weeks = f.Hosted && term is not null
            ? SchoolWeeks.WeeksOf(term).Select(m =>
            {
                var school = SchoolWeeks.IsSchoolWeek(m, terms);
                var kept = SchoolWeeks.HasPostIn(m, f.PostDays);
                return new WeekMark(m, school, !school ? null : kept ? true : m < thisMonday ? false : null, m == thisMonday, m > thisMonday);
            }).ToList()
            : [];
        var lastWeek = SchoolWeeks.LastCompletedSchoolWeeks(today, terms, 1);
        bool? keptLastWeek = f.WeeklyUpdateRequired && lastWeek.Count == 1 ? YearGroupBlogsUpdatedWeekly.Kept(lastWeek[0], f.PostDays) : null;

        var admins = EnoughCoverForAbsence.Availability(today, f.Administrators, absences);
        var all = EnoughCoverForAbsence.Availability(today, f.Moderating, absences);
        var pending = f.PendingApprovalsSince.Concat(f.PendingModerationSince).ToList();
        DateOnly?[] evaluation = [f.ReviewDate, f.EndDate];

        return new SiteLine(
            f.Slug, f.Name, f.Kind.ToString(), SitePresentation.StatusLabel(f.Status), f.LastPublishedAt,
            f.WeeklyUpdateRequired, keptLastWeek,
            weeks.Count(w => w.Kept == true && !w.Future), weeks.Count(w => w.SchoolWeek && w.Monday < thisMonday), weeks,
            f.Hosted && SitesAreNeverNeglected.IsNeglected(today, terms, f.PostDays, f.RunningSince),
            admins.Min(d => d.Available), all.Min(d => d.Available), EnoughCoverForAbsence.FirstGap(all),
            EnoughCoverForAbsence.IsShort(all.Min(d => d.Available)),
            f.PendingApprovalsSince.Count, f.PendingModerationSince.Count, pending.Count,
            pending.Count == 0 ? null : Math.Round((now - pending.Min()).TotalHours, 1),
            f.ReviewDate, f.ReviewDate is { } r && r < today, f.EndDate,
            evaluation.Where(d => d is not null).Min());
    }

    /// <summary>2.1: how many of the people in scope have acknowledged the current version, and who has not.</summary>
    public static async Task<AcknowledgementLine> AcknowledgementsAsync(AppDbContext db, Guid schoolId, CancellationToken ct)
    {
        var kinds = InScopeKinds;
        var people = await db.People.AsNoTracking().Where(p => p.SchoolId == schoolId && p.IsActive && kinds.Contains(p.Kind))
            .OrderBy(p => p.LastName).ThenBy(p => p.FirstName)
            .Select(p => new { p.Id, p.FirstName, p.PreferredName, p.LastName, p.Kind }).ToListAsync(ct);
        var current = await PolicyGate.CurrentVersionAsync(db, schoolId, ct);
        if (current is null)
        {
            return new AcknowledgementLine(null, null, people.Count, 0, null, []);
        }

        var acknowledged = (await db.PolicyAcknowledgements.AsNoTracking().Where(a => a.PolicyVersionId == current.Id).Select(a => a.PersonId).ToListAsync(ct)).ToHashSet();
        var missing = people.Where(p => !acknowledged.Contains(p.Id))
            .Select(p => new MissingPerson(p.Id, $"{p.PreferredName ?? p.FirstName} {p.LastName}", People.PeoplePresentation.KindLabel(p.Kind))).ToList();
        var done = people.Count - missing.Count;
        return new AcknowledgementLine(current.Number, current.PublishedAt, people.Count, done,
            people.Count == 0 ? null : (int)Math.Floor(100.0 * done / people.Count), missing);
    }

    /// <summary>The kinds of people clause 2.1 covers: staff of every kind, governors, contractors, trainees, volunteers.</summary>
    public static readonly PersonKind[] InScopeKinds = Enum.GetValues<PersonKind>().Where(Person.IsStaffKind).ToArray();
}

/// <summary>Reads and writes the comma-separated clause list of a <see cref="Breach"/>.</summary>
public static class BreachClauses
{
    public static IEnumerable<string> Split(string clauses) =>
        clauses.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal);
}

/// <summary>What <c>_SiteLine.cshtml</c> draws: a site's line, and whether its figures link to the lists behind them (not in the trust view, whose reader may open none of them).</summary>
public sealed record SiteLineView(SiteLine Line, bool Links);

/// <summary>The dashboard's per-site lines as CSV rows (A.1.5–A.1.7, A.5.4): the oversight page, the trust view and the termly report share them.</summary>
public static class SiteLinesCsv
{
    public static readonly string[] Header =
    [
        "site", "name", "kind", "status", "last_published_at", "weekly_update_required", "weekly_update_kept_last_week", "weeks_kept_this_term",
        "school_weeks_ended_this_term", "neglected", "moderators_available_min_14d", "administrators_available_min_14d", "cover_short_from",
        "pending_approvals", "pending_moderation", "oldest_pending_hours", "review_due", "review_overdue", "end_date", "evaluation_due",
    ];

    public static string?[] Row(SiteLine s) =>
    [
        s.Slug, s.Name, s.Kind, s.Status, Infrastructure.CsvDownload.Iso(s.LastPublishedAt), YesNo(s.WeeklyUpdateRequired),
        s.WeeklyUpdateKept is { } k ? YesNo(k) : "", N(s.WeeksKeptThisTerm), N(s.SchoolWeeksEndedThisTerm), YesNo(s.Neglected),
        N(s.ModeratorsAvailableMin14d), N(s.AdministratorsAvailableMin14d), Infrastructure.CsvDownload.Iso(s.CoverGapOn),
        N(s.PendingApprovals), N(s.PendingModeration), s.OldestPendingHours?.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture),
        Infrastructure.CsvDownload.Iso(s.ReviewDue), YesNo(s.ReviewOverdue), Infrastructure.CsvDownload.Iso(s.EndDate), Infrastructure.CsvDownload.Iso(s.EvaluationDue),
    ];

    private static string YesNo(bool b) => b ? "yes" : "no";

    private static string N(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
