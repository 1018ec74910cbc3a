using Signpost.Policy.Clauses;

namespace Signpost.Policy.Tests;

public class StaffPostsNeedLeadershipApprovalTests
{
    private static readonly Guid Author = Guid.NewGuid();
    private static readonly Guid Deputy = Guid.NewGuid();
    private static readonly DateTime Now = new(2027, 3, 1, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Leadership_approves_someone_elses_post_A_3_4() => Assert.True(StaffPostsNeedLeadershipApproval.MayApprove(true, Deputy, Author).IsAllowed);

    [Fact]
    public void The_author_cannot_approve_their_own_post_A_3_4() =>
        Assert.Equal("A.3.4", Assert.IsType<BlockedOutcome>(StaffPostsNeedLeadershipApproval.MayApprove(true, Author, Author)).Clause);

    [Fact]
    public void Staff_outside_the_leadership_team_cannot_approve_A_3_4() =>
        Assert.Equal("A.3.4", Assert.IsType<BlockedOutcome>(StaffPostsNeedLeadershipApproval.MayApprove(false, Deputy, Author)).Clause);

    [Theory(DisplayName = "A.3.4 scheduling")]
    [InlineData(-120, false)]
    [InlineData(0, true)]
    [InlineData(60 * 24 * 7, true)]
    [InlineData(60 * 24 * 400, false)]
    public void A_post_is_scheduled_ahead_of_now_and_within_a_year(int minutes, bool allowed) =>
        Assert.Equal(allowed, StaffPostsNeedLeadershipApproval.MaySchedule(Now.AddMinutes(minutes), Now).IsAllowed);

    [Theory(DisplayName = "A.3.4 reasons")]
    [InlineData(null, false)]
    [InlineData("  ", false)]
    [InlineData("Please check the date of the trip.", true)]
    public void Sending_back_needs_reasons(string? reasons, bool allowed) =>
        Assert.Equal(allowed, StaffPostsNeedLeadershipApproval.MayRefuse(reasons).IsAllowed);

    [Fact]
    public void Staff_are_shown_with_their_position_A_4_8()
    {
        Assert.Equal("Tess Demo, Year 4 teacher", StaffIdentifyThemselves.Byline("Tess", "Demo", "Year 4 teacher"));
        Assert.Equal("Tess Demo, staff", StaffIdentifyThemselves.Byline("Tess", "Demo", null));
    }
}

public class PupilsPostWhereTheSiteAllowsTests
{
    [Theory(DisplayName = "A.5.1 pupil posts")]
    [InlineData(true, true, true, true, true)]
    [InlineData(true, true, true, false, false)]
    [InlineData(true, false, true, true, false)]
    [InlineData(true, true, false, true, false)]
    [InlineData(false, true, true, true, false)]
    public void Pupils_post_only_where_the_site_allows_it(bool pupil, bool reads, bool live, bool allowed, bool expected)
    {
        var outcome = PupilsPostWhereTheSiteAllows.Check(pupil, reads, live, allowed);
        Assert.Equal(expected, outcome.IsAllowed);
        if (!expected)
        {
            Assert.Equal("A.5.1", Assert.IsType<BlockedOutcome>(outcome).Clause);
        }
    }
}
