namespace Signpost.Checking.Tests;

/// <summary>The action table (ActionPolicy): block for A.5.6 everywhere, hold for any other finding, allow for none.</summary>
public class ActionTests
{
    public static TheoryData<CheckContext> AllContexts => [.. Enum.GetValues<CheckContext>()];

    [Theory]
    [MemberData(nameof(AllContexts))]
    public void Extreme_offence_A_5_6_is_blocked_in_every_context(CheckContext context) =>
        Assert.Equal(CheckAction.Block, CheckerAssert.Check("you f@g", context).Action);

    [Theory]
    [MemberData(nameof(AllContexts))]
    public void Safeguarding_A_2_3_is_held_in_every_context(CheckContext context) =>
        Assert.Equal(CheckAction.Hold, CheckerAssert.Check("my dad hits me", context).Action);

    [Theory]
    [MemberData(nameof(AllContexts))]
    public void Clean_writing_is_allowed_in_every_context(CheckContext context) =>
        Assert.Equal(CheckAction.Allow, CheckerAssert.Check("We loved the trip to the farm.", context).Action);

    [Theory]
    [InlineData(CheckContext.PupilComment)]
    [InlineData(CheckContext.PupilPost)]
    [InlineData(CheckContext.PublicComment)]
    public void Any_finding_on_a_pupil_site_or_public_comment_is_held(CheckContext context) =>
        Assert.Equal(CheckAction.Hold, CheckerAssert.Check("crap", context).Action);

    [Fact]
    public void Pupils_get_child_friendly_messages_and_adults_plain_ones()
    {
        var pupil = CheckerAssert.Check("my number is 07700 900123", CheckContext.PupilComment).Findings.First(f => f.Category == Categories.ContactDetails);
        var adult = CheckerAssert.Check("my number is 07700 900123", CheckContext.PublicComment).Findings.First(f => f.Category == Categories.ContactDetails);
        Assert.Contains("safe", pupil.Message, StringComparison.Ordinal);
        Assert.Contains("A.4.9", adult.Message, StringComparison.Ordinal);
        Assert.NotEqual(pupil.Message, adult.Message);
    }

    [Fact]
    public void Every_finding_cites_a_clause_from_the_policy_table()
    {
        string[] clauses = ["A.4.9", "A.2.2", "A.5.1", "5.4", "A.5.2", "6.8", "5.2", "A.5.6", "5.5", "3.4", "A.2.3", "A.4.10", "5.3", "3.2", "6.1", "6.2", "6.9", "6.10"];
        var texts = new[]
        {
            "call 07700 900123, jo@x.com, 12 Elm Road CV1 2AB, www.a.com", "Tom is 8, NHS 943 476 5919", "Rose Baker in Year 4",
            "shit", "p4ki", "you're an idiot, nobody likes you", "my dad hits me", "don't tell your mum", "vote Labour", "CONFIDENTIAL",
            "click here", "As a teacher at Holbrook I love my class", "email me at a@holbrook.sch.uk",
        };
        foreach (var context in Enum.GetValues<CheckContext>())
        {
            foreach (var text in texts)
            {
                foreach (var f in CheckerAssert.Check(text, context).Findings)
                {
                    Assert.Contains(f.Clause, clauses);
                    Assert.Contains(f.Category, Categories.All);
                }
            }
        }
    }
}
