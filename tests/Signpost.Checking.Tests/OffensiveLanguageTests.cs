namespace Signpost.Checking.Tests;

public class OffensiveLanguageTests
{
    /// <summary>
    /// A farm or animal word in a text about the animal is no swearing (5.2; blind12, blind13): the cock beside hens, the
    /// ass beside a donkey, a dog breeder's bitch, blue tits at a bird feeder. The same words aimed at a person still are.
    /// </summary>
    [Theory]
    [InlineData("Did you know a male chicken is called a cockerel or a cock?")]
    [InlineData("On the farm we saw 3 cocks and lots of hens. The cock was really loud at 6 oclock!")]
    [InlineData("Another word for a donkey is an ass, and a baby donkey is called a foal.")]
    [InlineData("Our dog had puppies, the vet says the bitch and her litter are doing well")]
    [InlineData("We counted two tits and a robin at the bird feeder")]
    public void Animal_words_about_animals_are_not_profanity(string text) =>
        CheckerAssert.NoCategory(text, Categories.Profanity, CheckContext.PupilPost);

    [Theory]
    [InlineData("you are such an ass", "ass")]
    [InlineData("suck my cock", "cock")]
    public void The_same_words_without_the_animal_are_profanity(string text, string span) =>
        CheckerAssert.Finds(text, Categories.Profanity, "5.2", span, CheckContext.PupilPost);

    [Theory]
    [InlineData("5.2", "this is shit", "shit")]
    [InlineData("5.2", "What the FUCK", "FUCK")]
    [InlineData("5.2", "fuuuuuck off", "fuuuuuck")]
    [InlineData("5.2", "that was f**king hard", "f**king")]
    [InlineData("5.2", "f u c k this", "f u c k")]
    [InlineData("5.2", "f.u.c.k", "f.u.c.k")]
    [InlineData("5.2", "f-u-c-k", "f-u-c-k")]
    [InlineData("5.2", "sh1t game", "sh1t")]
    [InlineData("5.2", "$hit", "$hit")]
    [InlineData("5.2", "b!tch", "b!tch")]
    [InlineData("5.2", "ｆｕｃｋ", "ｆｕｃｋ")]
    [InlineData("5.2", "fu\u0441k", "fu\u0441k")]
    [InlineData("5.2", "f\u200Buck", "f\u200Buck")]
    [InlineData("5.2", "f\u00FAck", "f\u00FAck")]
    [InlineData("5.2", "\u0455\u04BBit", "\u0455\u04BBit")]
    [InlineData("5.2", "piss off", "piss")]
    public void Swearing_in_disguise_is_profanity(string clause, string text, string span) =>
        CheckerAssert.Finds(text, Categories.Profanity, clause, span);

    [Theory]
    [InlineData("A.5.6", "you are a p4ki")]
    [InlineData("A.5.6", "shut up you f@g")]
    [InlineData("A.5.6", "he is such a retard")]
    [InlineData("A.5.6", "r e t a r d")]
    [InlineData("A.5.6", "that's so gay")]
    [InlineData("A.5.6", "go back to your own country")]
    [InlineData("A.5.6", "you spaz")]
    [InlineData("A.5.6", "SPAAASTIC")]
    [InlineData("A.5.6", "m0ng")]
    public void Slurs_are_extreme_offence_and_blocked(string clause, string text)
    {
        var result = CheckerAssert.Check(text);
        var finding = Assert.Single(result.Findings, f => f.Category == Categories.ExtremeOffence);
        Assert.Equal(clause, finding.Clause);
        Assert.Equal(Severity.High, finding.Severity);
        Assert.Equal(CheckAction.Block, result.Action);
    }

    [Fact]
    public void Messages_never_repeat_the_slur()
    {
        var text = "you are a p4ki and a retard";
        foreach (var f in CheckerAssert.Check(text).Findings)
        {
            Assert.DoesNotContain("paki", f.Message, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("retard", f.Message, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Theory]
    [InlineData("We drove through Scunthorpe to Penistone.")]
    [InlineData("Essex, Sussex, Middlesex and Wessex.")]
    [InlineData("The whole class had to assess their work.")]
    [InlineData("I had grapes and a cocktail sausage.")]
    [InlineData("Our pantomime was Dick Whittington.")]
    [InlineData("In our farm story the cock crowed at dawn.")]
    [InlineData("I saw a blue tit and a great tit.")]
    [InlineData("Mary rode on an ass to Bethlehem.")]
    [InlineData("We walked along Offa's Dyke.")]
    [InlineData("Prick your finger on the rose and it hurts.")]
    [InlineData("A chink of light came through the door.")]
    [InlineData("We ate shiitake mushrooms.")]
    [InlineData("Spotted dick and custard for pudding.")]
    [InlineData("He passed the glass and the brass bass drum.")]
    [InlineData("Page 455 and page 5318008 of the book.")]
    [InlineData("Flame retardant suits keep firefighters safe.")]
    [InlineData("Among the trees we found a mongoose.")]
    public void Innocent_words_that_contain_listed_ones_are_not_findings(string text) => CheckerAssert.Clean(text);

    /// <summary>"bloody" as a swear word is mild profanity (5.2); a bloody nose, a bloody battle and Bloody Mary are not.</summary>
    [Theory]
    [InlineData("that parking is bloody ridiculous", "bloody")]
    [InlineData("what a bloody good match", "bloody")]
    public void Bloody_as_a_swear_word_is_profanity(string text, string span) =>
        CheckerAssert.Finds(text, Categories.Profanity, "5.2", span, CheckContext.PublicComment);

    [Theory]
    [InlineData("I got a bloody nose in PE but I was fine")]
    [InlineData("The Battle of Hastings was a bloody battle")]
    [InlineData("Mary I was called Bloody Mary")]
    public void Bloody_told_of_plainly_is_not_profanity(string text) =>
        CheckerAssert.NoCategory(text, Categories.Profanity);

    /// <summary>Real places whose names are listed words as whole words (Data/allowlist.txt): trip and holiday news names them.</summary>
    [Theory]
    [InlineData("we camped at Sandy Balls in the New Forest")]
    [InlineData("my nan lives in Cockermouth near the lakes")]
    [InlineData("the coach went past Crapstone and Wetwang")]
    [InlineData("we went to the ice cream farm near Twatt on Orkney")]
    [InlineData("our caravan was at Bitchfield, then we drove to Clitheroe")]
    public void Real_place_names_are_not_findings(string text) => CheckerAssert.Clean(text);
}
