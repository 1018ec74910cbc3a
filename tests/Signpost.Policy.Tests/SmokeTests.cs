namespace Signpost.Policy.Tests;

public class SmokeTests
{
    [Fact]
    public void Placeholder_is_replaced_by_clause_tests() => Assert.True(typeof(SmokeTests).Assembly is not null);
}
