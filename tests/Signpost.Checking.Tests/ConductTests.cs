namespace Signpost.Checking.Tests;

/// <summary>Bullying (3.4, 5.5), safeguarding (A.2.3) and grooming (A.2.2).</summary>
public class ConductTests
{
    /// <summary>What blind12 and blind13 showed missing, said in other words: telling, neglect, exploitation, a stranger's lure (A.2.3).</summary>
    [Theory]
    [InlineData("im not alowed to say what happened at home", "im not alowed to say what")]
    [InlineData("i dont feel safe at home when dad drinks", "i dont feel safe at home")]
    [InlineData("they were screaming and throwing things at each other", "screaming and throwing things")]
    [InlineData("we have to sleep in the car now", "we have to sleep in the car now")]
    [InlineData("i was home on my own all weekend", "i was home on my own all weekend")]
    [InlineData("my cousin makes me take parcels to his friends", "makes me take parcels to")]
    [InlineData("he showed me pictures on his phone of ladies with no clothes", "pictures on his phone of ladies with no clothes")]
    [InlineData("ive stopped eating my tea", "ive stopped eating my tea")]
    [InlineData("my dad throws plates at mum", "throws plates at mum")]
    [InlineData("mum is asleep all day so i make my own tea", "mum is asleep all day")]
    [InlineData("a lady on tiktok asked me where i live", "a lady on tiktok asked")]
    [InlineData("i have a mark on my leg but i cant say how or he will shout", "cant say how or")]
    [InlineData("my stepdad drinks and then drives us to school", "drinks and then drives")]
    [InlineData("my cousin makes me do things i dont like", "makes me do things i dont like")]
    [InlineData("ive started wetting the bed again", "wetting the bed again")]
    [InlineData("i didnt have any breakfast and my tummy hurts", "didnt have any breakfast")]
    [InlineData("its so cold i sleep with my coat in bed", "coat in bed")]
    [InlineData("i scratch my legs till they bleed", "scratch my legs till they bleed")]
    [InlineData("i want to make everything stop for good", "make everything stop for good")]
    [InlineData("my dad said he doesnt want to be alive anymore", "want to be alive anymore")]
    [InlineData("please can i stay at school tonight", "stay at school tonight")]
    public void More_of_how_children_tell_is_safeguarding(string text, string span) =>
        CheckerAssert.Finds(text, Categories.Safeguarding, "A.2.3", span, CheckContext.PupilComment);

    /// <summary>Grooming in other words (A.2.2): a pact, moving app, a lure, questions about a child's day, flattery.</summary>
    [Theory]
    [InlineData("keep this between you and me ok", "keep this between you and me")]
    [InlineData("lets move our chat to discord", "move our chat to discord")]
    [InlineData("I've got kittens in my van if you want to see", "kittens in my van")]
    [InlineData("what year is he in? he looks so grown up", "what year is he in")]
    [InlineData("which gate do the infants come out of", "which gate do the infants come out of")]
    [InlineData("do your parents check your phone", "do your parents check your phone")]
    [InlineData("ill give you 5k robux", "give you 5k robux")]
    [InlineData("you're so much more mature than the other kids", "mature than the other kids")]
    [InlineData("send me a selfie in your pyjamas", "selfie in your pyjamas")]
    [InlineData("which house is yours sweetie", "which house is yours sweetie")]
    [InlineData("tell your son to add me on snap", "tell your son to add me")]
    [InlineData("I'll drop a little present round", "drop a little present round")]
    [InlineData("its our special secret", "its our special secret")]
    [InlineData("he wants me to go on camera tonight", "wants me to go on camera")]
    [InlineData("send me pics of my feet? no, send pics of your feet", "pics of my feet")]
    [InlineData("then he asked if my dad was home", "asked if my dad was home")]
    [InlineData("keep the money a secret from mum", "secret from mum")]
    public void More_grooming_in_other_words(string text, string span) =>
        CheckerAssert.Finds(text, Categories.Grooming, "A.2.2", span, CheckContext.PublicComment);

