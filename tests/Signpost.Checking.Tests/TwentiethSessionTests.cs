using Signpost.Checking;

namespace Signpost.Checking.Tests;

/// <summary>
/// A phone number given in parts with words between them, or in words without its first 0, or with the country code
/// and no plus (A.4.9, <c>PhoneNumberDetector</c>, <c>PhoneInWordsDetector</c>; blind18, blind23, blind25, blind27,
/// blind28), in other numbers and words; dates, times, scores and prices with words between stay quiet.
/// </summary>
public class PhoneInPartsTests
{
    [Theory]
    [InlineData("my nans number starts 07700 and it finishes 900 318")]
    [InlineData("ring my mum it begins with 077 then 00900 and the end bit is 731")]
    [InlineData("07700 900 and after that its 274")]
    [InlineData("text my big sister on 447700900 915")]
    [InlineData("ring me its seven seven double oh nine double oh three one eight, put a zero first")]
    [InlineData("seven seven oh oh nine oh oh two two one is my dads")]
    [InlineData("my number starts with seven seven and then its double oh nine double oh four five six")]
    [InlineData("ring oh seven seven and then the last bit is double oh nine double oh one two three")]
    public void A_number_in_parts_or_words_is_contact_details(string text) =>
        CheckerAssert.FindsCategory(text, Categories.ContactDetails, CheckContext.PupilComment);

    [Theory]
    [InlineData("The match finished 2 3 and then 4 4 in the replay")]
    [InlineData("Gates open at 0830 and close at 0915 and then 1530 on Friday")]
    [InlineData("We scored 017 points and then 240 more in the quiz")]
    [InlineData("seven seven seven, the lucky number in the story")]
    [InlineData("I counted seven seven times and then I got to nine")]
    [InlineData("we scored two and then three and then four and then five and then six")]
    public void Times_scores_and_counting_are_not(string text) =>
        CheckerAssert.NoCategory(text, Categories.ContactDetails, CheckContext.PupilComment);
}

/// <summary>
/// An ape emoji standing for a person ("the 🐒 in goal", "letting a 🐒 take the penalty") or a group ("bunch of 🐒🐒"),
/// or beside a word for black people (A.5.6, <c>EmojiHate</c>; blind22, blind27, blind28), in other words; a monkey in a
/// tree, a favourite animal and a trip stay quiet.
/// </summary>
public class ApeAsPersonTests
{
    [Theory]
    [InlineData("who picked the 🐒 in the red boots for the team")]
    [InlineData("why is a 🐒🐒 playing for us")]
    [InlineData("the other school was just a load of 🐒🐒🐒")]
    [InlineData("all the black ones are 🐒 lol")]
    public void An_ape_for_a_person_or_group_is_extreme_offence(string text) =>
        CheckerAssert.FindsCategory(text, Categories.ExtremeOffence, CheckContext.PublicComment);

    [Theory]
    [InlineData("the 🐒 was swinging in the tree")]
    [InlineData("my favourite is the 🐒")]
    [InlineData("we saw a 🐒 in the rainforest house at the zoo")]
    [InlineData("the 🐒 at the wildlife park stole a hat")]
    public void An_animal_is_not(string text) =>
        CheckerAssert.NoCategory(text, Categories.ExtremeOffence, CheckContext.PupilComment);
}

/// <summary>
/// A game server's address ("play.x.net", a host after "server", a numeric address after "ip"), a username beside
/// Snapchat's ghost, and a Discord name with its number (A.4.9; blind12, blind13, blind15, blind17, blind26, blind27), in
/// other names; a website, a version number, a ghost story and a hashtag stay quiet.
/// </summary>
public class ServersGhostsAndTagsTests
{
    [Theory]
    [InlineData("come on my server its mc.dragonhollow.net")]
    [InlineData("our realm is at frostpeak.co.uk join after school")]
    [InlineData("the server ip is 51.77.200.14 see u there")]
    [InlineData("👻: jaz.sparkle09")]
    [InlineData("add me tilly_moonbeam 👻")]
    [InlineData("got discord? im pixelfox#4410")]
    public void A_server_a_ghost_or_a_discord_name_is_contact_details(string text) =>
        CheckerAssert.FindsCategory(text, Categories.ContactDetails, CheckContext.PupilComment);

