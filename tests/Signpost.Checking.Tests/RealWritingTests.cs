namespace Signpost.Checking.Tests;

/// <summary>
/// What the blind evaluation set (Evaluation/blind.jsonl, written by someone who had not seen the lists; docs/CHECKER.md)
/// showed the lists missing or wrongly flagging, tested here in other words than that set's lines, with the ordinary
/// writing that must stay quiet beside each.
/// </summary>
public class RealWritingTests
{
    [Theory]
    [InlineData("my uncle said if i tell anyone he will hurt my dog", "if i tell anyone he will hurt")]
    [InlineData("when dad gets drunk and i hide under my bed", "gets drunk and i hide")]
    [InlineData("im not allowed to tell anybody what happens at home", "im not allowed to tell anybody what happens")]
    [InlineData("my cousin showed me videos of people with no clothes on", "showed me videos of people with no clothes on")]
    [InlineData("a boy online keeps asking me to send him pictures", "keeps asking me to send him pictures")]
    [InlineData("a lady on fortnite keeps messaging me asking if im home alone", "messaging me asking if im home alone")]
    [InlineData("mum didnt come back last night", "mum didnt come back last night")]
    [InlineData("we didnt have any dinner or breakfast again", "didnt have any dinner or breakfast again")]
    [InlineData("i was on my own all night", "i was on my own all night")]
    [InlineData("those kids are left on their own all weekend", "left on their own all weekend")]
    [InlineData("i have to feed my baby brother when mum goes out", "i have to feed my baby brother when mum goes out")]
    [InlineData("daddy wont wake up", "daddy wont wake up")]
    [InlineData("she sleeps all day and wont wake up", "sleeps all day and wont wake up")]
    [InlineData("i have to make my own tea every night", "i have to make my own tea every night")]
    [InlineData("i sometimes cut my legs", "i sometimes cut my legs")]
    [InlineData("i scratch my arms to feel better", "scratch my arms to feel better")]
    [InlineData("nobody would even care if i ran away", "nobody would even care if i ran away")]
    [InlineData("my husband and kids would be better off without me", "would be better off without me")]
    [InlineData("her carer has been taking money from her purse", "carer has been taking money from her purse")]
    public void Disclosures_in_childrens_and_parents_words_are_safeguarding(string text, string span)
    {
        var finding = CheckerAssert.Finds(text, Categories.Safeguarding, "A.2.3", span);
        Assert.Equal(Severity.High, finding.Severity);
    }

    [Theory]
    [InlineData("my brother hit me with a snowball")]
    [InlineData("I don't want to go home, the residential was amazing")]
    [InlineData("we played hide and seek and i hid under the bed")]
    [InlineData("I make my own breakfast every morning now I'm in Year 6")]
    [InlineData("I cut my arm on the fence at the park")]
    [InlineData("my mum works nights so she sleeps all day")]
    [InlineData("I was on my own in the reading corner")]
    public void Play_accidents_and_growing_up_are_not_safeguarding(string text) =>
        CheckerAssert.NoCategory(text, Categories.Safeguarding);

    /// <summary>DisclosureDetector: who, what and to whom with other words between (A.2.3).</summary>
    [Theory]
    [InlineData("my stepdad gets really cross and slaps me when mum is at work", "stepdad gets really cross and slaps")]
    [InlineData("nans boyfriend comes in the bathroom and touches me", "nans boyfriend comes in the bathroom and touches")]
    [InlineData("when dad drinks he kicks the door and then us", "dad drinks he kicks")]
    [InlineData("my uncle said its a secret game and it makes me sad", "uncle said its a secret game")]
    [InlineData("mum got a black eye from her boyfriend and i hide in my room", "boyfriend and i hide")]
    [InlineData("i have bruises on my legs from my dads belt", "bruises on my legs")]
    public void Who_what_and_to_whom_with_words_between_are_disclosures(string text, string span)
    {
        var finding = CheckerAssert.Finds(text, Categories.Safeguarding, "A.2.3", span);
        Assert.Equal(Severity.High, finding.Severity);
    }

    [Theory]
    [InlineData("My brother beat me at chess again!")]
    [InlineData("I hid from my sister in the cupboard.")]
    [InlineData("my dad kicked the ball really high and it hit me on the head")]
    [InlineData("In the story the giant grabbed Jack and locked him up")]
    [InlineData("my sister pushed me on the swing so high")]
    [InlineData("I fell off my bike and mum said the bruise will go soon")]
    [InlineData("we hid the easter eggs from my brother")]
    [InlineData("Mum hugged me when I hurt my knee")]
    public void Play_stories_and_accidents_are_not_disclosures(string text) =>
        CheckerAssert.NoCategory(text, Categories.Safeguarding);

    /// <summary>
    /// More of how children tell (A.2.3), in other words than the third blind set's lines that showed them missing:
    /// violence at home they see, being told they are worthless, implements, being held or shut in, not fed, self-harm.
    /// </summary>
    [Theory]
    [InlineData("last week my stepdad thumped my mum and she cried", "stepdad thumped")]
    [InlineData("grandad walloped nanny in the kitchen", "grandad walloped")]
    [InlineData("her boyfriend belted her when she was on the phone", "boyfriend belted")]
    [InlineData("my uncle pinned me down on the sofa", "uncle pinned me down")]
    [InlineData("my nan always says im a mistake", "always says im a mistake")]
    [InlineData("dad wishes i was never born", "wishes i was never born")]
    [InlineData("we get the wooden spoon if we are noisy", "get the wooden spoon if")]
    [InlineData("the police came round ours again because of the fighting", "the police came round ours again")]
    [InlineData("there was screaming and throwing things all night", "screaming and throwing things all night")]
    [InlineData("there is never any food at home", "there is never any food at home")]
    [InlineData("i havent eaten anything since friday", "havent eaten anything since")]
    [InlineData("i slept on the floor because there is no bed", "slept on the floor because")]
    [InlineData("i did scratches on my legs with a compass", "did scratches on my legs")]
    [InlineData("i wish i could fall asleep and not wake up", "fall asleep and not wake up")]
    public void More_ways_children_tell_are_safeguarding(string text, string span)
    {
        var finding = CheckerAssert.Finds(text, Categories.Safeguarding, "A.2.3", span);
        Assert.Equal(Severity.High, finding.Severity);
    }

