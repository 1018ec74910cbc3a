namespace Signpost.Checking;

/// <summary>Where a text is going: decides which rules apply and how strict they are (CONTRACT.md "Checker input").</summary>
public enum CheckContext
{
    PupilComment,
    PupilPost,
    PublicComment,
    StaffPost,
    PersonalPost,
}

/// <summary>What should happen to the text. The checker advises; people decide.</summary>
public enum CheckAction
{
    Allow,
    Hold,
    Block,
}

public enum Severity
{
    Low,
    Medium,
    High,
}

/// <summary>One thing the checker found, with the clause of CLAUSES.md behind it and where it is in the text (UTF-16 indices).</summary>
public sealed record Finding(string Category, string Clause, Severity Severity, int Start, int Length, string Message);

public sealed record CheckResult(CheckAction Action, IReadOnlyList<Finding> Findings);

/// <summary>A person the checker should recognise by name (from a roster file or the school's directory).</summary>
public sealed record KnownPerson(string FirstName, string LastName, KnownPersonRole Role, IReadOnlyList<string>? Nicknames = null);

public enum KnownPersonRole
{
    Pupil,
    Staff,
    Parent,
}
