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

public class SitesAreEvaluatedTests
{
    private static readonly DateOnly Today = new(2027, 3, 1);

    [Theory(DisplayName = "A.1.7 who evaluates, and when")]
    [InlineData(true, "Live", "Weekly posts kept; families comment.", true)]
    [InlineData(true, "Archived", "Ran for a year as planned and closed.", true)]
    [InlineData(true, "Draft", "Weekly posts kept; families comment.", false)]
    [InlineData(false, "Live", "Weekly posts kept; families comment.", false)]
    [InlineData(true, "Live", "ok", false)]
    [InlineData(true, "UnderReview", "   ", false)]
    public void An_evaluation_is_recorded_by_administrators_or_leadership_once_the_site_has_run(bool adminOrLeader, string status, string text, bool allowed) =>
        Assert.Equal(allowed, SitesAreEvaluated.MayEvaluate(adminOrLeader, status, text).IsAllowed);

    [Fact]
    public void Only_the_headteacher_completes_a_review_with_a_next_date_inside_the_sites_life()
    {
        var end = Today.AddDays(200);
        Assert.True(SitesAreEvaluated.MayCompleteReview(true, Today.AddDays(90), Today, end).IsAllowed);
        Assert.Equal("A.1.7", ((BlockedOutcome)SitesAreEvaluated.MayCompleteReview(false, Today.AddDays(90), Today, end)).Clause);
        Assert.Equal("A.1.6", ((BlockedOutcome)SitesAreEvaluated.MayCompleteReview(true, null, Today, end)).Clause);
        Assert.Equal("A.1.6", ((BlockedOutcome)SitesAreEvaluated.MayCompleteReview(true, Today, Today, end)).Clause);
        Assert.Equal("A.1.6", ((BlockedOutcome)SitesAreEvaluated.MayCompleteReview(true, end.AddDays(1), Today, end)).Clause);
        Assert.True(SitesAreEvaluated.MayCompleteReview(true, end, Today, end).IsAllowed);
    }
}