    [Theory]
    [InlineData("the game updated to version 1.20.4.1 today")]
    [InlineData("👻 we read a ghost story 👻 it was spooky")]
    [InlineData("discord is banned for under 13s #onlinesafety")]
    [InlineData("My score was 12.5 out of 20 and then 14.5")]
    public void Other_numbers_and_ghosts_are_not(string text) =>
        CheckerAssert.NoCategory(text, Categories.ContactDetails, CheckContext.PupilComment);

    [Fact]
    public void A_server_address_cites_its_clause_and_says_what_it_is()
    {
        var finding = Assert.Single(ContentChecker.Default.Check("my server is play.oakvale.net", CheckContext.PublicComment).Findings, f => f.Category == Categories.ContactDetails);
        Assert.Equal("A.4.9", finding.Clause);
        Assert.Contains("game server", finding.Message, StringComparison.Ordinal);
    }
}

/// <summary>A pig or bacon thrown at Muslims (A.5.6, <c>EmojiHate</c>; blind28), in other words; a farm story and a breakfast stay quiet.</summary>
public class PigAtMuslimsTests
{
    [Theory]
    [InlineData("no more mosques 🐷🐷")]
    [InlineData("🥓🥓 for the ramadan lot")]
    public void A_pig_at_muslims_is_extreme_offence(string text) =>
        CheckerAssert.FindsCategory(text, Categories.ExtremeOffence, CheckContext.PublicComment);

    [Theory]
    [InlineData("the farm had 🐷🐷 and a goat")]
    [InlineData("bacon sandwiches 🥓 at the summer fair")]
    public void Pigs_and_breakfast_are_not(string text) =>
        CheckerAssert.NoCategory(text, Categories.ExtremeOffence, CheckContext.PublicComment);
}

/// <summary>
/// A pupil's name inside an email address or username (A.5.2, <c>NamesInAddresses</c>; blind12-blind29): the first name
/// and surname run together, a surname that is no ordinary word, an initial run into the surname, a parent's name, the
/// first name beside the class; in other names. A first name with an initial, an ordinary-word surname alone, a staff
/// member's school address and a name with no address in the text stay quiet.
/// </summary>
public class NamesInAddressesTests
{
    private static readonly KnownPerson[] Roster =
    [
        new("Rose", "Baker", KnownPersonRole.Pupil, ["Rosie"]),
        new("Oliver", "Okonkwo", KnownPersonRole.Pupil, ["Olly"]),
        new("Isla", "Fenwick", KnownPersonRole.Pupil),
        new("Harvey", "Pike", KnownPersonRole.Pupil),
        new("Priya", "Chaudhry", KnownPersonRole.Pupil),
        new("Zainab", "Hussain", KnownPersonRole.Pupil),
        new("Kacper", "Nowak", KnownPersonRole.Pupil),
        new("Noah", "Green", KnownPersonRole.Pupil),
        new("David", "Moss", KnownPersonRole.Staff),
        new("Sarah", "Baker", KnownPersonRole.Parent),
    ];

    private static readonly ContentChecker Checker = new(Roster, new SchoolProfile(["Holbrook Primary"], ["holbrook.sch.uk"], ["Oak Class", "Willow Class"]));

    private static IReadOnlyList<Finding> Check(string text, CheckContext context = CheckContext.PupilComment) => Checker.Check(text, context).Findings;

    [Theory]
    [InlineData("my email is isla.fenwick.2016@gmail.com")]
    [InlineData("snap me its okonkwo_gaming77")]
    [InlineData("my old email was 19hpike@holbrook.sch.uk")]
    [InlineData("my email is rose.baker2015@gmail.com")]
    [InlineData("my tiktok is @willowclass_priya")]
    [InlineData("write to zainab at thehussains dot co dot uk")]
    public void A_pupil_named_in_an_address_is_pupil_identity(string text)
    {
        var findings = Check(text);
        Assert.Contains(findings, f => f.Category == Categories.ContactDetails);
        Assert.Contains(findings, f => f.Category == Categories.PupilIdentity && f.Clause == "A.5.2");
    }

