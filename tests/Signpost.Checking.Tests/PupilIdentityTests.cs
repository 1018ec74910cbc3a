namespace Signpost.Checking.Tests;

public class PupilIdentityTests
{
    [Theory]
    [InlineData("A.5.2", "Rose Baker is my best friend", "Rose Baker")]
    [InlineData("A.5.2", "well done ROSE BAKER!", "ROSE BAKER")]
    [InlineData("A.5.2", "Rosie Baker's cake", "Rosie Baker")]
    [InlineData("A.5.2", "Baker, Rose got a sticker", "Baker, Rose")]
    [InlineData("A.5.2", "Olly Okonkwo scored", "Olly Okonkwo")]
    [InlineData("A.5.2", "Amelia Wright Fairbanks read", "Amelia Wright Fairbanks")]
    [InlineData("A.5.2", "Millie Wright-Fairbanks read", "Millie Wright-Fairbanks")]
    [InlineData("A.5.2", "Zoe Nowak won", "Zoe Nowak")]
    [InlineData("A.5.2", "olly okonkwos party was sooo good", "olly okonkwos")]
    [InlineData("A.5.2", "Noah Greens dog is called Biscuit", "Noah Greens")]
    public void Pupil_full_name_is_a_finding(string clause, string text, string span) =>
        CheckerAssert.Finds(text, Categories.PupilIdentity, clause, span);

    [Theory]
    [InlineData("A.5.2", "well done Okonkwo!", "Okonkwo")]
    [InlineData("A.5.2", "Nowak's goal was great", "Nowak")]
    public void Pupil_surname_alone_is_a_finding(string clause, string text, string span) =>
        CheckerAssert.Finds(text, Categories.PupilIdentity, clause, span);

    [Theory]
    [InlineData("A.5.2", "Rose in Year 4 made a cake", "Rose")]
    [InlineData("A.5.2", "Olly from Oak Class won", "Olly")]
    [InlineData("A.5.2", "Noah at Holbrook Primary sang", "Noah")]
    [InlineData("A.5.2", "My son Noah is 7 and in Oak, any spare jumpers?", "Noah")]
    [InlineData("A.5.2", "Rosie lives at 5 Plover Road next door to me", "Rosie")]
    [InlineData("A.5.2", "TeamGreen won the quiz night", "TeamGreen")]
    public void Pupil_first_name_with_school_or_class_is_a_finding(string clause, string text, string span) =>
        CheckerAssert.Finds(text, Categories.PupilIdentity, clause, span);

    /// <summary>
    /// A first name with the surname's initial, or an initial with the surname, as a register or a photo caption writes
    /// it (blind11, blind12, blind13): the initial must be a capital, so "noah n isla" ("n" for "and") stays quiet.
    /// </summary>
    [Theory]
    [InlineData("A.5.2", "Photo: Zoe N. with her Roman shield", "Zoe N")]
    [InlineData("A.5.2", "Thanks to Amelia W-F for the toys", "Amelia W-F")]
    [InlineData("A.5.2", "Well done to N. Green for 100 laps", "N. Green")]
    [InlineData("A.5.2", "R.Baker won the spelling bee", "R.Baker")]
    [InlineData("A.5.2", "Olly O is top of the leaderboard", "Olly O")]
    public void Pupil_name_with_an_initial_is_a_finding(string clause, string text, string span) =>
        CheckerAssert.Finds(text, Categories.PupilIdentity, clause, span);

    /// <summary>A name run together as a username ("noahgreen"), and a long surname with two letters swapped ("okonkow").</summary>
    [Theory]
    [InlineData("A.5.2", "noahgreen is in my team", "noahgreen")]
    [InlineData("A.5.2", "RoseBaker2015 is my friend", "RoseBaker")]
    [InlineData("A.5.2", "olly okonkow scored 3 goals", "olly okonkow")]
    [InlineData("A.5.2", "Zoe Novak did so well in her spelling test", "Zoe Novak")]
    [InlineData("A.5.2", "Amelia Wright got picked for the county squad", "Amelia Wright")]
    [InlineData("A.5.2", "Rozie Baker has a pony", "Rozie Baker")]
    public void Pupil_name_run_together_or_with_letters_swapped_is_a_finding(string clause, string text, string span) =>
        CheckerAssert.Finds(text, Categories.PupilIdentity, clause, span);

