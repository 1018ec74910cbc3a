namespace Signpost.Policy.Clauses;

/// <summary>The school monitors use of its systems and users have no expectation of privacy there: said at every sign-in, and every action is recorded in the audit log.</summary>
[Clause("8.1–8.2", "The school monitors use of its systems; no expectation of privacy there")]
public static class UseOfTheSchoolSystemsIsMonitored
{
    public const string Notice =
        "Use of Signpost is monitored. Everything you do here is recorded in the school's audit log, and you should have no expectation of privacy in what you create, store or send (policy 8.1–8.2).";
}
