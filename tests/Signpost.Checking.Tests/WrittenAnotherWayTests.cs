namespace Signpost.Checking.Tests;

/// <summary>
/// Pupils named the way blind20 and blind21 wrote them (A.5.2), tested in other words: an initial run into the surname
/// with a dot ("n.green"), a double first name run together ("ELLIEMAE"), a family's surname with a title beside the
/// child's first name ("Mrs Okonkwo and Olly"), both parts misspelt as they are heard ("kasper novak"); and the ordinary
/// writing beside each that must stay quiet (a story's ark, a cup named after a family, a teacher with a pupil's surname).
/// </summary>
public class FamiliesAndInitialsTests
{
    private static readonly KnownPerson[] Roster =
    [
        new("Harvey", "Pike", KnownPersonRole.Pupil),
        new("Ellie-Mae", "Thompson", KnownPersonRole.Pupil),
        new("Kacper", "Nowak", KnownPersonRole.Pupil),
        new("Noah", "Green", KnownPersonRole.Pupil),
        new("Oliver", "Okonkwo", KnownPersonRole.Pupil, ["Olly"]),
        new("Isla", "Moss", KnownPersonRole.Pupil),
        new("Amelia", "Wright-Fairbanks", KnownPersonRole.Pupil, ["Millie"]),
        new("Priya", "Chaudhry", KnownPersonRole.Pupil),
        new("David", "Moss", KnownPersonRole.Staff),
    ];

    private static readonly ContentChecker Checker = new(Roster, new SchoolProfile(["Holbrook Primary"], ["holbrook.sch.uk"], ["Oak Class", "Willow Class"]));

    private static bool Identifies(string text) =>
        Checker.Check(text, CheckContext.PublicComment).Findings.Any(f => f.Category == Categories.PupilIdentity && f.Clause == "A.5.2");

    [Theory]
    [InlineData("n.green scored twice at the weekend")]
    [InlineData("k.nowak sits next to me")]
    [InlineData("well done ELLIEMAE T from oak class")]
    [InlineData("Elliemae Thompson got star of the week")]
    [InlineData("Thank you Mrs Okonkwo and Olly for the jollof rice")]
    [InlineData("Olly and his mum Mrs Okonkwo ran the tombola")]
    [InlineData("kasper novak lent me his rubber")]
    [InlineData("Kaspar Nowack sang the solo")]
    [InlineData("we played with Pryia Chaudry at break")]
    [InlineData("Green's mum brought the cakes")]
    [InlineData("Pike's brother picked him up")]
    [InlineData("ameliawf is online")]
    [InlineData("congrats Priya Ch in Year 6")]
    public void The_pupil_is_named(string text) => Assert.True(Identifies(text), text);

    [Theory]
    [InlineData("We read the story of Noah's Ark in Year 1")]
    [InlineData("Year 6 won the Thompson Cup again")]
    [InlineData("the Pike Trophy went to Willow Class")]
    [InlineData("Mr Moss and Isla's class planted bulbs")]
    [InlineData("visit www.pike.org for the fishing club")]
    [InlineData("the p.e. kit goes home on Friday")]
    [InlineData("Baker of the Month is Year 3's whole table")]
    [InlineData("Noah the tortoise came to visit Year 2")]
    [InlineData("Green's theorem is not on the Year 6 syllabus")]
    [InlineData("Kasper ran the bakery near Nowa Huta")]
    public void Ordinary_writing_stays_quiet(string text) => Assert.False(Identifies(text), text);
}

/// <summary>
/// Contact asked for or offered in other words (A.4.9; blind20, blind21): handles asked for, adds swapped, a friend request,
/// a number put "on here", a misspelt "address", a flat by its number, a game's server address, a PlayStation name and a
/// highway; and look-alikes that stay quiet.
/// </summary>
public class InvitationsInOtherWordsTests
{
    [Theory]
    [InlineData("send me ur snaps and ill follow back")]
    [InlineData("anyone got insta?? im new")]
    [InlineData("add me and i'll add u back x")]
    [InlineData("ive sent u a friend request, accept it")]
    [InlineData("everyone put your numbers on here for the party")]
    [InlineData("my addres is 9 larch close")]
    [InlineData("we live in flat 12 above the bakery")]
    [InlineData("the realm ip is mc.oakcraft.net")]
    [InlineData("my playstation name is SkyDiver_42")]
    [InlineData("party at 3 Coronation Highway")]
    [InlineData("Competition! DM me your name and address to claim the prize")]
    [InlineData("what's ur tiktok? ill follow")]
    [InlineData("my mobile backwards is 1 2 3")]
    [InlineData("u can use my whatsapp")]
    public void Contact_details_are_found(string text) => CheckerAssert.FindsCategory(text, Categories.ContactDetails);

