using Microsoft.AspNetCore.Identity;
using Signpost.Policy.Clauses;

namespace Signpost.Web.Infrastructure;

/// <summary>Identity's messages, in the plain words our users expect.</summary>
public sealed class PlainIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) =>
        new() { Code = nameof(PasswordTooShort), Description = $"Use at least {length} characters (policy 6.14–6.15: strong passwords)." };

    public override IdentityError PasswordRequiresDigit() =>
        new() { Code = nameof(PasswordRequiresDigit), Description = "Include at least one number (0–9)." };

    public override IdentityError PasswordRequiresUpper() =>
        new() { Code = nameof(PasswordRequiresUpper), Description = "Include at least one capital letter (A–Z)." };

    public override IdentityError PasswordRequiresLower() =>
        new() { Code = nameof(PasswordRequiresLower), Description = "Include at least one small letter (a–z)." };

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        new() { Code = nameof(PasswordRequiresUniqueChars), Description = $"Use at least {uniqueChars} different characters." };

    public override IdentityError DuplicateUserName(string userName) =>
        new() { Code = nameof(DuplicateUserName), Description = $"The username '{userName}' is already in use. Choose another." };

    public override IdentityError InvalidUserName(string? userName) =>
        new() { Code = nameof(InvalidUserName), Description = "A username may use only letters, numbers, dots, dashes and underscores." };

    internal static int MinimumLength => StrongSignInForStaff.MinimumPasswordLength;
}
