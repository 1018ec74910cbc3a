namespace Signpost.Policy.Clauses;

/// <summary>
/// A site is never left to drift (A.1.6): a running site with no published post for three school weeks in a row is
/// neglected, and its review and end dates are announced ahead of time so the exit plan or an extension is decided.
/// </summary>
[Clause("A.1.6", "Never neglected; review and end dates kept")]
public static class SitesAreNeverNeglected
{
    public const int Weeks = 3;
    public const int DaysNotice = 14;

    /// <summary>The last three completed school weeks all went without a post, and the site was running before the first of them.</summary>
    public static bool IsNeglected(DateOnly today, IReadOnlyList<Term> terms, IEnumerable<DateOnly> postDays, DateOnly? runningSince)
    {
        var weeks = SchoolWeeks.LastCompletedSchoolWeeks(today, terms, Weeks);
        if (weeks.Count < Weeks || (runningSince is { } since && since > weeks[^1]))
        {
            return false;
        }

        var days = postDays.ToList();
        return weeks.All(w => !SchoolWeeks.HasPostIn(w, days));
    }

    /// <summary>Whether a review or end date is close enough to remind its people (today included, the date not yet passed).</summary>
    public static bool DueSoon(DateOnly? date, DateOnly today) => date is { } d && d >= today && d <= today.AddDays(DaysNotice);
}