    [Theory]
    [InlineData("send me your best drawings for the display")]
    [InlineData("who got the answer to question 4?")]
    [InlineData("we added the numbers and got 12")]
    [InlineData("the flat tyre was fixed in 10 minutes")]
    [InlineData("we played on the playstation at nans")]
    [InlineData("the Romans built the first highway across Britain")]
    [InlineData("I live at 221B Baker Street, said the detective in my story")]
    [InlineData("Harry lived with the Dursleys at 4 Privet Drive")]
    [InlineData("what's your favourite snack?")]
    public void Look_alikes_stay_quiet(string text) => CheckerAssert.NoCategory(text, Categories.ContactDetails);
}

/// <summary>
/// Hate, disclosures, approaches and bullying in words blind20 and blind21 used, tested in other words, with the ordinary
/// writing beside each kept quiet.
/// </summary>
public class MoreWordsForHarmTests
{
    [Theory]
    [InlineData("wake up, the jews run the news")]
    [InlineData("lgbtq groomers in our schools")]
    [InlineData("islam is a cancer in this town")]
    [InlineData("tinkers are back on the rec, hide your tools")]
    [InlineData("there's no such thing as a transgender kid")]
    [InlineData("they breed like rats round here")]
    [InlineData("he's black on the outside and white inside lol")]
    [InlineData("mad game niqqas")]
    [InlineData("those people are filthy")]
    [InlineData("the traveller kids are feral")]
    [InlineData("immigrants cause all the crime")]
    [InlineData("hitler shoulda finished the job")]
    [InlineData("take your perversion away from our children")]
    [InlineData("ur so autistic")]
    [InlineData("their festival is idol worship and those people are filthy")]
    public void Hate_is_extreme_offence(string text) => CheckerAssert.FindsCategory(text, Categories.ExtremeOffence, CheckContext.PublicComment);

    [Theory]
    [InlineData("Many people with sickle cell disease are of African heritage")]
    [InlineData("Jewish families run the food bank on Thursdays")]
    [InlineData("Muslims are more likely to be a victim of hate crime than a cause of it")]
    [InlineData("A tinker mended pots in the old story")]
    [InlineData("rabbits breed quickly in spring")]
    [InlineData("my cousin is autistic and loves trains")]
    [InlineData("the feral cats on the farm are fed by volunteers")]
    [InlineData("pollution causes disease in cities")]
    public void Ordinary_writing_stays_quiet(string text) => CheckerAssert.NoCategory(text, Categories.ExtremeOffence, CheckContext.PublicComment);

    [Theory]
    [InlineData("i wish i was ded, nobody would notice")]
    [InlineData("no one would even notice if i was gone")]
    [InlineData("i scratch my leg with a pin on purpose so i feel better")]
    [InlineData("i stopped eating cos im too big")]
    [InlineData("im going to run away this weekend")]
    [InlineData("she got a black eye when he came home drunk")]
    [InlineData("we are staying in a refuge now")]
    [InlineData("he pays me to take parcels to people after school")]
    [InlineData("a man said he'd buy me a phone so my mum cant see our messages")]
    [InlineData("he said he will share my pics to everyone")]
    [InlineData("i dont get any dinner at home")]
    [InlineData("my dad keeps saying he wants to end it")]
    [InlineData("she leaves them outside the pub for hours")]
    [InlineData("i have bruises on my arms from where he grabbed me")]
    [InlineData("he found out where we live")]
    [InlineData("dont let him pick up my kids today")]
    [InlineData("i took some of my nans pills")]
    [InlineData("my friend says he is going to kill himself")]
    [InlineData("a man keeps texting my 8 year old")]
    [InlineData("older boys gave me a vape at the park")]
    [InlineData("i don't eat my tea on purpose")]
    [InlineData("grandad forgets who i am and i look after him")]
    [InlineData("my nan keeps leaving the gas on")]
    [InlineData("the lady next door hasn't opened her curtains all week")]
    public void Disclosures_are_safeguarding(string text) => CheckerAssert.FindsCategory(text, Categories.Safeguarding);

    [Theory]
    [InlineData("what time do you walk home from school?")]
    [InlineData("which school does that little girl in the photo go to")]
    [InlineData("are you at home on your own tonight")]
    [InlineData("tell me your street and I'll drop it round")]
    [InlineData("this can stay our little secret ok")]
    [InlineData("just need some selfies for my portfolio")]
    [InlineData("we can talk without your parents knowing")]
    [InlineData("got you a present, don't mention it to anyone")]
    [InlineData("lets chat somewhere more private")]
    [InlineData("which bus do u get after school")]
    [InlineData("do a dance just for me")]
    public void Approaches_are_grooming(string text) => CheckerAssert.FindsCategory(text, Categories.Grooming, CheckContext.PublicComment);

    [Theory]
    [InlineData("we walk home together at 3.15")]
    [InlineData("which school does your cousin go to")]
    [InlineData("our picnic was in the bath of sunshine")]
    [InlineData("the refuge for hedgehogs opened in the park")]
    [InlineData("we left the oven on and the cake burnt")]
    [InlineData("I hid the eggs so nobody sees them till Easter")]
    public void Ordinary_writing_is_no_disclosure_or_approach(string text)
    {
        CheckerAssert.NoCategory(text, Categories.Safeguarding, CheckContext.PublicComment);
        CheckerAssert.NoCategory(text, Categories.Grooming, CheckContext.PublicComment);
    }