    [Theory]
    [InlineData("we had battered cod and chips with my dad on the pier")]
    [InlineData("mum pushed her trolley round the big shop")]
    [InlineData("In the story the princess will fall asleep and never wake up")]
    [InlineData("my mum said im a star for tidying my room")]
    [InlineData("dad whacked the wasp with a newspaper")]
    [InlineData("i get the bus when it rains")]
    [InlineData("The police came to our school to talk about road safety")]
    public void Cooking_chores_stories_and_visits_are_not_safeguarding(string text) =>
        CheckerAssert.NoCategory(text, Categories.Safeguarding);

    [Theory]
    [InlineData("come on discord so your parents cant find out", "so your parents cant find out")]
    [InlineData("he keeps asking for photos of me in my uniform", "keeps asking for photos of me")]
    [InlineData("leave your webcam on in bed tonight", "webcam on in bed")]
    [InlineData("ill give u gems if u keep it a secret", "gems if u keep it a secret")]
    [InlineData("he told me i was really mature for 9", "really mature for 9")]
    [InlineData("he said im his special girl", "im his special girl")]
    public void Online_approaches_as_children_report_them_are_grooming(string text, string span) =>
        CheckerAssert.Finds(text, Categories.Grooming, "A.2.2", span);

    [Theory]
    [InlineData("mum topped up my phone for my birthday")]
    [InlineData("my teacher says im very mature for my age")]
    [InlineData("put the camera on the tripod so the whole class can see")]
    public void Presents_praise_and_cameras_at_school_are_not_grooming(string text) =>
        CheckerAssert.NoCategory(text, Categories.Grooming);

    [Theory]
    [InlineData("your really grown up, dont tell sir we talk", "dont tell sir")]
    [InlineData("he made me promise not to tell", "promise not to tell")]
    [InlineData("im an old friend of your mums, add me on insta", "im an old friend of your mums")]
    [InlineData("come over to mine and we can play on my xbox", "come over to mine and we can")]
    [InlineData("wat school do u go to", "wat school do u go to")]
    [InlineData("what school u go to", "what school u go to")]
    [InlineData("a man keeps begging me for photos", "begging me for photos")]
    public void Secrecy_visits_and_requests_as_they_are_written_are_grooming(string text, string span) =>
        CheckerAssert.Finds(text, Categories.Grooming, "A.2.2", span);

    /// <summary>A secret kept for a surprise, where pupils and staff write, is not grooming (SurpriseSecret, A.2.2).</summary>
    [Theory]
    [InlineData("dont tell sir but we are wrapping him a present")]
    [InlineData("its our secret, we are making mum a birthday card in art")]
    [InlineData("Keep it a secret: the card is for Mrs Patel's leaving do!", CheckContext.StaffPost)]
    public void Secrets_kept_for_a_surprise_are_not_grooming(string text, CheckContext context = CheckContext.PupilComment) =>
        CheckerAssert.NoCategory(text, Categories.Grooming, context);

    [Theory]
    [InlineData("dont tell your mum, its a surprise present from me", CheckContext.PublicComment, "dont tell your mum")]
    [InlineData("a man said dont tell your mum its a surprise", CheckContext.PupilComment, "dont tell your mum")]
    [InlineData("keep it our secret and ill send you a present, dm me", CheckContext.PupilComment, "keep it our secret")]
    public void A_surprise_from_an_outsider_or_an_approach_is_still_grooming(string text, CheckContext context, string span) =>
        CheckerAssert.Finds(text, Categories.Grooming, "A.2.2", span, context);

    [Theory]
    [InlineData("can you come to mine on saturday to play minecraft")]
    [InlineData("which year are you in at big school?")]
    public void Friends_asking_friends_are_not_grooming(string text) => CheckerAssert.NoCategory(text, Categories.Grooming);

    [Theory]
    [InlineData("Miss Jones is a horrible teacher", "5.5", "Miss Jones is a horrible teacher")]
    [InlineData("Noah is so annoying", "5.5", "Noah is so annoying")]
    [InlineData("they are absolute brats", "5.5", "they are absolute brats")]
    [InlineData("Rose cant sit on our table", "3.4", "cant sit on our table")]
    [InlineData("dont invite Noah to your party", "3.4", "dont invite Noah to your party")]
    [InlineData("ur not allowed to play with us", "3.4", "ur not allowed to play with us")]
    public void Name_calling_and_leaving_someone_out_are_bullying(string text, string clause, string span) =>
        CheckerAssert.Finds(text, Categories.Bullying, clause, span);

    [Theory]
    [InlineData("my sister is 4 and she is so annoying")]
    [InlineData("the film was so boring")]
    [InlineData("You can't play football in the hall")]
    [InlineData("Don't invite too many people to your party")]
    public void Grumbles_that_aim_at_nobody_are_not_bullying(string text) => CheckerAssert.NoCategory(text, Categories.Bullying);

    /// <summary>
    /// Insult words aimed at a person written as children write names, in lower case (AimedInsult.CheckCue, 5.5): a
    /// noun after a name, "he/she" or "ur"; an adjective after a roster name or "ur"; "smells of" right after a name.
    /// </summary>
    [Theory]
    [InlineData("rose is a massive cheat at tag", "rose is a massive cheat")]
    [InlineData("zoe nowak is such a snitch", "nowak is such a snitch")]
    [InlineData("dont listen to her shes a liar", "shes a liar")]
    [InlineData("olly is so lazy he never helps", "olly is so lazy")]
    [InlineData("ur so fake", "ur so fake")]
    [InlineData("millie smells of cabbage", "millie smells of")]
    [InlineData("stop being such a muppet", "stop being such a muppet")]
    public void Insult_words_aimed_at_a_person_are_bullying(string text, string span) =>
        CheckerAssert.Finds(text, Categories.Bullying, "5.5", span);

