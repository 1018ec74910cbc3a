namespace Signpost.Policy.Clauses;

/// <summary>
/// The policy applies to the governing body, all teaching and other staff (LA- or school-employed), contractors,
/// trainees and volunteers — together, "staff members". Pupils and parents are not in its scope, but are in the
/// directory because the sites serve them.
/// </summary>
[Clause("2.1", "Applies to governors, all staff, contractors, trainees and volunteers")]
public static class PeopleCoveredByThePolicy
{
    public static readonly IReadOnlySet<string> StaffMemberKinds =
        new HashSet<string>(StringComparer.Ordinal) { "TeachingStaff", "SupportStaff", "Governor", "Contractor", "Trainee", "Volunteer" };

    public static bool IsStaffMember(string personKind) => StaffMemberKinds.Contains(personKind);
}