    [Theory]
    [InlineData("nobody asked u")]
    [InlineData("what a sad excuse for a human")]
    [InlineData("they cant control their kids")]
    [InlineData("everyone leave the chat when he joins")]
    [InlineData("ill smash your sandwich in your face")]
    [InlineData("he cried again, what a wimp")]
    [InlineData("keep your children away from him")]
    public void Name_calling_exclusion_and_threats_are_bullying(string text) => CheckerAssert.FindsCategory(text, Categories.Bullying, CheckContext.PublicComment);

    [Theory]
    [InlineData("nobody asked for seconds")]
    [InlineData("the class can control the robot with a tablet")]
    public void Ordinary_writing_is_not_bullying(string text) => CheckerAssert.NoCategory(text, Categories.Bullying, CheckContext.PublicComment);
}

/// <summary>A school or work address named on a personal account (6.10; blind20-22): advice there, nothing elsewhere.</summary>
public class SchoolEmailInWordsTests
{
    [Fact]
    public void A_work_email_on_a_personal_post_is_school_email() =>
        CheckerAssert.FindsCategory("I signed up to the gym with my work email", Categories.SchoolEmail, CheckContext.PersonalPost);

    [Fact]
    public void The_schools_domain_alone_is_school_email_not_contact()
    {
        const string text = "joined the running club with my @holbrook.sch.uk address";
        CheckerAssert.FindsCategory(text, Categories.SchoolEmail, CheckContext.PersonalPost);
        CheckerAssert.NoCategory(text, Categories.ContactDetails, CheckContext.PersonalPost);
        CheckerAssert.NoCategory(text, Categories.ContactDetails, CheckContext.PublicComment);
    }

    [Fact]
    public void On_a_staff_post_it_is_not() =>
        CheckerAssert.NoCategory("Parents can reach me on my school email", Categories.SchoolEmail, CheckContext.StaffPost);
}

/// <summary>
/// A child telling of someone's approach is a disclosure as well as a grooming sign (A.2.3, A.2.2): in a pupil's comment
/// or post, a grooming finding with someone else doing it ("a man said", "someone asked") adds safeguarding; written to a
/// child directly, or in a public comment, it stays grooming.
/// </summary>
public class ApproachToldTests
{
    [Theory]
    [InlineData("he said send me a selfie")]
    [InlineData("my coach says its our little secret")]
    public void A_child_telling_of_an_approach_is_safeguarding(string text)
    {
        CheckerAssert.FindsCategory(text, Categories.Grooming, CheckContext.PupilComment);
        var finding = CheckerAssert.Check(text, CheckContext.PupilComment).Findings.Single(f => f.Category == Categories.Safeguarding);
        Assert.Equal("A.2.3", finding.Clause);
        Assert.Equal(Severity.High, finding.Severity);
    }

    [Theory]
    [InlineData("dont tell your mum, its our little secret", CheckContext.PupilComment)]
    [InlineData("my coach says its our little secret", CheckContext.PublicComment)]
    [InlineData("he said send me a selfie", CheckContext.PublicComment)]
    public void Written_to_a_child_or_in_public_it_stays_grooming(string text, CheckContext context)
    {
        CheckerAssert.FindsCategory(text, Categories.Grooming, context);
        CheckerAssert.NoCategory(text, Categories.Safeguarding, context);
    }
}

/// <summary>
/// Work information about pupils on a staff member's own account is confidential (3.1-3.2) as well as a pupil's
/// identity or data (6.8): a personal post naming a pupil gets both; the same words on the school's site do not get
/// the confidential finding, and a personal post about no one gets nothing.
/// </summary>
public class WorkOnPersonalPostTests
{
    [Fact]
    public void A_pupil_named_on_a_personal_post_is_confidential()
    {
        var finding = CheckerAssert.Check("So proud of Rose Baker in my class today", CheckContext.PersonalPost).Findings.Single(f => f.Category == Categories.Confidential);
        Assert.Equal("3.2", finding.Clause);
        CheckerAssert.FindsCategory("So proud of Rose Baker in my class today", Categories.PupilIdentity, CheckContext.PersonalPost);
    }

    [Fact]
    public void On_the_schools_site_it_is_not() =>
        CheckerAssert.NoCategory("So proud of Rose Baker in my class today", Categories.Confidential, CheckContext.StaffPost);

    [Fact]
    public void A_personal_post_about_no_one_is_not() =>
        Assert.Empty(CheckerAssert.Check("Lovely walk in the Peak District today", CheckContext.PersonalPost).Findings);
}

