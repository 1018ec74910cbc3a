namespace Signpost.Policy;

/// <summary>Names the clause of the school's policy (IDs from CLAUSES.md) that a rule implements. Search the code for the ID to find the rule.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class ClauseAttribute(string id, string summary) : Attribute
{
    public string Id { get; } = id;
    public string Summary { get; } = summary;
}

/// <summary>What a rule says about an action. Every outcome other than Allowed carries the clause that caused it.</summary>
public abstract record RuleOutcome
{
    public static readonly RuleOutcome Allowed = new AllowedOutcome();

    public static RuleOutcome NeedsApproval(string clause, string reason) => new NeedsApprovalOutcome(clause, reason);

    public static RuleOutcome Blocked(string clause, string reason) => new BlockedOutcome(clause, reason);

    public static RuleOutcome Escalate(string clause, string reason) => new EscalateOutcome(clause, reason);

    public bool IsAllowed => this is AllowedOutcome;
}

public sealed record AllowedOutcome : RuleOutcome;

public sealed record NeedsApprovalOutcome(string Clause, string Reason) : RuleOutcome;

public sealed record BlockedOutcome(string Clause, string Reason) : RuleOutcome;

public sealed record EscalateOutcome(string Clause, string Reason) : RuleOutcome;
