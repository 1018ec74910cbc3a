using Microsoft.EntityFrameworkCore;
using Signpost.Data;
using Signpost.Data.Entities;
using Signpost.Policy.Clauses;
using Signpost.Web.Features.Oversight;

namespace Signpost.Web.Features.TermReport;

public sealed record TermChoice(Guid Id, string Name, DateOnly Start, DateOnly End);

/// <summary>One site's term: weekly updates (A.1.5), cover (A.5.4), moderation (A.5.3), review and evaluation (A.1.6, A.1.7).</summary>
public sealed record TermSiteLine(
    string Slug,
    string Name,
    string Kind,
    bool WeeklyUpdateRequired,
    IReadOnlyList<WeekMark> Weeks,
    int SchoolWeeksEnded,
    int WeeksKept,
    int WeeksMissed,
    int PostsPublished,
    int Moderating,
    int SchoolDaysCounted,
    int SchoolDaysShortOfCover,
    int FewestAvailable,
    int ModerationItems,
    int ModerationDecided,
    double? MedianHoursToDecision,
    double? LongestHoursToDecision,
    int StillPending,
    DateOnly? ReviewDate,
    DateOnly? EndDate,
    bool ReviewOrEndThisTerm);

/// <summary>The governors' termly report: one term's figures for one school, with no person named.</summary>
public sealed record TermReportFigures(
    string School,
    TermChoice Term,
    DateOnly AsAt,
    bool TermOver,
    IReadOnlyList<TermSiteLine> Sites,
    int? PolicyVersion,
    int InScope,
    int Acknowledged,
    int? AcknowledgedPercent,
    int ConcernsRaised,
    int BreachesFound,
    IReadOnlyList<ClauseCount> BreachesByClause,
    int MediaEnquiries,
    int ModerationItems,
    double? MedianHoursToDecision,
    int ReviewsOrEvaluationsDue);

/// <summary>
/// Builds the governors' termly report from the school's own rows for the dates of one <see cref="TermDate"/>: counts,
/// ages and dates only — the Headteacher, the leadership team and governors read it, and governors see no register's
/// details (A.2.3, 9.x, A.3.6), so nothing here names a person. Weeks and days are counted in UK time, as on the
/// dashboard. Who moderates a site is today's list (the platform keeps no history of memberships); absences are the
/// recorded ones, so cover is measured over the term's school days up to today.
/// </summary>
public sealed class TermlyReport(TimeProvider clock)
{
    public static async Task<IReadOnlyList<TermChoice>> TermsAsync(AppDbContext db, Guid schoolId, CancellationToken ct) =>
        await db.TermDates.AsNoTracking().Where(t => t.SchoolId == schoolId).OrderByDescending(t => t.Start)
            .Select(t => new TermChoice(t.Id, t.Name, t.Start, t.End)).ToListAsync(ct);

    /// <summary>The term the report opens on: the current one, else the latest that has started, else the first.</summary>
    public TermChoice? DefaultTerm(IReadOnlyList<TermChoice> terms)
    {
        var today = SchoolTime.Today(clock);
        return terms.FirstOrDefault(t => t.Start <= today && today <= t.End) ?? terms.FirstOrDefault(t => t.Start <= today) ?? (terms.Count == 0 ? null : terms[^1]);
    }