/// <summary>
/// A view in the school's voice (5.3, A.4.10): two of a speaker's marker, a judgement and a public matter in one sentence
/// of a staff post; one alone is the school's ordinary news.
/// </summary>
public class SchoolVoiceOpinionTests
{
    [Theory]
    [InlineData("In my view the new parking rules from the council are a disgrace.")]
    [InlineData("Honestly, the times tables check is pointless.")]
    [InlineData("We fully support the nurses' strike this week.")]
    [InlineData("Frankly the government should be ashamed of these cuts.")]
    [InlineData("Between you and me, spelling tests are a complete waste of time.")]
    [InlineData("As a school we think Ofsted should be scrapped.")]
    public void A_view_in_the_schools_voice_is_opinion(string text)
    {
        var finding = CheckerAssert.Check(text, CheckContext.StaffPost).Findings.Single(f => f.Category == Categories.Opinion);
        Assert.Equal("5.3", finding.Clause);
    }

    [Theory]
    [InlineData("Ofsted visited this week and the report will be on the website soon.")]
    [InlineData("We think the council's new crossing outside school is great news.")]
    [InlineData("Year 6 sit their SATs next week - please make sure they get a good breakfast.")]
    [InlineData("Year 5 learned about how Parliament makes laws and held their own vote.")]
    [InlineData("I think everyone had a brilliant time at the disco!")]
    [InlineData("The council will collect the broken benches on Friday.")]
    public void The_schools_news_is_not(string text) => CheckerAssert.NoCategory(text, Categories.Opinion, CheckContext.StaffPost);

    [Fact]
    public void Only_on_the_schools_own_posts() =>
        CheckerAssert.NoCategory("In my view the new parking rules from the council are a disgrace.", Categories.Opinion, CheckContext.PersonalPost);
}

/// <summary>Contact details with a price or a seller's words are an advert as well (A.5.1); without them, or on the school's own post, not.</summary>
public class PromotionWithContactTests
{
    [Theory]
    [InlineData("Dog walking round Holbrook, £8 an hour, call 07700 900123", CheckContext.PublicComment)]
    [InlineData("my channel is @zedplays_yt pls subscribe", CheckContext.PupilComment)]
    [InlineData("Ironing service, best prices in town, text 07700 900456", CheckContext.PublicComment)]
    public void Contact_with_a_sellers_words_is_spam(string text, CheckContext context)
    {
        CheckerAssert.FindsCategory(text, Categories.ContactDetails, context);
        CheckerAssert.FindsCategory(text, Categories.Spam, context);
    }

    [Theory]
    [InlineData("call me on 07700 900123 about the party", CheckContext.PublicComment)]
    [InlineData("Tickets for the summer fair are £2 - call the office on 07700 900123", CheckContext.StaffPost)]
    public void Contact_alone_or_the_schools_own_post_is_not(string text, CheckContext context) =>
        CheckerAssert.NoCategory(text, Categories.Spam, context);
}

/// <summary>A slur said of someone the sentence points at is name-calling as well (5.5), also when disguised; said of a people, not.</summary>
public class SlurSaidOfSomeoneTests
{
    [Theory]
    [InlineData("that new girl in year 3 is a p.a.k.i")]
    [InlineData("the dinner lady is a r3tard")]
    [InlineData("mr jones is a poof")]
    [InlineData("shut up spaz")]
    [InlineData("what a mong")]
    public void A_slur_at_a_person_is_bullying(string text)
    {
        CheckerAssert.FindsCategory(text, Categories.ExtremeOffence);
        CheckerAssert.FindsCategory(text, Categories.Bullying);
    }

    [Theory]
    [InlineData("the jews run the banks")]
    [InlineData("gypsies should be banned from the field")]
    public void Hate_at_a_people_is_not_bullying(string text)
    {
        CheckerAssert.FindsCategory(text, Categories.ExtremeOffence, CheckContext.PublicComment);
        CheckerAssert.NoCategory(text, Categories.Bullying, CheckContext.PublicComment);
    }
}

/// <summary>A pupil's age beside their name, in any case (5.4); numbers that are no age, or the writer's own age beside another child's name, stay quiet.</summary>
public class PupilsAgeTests
{
    [Theory]
    [InlineData("happy 7th birthday rosie!!")]
    [InlineData("Happy birthday to Olly, who turns 8 today")]
    [InlineData("noah green is 10 tomorrow")]
    [InlineData("im Rose and im 9")]
    public void A_pupils_age_is_personal_data(string text) => CheckerAssert.FindsCategory(text, Categories.PersonalData);

    [Theory]
    [InlineData("Noah scored 3 goals for Year 4")]
    [InlineData("Rose came 3rd in the sack race")]
    [InlineData("hey Rosie, im 12 and i like your drawings")]
    [InlineData("Olly read 12 books this term")]
    public void Other_numbers_are_not(string text) => CheckerAssert.NoCategory(text, Categories.PersonalData);
}

/// <summary>Family and health circumstances named of someone, in the worked sets' words (5.4); history and a child's own passing illness stay quiet.</summary>
public class CircumstancesInOtherWordsTests
{
    [Theory]
    [InlineData("Olly's dad has been sent to prison")]
    [InlineData("her mum is having chemo this month")]
    [InlineData("noahs mum and dad are splitting up")]
    [InlineData("my nan died on sunday")]
    [InlineData("Mrs Green is off with depression")]
    [InlineData("his mum is having a baby in May")]
    public void Circumstances_are_personal_data(string text) => CheckerAssert.FindsCategory(text, Categories.PersonalData, CheckContext.PublicComment);

