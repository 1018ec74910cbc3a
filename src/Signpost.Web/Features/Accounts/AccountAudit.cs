using Microsoft.AspNetCore.Identity;
using Signpost.Data;
using Signpost.Data.Entities;
using Signpost.Policy;
using Signpost.Policy.Clauses;

namespace Signpost.Web.Features.Accounts;

/// <summary>Every sign-in attempt is audited (8.1–8.2) by account id and outcome — never by the username typed, which may be personal data.</summary>
public static class AccountAudit
{
    public static async Task SignInAsync(AppDbContext db, AppUser? user, SignInResult result, string method)
    {
        var outcome = result.Succeeded ? "succeeded"
            : result.IsLockedOut ? "locked-out"
            : result.IsNotAllowed ? "not-allowed"
            : result.RequiresTwoFactor ? "needs-second-factor"
            : "failed";
        db.Audit($"sign-in.{method}", nameof(AppUser), user?.Id, outcome, user?.SchoolId, user?.Id, null);
        await db.SaveChangesAsync();
    }

    public static string Explain(SignInResult result) =>
        result.IsLockedOut
            ? "This account is locked for 15 minutes after too many wrong passwords. Wait, then try again, or ask the school office to unlock it."
            : result.IsNotAllowed
                ? LeaversLoseAccessAtOnce.MaySignIn(false) is BlockedOutcome b ? $"{b.Reason} (policy {b.Clause})" : "This account cannot be used."
                : "The username or password is not right. Check them and try again.";
}
