namespace Signpost.Policy.Clauses;

/// <summary>
/// Breaches of the policy may lead to disciplinary action (9.1–9.2), so each is recorded with what happened, the
/// clauses, severity, action and outcome, in a register only the Headteacher reads — and the member of staff the
/// Headteacher grants the HR role, who may read, export and record breaches too (issue 6: "an HR role the school may
/// grant"). Contractors report breaches to the school at once (9.3): any staff member's report reaches the Headteacher
/// immediately.
/// </summary>
[Clause("9.1–9.2", "Breaches may lead to disciplinary action: recorded")]
[Clause("9.3", "Contractors report breaches immediately")]
public static class BreachesAreRecorded
{
    public static bool MaySeeRegister(bool isHeadteacher, bool holdsHrRole = false) => isHeadteacher || holdsHrRole;

    /// <summary>Who may hold the HR role: a member of the school's own staff (teaching or support), granted by the Headteacher.</summary>
    public static bool MayHoldHrRole(string personKind) => personKind is "TeachingStaff" or "SupportStaff";

    public static bool MayReport(string personKind) => PeopleCoveredByThePolicy.IsStaffMember(personKind);
}