    [Theory]
    [InlineData("Emmeline Pankhurst went to prison many times")]
    [InlineData("i had chickenpox so i missed the trip")]
    [InlineData("In science we learned how heart surgery works")]
    public void History_and_passing_illness_are_not(string text) => CheckerAssert.NoCategory(text, Categories.PersonalData, CheckContext.PublicComment);
}

/// <summary>The workplace named on a personal post (6.1, 6.10): the school's domain without an address, "my Holbrook email", a class's name.</summary>
public class WorkplaceNamedTests
{
    [Theory]
    [InlineData("I signed up for parkrun with my holbrook.sch.uk address")]
    [InlineData("Registered my Pinterest with my Holbrook email")]
    public void The_schools_email_named_is_school_email(string text) => CheckerAssert.FindsCategory(text, Categories.SchoolEmail, CheckContext.PersonalPost);

    [Fact]
    public void A_class_named_says_where_the_writer_works() =>
        CheckerAssert.FindsCategory("Love my Oak Class superstars!", Categories.SelfIdentification, CheckContext.PersonalPost);

    [Theory]
    [InlineData("Love my Oak Class superstars!", CheckContext.StaffPost)]
    [InlineData("Had a lovely walk under the oak trees today", CheckContext.PersonalPost)]
    public void Elsewhere_or_in_other_words_it_is_not(string text, CheckContext context) =>
        CheckerAssert.NoCategory(text, Categories.SelfIdentification, context);
}

/// <summary>A member of staff run down in public by title and name, or "should be sacked" (5.5); a book's character described is not.</summary>
public class StaffRunDownTests
{
    [Theory]
    [InlineData("Mrs Jones is clearly incompetent")]
    [InlineData("mr fisher is a liar")]
    [InlineData("that teacher needs to be sacked")]
    public void Running_down_staff_is_bullying(string text) => CheckerAssert.FindsCategory(text, Categories.Bullying, CheckContext.PublicComment);

    [Theory]
    [InlineData("In The Twits, Mrs Twit is horrible to Mr Twit")]
    [InlineData("Miss Trunchbull is a bully in Matilda")]
    [InlineData("Mr Jones is brilliant at football")]
    public void A_story_or_praise_is_not(string text) => CheckerAssert.NoCategory(text, Categories.Bullying, CheckContext.PublicComment);
}

/// <summary>
/// An adult reaching for a child in a public comment with two ordinary signs (A.2.2, <c>StrangerApproach</c>): parents
/// kept out, a private contact or meeting, a gift or money, a child spoken to or admired. Tested in words no worked line
/// used; a parent's or a club's notice with one sign stays quiet, and so does the same in a pupil's own words.
/// </summary>
public class StrangerApproachTests
{
    [Theory]
    [InlineData("Such a talented little dancer, gorgeous girl. Message me and I can get her some free lessons")]
    [InlineData("I do private coaching for young footballers, no need to involve mum and dad, just message me")]
    [InlineData("hi sweetie, you can meet up with me after your swimming and I'll treat you")]
    [InlineData("Any of the kids want free robux? Add me, its easy")]
    [InlineData("You look so grown up in these pics! Send me a few more x")]
    [InlineData("I'll buy you a new phone if you keep it between us")]
    public void Two_signs_in_a_public_comment_are_grooming(string text) =>
        CheckerAssert.FindsCategory(text, Categories.Grooming, CheckContext.PublicComment);

    [Theory]
    [InlineData("Text me if you'd like the photos from the party")]
    [InlineData("Contact me if your daughter would like to join the Brownies, we meet on Tuesdays")]
    [InlineData("Email me direct with any questions about the fair")]
    [InlineData("Such gorgeous photos, what a lovely trip")]
    [InlineData("Text me if any parents fancy a coffee after drop-off, the little ones can play")]
    [InlineData("Free ice creams for everyone at the summer fair, thanks to the PTA!")]
    public void One_sign_or_a_notice_is_not(string text) =>
        CheckerAssert.NoCategory(text, Categories.Grooming, CheckContext.PublicComment);
}

/// <summary>
/// Hate at a people without a slur in new forms (A.5.6, <c>GroupHate</c>): told to stay at home or be moved on, called
/// criminals or said to steal, denied as real, said to ruin it for everyone; and the slurs "bender" and "he-she". The
/// teaching and the everyday English beside them (dykes against the sea, a chink in a tent, fag ends, a drinking bender)
/// stay quiet.
/// </summary>
public class GroupHateNewFormsTests
{
    [Theory]
    [InlineData("children with autism should stay at home, not in our classes")]
    [InlineData("the travellers should be moved on before the fair")]
    [InlineData("refugees are all gangsters and muggers")]
    [InlineData("polish families are on the rec again, lock up your sheds")]
    [InlineData("trans people are not real women")]
    [InlineData("disabled kids spoil it for everybody")]
    [InlineData("every immigrant is one of the invaders")]
    [InlineData("ur such a bender")]
    [InlineData("the new lady at the shop is a he-she")]
    [InlineData("Too many asylum seekers in this town. Send them home.")]
    [InlineData("immigrants? put them all back on the boats")]
    public void Hate_at_a_people_or_a_slur_is_extreme_offence(string text) =>
        CheckerAssert.FindsCategory(text, Categories.ExtremeOffence, CheckContext.PublicComment);