    [Theory]
    [InlineData("my email is rosie.b2016@gmail.com")]
    [InlineData("my snap is bakerboy_2015")]
    [InlineData("add me on insta its green.gamer_09")]
    [InlineData("You can reach me on sarah.baker@outlook.com about the raffle")]
    public void An_initial_or_an_ordinary_word_is_not(string text)
    {
        var findings = Check(text);
        Assert.Contains(findings, f => f.Category == Categories.ContactDetails);
        Assert.DoesNotContain(findings, f => f.Category == Categories.PupilIdentity);
    }

    [Fact]
    public void A_staff_members_school_address_is_not() =>
        Assert.DoesNotContain(Check("Email Mr Moss at d.moss@holbrook.sch.uk about the trip", CheckContext.StaffPost), f => f.Category == Categories.PupilIdentity);

    [Fact]
    public void The_finding_cites_6_8_on_a_personal_post() =>
        Assert.Contains(Check("my neighbour's lad uses kacper.nowak.11@outlook.com for gaming", CheckContext.PersonalPost), f => f.Category == Categories.PupilIdentity && f.Clause == "6.8");

    [Theory]
    [InlineData("mail me on rosebud2016 @ g mail")]
    [InlineData("email T-DOT-REYES-AT-OAKVALE-DOT-CO-DOT-UK")]
    public void A_split_provider_or_hyphened_address_is_contact_details(string text) =>
        Assert.Contains(Check(text), f => f.Category == Categories.ContactDetails);
}

/// <summary>
/// Hate in forms the worked sets showed (A.5.6; blind11-blind29), tested in other words: Muslims smeared as terrorists,
/// a people said to rob, kept at home or unwelcome, trans people called "it" or ill, girls sent to the kitchen, the far
/// right's numbers, a slur spelled with a 6 or spaced out into two words, misspelt slurs. Lessons, denials and
/// ordinary words beside each stay quiet.
/// </summary>
public class HateFormsTests
{
    [Theory]
    [InlineData("no headscarves on the residential, they'll have a bomb in the bag")]
    [InlineData("half the mosque lot are terrorists anyway")]
    [InlineData("pikeys are back on the rec, they'll be nicking bikes by friday")]
    [InlineData("Autistic kids should be kept at home, not in a normal class")]
    [InlineData("Muslims aren't welcome at our school fair")]
    [InlineData("is the new dinner lady a woman or an it")]
    [InlineData("being trans is a mental illness, simple as")]
    [InlineData("women belong in the kitchen not on the pitch")]
    [InlineData("1488 brothers")]
    [InlineData("what a f4660t")]
    [InlineData("G Y P P O S  G O  H O M E")]
    [InlineData("dont be such a spacka")]
    [InlineData("polish people are pigs")]
    public void Hate_in_other_words_is_extreme_offence(string text) =>
        CheckerAssert.FindsCategory(text, Categories.ExtremeOffence, CheckContext.PublicComment);

    [Theory]
    [InlineData("In RE we learned that terrorists do not represent Islam or any faith")]
    [InlineData("Muslims are not terrorists and the children said so in assembly")]
    [InlineData("Our Year 6 visited the mosque and learned about Ramadan")]
    [InlineData("The bonfire went off like a bomb, the children loved it")]
    [InlineData("we had coconut ice at the fair and it was lovely")]
    [InlineData("Kacper drew a kitchen for the dolls house")]
    [InlineData("Y6 scored 66 points in the quiz")]
    [InlineData("The robbers in the story stole the gold")]
    [InlineData("Gorillas are apes, not monkeys, we learned at the zoo")]
    public void Lessons_denials_and_ordinary_writing_are_not(string text) =>
        CheckerAssert.NoCategory(text, Categories.ExtremeOffence, CheckContext.PublicComment);
}

