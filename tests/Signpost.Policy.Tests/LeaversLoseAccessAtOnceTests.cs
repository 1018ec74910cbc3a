using Signpost.Policy.Clauses;

namespace Signpost.Policy.Tests;

public class LeaversLoseAccessAtOnceTests
{
    [Fact]
    public void Current_person_may_sign_in_6_7() => Assert.True(LeaversLoseAccessAtOnce.MaySignIn(isActive: true).IsAllowed);

    [Fact]
    public void Leaver_is_blocked_citing_6_7()
    {
        var outcome = Assert.IsType<BlockedOutcome>(LeaversLoseAccessAtOnce.MaySignIn(isActive: false));
        Assert.Equal("6.7", outcome.Clause);
        Assert.Contains("left the school", outcome.Reason);
    }
}
