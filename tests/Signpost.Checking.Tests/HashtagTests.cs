namespace Signpost.Checking.Tests;

/// <summary>
/// Hashtags (issue 3): a "#" that starts a word is a tag's mark, a gap between words, not a letter hidden by a symbol
/// ("f#ck"). Read as a hidden letter it hid every name, slur and swear word written as a tag.
/// </summary>
public class HashtagTests
{
    [Theory]
    [InlineData("#pakis out", Categories.ExtremeOffence, "A.5.6", "pakis")]
    [InlineData("lol #retard", Categories.ExtremeOffence, "A.5.6", "retard")]
    [InlineData("#n1gger", Categories.ExtremeOffence, "A.5.6", "n1gger")]
    [InlineData("#f*ck this", Categories.Profanity, "5.2", "f*ck")]
    [InlineData("Well done to #RoseBaker for her medal", Categories.PupilIdentity, "A.5.2", "RoseBaker")]
    [InlineData("lovely #noahgreen", Categories.PupilIdentity, "A.5.2", "noahgreen")]
    [InlineData("#nowak family day out", Categories.PupilIdentity, "A.5.2", "nowak")]
    public void What_a_hashtag_says_is_read(string text, string category, string clause, string span) =>
        CheckerAssert.Finds(text, category, clause, span);

    [Theory]
    [InlineData("Go #Noah #OakClass")]
    [InlineData("well done #Noah from OakClass")]
    [InlineData("#Noah #HolbrookPrimary")]
    public void A_first_name_beside_a_class_or_school_tag_identifies_a_pupil(string text) =>
        CheckerAssert.FindsCategory(text, Categories.PupilIdentity);

    [Theory]
    [InlineData("Great day at the zoo #oakclass #schooltrip")]
    [InlineData("we won #1 #champions")]
    [InlineData("#GreenDay at school today, wear something green")]
    [InlineData("#BakeOff inspired cakes in Year 3")]
    [InlineData("#blacklivesmatter #history month in Year 6")]
    public void Ordinary_tags_stay_quiet(string text) => CheckerAssert.Clean(text);

    [Theory]
    [InlineData("what the f#ck", "f#ck")]
    [InlineData("oh sh##", "sh##")]
    public void A_hash_inside_or_after_a_word_still_hides_a_letter(string text, string span) =>
        CheckerAssert.Finds(text, Categories.Profanity, "5.2", span);
}

/// <summary>
/// Ordinary writing the blind sets showed flagged (issue 3's under-2% aim on clean writing), in other words: a book's
/// ISBN, a confidential process, the North Pole as an address, a parent's hyperbole, a child's resolve never to share
/// their address, a teacher naming their job but no school, a surprise kept under hats.
/// </summary>
public class CleanInOtherWordsTests
{
    [Theory]
    [InlineData("Our new reader is Stig of the Dump (ISBN 978 0 14 136450 8) if you want a copy", CheckContext.StaffPost)]
    [InlineData("The confidential survey about after-school clubs closes on Monday", CheckContext.StaffPost)]
    [InlineData("All consent forms are confidential and go straight to the office", CheckContext.StaffPost)]
    [InlineData("I wrote to santa, my address is the north pole haha", CheckContext.PupilComment)]
    [InlineData("mum will kill me if i lose my new coat again", CheckContext.PupilComment)]
    [InlineData("i will never tell anyone my password, we learned that in computing", CheckContext.PupilComment)]
    [InlineData("I'm a primary teacher in Yorkshire and half term cannot come soon enough", CheckContext.PersonalPost)]
    [InlineData("Keep it under your hats, the Christmas play costumes are a surprise for the grown-ups!", CheckContext.StaffPost)]
    public void Ordinary_writing_is_clean(string text, CheckContext context) => CheckerAssert.Clean(text, context);

    [Theory]
    [InlineData("my number is 07700 900 461, ISBN lovers text me", Categories.ContactDetails)]
    [InlineData("he said he would kill me if i told anyone", Categories.Safeguarding)]
    [InlineData("Keep it under your hats: Mr Moss is leaving and parents don't know yet", Categories.Confidential)]
    [InlineData("I'm a teaching assistant at Holbrook and today was chaos", Categories.SelfIdentification)]
    public void What_is_not_ordinary_is_still_found(string text, string category) =>
        CheckerAssert.FindsCategory(text, category, category is Categories.Confidential ? CheckContext.StaffPost : category is Categories.SelfIdentification ? CheckContext.PersonalPost : CheckContext.PupilComment);
}
