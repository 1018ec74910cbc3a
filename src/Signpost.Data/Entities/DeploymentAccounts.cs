using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;

namespace Signpost.Data.Entities;

/// <summary>
/// Accounts that belong to the deployment rather than to a school: today only the trust officer, who reads the
/// oversight figures of every school the deployment hosts (the Local Authority or trust view of issue 6) and nothing
/// else. Such an account is an <see cref="AppUser"/> with <see cref="AppUser.SchoolId"/> = <see cref="Guid.Empty"/>
/// (no school, so every tenant query filter returns nothing for it) and no person in any school's directory; what it
/// is and its name live in Identity's own user-claims table, which the schema already has. No school's Headteacher can
/// create one: only the command line (<c>signpost trust-officer add</c>) or the demo seed.
/// </summary>
public static class DeploymentAccounts
{
    /// <summary>The stored claim that makes an account a deployment account, and which kind.</summary>
    public const string RoleClaim = "signpost:deployment-role";

    public const string TrustOfficer = nameof(TrustOfficer);

    /// <summary>The display name claim (the same type school accounts carry).</summary>
    public const string NameClaim = "signpost:name";

    public static bool IsDeploymentAccount(AppUser user) => user.SchoolId == Guid.Empty;

    /// <summary>A trust officer's account and the two claims that describe it. <paramref name="passwordHash"/> is required: the account has no invitation path.</summary>
    public static (AppUser User, IdentityUserClaim<string>[] Claims) NewTrustOfficer(string username, string displayName, string? email, string passwordHash, ILookupNormalizer normalizer)
    {
        var user = new AppUser
        {
            UserName = username,
            NormalizedUserName = normalizer.NormalizeName(username),
            Email = email,
            NormalizedEmail = email is null ? null : normalizer.NormalizeEmail(email),
            EmailConfirmed = email is not null,
            PasswordHash = passwordHash,
            SecurityStamp = Guid.NewGuid().ToString("N"),
            ConcurrencyStamp = Guid.NewGuid().ToString(),
            LockoutEnabled = true,
            SchoolId = Guid.Empty,
            // Not a person in any school; a fresh id keeps the unique index on PersonId satisfied.
            PersonId = Guid.CreateVersion7(),
        };
        return (user,
        [
            new IdentityUserClaim<string> { UserId = user.Id, ClaimType = RoleClaim, ClaimValue = TrustOfficer },
            new IdentityUserClaim<string> { UserId = user.Id, ClaimType = NameClaim, ClaimValue = displayName },
        ]);
    }

    /// <summary>Usernames as the roster import allows them: 3 to 64 letters, digits, dots, dashes or underscores.</summary>
    public static bool IsValidUsername(string username) =>
        username.Length is >= 3 and <= 64 && username.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_');

    /// <summary>A random password that meets the sign-in rules (12+ characters, upper, lower, digit): 20 characters.</summary>
    public static string NewPassword()
    {
        const string upper = "ABCDEFGHJKLMNPQRSTUVWXYZ", lower = "abcdefghijkmnopqrstuvwxyz", digits = "23456789";
        const string all = upper + lower + digits;
        var chars = new char[20];
        chars[0] = upper[RandomNumberGenerator.GetInt32(upper.Length)];
        chars[1] = lower[RandomNumberGenerator.GetInt32(lower.Length)];
        chars[2] = digits[RandomNumberGenerator.GetInt32(digits.Length)];
        for (var i = 3; i < chars.Length; i++)
        {
            chars[i] = all[RandomNumberGenerator.GetInt32(all.Length)];
        }

        RandomNumberGenerator.Shuffle(chars.AsSpan());
        return new string(chars);
    }

    /// <summary>Whether the claims of a signed-in principal make it a trust officer: the stored claim and no school.</summary>
    public static bool IsTrustOfficer(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true && user.HasClaim(RoleClaim, TrustOfficer) && user.FindFirst("signpost:school") is null;
}