    [Theory]
    [InlineData("Disabled children should stay with their class on trips, and the ramps make that possible")]
    [InlineData("The Dutch built dykes to keep the sea out of their fields")]
    [InlineData("we saw a badger through a chink in the fence")]
    [InlineData("please pick up your fag ends outside the gate")]
    [InlineData("my uncle went on a bender after the wedding")]
    [InlineData("Refugees do not ruin anything for anyone - they add to our community")]
    [InlineData("The refugees arrived at the station. We gave them blankets and sent them home with food parcels.")]
    [InlineData("Polish families ran a stall at the fair. Send them our thanks!")]
    public void Teaching_and_everyday_english_are_not(string text) =>
        CheckerAssert.NoCategory(text, Categories.ExtremeOffence, CheckContext.PublicComment);
}

/// <summary>
/// A pupil's whole name run together as a team's hashtag or in capitals with the double-barrelled surname closed up
/// (A.5.2; blind12, blind23, blind25), in other names; a hashtag that is a word, or a team's colour, stays quiet.
/// </summary>
public class NamesRunTogetherTests
{
    [Theory]
    [InlineData("#TeamNoahGreen for the win")]
    [InlineData("go team ollyokonkwo!!")]
    [InlineData("MILLIE WRIGHTFAIRBANKS scored the winner")]
    [InlineData("#teamrosiebaker")]
    public void A_name_run_together_is_a_pupils_identity(string text) =>
        CheckerAssert.FindsCategory(text, Categories.PupilIdentity);

    [Theory]
    [InlineData("#teamwork makes the dream work")]
    [InlineData("the green team won the relay")]
    [InlineData("#TeamGB were amazing at the Olympics")]
    public void A_word_or_a_colour_is_not(string text) =>
        CheckerAssert.NoCategory(text, Categories.PupilIdentity);
}

/// <summary>
/// Apes sent "back to the jungle" with no one named, or a pupil called one "from the jungle" (A.5.6; blind23, blind24,
/// blind29); a class reading The Jungle Book, or monkeys in a science lesson, stays quiet.
/// </summary>
public class ApesAndTheJungleTests
{
    [Theory]
    [InlineData("🐒 back to the jungle with u")]
    [InlineData("🦍🦍 go on, back to the jungle")]
    [InlineData("noah is a monkey from the jungle 🐵")]
    public void Apes_sent_back_to_the_jungle_are_hate(string text) =>
        CheckerAssert.FindsCategory(text, Categories.ExtremeOffence, CheckContext.PublicComment);

    [Theory]
    [InlineData("We are reading The Jungle Book 🐒🐯 in Oak Class")]
    [InlineData("monkeys swing through the jungle 🐒")]
    [InlineData("the monkey ran back to the jungle 🐒 the end")]
    public void A_story_or_a_lesson_is_not(string text) =>
        CheckerAssert.NoCategory(text, Categories.ExtremeOffence, CheckContext.PupilPost);
}

/// <summary>
/// A child telling of someone outside the family doing what groomers do (A.2.2, <c>ChildToldApproach</c>), in words no
/// worked line used: grooming, and a disclosure for the Designated Safeguarding Lead as well (A.2.3). A trip's guide
/// showing photos, a grandparent's gift, a lesson about strangers and a secret Santa stay quiet.
/// </summary>
public class ChildToldApproachTests
{
    [Theory]
    [InlineData("a man by the shops said he would buy me a new bike if i went to his flat")]
    [InlineData("the swimming coach says im his special girl and i can have extra lessons just me")]
    [InlineData("someone in my minecraft world gives me diamonds and wants to meet up at the park")]
    [InlineData("an older boy at the bus stop gave me money and told me dont tell anyone")]
    [InlineData("my online friend asked where i live so he can send me a present")]
    public void A_child_telling_of_an_approach_is_grooming_and_a_disclosure(string text)
    {
        CheckerAssert.FindsCategory(text, Categories.Grooming, CheckContext.PupilPost);
        CheckerAssert.FindsCategory(text, Categories.Safeguarding, CheckContext.PupilPost);
    }

    [Theory]
    [InlineData("A lady from the zoo showed us photos of the tigers and a man let us hold a snake")]
    [InlineData("my grandad gave me some money for my birthday and i bought a lego set")]
    [InlineData("We learned that you should never go with a stranger even if they have sweets")]
    [InlineData("the coach gave me player of the match and some sweets")]
    [InlineData("Secret santa is tomorrow, someone in our class is getting my present")]
    public void School_life_and_family_are_not(string text) =>
        CheckerAssert.NoCategory(text, Categories.Grooming, CheckContext.PupilPost);
}

