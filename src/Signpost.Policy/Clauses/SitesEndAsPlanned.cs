namespace Signpost.Policy.Clauses;

/// <summary>
/// Every site has a planned lifetime and an exit plan from the outset, and is never left to drift: on its end date it
/// closes as the plan says, unless the Headteacher has extended it to a later date (A.1.6).
/// </summary>
[Clause("A.1.6", "Exit strategy and planned lifetime; never neglected")]
public static class SitesEndAsPlanned
{
    public static bool IsDue(DateOnly? endDate, DateOnly today) => endDate is { } end && end < today;

    public static RuleOutcome MayExtend(bool isHeadteacher, DateOnly? currentEnd, DateOnly newEnd, DateOnly today) =>
        !isHeadteacher ? RuleOutcome.Blocked("A.1.6", "Only the Headteacher extends a site's planned life.")
        : newEnd <= today || (currentEnd is { } c && newEnd <= c) ? RuleOutcome.Blocked("A.1.6", "Choose a new end date later than today and later than the current one.")
        : RuleOutcome.Allowed;
}
