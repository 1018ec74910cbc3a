namespace Signpost.Policy.Clauses;

/// <summary>
/// Staff keep passwords strong and confidential; the platform enforces strong passwords, offers two-factor sign-in
/// to every member of staff, and requires it of the Headteacher and the Designated Safeguarding Lead, who see the
/// most sensitive records.
/// </summary>
[Clause("6.14–6.15", "Strong passwords; strict privacy settings")]
public static class StrongSignInForStaff
{
    public const int MinimumPasswordLength = 12;

    /// <summary>Roles that must use two-factor sign-in once the school's deadline has passed.</summary>
    public static readonly IReadOnlySet<string> RolesRequiringTwoFactor =
        new HashSet<string>(StringComparer.Ordinal) { "Headteacher", "DesignatedSafeguardingLead" };

    public static RuleOutcome MayContinueWithoutTwoFactor(IEnumerable<string> roles, bool twoFactorEnabled, DateTime now, DateTime requiredFrom)
    {
        if (twoFactorEnabled || !roles.Any(RolesRequiringTwoFactor.Contains) || now < requiredFrom)
        {
            return RuleOutcome.Allowed;
        }

        return RuleOutcome.Blocked("6.14–6.15", "Your role needs two-factor sign-in. Set it up with an authenticator app to continue.");
    }
}
