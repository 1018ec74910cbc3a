namespace Signpost.Checking.Tests;

/// <summary>Opinion (A.4.10, 5.3), confidential (3.2), spam (A.5.1) and the personal-post advice (6.1, 6.8, 6.10).</summary>
public class PolicyCategoryTests
{
    [Theory]
    [InlineData("A.4.10", "Vote Labour at the election!", "Vote Labour")]
    [InlineData("A.4.10", "The Conservatives are a disgrace", "The Conservatives are a disgrace")]
    [InlineData("A.4.10", "Keir Starmer is useless", "Keir Starmer is useless")]
    [InlineData("5.3", "In my personal opinion the new road is wrong", "In my personal opinion")]
    public void Political_and_personal_opinion_in_a_staff_post_is_a_finding(string clause, string text, string span) =>
        CheckerAssert.Finds(text, Categories.Opinion, clause, span, CheckContext.StaffPost);

    [Fact]
    public void A_pupils_opinion_in_persuasive_writing_is_fine() =>
        CheckerAssert.Clean("In my opinion chocolate is the best food.", CheckContext.PupilPost);

    [Fact]
    public void Opinion_is_not_checked_on_a_personal_post() =>
        CheckerAssert.NoCategory("Vote Labour!", Categories.Opinion, CheckContext.PersonalPost);

    [Theory]
    [InlineData("3.2", "CONFIDENTIAL: notes from the meeting", "CONFIDENTIAL")]
    [InlineData("3.2", "The child protection plan is attached", "child protection plan")]
    [InlineData("3.2", "She told me this in confidence", "told me this in confidence")]
    // A list word ending in a mark (phrases.txt "teachers'"): the pattern once kept the mark's gap beside the space.
    [InlineData("3.2", "The teachers' salaries are attached", "teachers' salaries")]
    public void Confidential_information_is_a_finding(string clause, string text, string span) =>
        CheckerAssert.Finds(text, Categories.Confidential, clause, span, CheckContext.StaffPost);

    [Theory]
    [InlineData("A.5.1", "Click here for free robux", "Click here")]
    [InlineData("A.5.1", "Use my discount code SAVE20", "discount code")]
    [InlineData("A.5.1", "Bitcoin investment opportunity", "Bitcoin")]
    [InlineData("A.5.1", "It is 100% profit every time", "100% profit")]
    public void Promotion_in_a_public_comment_is_spam(string clause, string text, string span) =>
        CheckerAssert.Finds(text, Categories.Spam, clause, span, CheckContext.PublicComment);

    [Theory]
    [InlineData("Lovely walk today #sundayfunday #autumn")]
    [InlineData("Holiday snaps #cornwall #beach")]
    public void Other_hashtags_on_a_personal_post_are_not_self_identification(string text) =>
        CheckerAssert.NoCategory(text, Categories.SelfIdentification, CheckContext.PersonalPost);

    [Fact]
    public void A_school_event_in_a_staff_post_is_not_spam() =>
        CheckerAssert.Clean("Book now for the school disco and win prizes in the raffle!", CheckContext.StaffPost);

    [Theory]
    [InlineData("6.1", "As a teacher at Holbrook Primary I see this daily", "As a teacher at")]
    [InlineData("6.1", "Another long day at Holbrook", "Holbrook")]
    [InlineData("6.1", "Best job ever #holbrookprimary", "#holbrookprimary")]
    [InlineData("6.1", "Sports day! #HolbrookPrimary #proud", "#HolbrookPrimary")]
    [InlineData("6.1", "Nativity done #holbrook", "#holbrook")]
    [InlineData("6.1", "so proud of holbrookprimary today", "holbrookprimary")]
    public void Naming_the_school_on_a_personal_post_is_self_identification(string clause, string text, string span) =>
        CheckerAssert.Finds(text, Categories.SelfIdentification, clause, span, CheckContext.PersonalPost);

    [Theory]
    [InlineData("Holbrook Primary School", "Long day at Holbrook today", "Holbrook")]
    [InlineData("St Mary's C of E Primary School", "Our St Mary's nativity was lovely", "St Mary's")]
    public void The_school_is_recognised_by_its_short_name(string schoolName, string text, string span)
    {
        var checker = new ContentChecker(school: new SchoolProfile([schoolName]));
        var result = checker.Check(text, CheckContext.PersonalPost);
        Assert.Contains(result.Findings, f => f.Category == Categories.SelfIdentification && f.Clause == "6.1" && text.Substring(f.Start, f.Length) == span);
    }

    [Fact]
    public void A_school_named_after_an_ordinary_word_is_only_known_by_its_full_name()
    {
        var checker = new ContentChecker(school: new SchoolProfile(["Park Primary School"]));
        Assert.Empty(checker.Check("We walked in the park", CheckContext.PersonalPost).Findings);
    }

    [Fact]
    public void A_school_email_on_a_personal_post_is_a_finding() =>
        CheckerAssert.Finds("Tickets: h.price@holbrook.sch.uk", Categories.SchoolEmail, "6.10", "h.price@holbrook.sch.uk", CheckContext.PersonalPost);

    [Fact]
    public void Any_sch_uk_address_counts_as_a_school_email_without_a_profile()
    {
        var result = ContentChecker.Default.Check("mail me at j.smith@elmwood.coventry.sch.uk", CheckContext.PersonalPost);
        Assert.Contains(result.Findings, f => f.Category == Categories.SchoolEmail && f.Clause == "6.10");
    }

    [Fact]
    public void Work_information_about_pupils_on_a_personal_post_is_a_finding() =>
        CheckerAssert.FindsCategory("One of my pupils told me his dad lost his job", Categories.PersonalData, CheckContext.PersonalPost);

    [Fact]
    public void Self_identification_is_only_for_personal_posts() =>
        CheckerAssert.NoCategory("As a teacher at Holbrook Primary I am proud of Year 6.", Categories.SelfIdentification, CheckContext.StaffPost);
    [Fact]
    public void Each_list_entry_carries_the_context_rules_and_messages_of_its_category_and_key()
    {
        // PhraseEntry works out once where its findings apply and what they say (issue 3's speed); it must be exactly
        // what ContextRules and Messages say for every entry of the lists, in every context.
        var entries = Matching.PhraseLists.LoadEmbedded().Entries;
        Assert.True(entries.Count > 1_000, $"only {entries.Count} entries");
        var contexts = Enum.GetValues<CheckContext>();
        foreach (var e in entries)
        {
            foreach (var context in contexts)
            {
                Assert.True(
                    ((e.Contexts >> (int)context) & 1) == (Detectors.ContextRules.Applies(e.Category, e.MessageKey, context) ? 1 : 0),
                    $"{e.Where} ({e.Category}, {e.MessageKey}) in {context}");
            }

            Assert.Equal(Messages.Has(e.MessageKey) ? Messages.For(e.MessageKey, pupil: false) : null, e.AdultMessage);
            Assert.Equal(Messages.Has(e.MessageKey) ? Messages.For(e.MessageKey, pupil: true) : null, e.PupilMessage);
        }

        Assert.Contains(entries, e => e.Contexts != (1 << contexts.Length) - 1);
    }
}