    [Theory]
    [InlineData("the troll in the story is a liar and a cheat")]
    [InlineData("my little brother is so lazy on saturdays")]
    [InlineData("she is so annoying when she sings in the car")]
    [InlineData("the baker is so lazy he sells yesterday's bread")]
    [InlineData("the kitchen smells of curry on fridays")]
    [InlineData("the fog was thick and the path was nasty and muddy")]
    [InlineData("Matilda is so clever and Miss Trunchbull is a bully")]
    public void Insult_words_aimed_at_no_one_here_are_not_bullying(string text) =>
        CheckerAssert.NoCategory(text, Categories.Bullying);

    [Theory]
    [InlineData("this lesson is so gay", "so gay")]
    [InlineData("he is a terrorist", "he is a terrorist")]
    [InlineData("typical jews", "typical jews")]
    [InlineData("muslims are all terrorists", "muslims are all terrorists")]
    public void Hate_aimed_at_a_faith_or_people_is_extreme_offence(string text, string span)
    {
        CheckerAssert.Finds(text, Categories.ExtremeOffence, "A.5.6", span);
        Assert.Equal(CheckAction.Block, CheckerAssert.Check(text).Action);
    }

    /// <summary>Hate at a people or a faith with no slur word (GroupHate, A.5.6): blocked like a slur.</summary>
    [Theory]
    [InlineData("lesbians are all perverts", "lesbians are all perverts")]
    [InlineData("i think asylum seekers should be deported", "asylum seekers should be deported")]
    [InlineData("catholics shouldnt be allowed to teach", "catholics shouldnt be allowed")]
    [InlineData("the chinese run the government now", "the chinese run the government")]
    [InlineData("foreigners are taking over", "foreigners are taking over")]
    public void Hate_at_a_people_without_a_slur_word_is_extreme_offence(string text, string span)
    {
        CheckerAssert.Finds(text, Categories.ExtremeOffence, "A.5.6", span, CheckContext.PublicComment);
        Assert.Equal(CheckAction.Block, CheckerAssert.Check(text, CheckContext.PublicComment).Action);
    }

    [Theory]
    [InlineData("Sikhs run the langar kitchen at the gurdwara and everyone can eat there")]
    [InlineData("In history we learned the Nazis told lies that Jews were vermin")]
    [InlineData("Refugees are people who have had to leave their homes")]
    [InlineData("Disabled people should be allowed to use every part of the park")]
    [InlineData("Muslims are not allowed to eat pork")]
    [InlineData("Travellers were sent to the back of the queue at the airport")]
    [InlineData("It is a myth that immigrants are stealing our jobs")]
    public void Teaching_about_peoples_and_faiths_is_not_extreme_offence(string text) =>
        CheckerAssert.NoCategory(text, Categories.ExtremeOffence, CheckContext.StaffPost);

    /// <summary>
    /// What blind11 showed missing about peoples, faiths and disabled people, said in other words (GroupHate, A.5.6):
    /// "nothing but trouble", "a drain on", "don't belong", "bring crime", "eat cats", "rot in hell", "should go home",
    /// "those people are vermin"; a place of worship threatened; a people's name with "thieves"; "go back to ..." as an order.
    /// </summary>
    [Theory]
    [InlineData("Romanians only come over here for the free benefits", "Romanians only come over here for the free benefits")]
    [InlineData("they should all go back to Pakistan", "all go back to Pakistan")]
    [InlineData("gypsy families are nothing but trouble", "gypsy families are nothing but trouble")]
    [InlineData("lesbians are going to rot in hell", "lesbians are going to rot in hell")]
    [InlineData("gay people dont belong in schools", "gay people dont belong")]
    [InlineData("immigrants bring crime and knives into our town", "immigrants bring crime")]
    [InlineData("muslim families are taking our houses", "muslim families are taking our houses")]
    [InlineData("disabled people are a drain on the NHS", "disabled people are a drain on")]
    [InlineData("deaf kids should be kept away from normal kids", "deaf kids should be kept away")]
    [InlineData("people with down syndrome are not normal", "people with down syndrome are not normal")]
    [InlineData("those people are vermin", "those people are vermin")]
    [InlineData("refugees can't be trusted", "refugees can't be trusted")]
    [InlineData("africans eat cats", "africans eat cats")]
    [InlineData("the travellers are a burden to the taxpayer", "travellers are a burden to")]
    [InlineData("oi Harvey go back to poland", "Harvey go back to poland")]
    [InlineData("blow up the synagogue", "blow up the synagogue")]
    [InlineData("dirty romanians everywhere in this town", "dirty romanians")]
    [InlineData("they're all romanian thieves", "romanian thieves")]
    [InlineData("being trans is a disease", "being trans is a disease")]
    [InlineData("people like that should be gassed", "people like that should be gassed")]
    [InlineData("autistic kids have no feelings", "autistic kids have no feelings")]
    [InlineData("Foreigners should go home.", "Foreigners should go home")]
    [InlineData("Polish kids drag the class down", "Polish kids drag the class down")]
    public void Hate_at_a_people_in_more_words_is_extreme_offence(string text, string span)
    {
        CheckerAssert.Finds(text, Categories.ExtremeOffence, "A.5.6", span, CheckContext.PublicComment);
        Assert.Equal(CheckAction.Block, CheckerAssert.Check(text, CheckContext.PublicComment).Action);
    }