    /// <summary>Bullying in other words (3.4, 5.5): friendship withdrawn, piling on, threats and extortion, name-calling of the day.</summary>
    [Theory]
    [InlineData("3.4", "if you play with noah ur not my friend any more", "ur not my friend any more")]
    [InlineData("3.4", "everybody write something nasty about her picture", "everybody write something nasty about")]
    [InlineData("3.4", "mind ur back at home time", "mind ur back")]
    [InlineData("3.4", "he nicks my lunch money every day", "nicks my lunch money every day")]
    [InlineData("5.5", "rosie bozo", "rosie bozo")]
    [InlineData("5.5", "olly is a crusty npc", "olly is a crusty")]
    [InlineData("5.5", "that new girl is a spaz", "girl is a spaz")]
    [InlineData("5.5", "Mr Smith walks like a spaz", "Mr Smith walks like a spaz")]
    [InlineData("5.5", "retards the lot of you", "retards the lot of you")]
    [InlineData("5.5", "fuk u mason", "fuk u mason")]
    public void More_bullying_in_other_words(string clause, string text, string span) =>
        CheckerAssert.Finds(text, Categories.Bullying, clause, span, CheckContext.PupilComment);

    /// <summary>The same words where they mean no harm.</summary>
    [Theory]
    [InlineData("can you come to mine on saturday to play minecraft", Categories.Grooming, CheckContext.PupilComment)]
    [InlineData("Please keep this between us for now: the governors meet on Friday", Categories.Grooming, CheckContext.StaffPost)]
    [InlineData("I'm not allowed to tell you yet who won the raffle", Categories.Safeguarding, CheckContext.StaffPost)]
    [InlineData("im not allowed to tell you what we got mum for her birthday, its a surprise", Categories.Safeguarding, CheckContext.PupilComment)]
    [InlineData("we fed the puppies in the barn and then sat in the car", Categories.Grooming, CheckContext.PupilComment)]
    [InlineData("the older class was more grown up than the other kids at the museum", Categories.Grooming, CheckContext.StaffPost)]
    [InlineData("we played a special game at the party and i won", Categories.Safeguarding, CheckContext.PupilComment)]
    [InlineData("I can't say how proud I am of Year 6 this week", Categories.Safeguarding, CheckContext.StaffPost)]
    [InlineData("in PE we had to stay at school until the rain stopped", Categories.Safeguarding, CheckContext.PupilComment)]
    public void Ordinary_words_like_these_are_not_findings(string text, string category, CheckContext context) =>
        CheckerAssert.NoCategory(text, category, context);

    /// <summary>Dyeing hair written "die", and a Mother's Day surprise, are no safeguarding or grooming matter (blind3, blind).</summary>
    [Theory]
    [InlineData("i want to die my hair pink for red nose day", Categories.Safeguarding)]
    [InlineData("Shh! We've been making something very special for Mother's Day, so don't tell your grown-ups what it is!", Categories.Grooming)]
    public void Hair_dye_and_a_surprise_are_not_findings(string text, string category) =>
        CheckerAssert.NoCategory(text, category, CheckContext.PupilPost);

    [Theory]
    [InlineData("5.5", "you're such an idiot", "you're such an idiot")]
    [InlineData("5.5", "you are so ugly", "you are so ugly")]
    [InlineData("5.5", "u stupid loser", "u stupid loser")]
    [InlineData("3.4", "nobody likes you", "nobody likes you")]
    [InlineData("3.4", "you can't play with us", "you can't play with us")]
    [InlineData("3.4", "don't play with Ben anymore", "don't play with Ben anymore")]
    [InlineData("3.4", "I'll punch you after school", "I'll punch you")]
    [InlineData("3.4", "watch your back", "watch your back")]
    [InlineData("5.5", "go kill yourself", "go kill yourself")]
    [InlineData("5.5", "kys", "kys")]
    public void Insults_exclusion_and_threats_are_bullying(string clause, string text, string span) =>
        CheckerAssert.Finds(text, Categories.Bullying, clause, span);

