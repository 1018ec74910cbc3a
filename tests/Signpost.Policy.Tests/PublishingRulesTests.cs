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

public class SiteInteractionLevelsTests
{
    private static SiteInteractionLevels.Facts Facts(string? kind, bool staff = false, bool reads = true, bool vetted = false, bool live = true,
        bool pupilsPost = false, bool pupilsComment = false, bool parentsComment = false, bool publicComment = false) =>
        new(kind, staff, reads, vetted, live, pupilsPost, pupilsComment, parentsComment, publicComment);

    [Theory(DisplayName = "A.5.1 / A.2.6 comments")]
    [InlineData("Pupil", false, false, true, false, false, true, null)]
    [InlineData("Pupil", false, false, false, false, false, false, "A.5.1")]
    [InlineData("Parent", false, true, false, true, false, true, null)]
    [InlineData("Parent", false, false, false, true, false, false, "A.2.6")]
    [InlineData("Parent", false, true, false, false, false, false, "A.5.1")]
    [InlineData("Volunteer", false, true, false, false, true, true, null)]
    [InlineData("TeachingStaff", true, false, false, false, false, true, null)]
    [InlineData(null, false, false, true, true, true, false, "A.2.6")]
    public void Who_may_comment_follows_the_sites_settings_and_vetting(string? kind, bool staff, bool vetted, bool pupils, bool parents, bool pub, bool allowed, string? clause)
    {
        var outcome = SiteInteractionLevels.MayComment(Facts(kind, staff, vetted: vetted, pupilsComment: pupils, parentsComment: parents, publicComment: pub));
        Assert.Equal(allowed, outcome.IsAllowed);
        if (clause is not null)
        {
            Assert.Equal(clause, Assert.IsType<BlockedOutcome>(outcome).Clause);
        }
    }

    [Fact]
    public void Nobody_comments_on_a_site_they_cannot_read_A_5_1() =>
        Assert.False(SiteInteractionLevels.MayComment(Facts("Pupil", reads: false, pupilsComment: true)).IsAllowed);

    [Fact]
    public void Pupils_post_only_where_the_site_allows_it_A_5_1()
    {
        Assert.True(SiteInteractionLevels.MayPupilPost(Facts("Pupil", pupilsPost: true)).IsAllowed);
        Assert.False(SiteInteractionLevels.MayPupilPost(Facts("Pupil", pupilsPost: false)).IsAllowed);
        Assert.False(SiteInteractionLevels.MayPupilPost(Facts("Pupil", reads: false, pupilsPost: true)).IsAllowed);
        Assert.False(SiteInteractionLevels.MayPupilPost(Facts("Parent", pupilsPost: true)).IsAllowed);
    }
}
