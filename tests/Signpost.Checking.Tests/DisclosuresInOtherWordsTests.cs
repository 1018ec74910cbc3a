namespace Signpost.Checking.Tests;

/// <summary>
/// Safeguarding (A.2.3) and grooming (A.2.2) as blind15-19's writers put them, tested in other words than those sets'
/// lines, with the ordinary writing beside them that must stay quiet.
/// </summary>
public class DisclosuresInOtherWordsTests
{
    [Theory]
    [InlineData("my step dad does things to me at night")]
    [InlineData("i asked santa to make dad stop hurting my mum")]
    [InlineData("theres a bruise where my uncle grabbed me and i told miss i fell")]
    [InlineData("my cousin makes me watch rude videos")]
    [InlineData("my brother makes me carry parcels for his mates")]
    [InlineData("mums boyfriend takes photos of me when im getting changed")]
    [InlineData("when i am naughty i have to sleep in the shed")]
    [InlineData("nobody came to get me from school again")]
    [InlineData("one of the dads at pick up smelt of booze and drove off with the kids")]
    [InlineData("i dont get breakfast most days")]
    [InlineData("everyone would be happier if i wasnt around")]
    [InlineData("honestly i don't see the point of waking up")]
    [InlineData("i use a sharpener blade when i feel sad")]
    [InlineData("i hate my body")]
    [InlineData("my dad took all his tablets last night")]
    [InlineData("He won't let me leave the house and I'm scared")]
    [InlineData("i am scared of the man who comes round")]
    [InlineData("a girl on roblox keeps saying she loves me")]
    [InlineData("his voice sounded like a grown up")]
    [InlineData("i cut myself again last night")]
    [InlineData("nobody loves me in my house")]
    [InlineData("my dad forgets to feed us")]
    public void Disclosures_are_safeguarding(string text) => CheckerAssert.FindsCategory(text, Categories.Safeguarding);

    [Theory]
    [InlineData("dont mention this to your mum, its our thing")]
    [InlineData("lets talk on kik, its more private than here")]
    [InlineData("nobody understands you like i do")]
    [InlineData("come on your own and dont bring your mates")]
    [InlineData("ill have sweets for you at the park")]
    [InlineData("send me a pic of you in your pyjamas")]
    [InlineData("make sure your door is shut and turn the camera on")]
    [InlineData("which one was the girl in the yellow dress? is she on instagram?")]
    [InlineData("tell me your age and where you live")]
    [InlineData("I'd love to send her a little gift")]
    [InlineData("im a model scout and you've got the look")]
    [InlineData("im 10 too honestly, add me")]
    [InlineData("what school you go to and where is it")]
    [InlineData("you can trust me, i won't tell your mum")]
    [InlineData("what are you wearing right now")]
    [InlineData("i can buy you anything you want")]
    [InlineData("have you got a webcam? private message me")]
    [InlineData("are your parents strict?")]
    public void Approaches_are_grooming(string text) => CheckerAssert.FindsCategory(text, Categories.Grooming, CheckContext.PublicComment);

    [Theory]
    [InlineData("we went camping and had to sleep in the car when the tent blew away")]
    [InlineData("my mum will kill me if i lose my coat")]
    [InlineData("i hate my new shoes, they pinch")]
    [InlineData("my dad took all the tablets to the recycling centre")]
    [InlineData("our dog smells of wet grass after the park")]
    [InlineData("which one was the best part of the trip? the castle!")]
    [InlineData("the boy in the story met a wolf in the woods")]
    [InlineData("i cut myself on the fence at the park")]
    [InlineData("what are you wearing to the disco?")]
    [InlineData("i can buy you a drink at the school fair")]
    [InlineData("nobody loves maths more than me")]
    public void Ordinary_writing_stays_quiet(string text)
    {
        CheckerAssert.NoCategory(text, Categories.Safeguarding);
        CheckerAssert.NoCategory(text, Categories.Grooming);
    }
}