    /// <summary>Another person's name that has a pupil's first name in it, beside a year group, is history, not a pupil (blind12).</summary>
    [Theory]
    [InlineData("Year 5 learned about Oliver Cromwell and the English Civil War.")]
    [InlineData("Year 5 wrote reports about the sinking of the Mary Rose in 1545.")]
    [InlineData("noah n isla are my best friends")]
    [InlineData("Year 4 read about Noah Webster and his dictionary")]
    [InlineData("my favourite shop is green's? no, my favourite shop is nowak")]
    [InlineData("We went to Nowak in town to see the Christmas window")]
    [InlineData("we saw the Christmas windows at Okonkwo in Newcastle")]
    [InlineData("Chidi Okonkwo won the marathon at the Olympics")]
    [InlineData("the acorn fell from the Oak and Noah picked it up")]
    [InlineData("We learned about Dame Sarah Smith-Okonkwo today")]
    public void Someone_elses_name_or_a_lower_case_letter_is_not_a_pupil(string text) =>
        CheckerAssert.NoCategory(text, Categories.PupilIdentity);

    [Theory]
    [InlineData("A.5.2", "Rose B-a-k-e-r is my friend", "B-a-k-e-r")]
    [InlineData("A.5.2", "well done o k o n k w o", "o k o n k w o")]
    public void Pupil_surname_spelled_out_is_a_finding(string clause, string text, string span) =>
        CheckerAssert.Finds(text, Categories.PupilIdentity, clause, span);

    /// <summary>Leetspeak, look-alike letters, full-width forms and zero-width characters do not hide a pupil's name (A.5.2).</summary>
    [Theory]
    [InlineData("A.5.2", "Rose B4k3r is in my class", "Rose B4k3r")]
    [InlineData("A.5.2", "0l1v3r 0k0nkw0 won", "0l1v3r 0k0nkw0")]
    [InlineData("A.5.2", "Oliver 0KONKW0 scored", "Oliver 0KONKW0")]
    [InlineData("A.5.2", "Amelia Wr1ght-F41rb4nks read", "Amelia Wr1ght-F41rb4nks")]
    [InlineData("A.5.2", "Rose Bаker is kind", "Rose Bаker")]
    [InlineData("A.5.2", "Rose Ｂａｋｅｒ is kind", "Rose Ｂａｋｅｒ")]
    [InlineData("A.5.2", "Rose Ba\u200Bker is kind", "Rose Ba\u200Bker")]
    public void Pupil_full_name_in_disguise_is_a_finding(string clause, string text, string span) =>
        CheckerAssert.Finds(text, Categories.PupilIdentity, clause, span);

    [Theory]
    [InlineData("A.5.2", "well done 0konkw0!", "0konkw0")]
    [InlineData("A.5.2", "N0w4k's goal was great", "N0w4k")]
    [InlineData("A.5.2", "Well done Rose, and well done B4k3r for helping.", "B4k3r")]
    public void Pupil_surname_in_leetspeak_is_a_finding(string clause, string text, string span) =>
        CheckerAssert.Finds(text, Categories.PupilIdentity, clause, span);

    /// <summary>Reading digits as letters only happens inside words: numbers near a pupil's name are not surnames.</summary>
    [Theory]
    [InlineData("Rose got 4 out of 5 and 8 stickers")]
    [InlineData("The b4ker made bread and Rose liked it.")]
    public void Numbers_and_lower_case_leet_ordinary_words_are_not_surnames(string text) =>
        CheckerAssert.NoCategory(text, Categories.PupilIdentity);

    [Fact]
    public void Pupil_surname_that_is_an_ordinary_word_needs_context() =>
        CheckerAssert.Finds("Well done Rose, and well done Baker for helping.", Categories.PupilIdentity, "A.5.2", "Baker");

