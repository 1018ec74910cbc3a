namespace Signpost.Policy.Clauses;

/// <summary>
/// A safeguarding concern (a disclosure, a grooming pattern, extreme offence) is read only by the Designated
/// Safeguarding Lead and the Headteacher, and only in a session signed in with two-factor sign-in, because its
/// chronology names children and what happened to them. Any member of staff may raise one from any item they can see;
/// they are told it has gone to the DSL, never what happens next.
/// </summary>
[Clause("A.2.3", "Safeguarding concerns reported to the appropriate authorities immediately")]
public static class SafeguardingConcernsStayWithTheDsl
{
    /// <summary>The roles that hold safeguarding concerns.</summary>
    public static readonly IReadOnlySet<string> RolesThatHoldConcerns =
        new HashSet<string>(StringComparer.Ordinal) { "DesignatedSafeguardingLead", "Headteacher" };

    /// <summary>Whether someone with these roles may hold concerns at all (before asking about two-factor sign-in).</summary>
    public static bool HoldsConcerns(IEnumerable<string> roles) => roles.Any(RolesThatHoldConcerns.Contains);

    /// <summary>Whether a person may open a concern now: the right role, and a two-factor sign-in.</summary>
    public static RuleOutcome MayOpen(IEnumerable<string> roles, bool signedInWithTwoFactor) =>
        !HoldsConcerns(roles) ? RuleOutcome.Blocked("A.2.3", "Only the Designated Safeguarding Lead and the Headteacher read safeguarding concerns.")
        : !signedInWithTwoFactor ? RuleOutcome.Blocked("A.2.3", "Safeguarding concerns open only after two-factor sign-in. Set up two-factor sign-in, then sign in again.")
        : RuleOutcome.Allowed;

    /// <summary>Any member of staff (2.1) may raise a concern; pupils and parents use "tell a teacher" instead.</summary>
    public static RuleOutcome MayRaise(string personKind, bool isActive) =>
        !isActive || !PeopleCoveredByThePolicy.IsStaffMember(personKind)
            ? RuleOutcome.Blocked("A.2.3", "Only members of staff raise safeguarding concerns. If something worries you, use \"Tell a teacher\".")
            : RuleOutcome.Allowed;

    /// <summary>What the member of staff writes: enough for the DSL to act on, short enough to write at once.</summary>
    public const int MinimumWorryLength = 10;

    public const int MaximumWorryLength = 2000;

    public static RuleOutcome WorryIsUsable(string? worry)
    {
        var length = worry?.Trim().Length ?? 0;
        return length < MinimumWorryLength
            ? RuleOutcome.Blocked("A.2.3", $"Say in a sentence what worries you (at least {MinimumWorryLength} characters), so the DSL can act on it.")
            : length > MaximumWorryLength
                ? RuleOutcome.Blocked("A.2.3", $"Keep it to {MaximumWorryLength:N0} characters; the DSL will ask you for more.")
                : RuleOutcome.Allowed;
    }

    /// <summary>A concern closes only once its content has been released or kept hidden, so nothing stays in limbo.</summary>
    public static RuleOutcome MayClose(bool contentAwaitsDecision, string? outcome) =>
        contentAwaitsDecision
            ? RuleOutcome.Blocked("A.2.3", "Decide first whether the item goes back to normal moderation or stays hidden.")
            : string.IsNullOrWhiteSpace(outcome)
                ? RuleOutcome.Blocked("A.2.3", "Record the outcome before closing the concern.")
                : RuleOutcome.Allowed;
}
