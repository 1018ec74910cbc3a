namespace Signpost.Checking.Tests;

/// <summary>
/// Pupils named the way blind16 and blind17 wrote them (A.5.2), tested in other words: both initials with a class, a
/// double-barrelled name's initials and an initial in lower case, a surname misspelt after the first name, a possessive
/// without its apostrophe, a class after its year's number; and the ordinary writing beside each that must stay quiet.
/// </summary>
public class PupilVariantsTests
{
    private static readonly KnownPerson[] Roster =
    [
        new("Zainab", "Hussain", KnownPersonRole.Pupil),
        new("Priya", "Chaudhry", KnownPersonRole.Pupil),
        new("Amelia", "Wright-Fairbanks", KnownPersonRole.Pupil),
        new("Harvey", "Pike", KnownPersonRole.Pupil),
        new("Rose", "Baker", KnownPersonRole.Pupil),
        new("Noah", "Green", KnownPersonRole.Pupil),
        new("Kacper", "Nowak", KnownPersonRole.Pupil),
        new("Tomasz", "Nowak", KnownPersonRole.Parent),
        new("Sarah", "Baker", KnownPersonRole.Parent),
        new("Peter", "Collins", KnownPersonRole.Pupil),
    ];

    private static readonly ContentChecker Checker = new(Roster, new SchoolProfile(["Holbrook Primary"], ["holbrook.sch.uk"], ["Oak Class", "Willow Class"]));

    private static bool Identifies(string text) =>
        Checker.Check(text, CheckContext.PublicComment).Findings.Any(f => f.Category == Categories.PupilIdentity && f.Clause == "A.5.2");

    [Theory]
    [InlineData("Congratulations to Z.H. in Year 5 on her story")]
    [InlineData("H.P. (Y3) read in assembly")]
    [InlineData("amelia w-f has the solo")]
    [InlineData("me and noah g from 4 oak are partners")]
    [InlineData("priya chaudary won the spelling bee")]
    [InlineData("priya choudhary got star of the week")]
    [InlineData("kacpers dad tomasz nowak ran the barbecue")]
    [InlineData("harvey from 3 willow lost his jumper")]
    [InlineData("add me on roblox im HPike_Gamer")]
    [InlineData("me and Amelia WF did the poster")]
    [InlineData("ZH from year 5 found my scarf")]
    [InlineData("well done z.h in willow class")]
    [InlineData("Sarah Baker here, thank you for looking after my little girl on the trip")]
    [InlineData("Priya in 6C was brilliant")]
    [InlineData("Well done Green, what a save!")]
    [InlineData("me and Baker won the three-legged race")]
    [InlineData("Pike and Green did the relay")]
    [InlineData("noah g is my best friend")]
    [InlineData("Sarah Baker here, is the Year 4 trip on Friday?")]
    [InlineData("Sarah Baker here, when is the trip money due?")]
    public void The_pupil_is_named(string text) => Assert.True(Identifies(text), text);

    [Theory]
    [InlineData("P.C. Jones visited Year 4 to talk about road safety")]
    [InlineData("Z.H. wrote a lovely poem")]
    [InlineData("we ate at the Rose and Crown after the Year 6 play")]
    [InlineData("Priya Chaplin won the race")]
    [InlineData("we carved it from oak in year 4")]
    [InlineData("roses in oak class smell lovely")]
    [InlineData("The PC in Year 4 is broken")]
    [InlineData("e.g. from year 3 we learned about the Romans")]
    [InlineData("Holbrook staff are backing the Green Party")]
    [InlineData("Year 6 performed 'Oliver!' for the leavers")]
    [InlineData("Thanks to Mr Green and Year 2 for the assembly")]
    [InlineData("We walked down Baker Street in Year 5")]
    [InlineData("noah n isla are my best friends")]
    public void Ordinary_writing_stays_quiet(string text) => Assert.False(Identifies(text), text);
}