    [Theory]
    [InlineData("The baker made bread and Rose liked it.")]
    [InlineData("Rose liked the green apples.")]
    [InlineData("Noah painted the grass green.")]
    [InlineData("I like the rose garden in Year 4.")]
    [InlineData("Olly was really kind to me today.")]
    public void Ordinary_words_and_first_names_alone_are_not_findings(string text) =>
        CheckerAssert.NoCategory(text, Categories.PupilIdentity);

    [Fact]
    public void Staff_full_names_are_not_findings() =>
        CheckerAssert.NoCategory("Thank you Helen Price for the trip.", Categories.PupilIdentity, CheckContext.PublicComment);

    /// <summary>
    /// A parent's full name carries a pupil's surname and says whose family it is (A.5.2): the blind sets label it so,
    /// twenty-six lines of twenty-eight, with the child named or not.
    /// </summary>
    [Theory]
    [InlineData("Thanks, Sarah Baker", "Sarah Baker")]
    [InlineData("Huge thanks to Sarah Baker for running the cake stall", "Sarah Baker")]
    [InlineData("Sarah Baker here, Noah's mum's friend, thanks for the trip", "Sarah Baker")]
    [InlineData("Sarah Baker here, Rosie's mum - lovely assembly!", "Sarah Baker")]
    [InlineData("Rose had a great time, from her mum (Sarah Baker)", "Sarah Baker")]
    public void A_parents_full_name_names_the_pupils_family(string text, string span)
    {
        CheckerAssert.Finds(text, Categories.PupilIdentity, "A.5.2", span, CheckContext.PublicComment);
        CheckerAssert.NoCategory(text, Categories.PersonalData, CheckContext.PublicComment);
    }

    /// <summary>A parent whose surname no pupil on the roll shares is still a named adult: personal data (5.4), no pupil's identity.</summary>
    [Fact]
    public void A_parents_full_name_with_no_pupil_of_that_surname_is_personal_data()
    {
        var checker = new ContentChecker([new KnownPerson("Rose", "Baker", KnownPersonRole.Pupil), new KnownPerson("Dina", "Marsh", KnownPersonRole.Parent)], CheckerAssert.School);
        var findings = checker.Check("Thanks, Dina Marsh", CheckContext.PublicComment).Findings;
        Assert.Contains(findings, f => f.Category == Categories.PersonalData && f.Clause == "5.4");
        Assert.DoesNotContain(findings, f => f.Category == Categories.PupilIdentity);
    }

    /// <summary>A family by its name, or a possessive without its apostrophe: "the Nowaks" (A.5.2); an ordinary-word surname stays quiet.</summary>
    [Theory]
    [InlineData("the Nowaks brought a cake for the fair", "Nowaks")]
    [InlineData("we went to okonkwos house for tea", "okonkwos")]
    public void A_surname_as_a_familys_name_identifies_the_pupil(string text, string span) =>
        CheckerAssert.Finds(text, Categories.PupilIdentity, "A.5.2", span);

    [Fact]
    public void An_ordinary_word_surname_as_a_plural_is_not_a_finding() =>
        CheckerAssert.NoCategory("the greens and blues in the painting", Categories.PupilIdentity);

    [Theory]
    [InlineData("A.5.2", "my name is Jessica Fairweather and I like horses", "my name is Jessica Fairweather")]
    [InlineData("A.5.2", "my surname is Pennington", "my surname is Pennington")]
    [InlineData("A.5.2", "I go to Elmwood Primary School", "I go to Elmwood Primary School")]
    public void Pupils_identifying_themselves_without_a_roster_is_a_finding(string clause, string text, string span)
    {
        var result = ContentChecker.Default.Check(text, CheckContext.PupilComment);
        Assert.Contains(result.Findings, f => f.Category == Categories.PupilIdentity && f.Clause == clause && text.Substring(f.Start, f.Length) == span);
    }

    [Fact]
    public void A_pupil_name_in_a_personal_post_cites_work_information() =>
        CheckerAssert.Finds("Rose Baker was hilarious today", Categories.PupilIdentity, "6.8", "Rose Baker", CheckContext.PersonalPost);
}