    /// <summary>What blind12 and blind13 showed missing, in other words (A.5.6): slurs split, misspelt, reversed or in emoji letters; hate in emoji.</summary>
    [Theory]
    [InlineData("he is such a towel head", "towel head")]
    [InlineData("stop being a faggit", "faggit")]
    [InlineData("all the reggins in this town", "reggins")]
    [InlineData("move ni🅱️🅱️as", "ni🅱️🅱️as")]
    [InlineData("they're all benders in that class", "benders")]
    [InlineData("assimilate or go home", "assimilate or go home")]
    [InlineData("the muslims made it up to get sympathy", "muslims made it up")]
    [InlineData("being gay is a mental illness", "being gay is a mental illness")]
    [InlineData("Noah go back to Africa 🐒🐒", "Noah go back to Africa")]
    [InlineData("rosie you stink of curry go back to pakistan", "rosie you stink of curry go back to pakistan")]
    [InlineData("lgbt 🤮", "lgbt 🤮")]
    [InlineData("🌈 = 🤢🤢", "🌈 = 🤢")]
    [InlineData("u r a 🦍🍌", "🦍🍌")]
    public void Disguised_slurs_and_hate_in_emoji_are_extreme_offence(string text, string span) =>
        CheckerAssert.Finds(text, Categories.ExtremeOffence, "A.5.6", span, CheckContext.PupilComment);

    /// <summary>Monkeys and bananas at the zoo, a rainbow, a journey home, a story's dyke and "not terrorists" stay quiet.</summary>
    [Theory]
    [InlineData("we saw 🐒🐒 at the zoo and fed them 🍌")]
    [InlineData("my lunch was 🍌🍎🍇 yum")]
    [InlineData("happy pride month 🏳️‍🌈🌈❤️")]
    [InlineData("I hate rainy days 🌧️👎")]
    [InlineData("Kacper and his dad go back to Poland every summer")]
    [InlineData("Priya said we go back to India at Easter")]
    [InlineData("The boy put his finger in the dyke to stop the sea coming in")]
    [InlineData("Muslims are not terrorists and we should say so")]
    [InlineData("Traveller children were sick with measles last winter")]
    public void Emoji_journeys_and_stories_are_not_extreme_offence(string text) =>
        CheckerAssert.NoCategory(text, Categories.ExtremeOffence, CheckContext.PupilComment);

    /// <summary>What blind14 showed missing, in other words (A.5.6).</summary>
    [Theory]
    [InlineData("gay people are mentally ill", "gay people are mentally ill")]
    [InlineData("Albanians are all crooks and scammers", "Albanians are all crooks")]
    [InlineData("immigrants, dont let them into our country", "immigrants, dont let them into")]
    [InlineData("autistic kids should be in special schools", "autistic kids should be in special schools")]
    [InlineData("white pride", "white pride")]
    [InlineData("no queers in our school", "queers")]
    [InlineData("ship them all out where they came from", "ship them all out where they came from")]
    [InlineData("new neighbours ✡️🐀💰", "✡️🐀💰")]
    [InlineData("rosie's dad is a bender", "rosie's dad is a bender")]
    public void What_the_fourteenth_set_showed_is_extreme_offence(string text, string span) =>
        CheckerAssert.Finds(text, Categories.ExtremeOffence, "A.5.6", span, CheckContext.PublicComment);

    /// <summary>A slur used of one person pointed at is name-calling too (5.5); a slur as a word for a shop or a meal is not aimed.</summary>
    [Theory]
    [InlineData("get that c00n off the pitch", "that c00n")]
    [InlineData("the raghead at the shop was rude", "the raghead")]
    [InlineData("they keep calling me names at break", "calling me names")]
    [InlineData("your picture is rubbish and ugly just like you", "ugly just like you")]
    public void Slurs_and_insults_pointed_at_one_person_are_bullying(string text, string span) =>
        CheckerAssert.Finds(text, Categories.Bullying, "5.5", span, CheckContext.PupilComment);

    [Theory]
    [InlineData("we got sweets from the p4ki shop on the corner", Categories.Bullying)]
    [InlineData("my uncle went on a bender at the wedding", Categories.ExtremeOffence)]
    [InlineData("Victorian Day menu: faggots, mushy peas, and bread and dripping.", Categories.ExtremeOffence)]
    [InlineData("This week's phonics sound is 'ass' as in class, grass and glass.", Categories.Profanity)]
    public void Shops_meals_a_spree_and_phonics_are_not_aimed_or_offensive(string text, string category) =>
        CheckerAssert.NoCategory(text, category, CheckContext.StaffPost);

    /// <summary>"Zainab go back to pakistan": said to a pupil, it is name-calling as well (5.5).</summary>
    [Fact]
    public void Go_back_said_to_a_named_child_is_bullying_too() =>
        CheckerAssert.Finds("Zainab go back to pakistan", Categories.Bullying, "5.5", "Zainab go back to pakistan", CheckContext.PupilComment);

