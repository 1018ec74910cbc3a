namespace Signpost.Checking.Tests;

/// <summary>
/// A username given after the app or game it is for (A.4.9; Detectors/PlatformHandle), in other words than the blind
/// sets that showed it, and the ordinary writing about apps and games that must stay quiet.
/// </summary>
public class PlatformHandleTests
{
    [Theory]
    [InlineData("xbox: dino_rider_9 add me", "xbox: dino_rider_9")]
    [InlineData("TikTok 👉 lily.draws.cats", "TikTok 👉 lily.draws.cats")]
    [InlineData("discord id Storm-Fox-42 after school?", "discord id Storm-Fox-42")]
    [InlineData("whats ur insta? mine is bella.moon", "insta? mine is bella.moon")]
    [InlineData("steam = ghostkid2015", "steam = ghostkid2015")]
    public void A_username_after_the_app_is_contact_details(string text, string span) =>
        CheckerAssert.Finds(text, Categories.ContactDetails, "A.4.9", span);

    [Theory]
    [InlineData("Roblox is super-fun and the new season-5 map is out")]
    [InlineData("we rode a steam train built in 1952")]
    [InlineData("snap cards is my favourite game")]
    [InlineData("minecraft 1.20 has new bees")]
    [InlineData("Fortnite is a well-known game, chapter-2 was the best")]
    [InlineData("we watched a youtube video about volcanoes")]
    public void Talk_about_apps_and_games_stays_quiet(string text) =>
        CheckerAssert.NoCategory(text, Categories.ContactDetails);

    [Fact]
    public void The_school_account_on_a_staff_post_is_not_a_finding() =>
        CheckerAssert.NoCategory("Follow us! Instagram: holbrook_primary", Categories.ContactDetails, CheckContext.StaffPost);
}

/// <summary>
/// Contact details written the ways blind15, blind18 and blind19 showed (A.4.9), in other words: a postcode spelled out a
/// char or two at a time, an address with only its provider named, a home described on the way to its street, the
/// house number after the street's name, a number with letters for most of its digits; and the look-alikes that stay quiet.
/// </summary>
public class ContactInOtherWordsTests
{
    [Theory]
    [InlineData("my postcode is l s 1 1 a b")]
    [InlineData("C V 3 5 B N thats my house")]
    [InlineData("message me, its skybluebella09 on hotmail")]
    [InlineData("send it to jake underscore plays at outlook")]
    [InlineData("we live in the house with the blue gate along larch grove")]
    [InlineData("my nans house is the big one off Binley Road")]
    [InlineData("come and see us at Maple Court number 12")]
    [InlineData("ring o7 9oo 8oo 4l2")]
    public void Contact_details_are_found(string text) => CheckerAssert.FindsCategory(text, Categories.ContactDetails);

    [Theory]
    [InlineData("year 6 1 2 3 go!")]
    [InlineData("a b c 1 2 3 easy as")]
    [InlineData("my mum works on gmail stuff at home")]
    [InlineData("we had a flat tyre on the ring road")]
    [InlineData("the room number 12 is upstairs")]
    [InlineData("we scored 2 goals on sports day in 2024")]
    public void Look_alikes_stay_quiet(string text) => CheckerAssert.NoCategory(text, Categories.ContactDetails);
}

/// <summary>More contact details and hate the seen blind sets showed (A.4.9, A.5.6), in other words.</summary>
public class MoreInOtherWordsTests
{
    [Theory]
    [InlineData("sub to my youtube channel FunWithFreddieBuilds")]
    [InlineData("everyone put ur numbers below for the group")]
    [InlineData("im on snap, ask me for my username")]
    public void Contact_details_are_found(string text) => CheckerAssert.FindsCategory(text, Categories.ContactDetails);

    [Theory]
    [InlineData("we watched a YouTube video about volcanoes")]
    [InlineData("put your numbers in order from smallest to biggest")]
    public void Look_alikes_stay_quiet(string text) => CheckerAssert.NoCategory(text, Categories.ContactDetails);

    [Fact]
    public void A_people_let_in_with_a_slurs_article_is_hate() =>
        CheckerAssert.FindsCategory("this town went downhill when they let the pakis in", Categories.ExtremeOffence, CheckContext.PublicComment);
}
