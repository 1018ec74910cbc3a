namespace Signpost.Policy.Clauses;

/// <summary>
/// The Headteacher approves every new official site, on the school's own platform or a third party's; nobody decides
/// on a proposal they made themselves (they may not review it for the leadership team either). The same decision
/// approves, or not, the use of the school logo and brand (A.3.5) and advertising for contributors (A.5.7) that the
/// proposal asks for.
/// </summary>
[Clause("A.3.2", "Headteacher approves creating a site")]
[Clause("A.3.5", "Headteacher approves use of logo and brand")]
[Clause("A.5.7", "Advertising for contributors needs Headteacher approval")]
public static class HeadteacherApprovesSites
{
    public static RuleOutcome MayDecide(bool isHeadteacher, Guid decider, Guid? proposer)
    {
        if (!isHeadteacher)
        {
            return RuleOutcome.Blocked("A.3.2", "Only the Headteacher approves, rejects or sends back a site proposal.");
        }

        return decider == proposer
            ? RuleOutcome.Blocked("A.3.2", "You proposed this site, so you cannot decide on it. Ask another member of the leadership team to act as Headteacher for it.")
            : RuleOutcome.Allowed;
    }

    public static RuleOutcome MayGoLive(bool approved) =>
        approved ? RuleOutcome.Allowed : RuleOutcome.Blocked("A.3.2", "The Headteacher has not approved this site.");
}

/// <summary>
/// The audience and level of interaction are discussed with the leadership team before the Headteacher decides: a
/// member of the leadership team who did not propose the site records that discussion.
/// </summary>
[Clause("A.1.3", "Audience and interaction discussed with the leadership team")]
public static class LeadershipTeamDiscussesAudience
{
    public static RuleOutcome MayReview(bool isLeadership, Guid reviewer, Guid? proposer) =>
        !isLeadership
            ? RuleOutcome.Blocked("A.1.3", "Only a member of the leadership team records the discussion of a proposal.")
            : reviewer == proposer
                ? RuleOutcome.Blocked("A.1.3", "You proposed this site, so another member of the leadership team must review it.")
                : RuleOutcome.Allowed;

    public static RuleOutcome ReadyForDecision(bool reviewed) =>
        reviewed ? RuleOutcome.Allowed : RuleOutcome.Blocked("A.1.3", "The leadership team has not yet recorded its discussion of the audience and interaction.");
}