    /// <summary>The same words in journeys, RE, history and ordinary school news stay quiet.</summary>
    [Theory]
    [InlineData("We go back to Poland every summer to see my babcia.")]
    [InlineData("Kacper will go back to Poland at Christmas.")]
    [InlineData("I cant wait to go back to India to see my cousins.")]
    [InlineData("Mum and Kacper go back to Poland for the wedding.")]
    [InlineData("we all go back to pakistan in july")]
    [InlineData("They go back to Africa every year to visit family in Ghana.")]
    [InlineData("Muslims believe that people who do bad things go to hell unless they repent.")]
    [InlineData("Christians believe that all people are sinners and need forgiveness.")]
    [InlineData("Autistic people do not always show their feelings the same way, so be patient.")]
    [InlineData("Disabled people should be able to get into every shop, that is why we have ramps.")]
    [InlineData("Travellers are having trouble finding places to stop this winter.")]
    [InlineData("Sikhs do belong to a faith started by Guru Nanak.")]
    [InlineData("Muslims must leave their shoes at the door of the mosque.")]
    [InlineData("The Vikings came to burn the monastery at Lindisfarne.")]
    [InlineData("Those people are so rude, they parked on the zigzags again.")]
    [InlineData("These people should be banned from parking outside school.")]
    [InlineData("Immigrants brought new foods like curry to Britain.")]
    [InlineData("The Romans took over Britain in AD 43.")]
    [InlineData("Gay families are welcome at our school.")]
    [InlineData("Disabled children need to go back to the classroom after lunch for their medicine.")]
    [InlineData("The refugee children should go home early on Friday because of the trip.")]
    [InlineData("Some immigrants take our advice about the bus times.")]
    [InlineData("Asylum seekers should be kept safe and treated with kindness.")]
    [InlineData("Deaf children hold their hands up to answer.")]
    [InlineData("Gypsy and Traveller families are welcome and we celebrate GRT History Month in June.")]
    [InlineData("The polish on the table was dirty so we cleaned it.")]
    [InlineData("Hindus believe cows are sacred.")]
    public void Peoples_and_faiths_in_ordinary_writing_are_not_extreme_offence(string text) =>
        CheckerAssert.NoCategory(text, Categories.ExtremeOffence, CheckContext.PublicComment);

    /// <summary>What the fifth blind set showed missing, in other words (A.4.9, A.5.2, A.5.6).</summary>
    [Theory]
    [InlineData("ring me its O7700 9OO123", "O7700 9OO123")]
    [InlineData("my nans number is 0121 496 OOl8", "0121 496 OOl8")]
    public void Phone_numbers_with_letters_for_digits_are_contact_details(string text, string span) =>
        CheckerAssert.Finds(text, Categories.ContactDetails, "A.4.9", span);

    [Theory]
    [InlineData("we won 10 - 0 and 7 - 0 on sunday, 100 goals this season lol")]
    [InlineData("I weighed 5lb 10oz when I was born and now I am in Year 1")]
    [InlineData("Room 101 is on floor 1 and the code is 0O")]
    public void Scores_weights_and_rooms_are_not_phone_numbers(string text) =>
        CheckerAssert.NoCategory(text, Categories.ContactDetails);

    [Theory]
    [InlineData("we moved to number 14 next to the chip shop", "moved to number 14")]
    [InlineData("roblox name is skyfox2016 add me", "roblox name is skyfox2016")]
    public void Where_a_child_lives_and_their_game_names_are_contact_details(string text, string span) =>
        CheckerAssert.Finds(text, Categories.ContactDetails, "A.4.9", span);

    [Theory]
    [InlineData("Amelia Wright-Fairbank did a great job", "Amelia Wright-Fairbank")]
    [InlineData("well done to Oliver Okonko for his poem", "Oliver Okonko")]
    public void A_full_name_with_one_letter_missing_from_a_long_surname_is_a_pupils_identity(string text, string span) =>
        CheckerAssert.Finds(text, Categories.PupilIdentity, "A.5.2", span, CheckContext.PublicComment);

    [Fact]
    public void A_short_surname_missing_a_letter_is_not_looked_for() =>
        CheckerAssert.NoCategory("Rose bake a cake for the fair", Categories.PupilIdentity);

    [Fact]
    public void A_first_name_beside_my_year_4s_is_a_pupils_identity() =>
        CheckerAssert.Finds("one of my Year 4s, Noah, made us all laugh", Categories.PupilIdentity, "A.5.2", "Noah", CheckContext.StaffPost);

    [Theory]
    [InlineData("his dad is a polack")]
    [InlineData("shut up you batty boy")]
    [InlineData("stop being such a jew with your sweets")]
    [InlineData("you are gay")]
    [InlineData("ur gay lmao")]
    [InlineData("Romanians are just less civilised than us")]
    [InlineData("asians are stupid")]
    public void Slurs_and_hate_the_fifth_blind_set_showed_are_extreme_offence(string text) =>
        CheckerAssert.FindsCategory(text, Categories.ExtremeOffence, CheckContext.PublicComment);

    [Theory]
    [InlineData("We had pollack and chips on the pier")]
    [InlineData("My uncle is gay and he is getting married in June")]
    [InlineData("Jewish families light candles at Hanukkah")]
    [InlineData("The Romans were less civilised than the Greeks, some historians say")]
    public void Fish_families_and_history_are_not_extreme_offence(string text) =>
        CheckerAssert.NoCategory(text, Categories.ExtremeOffence, CheckContext.PublicComment);

    /// <summary>What the sixth blind set showed, in other words: the school's own details, science and food words, hate and approaches.</summary>
    [Theory]
    [InlineData("Please post forms to the school at Holbrook Primary, Mill Road, Coventry CV1 2AB")]
    [InlineData("Attendance: ring 01632 960555 by 9am if your child is ill")]
    [InlineData("New in the library: Matilda (ISBN 978-0-14-241037-1) and The BFG")]
    public void The_schools_own_details_and_book_numbers_in_a_staff_post_are_not_contact_details(string text) =>
        CheckerAssert.NoCategory(text, Categories.ContactDetails, CheckContext.StaffPost);

    [Theory]
    [InlineData("my house is number 9 willow way by the park", "number 9 willow way")]
    [InlineData("we live near the big tesco on foxglove road", "foxglove road")]
    [InlineData("whatsapp me at 8 tonight", "whatsapp me at")]
    public void Where_children_live_and_how_to_reach_them_are_contact_details(string text, string span) =>
        CheckerAssert.Finds(text, Categories.ContactDetails, "A.4.9", span);

    [Theory]
    [InlineData("In science we learned a male fox is a dog and a female is a vixen, and dogs and bitches have puppies")]
    [InlineData("On the farm the hens and cocks were all asleep")]
    [InlineData("Grandad made faggots which are meatballs with gravy")]
    public void Animal_names_and_old_foods_are_not_offensive(string text) => CheckerAssert.Clean(text);

