namespace Signpost.Policy.Clauses;

/// <summary>A recorded absence: the person is away from <see cref="From"/> to <see cref="To"/>, both days included.</summary>
public sealed record AbsenceSpan(Guid PersonId, DateOnly From, DateOnly To);

/// <summary>
/// Every site keeps at least two administrators or moderators available, with cover for leave and absence (A.5.4):
/// over the next fourteen days, a day with fewer than two of them present is a gap the ICT leader and the Assistant
/// Head must fill.
/// </summary>
[Clause("A.5.4", "Enough cover for leave and absence")]
public static class EnoughCoverForAbsence
{
    public const int Minimum = 2;
    public const int DaysAhead = 14;

    /// <summary>How many of <paramref name="people"/> are not absent on each of the fourteen days from <paramref name="today"/>.</summary>
    public static IReadOnlyList<(DateOnly Day, int Available)> Availability(DateOnly today, IReadOnlyCollection<Guid> people, IReadOnlyList<AbsenceSpan> absences)
    {
        var days = new List<(DateOnly, int)>(DaysAhead);
        for (var i = 0; i < DaysAhead; i++)
        {
            var d = today.AddDays(i);
            days.Add((d, people.Count(p => !absences.Any(a => a.PersonId == p && a.From <= d && d <= a.To))));
        }

        return days;
    }

    public static bool IsShort(int available) => available < Minimum;

    /// <summary>The first day with too few people present, or null when every day is covered.</summary>
    public static DateOnly? FirstGap(IReadOnlyList<(DateOnly Day, int Available)> availability) =>
        availability.Where(a => IsShort(a.Available)).Select(a => (DateOnly?)a.Day).FirstOrDefault();
}
