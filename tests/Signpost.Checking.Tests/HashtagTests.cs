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
