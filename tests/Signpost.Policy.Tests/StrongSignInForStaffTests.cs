using Signpost.Policy.Clauses;

namespace Signpost.Policy.Tests;

public class StrongSignInForStaffTests
{
    private static readonly DateTime Now = new(2026, 11, 24, 12, 0, 0, DateTimeKind.Utc);

    [Theory(DisplayName = "6.14–6.15 two-factor requirement")]
    [InlineData(new[] { "Headteacher" }, false, -1, false)] // deadline passed, no 2FA: blocked
    [InlineData(new[] { "DesignatedSafeguardingLead", "Staff" }, false, -1, false)]
    [InlineData(new[] { "Headteacher" }, true, -1, true)] // 2FA on
    [InlineData(new[] { "Headteacher" }, false, 1, true)] // before the school's deadline
    [InlineData(new[] { "Staff", "LeadershipTeam" }, false, -1, true)] // offered, not required
    [InlineData(new string[0], false, -1, true)]
    public void Only_head_and_dsl_must_use_two_factor_after_the_deadline(string[] roles, bool enabled, int deadlineDays, bool allowed)
    {
        var outcome = StrongSignInForStaff.MayContinueWithoutTwoFactor(roles, enabled, Now, Now.AddDays(deadlineDays));
        Assert.Equal(allowed, outcome.IsAllowed);
        if (!allowed)
        {
            Assert.Equal("6.14–6.15", Assert.IsType<BlockedOutcome>(outcome).Clause);
        }
    }
}
