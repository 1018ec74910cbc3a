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