    [Theory]
    [InlineData("the holocaust was a hoax", "the holocaust was a hoax")]
    [InlineData("hitler was right about them", "hitler was right")]
    [InlineData("disabled children slow the class down and should be segregated", "disabled children slow the class down and should be segregated")]
    public void Denial_praise_of_hitler_and_hate_at_disabled_children_are_extreme_offence(string text, string span) =>
        CheckerAssert.Finds(text, Categories.ExtremeOffence, "A.5.6", span, CheckContext.PublicComment);

    [Theory]
    [InlineData("he keeps threatening to take the kids", "keeps threatening to take the kids")]
    [InlineData("she wanted me to send photos with nothing on", "send photos with nothing on")]
    [InlineData("i burnt my arm on purpose", "burnt my arm on purpose")]
    public void Threats_pictures_and_self_harm_told_plainly_are_safeguarding(string text, string span) =>
        CheckerAssert.Finds(text, Categories.Safeguarding, "A.2.3", span);

    [Theory]
    [InlineData("be my secret bestie", "my secret bestie")]
    [InlineData("delete this once you have read it", "delete this once you have read")]
    [InlineData("you dont have to tell your mum about lessons with me", "you dont have to tell your mum")]
    public void Secret_friendships_and_hidden_messages_are_grooming(string text, string span) =>
        CheckerAssert.Finds(text, Categories.Grooming, "A.2.2", span, CheckContext.PublicComment);

    [Fact]
    public void A_surprise_in_the_sentence_before_keeps_the_secret() =>
        CheckerAssert.NoCategory("we are making sir a leaving card!!! its a secret ok", Categories.Grooming);

    [Theory]
    [InlineData("miss is such a liar", "miss is such a liar")]
    [InlineData("hi im Kacper and im 8", "hi im Kacper and im 8")]
    public void A_teacher_called_names_and_a_child_giving_name_and_age(string text, string span) =>
        Assert.NotNull(CheckerAssert.Check(text).Findings.FirstOrDefault(f => text.Substring(f.Start, f.Length) == span));

    /// <summary>What the seventh blind set showed, in other words.</summary>
    [Theory]
    [InlineData("our class rabbit Thumper is 3 today")]
    [InlineData("The answer is 2.5 and Sam is 9.75 metres from the wall")]
    [InlineData("Ben Nevis is 1,345 metres high")]
    [InlineData("The Queen's guards stand outside and the prime minister lives at 10 Downing Street")]
    public void Pets_decimals_heights_and_famous_addresses_are_not_personal(string text) => CheckerAssert.Clean(text, CheckContext.PupilPost);

    [Theory]
    [InlineData("add me my roblox username SkyBlue_2016", "roblox username SkyBlue_2016")]
    [InlineData("my user name on minecraft is pixelpip", "user name on minecraft is")]
    public void Game_names_given_are_contact_details(string text, string span) =>
        CheckerAssert.Finds(text, Categories.ContactDetails, "A.4.9", span);

    [Theory]
    [InlineData("dont sit with noah hes so weird", "hes so weird")]
    [InlineData("rosie thinks shes so cool but she looks like a potato", "she looks like a")]
    [InlineData("olly has got no friends", "olly has got no friends")]
    [InlineData("everybody unfollow him now", "everybody unfollow him")]
    [InlineData("vote Noah the smelliest boy", "vote Noah the smelliest")]
    public void Name_calling_as_the_seventh_set_wrote_it_is_bullying(string text, string span) =>
        Assert.Contains(CheckerAssert.Check(text).Findings, f => f.Category == Categories.Bullying && text.Substring(f.Start, f.Length).Contains(span, StringComparison.Ordinal));

    [Theory]
    [InlineData("my sister is so annoying and she looks like a potato in that hat")]
    [InlineData("i have got no friends at my new school yet")]
    public void Grumbles_and_a_child_alone_are_not_bullying(string text) => CheckerAssert.NoCategory(text, Categories.Bullying);

    [Theory]
    [InlineData("you should go back to pakistan")]
    [InlineData("all pakistanis smell")]
    public void Go_back_and_a_people_said_to_smell_are_extreme_offence(string text) =>
        CheckerAssert.FindsCategory(text, Categories.ExtremeOffence, CheckContext.PublicComment);

    [Fact]
    public void A_family_going_back_home_for_the_summer_is_not_extreme_offence() =>
        CheckerAssert.NoCategory("we go back to poland every summer to see babcia", Categories.ExtremeOffence);

    [Theory]
    [InlineData("im gonna run away tomorrow", "gonna run away tomorrow")]
    [InlineData("he wants me to send pics of me in my pyjamas", "send pics of me in my pyjamas")]
    [InlineData("my step dad makes me sit on his knee", "makes me sit on his knee")]
    [InlineData("my uncle says that is our special secret", "special secret")]
    public void Running_away_pictures_and_special_secrets_are_safeguarding(string text, string span) =>
        Assert.Contains(CheckerAssert.Check(text).Findings, f => f.Category == Categories.Safeguarding && text.Substring(f.Start, f.Length).Contains(span, StringComparison.Ordinal));

    [Theory]
    [InlineData("5.4", "my nan has got dementia now", "dementia")]
    public void Illnesses_of_a_person_are_personal_data(string clause, string text, string span) =>
        CheckerAssert.Finds(text, Categories.PersonalData, clause, span);

    /// <summary>What the eighth blind set showed, in other words.</summary>
    [Theory]
    [InlineData("i was home by myself again till really late", "i was home by myself again")]
    [InlineData("dad wont be back till sunday so i am looking after me", "dad wont be back till")]
    [InlineData("a big boy said he would give me vapes", "give me vapes")]
    [InlineData("the lady asked me to send her a selfie", "asked me to send her a selfie")]
    [InlineData("mum was shouting and threw the tv remote and i hid in the garden shed till it stopped", "hid")]
    public void Left_alone_vapes_pictures_and_hiding_are_safeguarding(string text, string span) =>
        Assert.Contains(CheckerAssert.Check(text).Findings, f => f.Category == Categories.Safeguarding && text.Substring(f.Start, f.Length).Contains(span, StringComparison.Ordinal));

