namespace Signpost.Policy.Clauses;

/// <summary>A term (or half term) from the school's calendar; days outside every term are holidays.</summary>
public sealed record Term(string Name, DateOnly Start, DateOnly End);

/// <summary>
/// School weeks run Monday to Sunday in the school's own time (England). A week is a school week when any of its
/// weekdays falls inside a term; holidays do not count for the weekly update (A.1.5) or for neglect (A.1.6).
/// </summary>
public static class SchoolWeeks
{
    public static DateOnly MondayOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    public static bool IsSchoolWeek(DateOnly monday, IReadOnlyList<Term> terms)
    {
        for (var i = 0; i < 5; i++)
        {
            var d = monday.AddDays(i);
            if (terms.Any(t => t.Start <= d && d <= t.End))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The term containing <paramref name="today"/>; in a holiday, the term just ended; before any term, the first one.</summary>
    public static Term? CurrentTerm(IReadOnlyList<Term> terms, DateOnly today) =>
        terms.FirstOrDefault(t => t.Start <= today && today <= t.End)
        ?? terms.Where(t => t.Start <= today).MaxBy(t => t.Start)
        ?? terms.MinBy(t => t.Start);

    /// <summary>The Mondays of a term's weeks, in order.</summary>
    public static IReadOnlyList<DateOnly> WeeksOf(Term term)
    {
        var weeks = new List<DateOnly>();
        for (var m = MondayOf(term.Start); m <= term.End; m = m.AddDays(7))
        {
            weeks.Add(m);
        }

        return weeks;
    }

    /// <summary>The most recent school weeks that have ended before <paramref name="today"/>'s week, latest first.</summary>
    public static IReadOnlyList<DateOnly> LastCompletedSchoolWeeks(DateOnly today, IReadOnlyList<Term> terms, int count)
    {
        var result = new List<DateOnly>();
        if (terms.Count == 0)
        {
            return result;
        }

        var earliest = MondayOf(terms.Min(t => t.Start));
        for (var m = MondayOf(today).AddDays(-7); m >= earliest && result.Count < count; m = m.AddDays(-7))
        {
            if (IsSchoolWeek(m, terms))
            {
                result.Add(m);
            }
        }

        return result;
    }

    /// <summary>Whether any of <paramref name="postDays"/> (local dates of published posts) falls in the week starting <paramref name="monday"/>.</summary>
    public static bool HasPostIn(DateOnly monday, IEnumerable<DateOnly> postDays) =>
        postDays.Any(d => d >= monday && d <= monday.AddDays(6));
}
