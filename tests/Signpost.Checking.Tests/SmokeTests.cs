namespace Signpost.Checking.Tests;

public class SmokeTests
{
    [Fact]
    public void Contexts_cover_the_five_in_the_contract() => Assert.Equal(5, Enum.GetValues<CheckContext>().Length);
}