    public async Task<TermReportFigures> BuildAsync(AppDbContext db, Guid schoolId, TermChoice term, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = SchoolTime.LocalDay(now);
        var termOver = term.End < today;
        var asAt = termOver ? term.End : today;
        var allTerms = await SchoolTime.TermsAsync(db, schoolId, ct);
        var policyTerm = new Term(term.Name, term.Start, term.End);
        // UK days to UTC instants, widened by a day either side, then narrowed by the local day in memory.
        var from = term.Start.AddDays(-1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var to = term.End.AddDays(2).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        // Counted up to the end of the term, or to today while it runs (nothing can be counted before it happens).
        bool InTerm(DateTime utc) => SchoolTime.LocalDay(utc) is var d && d >= term.Start && d <= asAt;

        var sites = await db.Sites.AsNoTracking()
            .Where(s => s.SchoolId == schoolId && (s.Status == SiteStatus.Live || s.Status == SiteStatus.UnderReview || s.Status == SiteStatus.Archived)
                        && s.LiveAt != null && s.LiveAt < to && (s.ClosedAt == null || s.ClosedAt >= from))
            .OrderBy(s => s.Kind).ThenBy(s => s.YearGroup).ThenBy(s => s.Name)
            .Select(s => new { s.Id, s.Slug, s.Name, s.Kind, s.ReviewDate, s.EndDate }).ToListAsync(ct);
        var ids = sites.Select(s => s.Id).ToList();
        var posts = (await db.Posts.AsNoTracking()
                .Where(p => p.SchoolId == schoolId && ids.Contains(p.SiteId) && p.Status == PostStatus.Published && !p.HiddenForConcern
                            && p.PublishedAt >= from && p.PublishedAt < to && p.PublishedAt <= now)
                .Select(p => new { p.SiteId, At = p.PublishedAt!.Value }).ToListAsync(ct))
            .Where(p => InTerm(p.At)).ToList();
        var items = (await db.ReviewItems.AsNoTracking()
                .Where(r => r.SchoolId == schoolId && ids.Contains(r.SiteId) && r.CreatedAt >= from && r.CreatedAt < to)
                .Select(r => new { r.SiteId, r.CreatedAt, r.DecidedAt, r.Status }).ToListAsync(ct))
            .Where(r => InTerm(r.CreatedAt)).ToList();
        var members = await db.SiteMembers.AsNoTracking()
            .Where(m => m.SchoolId == schoolId && ids.Contains(m.SiteId) && (m.Role == SiteMemberRole.Administrator || m.Role == SiteMemberRole.Moderator))
            .Join(db.People.Where(p => p.IsActive), m => m.PersonId, p => p.Id, (m, p) => new { m.SiteId, m.PersonId, p.Kind }).ToListAsync(ct);
        var people = members.Where(m => Person.IsStaffKind(m.Kind)).Select(m => m.PersonId).Distinct().ToList();
        var absences = (await db.Absences.AsNoTracking()
                .Where(a => a.SchoolId == schoolId && people.Contains(a.PersonId) && a.From <= term.End && a.To >= term.Start)
                .Select(a => new { a.PersonId, a.From, a.To }).ToListAsync(ct))
            .Select(a => new AbsenceSpan(a.PersonId, a.From, a.To)).ToList();
        var schoolDays = Enumerable.Range(0, Math.Max(0, asAt.DayNumber - term.Start.DayNumber + 1)).Select(term.Start.AddDays)
            .Where(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)).ToList();

        var lines = sites.Select(s =>
        {
            var postDays = posts.Where(p => p.SiteId == s.Id).Select(p => SchoolTime.LocalDay(p.At)).Distinct().Order().ToList();
            var weeks = s.Kind == SiteKind.ThirdParty ? [] : Weeks(policyTerm, allTerms, postDays, today, termOver);
            var moderating = members.Where(m => m.SiteId == s.Id && Person.IsStaffKind(m.Kind)).Select(m => m.PersonId).Distinct().ToList();
            var available = schoolDays.Select(d => moderating.Count(id => !absences.Any(a => a.PersonId == id && a.From <= d && d <= a.To))).ToList();
            var siteItems = items.Where(i => i.SiteId == s.Id).ToList();
            var hours = siteItems.Where(i => i.DecidedAt is not null).Select(i => (i.DecidedAt!.Value - i.CreatedAt).TotalHours).Order().ToList();
            return new TermSiteLine(
                s.Slug, s.Name, s.Kind.ToString(), s.Kind == SiteKind.YearGroupBlog, weeks,
                weeks.Count(w => w.SchoolWeek && w.Kept is not null), weeks.Count(w => w.Kept == true), weeks.Count(w => w.Kept == false),
                posts.Count(p => p.SiteId == s.Id), moderating.Count, schoolDays.Count, available.Count(EnoughCoverForAbsence.IsShort),
                available.Count == 0 ? moderating.Count : available.Min(),
                siteItems.Count, hours.Count, Median(hours), hours.Count == 0 ? null : Math.Round(hours[^1], 1),
                siteItems.Count(i => i.Status == ReviewStatus.Pending), s.ReviewDate, s.EndDate,
                Within(s.ReviewDate, term) || Within(s.EndDate, term));
        }).ToList();

        var (version, inScope, acknowledged) = await AcknowledgementsAsync(db, schoolId, asAt, ct);
        var concerns = (await db.SafeguardingConcerns.AsNoTracking().Where(c => c.SchoolId == schoolId && c.RaisedAt >= from && c.RaisedAt < to)
            .Select(c => c.RaisedAt).ToListAsync(ct)).Count(InTerm);
        var breaches = await db.Breaches.AsNoTracking().Where(b => b.SchoolId == schoolId && b.FoundOn >= term.Start && b.FoundOn <= asAt)
            .Select(b => b.Clauses).ToListAsync(ct);
        var byClause = breaches.SelectMany(BreachClauses.Split).GroupBy(c => c).Select(g => new ClauseCount(g.Key, g.Count()))
            .OrderByDescending(c => c.Count).ThenBy(c => c.Clause, StringComparer.Ordinal).ToList();
        var media = (await db.MediaEnquiries.AsNoTracking().Where(m => m.SchoolId == schoolId && m.ReceivedAt >= from && m.ReceivedAt < to)
            .Select(m => m.ReceivedAt).ToListAsync(ct)).Count(InTerm);
        var school = await db.Schools.AsNoTracking().Where(s => s.Id == schoolId).Select(s => s.Name).SingleAsync(ct);
        var allHours = items.Where(i => i.DecidedAt is not null).Select(i => (i.DecidedAt!.Value - i.CreatedAt).TotalHours).Order().ToList();

        return new TermReportFigures(school, term, asAt, termOver, lines, version, inScope, acknowledged,
            version is null || inScope == 0 ? null : (int)Math.Floor(100.0 * acknowledged / inScope),
            concerns, breaches.Count, byClause, media, items.Count, Median(allHours), lines.Count(l => l.ReviewOrEndThisTerm));
    }

