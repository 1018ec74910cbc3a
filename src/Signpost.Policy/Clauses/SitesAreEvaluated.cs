namespace Signpost.Policy.Clauses;

/// <summary>
/// How a site's success is judged is set out in its proposal, and the site is evaluated against those measures at
/// each review and at its exit, beside its own figures (A.1.7). A review ends only with an evaluation recorded and a
/// next review date set that falls inside the site's planned life (A.1.6).
/// </summary>
[Clause("A.1.7", "How success will be evaluated")]
public static class SitesAreEvaluated
{
    public const int MinimumEvaluationLength = 20;

    public static RuleOutcome MayEvaluate(bool isAdministratorOrLeadership, string status, string? evaluation)
    {
        if (!isAdministratorOrLeadership)
        {
            return RuleOutcome.Blocked("A.1.7", "Only the site's administrators and the leadership team record its evaluation.");
        }

        if (status is not ("Live" or "UnderReview" or "Archived"))
        {
            return RuleOutcome.Blocked("A.1.7", "A site is evaluated once it has run: while live, under review, or after it has closed.");
        }

        return string.IsNullOrWhiteSpace(evaluation) || evaluation.Trim().Length < MinimumEvaluationLength
            ? RuleOutcome.Blocked("A.1.7", $"Write the evaluation against the site's success measures (at least {MinimumEvaluationLength} characters).")
            : RuleOutcome.Allowed;
    }

    public static RuleOutcome MayCompleteReview(bool isHeadteacher, DateOnly? nextReview, DateOnly today, DateOnly? endDate)
    {
        if (!isHeadteacher)
        {
            return RuleOutcome.Blocked("A.1.7", "Only the Headteacher completes a site's review.");
        }

        if (nextReview is not { } next || next <= today)
        {
            return RuleOutcome.Blocked("A.1.6", "Give the next review date, later than today.");
        }

        return endDate is { } end && next > end
            ? RuleOutcome.Blocked("A.1.6", $"The next review must fall before the site's planned end date ({end:d MMM yyyy}); extend the site first if it should run longer.")
            : RuleOutcome.Allowed;
    }
}
