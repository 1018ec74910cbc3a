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

public class SitesEndAsPlannedTests
{
    private static readonly DateOnly Today = new(2027, 7, 21);

    [Theory(DisplayName = "A.1.6 end date")]
    [InlineData("2027-07-20", true)]
    [InlineData("2027-07-21", false)]
    [InlineData(null, false)]
    public void A_site_is_due_to_close_the_day_after_its_end_date(string? end, bool due) =>
        Assert.Equal(due, SitesEndAsPlanned.IsDue(end is null ? null : DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), Today));

    [Fact]
    public void Only_the_headteacher_extends_and_only_to_a_later_date_A_1_6()
    {
        Assert.True(SitesEndAsPlanned.MayExtend(true, Today.AddDays(5), Today.AddDays(60), Today).IsAllowed);
        Assert.False(SitesEndAsPlanned.MayExtend(false, Today.AddDays(5), Today.AddDays(60), Today).IsAllowed);
        Assert.False(SitesEndAsPlanned.MayExtend(true, Today.AddDays(5), Today.AddDays(2), Today).IsAllowed);
    }
}