    /// <summary>
    /// A swear word or slur aimed at a person is name-calling as well as swearing (5.5; issue 3's blind set): the bullying
    /// finding covers the person and the word, and the profanity or extreme-offence finding stays.
    /// </summary>
    [Theory]
    [InlineData("olly is such a wanker", "olly is such a wanker", Categories.Profanity)]
    [InlineData("ur a massive dickhead", "ur a massive dickhead", Categories.Profanity)]
    [InlineData("u r a b*tch", "u r a b*tch", Categories.Profanity)]
    [InlineData("Noah's a twat", "Noah's a twat", Categories.Profanity)]
    [InlineData("her brother is a dickhead", "her brother is a dickhead", Categories.Profanity)]
    [InlineData("Rosie's family are all tw4ts", "Rosie's family are all tw4ts", Categories.Profanity)]
    [InlineData("you are a total c u n t", "you are a total c u n t", Categories.Profanity)]
    [InlineData("fuck off millie", "fuck off millie", Categories.Profanity)]
    [InlineData("piss off Rosie lol", "piss off Rosie", Categories.Profanity)]
    [InlineData("Jayden is a knobhead lol", "Jayden is a knobhead", Categories.Profanity)]
    [InlineData("Rosie is a spaz", "Rosie is a spaz", Categories.ExtremeOffence)]
    [InlineData("they are all r3tards", "they are all r3tards", Categories.ExtremeOffence)]
    public void A_swear_word_or_slur_aimed_at_a_person_is_bullying_too(string text, string span, string category)
    {
        var finding = CheckerAssert.Finds(text, Categories.Bullying, "5.5", span);
        Assert.Equal(Messages.For("insult", pupil: true), finding.Message);
        CheckerAssert.FindsCategory(text, category);
        Assert.Equal(category == Categories.ExtremeOffence ? CheckAction.Block : CheckAction.Hold, CheckerAssert.Check(text).Action);
    }

    [Fact]
    public void An_aimed_swear_word_gets_the_adult_insult_message_on_a_public_comment() =>
        Assert.Equal(
            Messages.For("insult", pupil: false),
            CheckerAssert.Finds("Noah is a wanker", Categories.Bullying, "5.5", "Noah is a wanker", CheckContext.PublicComment).Message);

    /// <summary>Swearing at nothing and no one stays swearing (5.2), not bullying (5.5).</summary>
    [Theory]
    [InlineData("what the f**k happened here")]
    [InlineData("this level is shit")]
    [InlineData("oh crap I left my lunchbox at home")]
    [InlineData("that film was shit lol")]
    [InlineData("holy shit the volcano erupted")]
    [InlineData("are you fucking kidding me")]
    [InlineData("get your shit together before the trip")]
    [InlineData("I said fuck it and went")]
    [InlineData("Noah said shit when he fell")]
    public void Swearing_not_aimed_at_a_person_is_not_bullying(string text)
    {
        CheckerAssert.FindsCategory(text, Categories.Profanity);
        CheckerAssert.NoCategory(text, Categories.Bullying);
    }

    [Fact]
    public void The_cock_crowed_is_still_clean() => CheckerAssert.Clean("the farmer's cock crowed at dawn");

    [Fact]
    public void Telling_someone_to_kill_themselves_is_also_safeguarding() =>
        CheckerAssert.Finds("just go kill yourself", Categories.Safeguarding, "A.2.3", "go kill yourself");

    [Theory]
    [InlineData("A.2.3", "my dad hits me", "my dad hits me")]
    [InlineData("A.2.3", "mums boyfriend kicks us", "mums boyfriend kicks us")]
    [InlineData("A.2.3", "my uncle touched me there", "my uncle touched me there")]
    [InlineData("A.2.3", "I am scared to go home", "I am scared to go home")]
    [InlineData("A.2.3", "there is no food at home", "there is no food at home")]
    [InlineData("A.2.3", "I haven't eaten since yesterday", "I haven't eaten since yesterday")]
    [InlineData("A.2.3", "i want to die", "i want to die")]
    [InlineData("A.2.3", "I have been cutting myself", "I have been cutting myself")]
    [InlineData("A.2.3", "everyone would be better off without me", "everyone would be better off without me")]
    [InlineData("A.2.3", "I'm left home alone all night", "I'm left home alone all night")]
    public void Disclosures_of_harm_neglect_and_self_harm_are_safeguarding(string clause, string text, string span)
    {
        var finding = CheckerAssert.Finds(text, Categories.Safeguarding, clause, span);
        Assert.Equal(Severity.High, finding.Severity);
        Assert.Equal(CheckAction.Hold, CheckerAssert.Check(text).Action);
    }

