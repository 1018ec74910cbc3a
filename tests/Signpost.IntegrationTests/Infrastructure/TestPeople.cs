using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Signpost.Data.Entities;

namespace Signpost.IntegrationTests.Infrastructure;

/// <summary>
/// Schools and people arranged straight in the database, for tests that need more than the demo school (a second school
/// on the same deployment, an extra role holder). Nothing is saved here: callers add what they need and save once.
/// </summary>
public static class TestPeople
{
    /// <summary>A fictional school that never asks for two-factor sign-in (so its head signs in with a password alone).</summary>
    public static School School(string slug, string name, string? hostName = null, string? websiteUrl = null) => new()
    {
        Slug = slug, Name = name, LocalAuthority = "Example Borough Council", HostName = hostName, WebsiteUrl = websiteUrl,
        CreatedAt = DateTime.UtcNow, TwoFactorRequiredFrom = DateTime.SpecifyKind(new DateTime(9999, 12, 31), DateTimeKind.Utc),
    };

    /// <summary>A member of staff of <paramref name="school"/> with <paramref name="roles"/> (Staff is always added).</summary>
    public static Person Staff(School school, string firstName, string position, string? externalId = null, string? email = null,
        PersonKind kind = PersonKind.TeachingStaff, params Role[] roles)
    {
        var person = new Person
        {
            SchoolId = school.Id, Kind = kind, FirstName = firstName, LastName = "Fictional", Position = position, Employer = Employer.School,
            Email = email, ExternalId = externalId, RosterSource = externalId is null ? null : "staff", CreatedAt = DateTime.UtcNow,
        };
        person.Roles.AddRange(roles.Append(Role.Staff).Distinct().Select(r => new PersonRole { PersonId = person.Id, SchoolId = school.Id, Role = r }));
        return person;
    }

    /// <summary>A sign-in account for <paramref name="person"/> with <paramref name="password"/>, linked both ways.</summary>
    public static AppUser Account(SignpostFactory app, Person person, string username, string password)
    {
        var normalizer = app.Services.GetRequiredService<ILookupNormalizer>();
        var user = new AppUser
        {
            UserName = username, NormalizedUserName = normalizer.NormalizeName(username), Email = person.Email,
            NormalizedEmail = person.Email is null ? null : normalizer.NormalizeEmail(person.Email),
            SecurityStamp = Guid.NewGuid().ToString("N"), ConcurrencyStamp = Guid.NewGuid().ToString(), LockoutEnabled = true,
            SchoolId = person.SchoolId, PersonId = person.Id,
        };
        user.PasswordHash = app.Services.GetRequiredService<IPasswordHasher<AppUser>>().HashPassword(user, password);
        person.UserId = user.Id;
        return user;
    }
}
