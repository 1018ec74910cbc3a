namespace Signpost.Policy.Clauses;

/// <summary>Taking part, for the school, in a site someone else runs needs the Headteacher's approval; nobody approves their own request (A.3.3).</summary>
[Clause("A.3.3", "Headteacher approves participating on third-party sites")]
public static class HeadteacherApprovesParticipation
{
    public static RuleOutcome MayDecide(bool isHeadteacher, Guid decider, Guid requester) =>
        !isHeadteacher ? RuleOutcome.Blocked("A.3.3", "Only the Headteacher decides on taking part in other organisations' sites for the school.")
        : decider == requester ? RuleOutcome.Blocked("A.3.3", "You made this request, so you cannot decide on it.")
        : RuleOutcome.Allowed;
}
