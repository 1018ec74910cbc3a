namespace Signpost.Checking.Tests;

/// <summary>
/// Hate the blind17 set showed the checker missing (A.5.6), tested in other words than that set's lines, with the
/// ordinary writing that must stay quiet beside each: a people told to learn English or leave, kept from teaching, called
/// less clever, sent to special schools; "I'm not racist but"; slurs as children spell them; a headscarf mocked; the
/// rainbow flag called at someone; an upside-down "!" for an "i".
/// </summary>
public class HateInOtherWordsTests
{
    [Theory]
    [InlineData("Romanians should learn English or get out")]
    [InlineData("the polish families need to speak english or leave")]
    [InlineData("Muslims shouldn't be teaching in our schools")]
    [InlineData("gay people mustn't be near children")]
    [InlineData("asians arent as smart as us")]
    [InlineData("disabled children belong in special schools")]
    [InlineData("I'm not racist but immigrants are scroungers")]
    [InlineData("they are all retarts")]
    [InlineData("take that towel on your head off, nobody wants it here")]
    [InlineData("my dad says its all LGBT propaganda")]
    [InlineData("thieving pikeys the lot of them")]
    [InlineData("gypsies are scum the lot of them")]
    [InlineData("such a n¡gger")]
    [InlineData("omg ur a 🏳️‍🌈")]
    [InlineData("his dad is a ᴘᴀᴋɪ")]
    [InlineData("noah is a gorilla 🦍🍌")]
    [InlineData("go home to pakistan")]
    [InlineData("stop being so jewish with your crisps")]
    [InlineData("the (((globalists))) run it all")]
    [InlineData("white kids are smarter, the rest are thick")]
    [InlineData("They hate us. Muslims are a disease")]
    [InlineData("Don't talk to me about Jews. They control the media")]
    [InlineData("immigrants have given nothing to this town")]
    [InlineData("the caravan lot are filthy")]
    [InlineData("lol kung flu")]
    public void Hate_is_extreme_offence(string text) => CheckerAssert.FindsCategory(text, Categories.ExtremeOffence, CheckContext.PublicComment);

    [Theory]
    [InlineData("Disabled people shouldn't be in pain while they wait for care")]
    [InlineData("The Normans were not as clever as the Saxons at building boats")]
    [InlineData("Some people said the Irish were not as clever as the English, which was racist and wrong")]
    [InlineData("In RE we learned that Muslims shouldn't be eating pork")]
    [InlineData("we waved our 🏳️‍🌈 flags at the Pride parade")]
    [InlineData("the storm could cripple the town's power lines")]
    [InlineData("dry your hair with a towel on your head after swimming")]
    [InlineData("The new pupils from Poland are learning English fast")]
    [InlineData("the monkeys were funny, they threw bananas 🐒🐒🍌")]
    [InlineData("In RE we learned that some Christians believe being gay is a sin, and others do not")]
    [InlineData("Islam is one of the world's biggest religions")]
    [InlineData("the caravan people came to the fair and were lovely")]
    [InlineData("The pyramids (((very old))) are cool")]
    [InlineData("We learned about the Jews in WW2. They were treated terribly.")]
    [InlineData("The polish on the table was dirty so we cleaned it")]
    public void Ordinary_writing_stays_quiet(string text) => CheckerAssert.NoCategory(text, Categories.ExtremeOffence, CheckContext.PublicComment);
}
