using Signpost.Policy.Clauses;

namespace Signpost.Policy.Tests;

public class SiteDecisionRulesTests
{
    private static readonly Guid Proposer = Guid.NewGuid();
    private static readonly Guid Other = Guid.NewGuid();

    [Fact]
    public void Headteacher_decides_on_someone_elses_proposal_A_3_2() => Assert.True(HeadteacherApprovesSites.MayDecide(true, Other, Proposer).IsAllowed);

    [Fact]
    public void Headteacher_cannot_decide_on_their_own_proposal_A_3_2() =>
        Assert.Equal("A.3.2", Assert.IsType<BlockedOutcome>(HeadteacherApprovesSites.MayDecide(true, Proposer, Proposer)).Clause);

    [Fact]
    public void Nobody_else_decides_A_3_2() => Assert.False(HeadteacherApprovesSites.MayDecide(false, Other, Proposer).IsAllowed);

    [Fact]
    public void Leadership_reviews_others_proposals_only_A_1_3()
    {
        Assert.True(LeadershipTeamDiscussesAudience.MayReview(true, Other, Proposer).IsAllowed);
        Assert.False(LeadershipTeamDiscussesAudience.MayReview(true, Proposer, Proposer).IsAllowed);
        Assert.False(LeadershipTeamDiscussesAudience.MayReview(false, Other, Proposer).IsAllowed);
        Assert.False(LeadershipTeamDiscussesAudience.ReadyForDecision(false).IsAllowed);
    }
}