/// <summary>
/// A child left to care for themselves or others at home, with a parent named (A.2.3, <c>NeglectTold</c>), in words no
/// worked line used; a story's hungry explorers, a rule about the park and a busy Saturday stay quiet.
/// </summary>
public class NeglectToldTests
{
    [Theory]
    [InlineData("dad has been in bed for days so i make my own tea")]
    [InlineData("mum went out and i was home on my own all night with the baby")]
    [InlineData("i get my little brother ready for school cos mummy cant get up")]
    [InlineData("theres no food in and dad says wait till tuesday")]
    public void A_child_left_to_cope_is_a_disclosure(string text) =>
        CheckerAssert.FindsCategory(text, Categories.Safeguarding, CheckContext.PupilPost);

    [Theory]
    [InlineData("In our story the explorers had no food left so they ate berries")]
    [InlineData("mum says i can walk to school on my own when im in year 6")]
    [InlineData("I help mum put my little sister to bed on Saturdays and then we watch a film")]
    public void Stories_and_rules_are_not(string text) =>
        CheckerAssert.NoCategory(text, Categories.Safeguarding, CheckContext.PupilPost);
}

/// <summary>
/// A pupil run down with their name anywhere in the sentence (5.5, <c>AimedInsult.NamedInSentence</c>): ranked, shut out,
/// mocked; in words no worked line used. Praise that uses the same words, the writer's own "i can't even", and staff posts
/// stay quiet.
/// </summary>
public class NamedInSentenceTests
{
    [Theory]
    [InlineData("class vote: rosie is the most annoying girl in year 3")]
    [InlineData("dont invite noah to the sleepover he always ruins it")]
    [InlineData("everyone except olly is coming to my party lol")]
    [InlineData("rate the class: worst at football is noah")]
    public void A_pupil_run_down_is_bullying(string text) =>
        CheckerAssert.FindsCategory(text, Categories.Bullying);

    [Theory]
    [InlineData("Rosie your handstand was amazing, i cant even do a cartwheel")]
    [InlineData("noah found a weird shaped stone on the beach")]
    public void Praise_and_things_are_not(string text) =>
        CheckerAssert.NoCategory(text, Categories.Bullying);

    [Fact]
    public void A_staff_post_is_not() =>
        CheckerAssert.NoCategory("Noah and Rosie made a weird and wonderful machine in DT", Categories.Bullying, CheckContext.StaffPost);
}

/// <summary>The registered and copyright signs standing for "r" and "c" inside a word (A.5.6; blind23); a brand's mark stays quiet.</summary>
public class SignsForLettersTests
{
    [Theory]
    [InlineData("ur such a reta®d")]
    [InlineData("shut up ©oon")]
    public void A_sign_for_a_letter_is_read_as_the_letter(string text) =>
        CheckerAssert.FindsCategory(text, Categories.ExtremeOffence);

    [Theory]
    [InlineData("LEGO® bricks are the best")]
    [InlineData("© Holbrook Primary 2026, all rights reserved")]
    public void A_brands_mark_is_not(string text) => CheckerAssert.NoCategory(text, Categories.ExtremeOffence);
}

/// <summary>
/// A home described so it can be found, with no house number beside a street (A.4.9, <c>HomeDescribed</c>), in words no
/// worked line used; a country, a question about where someone lives and "near the school" stay quiet.
/// </summary>
public class HomeDescribedTests
{
    [Theory]
    [InlineData("we live above the bakery on Mill Road, come and knock")]
    [InlineData("come round mine after school, its the one next to the launderette")]
    [InlineData("our caravan is the green one on pitch 12 at the campsite")]
    [InlineData("im in the flats on the hill, 4th floor")]
    public void A_home_that_can_be_found_is_contact_details(string text) =>
        CheckerAssert.FindsCategory(text, Categories.ContactDetails);

    [Theory]
    [InlineData("I live in England and my favourite food is pasta")]
    [InlineData("what street do you live on? mine is really long")]
    [InlineData("I live near the school so I walk with my mum")]
    public void A_country_or_a_question_is_not(string text) =>
        CheckerAssert.NoCategory(text, Categories.ContactDetails);
}

/// <summary>
/// School business that is not the public's (3.2, <c>WorkSecrets</c>), in words no worked line used: a sensitive matter
/// beside the workplace on a personal post; news kept from parents, or a staffing or child-protection process, on the
/// school's post. A surprise, a published report and a teacher's nerves stay quiet.
/// </summary>
public class WorkSecretsTests
{
    [Theory]
    [InlineData("Awful day, a girl in my class has been put into care and I can't stop crying")]
    [InlineData("Can't say more but our deputy has been suspended, the whole staff room is in shock")]
    [InlineData("Our school is about to lose three TAs to redundancy and nobody's been told")]
    public void A_personal_post_with_work_secrets_is_confidential(string text) =>
        CheckerAssert.FindsCategory(text, Categories.Confidential, CheckContext.PersonalPost);

