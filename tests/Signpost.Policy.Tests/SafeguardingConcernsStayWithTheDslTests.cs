using Signpost.Policy.Clauses;

namespace Signpost.Policy.Tests;

public class SafeguardingConcernsStayWithTheDslTests
{
    [Theory(DisplayName = "A.2.3 who may open a safeguarding concern")]
    [InlineData(new[] { "DesignatedSafeguardingLead" }, true, true)]
    [InlineData(new[] { "Headteacher", "LeadershipTeam" }, true, true)]
    [InlineData(new[] { "DesignatedSafeguardingLead" }, false, false)] // right role, no two-factor sign-in
    [InlineData(new[] { "LeadershipTeam", "IctLeader" }, true, false)] // moderators and leaders do not
    [InlineData(new[] { "Staff" }, true, false)]
    [InlineData(new string[0], true, false)]
    public void Only_the_dsl_and_headteacher_with_two_factor_open_concerns(string[] roles, bool twoFactor, bool allowed)
    {
        var outcome = SafeguardingConcernsStayWithTheDsl.MayOpen(roles, twoFactor);
        Assert.Equal(allowed, outcome.IsAllowed);
        if (!allowed)
        {
            var blocked = Assert.IsType<BlockedOutcome>(outcome);
            Assert.Equal("A.2.3", blocked.Clause);
            Assert.Contains(SafeguardingConcernsStayWithTheDsl.HoldsConcerns(roles) ? "two-factor" : "Only the Designated", blocked.Reason);
        }
    }

    [Theory(DisplayName = "A.2.3 who may raise a concern")]
    [InlineData("TeachingStaff", true, true)]
    [InlineData("SupportStaff", true, true)]
    [InlineData("Volunteer", true, true)]
    [InlineData("TeachingStaff", false, false)] // a leaver
    [InlineData("Pupil", true, false)]
    [InlineData("Parent", true, false)]
    public void Any_active_member_of_staff_may_raise_a_concern(string kind, bool active, bool allowed) =>
        Assert.Equal(allowed, SafeguardingConcernsStayWithTheDsl.MayRaise(kind, active).IsAllowed);

    [Theory(DisplayName = "A.2.3 what the member of staff writes")]
    [InlineData(null, false)]
    [InlineData("   worried ", false)]
    [InlineData("The pupil says they are scared to go home.", true)]
    public void A_raised_concern_says_what_worries_the_member_of_staff(string? worry, bool allowed) =>
        Assert.Equal(allowed, SafeguardingConcernsStayWithTheDsl.WorryIsUsable(worry).IsAllowed);

    [Fact(DisplayName = "A.2.3 a worry longer than the limit is refused")]
    public void A_worry_longer_than_the_limit_is_refused() =>
        Assert.False(SafeguardingConcernsStayWithTheDsl.WorryIsUsable(new string('a', SafeguardingConcernsStayWithTheDsl.MaximumWorryLength + 1)).IsAllowed);

    [Theory(DisplayName = "A.2.3 closing a concern")]
    [InlineData(true, "Referred to children's social care.", false)] // the item still waits for a decision
    [InlineData(false, " ", false)] // no outcome
    [InlineData(false, "Referred to children's social care.", true)]
    public void A_concern_closes_only_after_the_item_is_decided_and_with_an_outcome(bool awaiting, string outcome, bool allowed) =>
        Assert.Equal(allowed, SafeguardingConcernsStayWithTheDsl.MayClose(awaiting, outcome).IsAllowed);
}

public class ExtremeOffenceEvidenceIsKeptTests
{
    [Fact(DisplayName = "A.5.6 evidence matches its sealed hash until it is altered")]
    public void Evidence_matches_its_sealed_hash_until_it_is_altered()
    {
        const string text = "kept exactly as written, with an accent: café";
        var hash = ExtremeOffenceEvidenceIsKept.HashOf(text);
        Assert.Equal(64, hash.Length);
        Assert.True(ExtremeOffenceEvidenceIsKept.IsIntact(text, hash));
        Assert.True(ExtremeOffenceEvidenceIsKept.IsIntact(text, hash.ToUpperInvariant()));
        Assert.False(ExtremeOffenceEvidenceIsKept.IsIntact(text + ".", hash));
        Assert.False(ExtremeOffenceEvidenceIsKept.IsIntact(text, "not a hash"));
    }

    [Theory(DisplayName = "A.5.6 who may read evidence")]
    [InlineData(new[] { "Headteacher" }, true, true)]
    [InlineData(new[] { "DesignatedSafeguardingLead" }, false, false)]
    [InlineData(new[] { "IctLeader" }, true, false)]
    public void Only_the_dsl_and_headteacher_with_two_factor_read_evidence(string[] roles, bool twoFactor, bool allowed)
    {
        var outcome = ExtremeOffenceEvidenceIsKept.MayRead(roles, twoFactor);
        Assert.Equal(allowed, outcome.IsAllowed);
        if (!allowed)
        {
            Assert.Equal("A.5.6", Assert.IsType<BlockedOutcome>(outcome).Clause);
        }
    }
}

public class MediaEnquiriesGoToTheHeadteacherTests
{
    [Theory(DisplayName = "A.3.6 only the Headteacher reads media enquiries")]
    [InlineData(new[] { "Headteacher" }, true)]
    [InlineData(new[] { "Headteacher", "LeadershipTeam" }, true)]
    [InlineData(new[] { "LeadershipTeam", "CommunicationsManager" }, false)]
    [InlineData(new[] { "DesignatedSafeguardingLead" }, false)]
    [InlineData(new string[0], false)]
    public void Only_the_headteacher_reads_media_enquiries(string[] roles, bool allowed)
    {
        var outcome = MediaEnquiriesGoToTheHeadteacher.MayRead(roles);
        Assert.Equal(allowed, outcome.IsAllowed);
        if (!allowed)
        {
            var blocked = Assert.IsType<BlockedOutcome>(outcome);
            Assert.Equal("A.3.6", blocked.Clause);
            Assert.Contains(MediaEnquiriesGoToTheHeadteacher.Instruction, blocked.Reason);
        }
    }
}
