using Microsoft.AspNetCore.Identity;
using Signpost.Data.Entities;

namespace Signpost.Web.Features.Accounts;

/// <summary>Makes the sign-in account of a person in the directory, ready to add in the same transaction as the person.</summary>
public static class NewAccount
{
    /// <param name="passwordHash">Null for an account that cannot sign in with a password until its owner sets one (an invitation) or that signs in with pictures or a QR card (a pupil).</param>
    public static AppUser For(Person person, string username, ILookupNormalizer normalizer, string? passwordHash = null)
    {
        var user = new AppUser
        {
            UserName = username,
            NormalizedUserName = normalizer.NormalizeName(username),
            Email = person.Email,
            NormalizedEmail = person.Email is null ? null : normalizer.NormalizeEmail(person.Email),
            EmailConfirmed = person.Email is not null && passwordHash is not null,
            PasswordHash = passwordHash,
            SecurityStamp = Guid.NewGuid().ToString("N"),
            ConcurrencyStamp = Guid.NewGuid().ToString(),
            LockoutEnabled = true,
            SchoolId = person.SchoolId,
            PersonId = person.Id,
        };
        person.UserId = user.Id;
        return user;
    }
}
