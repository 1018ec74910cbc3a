namespace Signpost.Policy.Clauses;

/// <summary>
/// Someone who has left the school can no longer sign in or reach pupils through the platform, from the moment the
/// school records that they left (a roster import without them, or a manual change). What they published stays,
/// attributed to them.
/// </summary>
[Clause("6.7", "After leaving, no contact with pupils")]
public static class LeaversLoseAccessAtOnce
{
    public static RuleOutcome MaySignIn(bool isActive) =>
        isActive
            ? RuleOutcome.Allowed
            : RuleOutcome.Blocked("6.7", "This account belongs to someone who has left the school, so it can no longer be used.");
}