/// <summary>
/// `signpost check` keeps to its 50 MB (issue 3) partly by never loading assemblies it has no use for: System.Linq (its
/// pages were ~0.8 MB of the peak resident memory, loaded by a few LINQ calls in building the roster and by spreads the
/// compiler turns into LINQ's ToArray) and System.Text.Json (~0.7 MB; only a line the fast path cannot read needs it).
/// The real process is started, fed ordinary lines and a line with findings, and its mapped files read from /proc.
/// </summary>
public class CheckProcessAssembliesTests
{
    [Fact]
    public async Task Signpost_check_does_not_load_linq_or_the_json_library_for_ordinary_lines()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var dir = AppContext.BaseDirectory;
        var roster = Path.Combine(dir, "Evaluation", "roster.csv");
        var start = new System.Diagnostics.ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var arg in (string[])[Path.Combine(dir, "signpost.dll"), "check", "--roster", roster, "--school", "Holbrook Primary", "--class", "Oak Class"])
        {
            start.ArgumentList.Add(arg);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        string[] lines =
        [
            """{"id":"1","text":"We loved the trip to the museum!","context":"pupil-comment"}""",
            """{"id":"2","text":"Rose Baker in Oak Class, call me on 07700 900123 or email rose.baker2015@gmail.com","context":"pupil-comment"}""",
            """{"id":"3","text":"you stupid idiot nobody likes you","context":"public-comment"}""",
        ];
        foreach (var line in lines)
        {
            await process.StandardInput.WriteLineAsync(line);
        }

        await process.StandardInput.FlushAsync();
        var outputs = new List<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            outputs.Add(await process.StandardOutput.ReadLineAsync() ?? string.Empty);
        }

        var maps = await File.ReadAllTextAsync($"/proc/{process.Id}/maps");
        process.StandardInput.Close();
        await process.WaitForExitAsync();

        Assert.Contains("\"pupil-identity\"", outputs[1], StringComparison.Ordinal);
        Assert.Contains("\"bullying\"", outputs[2], StringComparison.Ordinal);
        Assert.Contains("Signpost.Checking.dll", maps, StringComparison.Ordinal);
        Assert.DoesNotContain("System.Linq.dll", maps, StringComparison.Ordinal);
        Assert.DoesNotContain("System.Text.Json.dll", maps, StringComparison.Ordinal);
    }
}

/// <summary>
/// "Gay" thrown at a child with name-calling, and a child called an immigrant as an insult, are hate (A.5.6,
/// <c>GayAsInsult</c>; blind13-blind24), in other words; a family fact and a lesson stay quiet.
/// </summary>
public class InsultsAsHateTests
{
    [Theory]
    [InlineData("ur so gay nobody likes you")]
    [InlineData("shut up you gay loser")]
    [InlineData("he is a smelly foreigner and nobody wants him here")]
    public void An_insult_of_this_kind_is_extreme_offence(string text) =>
        CheckerAssert.FindsCategory(text, Categories.ExtremeOffence, CheckContext.PupilComment);

    [Theory]
    [InlineData("My uncle is gay and he got married in the summer")]
    [InlineData("We learned that it is wrong to use gay as an insult")]
    [InlineData("Our new friend is a refugee from Syria and she is brilliant at maths")]
    public void A_fact_or_a_lesson_is_not(string text) =>
        CheckerAssert.NoCategory(text, Categories.ExtremeOffence, CheckContext.PupilComment);
}

/// <summary>Streets named Bank, Chase, Fold, Wharf and the like are streets (A.4.9; blind27); a piggy bank and a chase in a story are not.</summary>
public class MoreStreetNamesTests
{
    [Theory]
    [InlineData("bring it to 7 Willow Bank on Saturday")]
    [InlineData("we moved to 21 Heron Chase")]
    [InlineData("my nan is at 3 Sheep Fold")]
    public void A_numbered_street_of_these_kinds_is_an_address(string text) =>
        CheckerAssert.FindsCategory(text, Categories.ContactDetails, CheckContext.PupilComment);

    [Theory]
    [InlineData("I put 2 pounds in my piggy bank")]
    [InlineData("the dog gave chase for 5 minutes")]
    public void A_bank_or_a_chase_is_not(string text) =>
        CheckerAssert.NoCategory(text, Categories.ContactDetails, CheckContext.PupilComment);
}