    [Theory]
    [InlineData("The inspectors are booked for Thursday, please don't share this with parents yet")]
    [InlineData("Staff only: the capability meeting has moved to Monday")]
    [InlineData("Mrs Green is retiring in July but it hasn't been announced, so keep it quiet")]
    public void A_staff_post_with_unannounced_news_is_confidential(string text) =>
        CheckerAssert.FindsCategory(text, Categories.Confidential, CheckContext.StaffPost);

    [Theory]
    [InlineData("Shh, don't tell the children yet - a surprise visitor is coming on Friday!", CheckContext.StaffPost)]
    [InlineData("Our Ofsted report is published, read it on the school website", CheckContext.StaffPost)]
    [InlineData("First week at my new school done, wish me luck for the next one!", CheckContext.PersonalPost)]
    public void Surprises_and_public_news_are_not(string text, CheckContext context) =>
        CheckerAssert.NoCategory(text, Categories.Confidential, context);
}

/// <summary>
/// A speaker's own view on the school's post that needs no second signal (5.3, <c>SchoolVoiceOpinion.OwnView</c>), in
/// words no worked line used; the school's values and a school council's vote stay quiet.
/// </summary>
public class OwnViewTests
{
    [Theory]
    [InlineData("In my opinion the new uniform supplier is far too expensive.")]
    [InlineData("Personally I think pumpkins are overrated, but here are Year 2's lanterns!")]
    [InlineData("I believe every family should be eating organic food.")]
    [InlineData("Please vote for my sister in the parish election on Thursday.")]
    public void An_own_view_is_opinion(string text) =>
        CheckerAssert.FindsCategory(text, Categories.Opinion, CheckContext.StaffPost);

    [Theory]
    [InlineData("We believe every child deserves to be happy, safe and heard.")]
    [InlineData("Each class will vote for two school council representatives next week.")]
    public void Values_and_school_votes_are_not(string text) =>
        CheckerAssert.NoCategory(text, Categories.Opinion, CheckContext.StaffPost);
}

/// <summary>
/// A concern about a child raised in a public comment (A.2.3, <c>ConcernForChild</c>), in words no worked line used; a
/// football club's shin pads, a threat said in hate and a coat left on a peg stay out of it.
/// </summary>
public class ConcernForChildTests
{
    [Theory]
    [InlineData("The boy from number 6 is out on the street every evening in the rain and nobody comes for him")]
    [InlineData("A child in Year 3 had a black eye again on Monday, is anyone checking?")]
    [InlineData("Two kids from the flats wait outside the shop till gone 9 with no coats on")]
    public void A_concern_about_a_child_is_safeguarding(string text) =>
        CheckerAssert.FindsCategory(text, Categories.Safeguarding, CheckContext.PublicComment);

    [Theory]
    [InlineData("Can the football club kids bring shin pads please, a few came home with sore legs!")]
    [InlineData("Lost property: a child's coat was left on the peg, please collect it")]
    public void Everyday_notices_are_not(string text) =>
        CheckerAssert.NoCategory(text, Categories.Safeguarding, CheckContext.PublicComment);
}

/// <summary>
/// A gamer name written with digits inside its letters, and a channel named after a misspelt "chanel" (A.4.9,
/// <c>PlatformHandle</c>; blind23, blind29), in other names; a season's number and a channel's subject stay quiet.
/// </summary>
public class UsernamesInOtherFormsTests
{
    [Theory]
    [InlineData("my fortnite name is Bl4ckP4nther lol")]
    [InlineData("on roblox im sh4d0wf0x if u want to play")]
    [InlineData("subscribe to my chanel its called RosieMakesSlime")]
    public void A_username_after_its_app_is_contact_details(string text) =>
        CheckerAssert.FindsCategory(text, Categories.ContactDetails);

    [Theory]
    [InlineData("Fortnite season 5 starts on the 2nd of June")]
    [InlineData("we watched a channel about lego on the big screen")]
    public void A_season_or_a_subject_is_not(string text) => CheckerAssert.NoCategory(text, Categories.ContactDetails);
}

/// <summary>
/// A class by its first word in lower case beside a pupil's name (A.5.2; blind16, blind22, blind23), in other words; the
/// tree and its wood stay quiet.
/// </summary>
public class ClassByFirstWordTests
{
    private static readonly ContentChecker Checker = new(CheckerAssert.Roster, new SchoolProfile(["Holbrook Primary"], ["holbrook.sch.uk"], ["Oak Class", "Willow Class"]));

    [Theory]
    [InlineData("noah in willow won the spelling bee")]
    [InlineData("well done rosie from oak for her poem")]
    public void A_pupil_with_their_class_is_identified(string text) =>
        Assert.Contains(Checker.Check(text, CheckContext.PupilComment).Findings, f => f.Category == Categories.PupilIdentity);

    [Theory]
    [InlineData("noah sat in willow trees by the river")]
    [InlineData("rosie made a box in oak wood at the workshop")]
    public void A_tree_is_not(string text) =>
        Assert.DoesNotContain(Checker.Check(text, CheckContext.PupilComment).Findings, f => f.Category == Categories.PupilIdentity);
}
