namespace Signpost.Policy.Clauses;

/// <summary>
/// Everyone the policy covers (2.1: governors, staff of every kind, contractors, trainees, volunteers) acknowledges the
/// current version. Until they do they can read, but cannot publish, approve or moderate. Before the school has
/// published any version there is nothing to acknowledge, so nobody is held back.
/// </summary>
[Clause("2.1", "Everyone in scope acknowledges the current policy version")]
public static class EveryoneAcknowledgesThePolicy
{
    public static bool InScope(string personKind) => PeopleCoveredByThePolicy.IsStaffMember(personKind);

    public static RuleOutcome MayActOnContent(bool anyVersionPublished, bool acknowledgedCurrent) =>
        !anyVersionPublished || acknowledgedCurrent
            ? RuleOutcome.Allowed
            : RuleOutcome.Blocked("2.1", "Read and acknowledge the school's current Social Media Policy first (at /policy). Until then you can read, but not publish, approve or moderate.");
}