/// <summary>
/// Children half-saying what happens at home, adults at the end of their rope, and adults reaching for one child alone
/// (A.2.3, A.2.2; blind27, blind28), tested in other words; ordinary family news beside each stays quiet.
/// </summary>
public class HalfSaidTests
{
    [Theory]
    [InlineData("my dad drinks beer every night and then he drives me home wobbly")]
    [InlineData("mummy was lying on the floor and wouldnt wake up")]
    [InlineData("the police came because mum and dad were shouting")]
    [InlineData("my stepdad says ill be next if i tell")]
    [InlineData("when the social worker visits we have to pretend we are happy")]
    [InlineData("we are sleeping in our car since we got chucked out of our house")]
    [InlineData("i am getting married and i dont want to")]
    [InlineData("i was on my own all night because mummy went out")]
    [InlineData("someone sent me photos of his private parts")]
    [InlineData("Honestly my family would be better without me")]
    public void A_child_or_adult_at_risk_is_safeguarding(string text) =>
        CheckerAssert.FindsCategory(text, Categories.Safeguarding, CheckContext.PupilComment);

    [Theory]
    [InlineData("my dad drinks tea every morning before work")]
    [InlineData("we slept in a tent in Cornwall and it rained")]
    [InlineData("my auntie is getting married in June and I am a bridesmaid")]
    [InlineData("mum and dad were fighting over the last roast potato lol")]
    public void Family_news_is_not(string text) =>
        CheckerAssert.NoCategory(text, Categories.Safeguarding, CheckContext.PupilComment);

    [Theory]
    [InlineData("I'd like to give him a birthday gift personally", CheckContext.PublicComment)]
    [InlineData("Happy to do a free photoshoot for her, mum can wait outside", CheckContext.PublicComment)]
    [InlineData("I followed a few of my Year 4s on TikTok, they are so funny", CheckContext.PersonalPost)]
    public void One_child_reached_for_alone_is_grooming(string text, CheckContext context) =>
        CheckerAssert.FindsCategory(text, Categories.Grooming, context);
}

/// <summary>
/// What blind32 and blind33 (written this session, measured first, then worked) showed, in other words: helplines and the
/// school's own number beside its address, a game won, sticks bundled, a baby on the way and a game's age rating stay
/// quiet; a surname said to be one, an initial with "n" before a verb, a headscarf called a rag, a slur made a verb, trans
/// children by what they are said to think, disabled children kept out of "normal schools", dotted leetspeak, a spoken
/// Discord link and a misspelt number word are found.
/// </summary>
public class Blind32And33FormsTests
{
    private static readonly ContentChecker Checker = new(
        [new("Noah", "Green", KnownPersonRole.Pupil), new("Kacper", "Nowak", KnownPersonRole.Pupil)],
        new SchoolProfile(["Holbrook Primary"], ["holbrook.sch.uk"], ["Oak Class"]));

    [Theory]
    [InlineData("If you are worried, Childline is free on 0800 1111", CheckContext.PupilComment)]
    [InlineData("Ring 01632 960111 or email office@holbrook.sch.uk to book a place at the disco", CheckContext.StaffPost)]
    [InlineData("im going to hammer you at mario kart later", CheckContext.PupilComment)]
    [InlineData("my mum is at the hospital having a baby today", CheckContext.PupilComment)]
    [InlineData("roblox is 7 so my little brother can play it", CheckContext.PupilComment)]
    [InlineData("Tudor bakers kept a faggot of sticks by the oven", CheckContext.PupilPost)]
    public void Ordinary_writing_is_clean(string text, CheckContext context) =>
        Assert.Empty(Checker.Check(text, context).Findings);

    [Theory]
    [InlineData("his surname is green like the grass", Categories.PupilIdentity)]
    [InlineData("kacper n was in my team at football", Categories.PupilIdentity)]
    [InlineData("she should take that rag off her head at work", Categories.ExtremeOffence)]
    [InlineData("they jewed me out of my dinner money", Categories.ExtremeOffence)]
    [InlineData("kids who think they're the other gender are freaks", Categories.ExtremeOffence)]
    [InlineData("Deaf children shouldn't be in mainstream schools", Categories.ExtremeOffence)]
    [InlineData("what a n.1.g.g.3.r", Categories.ExtremeOffence)]
    [InlineData("come on my server discord dot gg slash funbunch", Categories.ContactDetails)]
    [InlineData("sevn sevn double oh nine double oh four four four", Categories.ContactDetails)]
    public void These_forms_are_found(string text, string category) =>
        Assert.Contains(Checker.Check(text, CheckContext.PublicComment).Findings, f => f.Category == category);
}