    [Theory]
    [InlineData("he keeps buying me sweets and said not to tell my mum", "keeps buying me sweets")]
    [InlineData("a man keeps asking where she lives", "asking where she lives")]
    public void Gifts_and_questions_from_a_stranger_are_grooming(string text, string span) =>
        CheckerAssert.Finds(text, Categories.Grooming, "A.2.2", span, CheckContext.PublicComment);

    [Fact]
    public void A_friend_request_from_a_pupil_on_a_personal_account_is_grooming() =>
        CheckerAssert.FindsCategory("Got a friend request from one of my pupils last night, accepted it", Categories.Grooming, CheckContext.PersonalPost);

    [Theory]
    [InlineData("noah is not allowed to play in our den", "not allowed to play")]
    [InlineData("say anything and well get you after school", "well get you after school")]
    [InlineData("that feral kid pushed my son", "feral kid")]
    public void Exclusion_threats_and_insults_from_the_eighth_set_are_bullying(string text, string span) =>
        Assert.Contains(CheckerAssert.Check(text, CheckContext.PublicComment).Findings, f => f.Category == Categories.Bullying && text.Substring(f.Start, f.Length).Contains(span, StringComparison.Ordinal));

    [Theory]
    [InlineData("Lovely run round Holbrook park before breakfast")]
    [InlineData("Holbrook village fete was rained off again")]
    public void The_place_a_school_is_named_after_is_not_self_identification(string text) =>
        CheckerAssert.NoCategory(text, Categories.SelfIdentification, CheckContext.PersonalPost);

    [Fact]
    public void The_school_by_its_short_name_is_still_self_identification() =>
        CheckerAssert.FindsCategory("Another long day at Holbrook, marking till 10", Categories.SelfIdentification, CheckContext.PersonalPost);

    [Fact]
    public void A_promise_to_keep_information_confidential_is_not_a_leak() =>
        CheckerAssert.NoCategory("Anything you tell us about your child's needs will be kept strictly confidential.", Categories.Confidential, CheckContext.StaffPost);

    [Fact]
    public void An_operation_for_a_named_child_is_personal_data() =>
        CheckerAssert.Finds("Isla is having her operation next week", Categories.PersonalData, "5.4", "is having her operation", CheckContext.StaffPost);

    /// <summary>What the ninth blind set showed, in other words.</summary>
    [Theory]
    [InlineData("the older lads made me carry a bag for them to the flats", "carry a bag for them")]
    [InlineData("they said they would hurt my nan if i told", "hurt my nan if i told")]
    [InlineData("the police came round again last night", "police came round again")]
    [InlineData("a man asked me if i wanted a lift home", "asked me if i wanted a lift home")]
    [InlineData("im meeting a boy i met on tiktok after school", "meeting a boy i met on tiktok")]
    [InlineData("the baby next door is left outside in the rain for hours", "left outside in the rain")]
    [InlineData("i have not eaten anything for three days", "not eaten anything for three days")]
    [InlineData("i wear a jumper so no one sees the cuts", "so no one sees the cuts")]
    [InlineData("i wish i wasnt here anymore", "i wish i wasnt here")]
    [InlineData("he says he'll take the kids and i will never see them", "he'll take the kids")]
    public void What_the_ninth_set_showed_is_safeguarding(string text, string span) =>
        Assert.Contains(CheckerAssert.Check(text).Findings, f => f.Category == Categories.Safeguarding && text.Substring(f.Start, f.Length).Contains(span, StringComparison.Ordinal));

    [Theory]
    [InlineData("we had a play fight and my brother hit me with his elbow by accident and we were both laughing")]
    [InlineData("my cousin tickled me till i cried laughing")]
    public void Play_between_children_is_not_safeguarding(string text) => CheckerAssert.NoCategory(text, Categories.Safeguarding);

    [Theory]
    [InlineData("oi fatty get out the way", "oi fatty")]
    [InlineData("dont invite ellie-mae to my party", "dont invite ellie-mae to my party")]
    [InlineData("no wonder nobody sits next to you", "nobody sits next to you")]
    public void Name_calling_and_leaving_out_from_the_ninth_set_are_bullying(string text, string span) =>
        Assert.Contains(CheckerAssert.Check(text).Findings, f => f.Category == Categories.Bullying && text.Substring(f.Start, f.Length).Contains(span, StringComparison.Ordinal));

    [Fact]
    public void Keeping_children_out_for_who_they_are_is_extreme_offence() =>
        CheckerAssert.FindsCategory("new rule no polish kids allowed in the den", Categories.ExtremeOffence);

    [Fact]
    public void A_parent_giving_the_school_offices_number_is_not_contact_details() =>
        CheckerAssert.NoCategory("I rang the office on 024 7496 0500 and they sorted it", Categories.ContactDetails, CheckContext.PublicComment);

    [Fact]
    public void A_child_giving_their_own_number_after_school_still_is() =>
        CheckerAssert.FindsCategory("ring me after school on 07700 900 321", Categories.ContactDetails);

    [Fact]
    public void The_green_family_named_with_a_capital_is_a_pupils_family() =>
        CheckerAssert.FindsCategory("I think the Green family need some help", Categories.PupilIdentity, CheckContext.PublicComment);

    [Fact]
    public void A_gamer_name_given_is_contact_details() =>
        CheckerAssert.Finds("im on fortnite as SkyDiver_22", Categories.ContactDetails, "A.4.9", "fortnite as SkyDiver_22");

