namespace Signpost.Checking.Tests;

/// <summary>
/// Bullying (3.4, 5.5) as blind15-19's children and parents wrote it, in other words than those sets' lines: a slur with
/// a pupil named in its sentence is name-calling too, left out of a chat or a club, piled on, a named child who "can't
/// even read"; and the writing beside them that must stay quiet (a slur about a people speaks to no one by "your").
/// </summary>
public class BullyingInOtherWordsTests
{
    [Theory]
    [InlineData("noah is such a spaz at football")]
    [InlineData("that p4ki rose keeps looking at me")]
    [InlineData("we made a group chat without noah lol")]
    [InlineData("rose isnt allowed in our club")]
    [InlineData("dont let Oliver play, hes rubbish")]
    [InlineData("who even likes millie")]
    [InlineData("everyone hates Noah")]
    [InlineData("if Rosie comes to the party im not going")]
    [InlineData("everyone say eww when she walks in")]
    [InlineData("nobody wants to sit next to him")]
    [InlineData("noah cant even read lol")]
    [InlineData("ur so slow at everything")]
    [InlineData("you're a poo poo head")]
    [InlineData("that woman at the gate is a spoilt little madam")]
    [InlineData("the dinner lady needs to lose a few stone")]
    [InlineData("sort him out or I will")]
    public void Name_calling_exclusion_and_threats_are_bullying(string text) =>
        CheckerAssert.FindsCategory(text, Categories.Bullying, CheckContext.PublicComment);

    [Theory]
    [InlineData("lock your sheds, the gyppos are back on the field")]
    [InlineData("why are you teaching our kids about queers")]
    [InlineData("ur so good at fortnite")]
    [InlineData("we made a group chat for the trip")]
    [InlineData("the dog cant even swim yet, it's a puppy")]
    [InlineData("my little brother cant even read yet, he's only 3")]
    public void Ordinary_writing_and_hate_at_no_one_are_not_bullying(string text) =>
        CheckerAssert.NoCategory(text, Categories.Bullying, CheckContext.PublicComment);
}
