namespace Signpost.Policy.Clauses;

/// <summary>
/// Every year-group blog is updated at least once a week in term time; the Assistant Head sees that it is resourced
/// (A.1.5). If a school week has no published post by Thursday, the blog's staff are reminded; if it ends without one,
/// the Assistant Head is alerted on the Monday after. Holiday weeks never count. A post published at any moment up to
/// Sunday 23:59 (school time) counts for its week.
/// </summary>
[Clause("A.1.5", "Year-group blogs updated weekly; resources and cover")]
public static class YearGroupBlogsUpdatedWeekly
{
    /// <summary>Reminders and alerts go out from this hour of school time, not in the middle of the night.</summary>
    public const int FromHour = 7;

    public static bool Kept(DateOnly monday, IEnumerable<DateOnly> postDays) => SchoolWeeks.HasPostIn(monday, postDays);

    /// <summary>The school week whose staff should be reminded now (Thursday or Friday of a school week with no post yet), or null.</summary>
    public static DateOnly? WeekToRemind(DateTime localNow, IReadOnlyList<Term> terms, IEnumerable<DateOnly> postDays)
    {
        var today = DateOnly.FromDateTime(localNow);
        var due = today.DayOfWeek == DayOfWeek.Friday || (today.DayOfWeek == DayOfWeek.Thursday && localNow.Hour >= FromHour);
        var monday = SchoolWeeks.MondayOf(today);
        return due && SchoolWeeks.IsSchoolWeek(monday, terms) && !Kept(monday, postDays) ? monday : null;
    }

    /// <summary>
    /// The school week the Assistant Head should be alerted about now: last week, when it was a school week and ended
    /// without a post. Due from Monday morning; a monitor that missed Monday (a restart) still alerts later that week.
    /// </summary>
    public static DateOnly? WeekToAlert(DateTime localNow, IReadOnlyList<Term> terms, IEnumerable<DateOnly> postDays)
    {
        var today = DateOnly.FromDateTime(localNow);
        if (today.DayOfWeek == DayOfWeek.Monday && localNow.Hour < FromHour)
        {
            return null;
        }

        var last = SchoolWeeks.MondayOf(today).AddDays(-7);
        return SchoolWeeks.IsSchoolWeek(last, terms) && !Kept(last, postDays) ? last : null;
    }
}