    private static List<WeekMark> Weeks(Term term, IReadOnlyList<Term> terms, IReadOnlyList<DateOnly> postDays, DateOnly today, bool termOver)
    {
        var thisMonday = SchoolWeeks.MondayOf(today);
        return SchoolWeeks.WeeksOf(term).Select(m =>
        {
            var school = SchoolWeeks.IsSchoolWeek(m, terms);
            var over = termOver || m < thisMonday;
            var kept = YearGroupBlogsUpdatedWeekly.Kept(m, postDays);
            return new WeekMark(m, school, !school ? null : kept ? true : over ? false : null, !termOver && m == thisMonday, !termOver && m > thisMonday);
        }).ToList();
    }

    /// <summary>2.1 at the end of the term (or today): the version published by then and how many of those in scope had acknowledged it by then.</summary>
    private static async Task<(int? Version, int InScope, int Acknowledged)> AcknowledgementsAsync(AppDbContext db, Guid schoolId, DateOnly asAt, CancellationToken ct)
    {
        var until = asAt.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var kinds = OversightReport.InScopeKinds;
        var people = await db.People.AsNoTracking().Where(p => p.SchoolId == schoolId && p.IsActive && kinds.Contains(p.Kind)).Select(p => p.Id).ToListAsync(ct);
        var version = await db.PolicyVersions.AsNoTracking().Where(v => v.SchoolId == schoolId && v.PublishedAt != null && v.PublishedAt < until)
            .OrderByDescending(v => v.PublishedAt).Select(v => new { v.Id, v.Number }).FirstOrDefaultAsync(ct);
        if (version is null)
        {
            return (null, people.Count, 0);
        }

        var acked = await db.PolicyAcknowledgements.AsNoTracking().Where(a => a.PolicyVersionId == version.Id && a.At < until).Select(a => a.PersonId).ToListAsync(ct);
        return (version.Number, people.Count, people.Intersect(acked).Count());
    }

    private static bool Within(DateOnly? d, TermChoice t) => d is { } x && x >= t.Start && x <= t.End;

    private static double? Median(List<double> sorted) =>
        sorted.Count == 0 ? null : Math.Round(sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2, 1);
}