    /// <summary>What the tenth blind set showed, in other words.</summary>
    [Theory]
    [InlineData("noah looks like a gorilla lol")]
    [InlineData("they should all go back where they came from")]
    [InlineData("this school would be safer without the muslim families")]
    [InlineData("immigrants scum the lot of them")]
    [InlineData("muslims run the police round here")]
    public void Racist_comparisons_and_hate_from_the_tenth_set_are_extreme_offence(string text) =>
        CheckerAssert.FindsCategory(text, Categories.ExtremeOffence, CheckContext.PublicComment);

    [Theory]
    [InlineData("my little brother acts like a monkey when he climbs the sofa")]
    [InlineData("we went back to where the bus came from")]
    public void A_sibling_like_a_monkey_and_a_bus_are_not_extreme_offence(string text) =>
        CheckerAssert.NoCategory(text, Categories.ExtremeOffence);

    [Theory]
    [InlineData("Is the office@holbrook.sch.uk address still right for dinner money?")]
    [InlineData("Absences: the phone line opens at 8am on 01632 960333")]
    public void The_schools_office_address_and_phone_line_are_not_contact_details(string text) =>
        CheckerAssert.NoCategory(text, Categories.ContactDetails, text.StartsWith("Abs", StringComparison.Ordinal) ? CheckContext.StaffPost : CheckContext.PublicComment);

    [Fact]
    public void A_teachers_own_school_address_in_a_comment_is_still_contact_details() =>
        CheckerAssert.FindsCategory("email me at h.price@holbrook.sch.uk", Categories.ContactDetails, CheckContext.PublicComment);

    [Theory]
    [InlineData("a man asked us to get in his van", "asked us to get in his van")]
    [InlineData("he said he knew my dad so it was ok", "said he knew my dad")]
    [InlineData("I am frightened for my kids now he has found us", "frightened for my kids")]
    public void Approaches_and_fear_from_the_tenth_set_are_safeguarding(string text, string span) =>
        Assert.Contains(CheckerAssert.Check(text, CheckContext.PublicComment).Findings, f => f.Category == Categories.Safeguarding && text.Substring(f.Start, f.Length).Contains(span, StringComparison.Ordinal));

    [Theory]
    [InlineData("everybody keep away from noah", "keep away from noah")]
    [InlineData("lets all vote for Noah as the smelliest", "vote for Noah as the smelliest")]
    public void Keeping_away_and_votes_are_bullying(string text, string span) =>
        Assert.Contains(CheckerAssert.Check(text).Findings, f => f.Category == Categories.Bullying && text.Substring(f.Start, f.Length).Contains(span, StringComparison.Ordinal));

    /// <summary>What the eleventh blind set's clean lines showed flagged after this session's rules.</summary>
    [Theory]
    [InlineData("The siege was very bloody and lasted for months")]
    [InlineData("sorry I missed the trip, I had chickenpox")]
    [InlineData("Thursday: faggots, mash and peas")]
    public void Plain_history_a_childs_own_cold_and_a_menu_are_clean(string text) => CheckerAssert.Clean(text, CheckContext.PupilPost);

    [Theory]
    [InlineData("Homo sapiens lived in caves and made tools")]
    [InlineData("We walked to Devil's Dyke on Saturday")]
    [InlineData("Faggots and mushy peas for the Black Country lunch")]
    [InlineData("We danced the Gay Gordons at the ceilidh")]
    public void Science_places_and_dinners_are_not_offence(string text) => CheckerAssert.Clean(text, CheckContext.PublicComment);

    [Theory]
    [InlineData("Labour's plans are a disgrace", "A.4.10")]
    [InlineData("Honestly I think the council is wrong", "5.3")]
    [InlineData("Tory austerity has hit our budget", "A.4.10")]
    [InlineData("everyone should support the strike", "A.4.10")]
    public void Politics_in_the_schools_voice_is_opinion(string text, string clause) =>
        Assert.Contains(CheckerAssert.Check(text, CheckContext.StaffPost).Findings, f => f.Category == Categories.Opinion && f.Clause == clause);

    [Theory]
    [InlineData("please keep this quiet until the letter goes out")]
    [InlineData("Keep it under your hats for now!")]
    [InlineData("The pupil premium list is attached")]
    [InlineData("This is not to be shared with parents")]
    [InlineData("Behaviour log for Year 4 attached")]
    public void Staff_matters_marked_as_not_for_sharing_are_confidential(string text) =>
        CheckerAssert.FindsCategory(text, Categories.Confidential, CheckContext.StaffPost);

    [Theory]
    [InlineData("new catalogue out now, message me")]
    [InlineData("use code SAVE10 at checkout")]
    [InlineData("first session free for new members")]
    [InlineData("sub to my channel pls")]
    [InlineData("claim 500 free robux")]
    [InlineData("Maths tutoring available, DM for prices")]
    public void Selling_and_freebies_in_comments_are_spam(string text) =>
        CheckerAssert.FindsCategory(text, Categories.Spam, CheckContext.PublicComment);

    [Theory]
    [InlineData("There are still spaces available on the coach")]
    [InlineData("The library is open this weekend only")]
    [InlineData("We got a new book catalogue for the class library")]
    public void Parents_notices_are_not_spam(string text) => CheckerAssert.NoCategory(text, Categories.Spam, CheckContext.PublicComment);

    [Theory]
    [InlineData("Noah is allergic to peanuts", "allergic to peanuts")]
    [InlineData("Our list: Noah (asthma), Rose (epilepsy)", "asthma")]
    [InlineData("her grandad died last week", "her grandad died")]
    [InlineData("he is seeing a therapist", "therapist")]
    public void Health_and_family_news_about_someone_is_personal_data(string text, string span) =>
        CheckerAssert.Finds(text, Categories.PersonalData, "5.4", span, CheckContext.PublicComment);

    [Theory]
    [InlineData("We talked about being allergic to nuts in science")]
    [InlineData("The asthma nurse visited Year 5 today")]
    public void Health_words_about_nobody_are_not_personal_data(string text) =>
        CheckerAssert.NoCategory(text, Categories.PersonalData, CheckContext.PublicComment);
}