    /// <summary>Self-harm as children write it (A.2.3; issue 3): an urge, a habit, or a feeling given as the reason.</summary>
    [Theory]
    [InlineData("I feel like hurting myself sometimes", "feel like hurting myself")]
    [InlineData("sometimes I hurt myself when I'm sad", "hurt myself when I'm sad")]
    [InlineData("I bang my head when I'm upset", "bang my head when I'm upset")]
    [InlineData("I hit myself when I get really angry", "hit myself when I get really angry")]
    [InlineData("I keep cutting myself", "I keep cutting myself")]
    [InlineData("i scratched myself until it bled", "scratched myself until it bled")]
    [InlineData("I make myself sick after lunch", "make myself sick after")]
    [InlineData("i wish i was never born", "i wish i was never born")]
    [InlineData("nobody would care if i was gone", "nobody would care if i was gone")]
    [InlineData("i feel like i deserve to hurt myself", "feel like i deserve to hurt myself")]
    [InlineData("I'm thinking about jumping off the bridge", "thinking about jumping off the bridge")]
    public void Self_harm_as_children_write_it_is_safeguarding(string text, string span)
    {
        var finding = CheckerAssert.Finds(text, Categories.Safeguarding, "A.2.3", span);
        Assert.Equal(Severity.High, finding.Severity);
        Assert.Equal(CheckAction.Hold, CheckerAssert.Check(text).Action);
    }

    [Theory]
    [InlineData("The knight killed the dragon and everyone cheered.")]
    [InlineData("I hurt myself playing football but I'm fine.")]
    [InlineData("I cut myself on a piece of paper in art.")]
    [InlineData("I hurt myself when I tripped over in PE.")]
    [InlineData("The giant wanted to kill Jack but he climbed down the beanstalk.")]
    [InlineData("I felt like a superhero in my costume!")]
    [InlineData("We made ourselves sick laughing at the clown.")]
    [InlineData("The hero jumped off the cliff into the sea and swam to safety.")]
    [InlineData("The dragon was killed by the brave princess.")]
    [InlineData("My brother beat me at chess again!")]
    [InlineData("I fell off my bike and hurt my knee.")]
    [InlineData("I'm scared of spiders.")]
    [InlineData("I am so hungry, I can't wait for lunch!")]
    [InlineData("My mum shouted at me because I didn't tidy my room.")]
    [InlineData("Grandma kissed me goodnight.")]
    [InlineData("I don't eat vegetables.")]
    public void Ordinary_stories_are_not_safeguarding(string text) => CheckerAssert.NoCategory(text, Categories.Safeguarding);

    [Theory]
    [InlineData("A.2.2", "don't tell your mum about this", "don't tell your mum about this")]
    [InlineData("A.2.2", "this is our little secret", "this is our little secret")]
    [InlineData("A.2.2", "what's your snapchat", "what's your snapchat")]
    [InlineData("A.2.2", "let's talk on whatsapp", "let's talk on whatsapp")]
    [InlineData("A.2.2", "do you want to meet up", "do you want to meet up")]
    [InlineData("A.2.2", "send me a pic", "send me a pic")]
    [InlineData("A.2.2", "are you home alone", "are you home alone")]
    [InlineData("A.2.2", "I'll buy you robux", "I'll buy you robux")]
    [InlineData("A.2.2", "you're so mature for your age", "you're so mature for your age")]
    public void Secrecy_private_contact_meeting_photos_and_gifts_are_grooming(string clause, string text, string span) =>
        CheckerAssert.Finds(text, Categories.Grooming, clause, span);

    [Theory]
    [InlineData("You are so kind and funny.")]
    [InlineData("Can you keep a secret? I got a puppy!")]
    [InlineData("Would you like to meet the author at the library?")]
    [InlineData("I'll tell you a joke.")]
    [InlineData("Can you smell the flowers?")]
    [InlineData("I love you mum.")]
    [InlineData("I'll beat you at chess tomorrow!")]
    public void Kind_and_ordinary_words_are_not_bullying_or_grooming(string text) => CheckerAssert.Clean(text);
}
