using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Signpost.Data.Entities;

/// <summary>What a new school is made from: the school's details and its Headteacher's account.</summary>
public sealed record NewSchool(
    string Name, string Slug, string LocalAuthority, string WebsiteUrl, string? HostName,
    string HeadFirstName, string HeadLastName, string HeadEmail, string Username);

/// <summary>
/// Creating a school: the one code path behind the web's first-run <c>/setup</c> and the operator's
/// <c>signpost school add</c> (a second or later school on a deployment that hosts several, issue 6). It makes the
/// school, its Headteacher (a <see cref="Person"/> with the Headteacher, leadership and staff roles) and the
/// Headteacher's account, and appends the audit entry in the same save. Two-factor sign-in is required of the
/// Headteacher from the moment the school exists (6.14–6.15), exactly as for a school set up through <c>/setup</c>.
/// Callers check the caller-specific rules (the form's fields, the command's options and the password's strength)
/// first; <see cref="ProblemsAsync"/> checks what both share: the website, slug and host name's shape and that the
/// slug, host name and username are not taken.
/// </summary>
public static partial class SchoolProvisioning
{
    /// <summary>
    /// A stored claim on an account whose password was chosen by someone else (the operator's one-time password from
    /// <c>signpost school add</c>): the web sends the account to /account/password before any other page, the API
    /// refuses it a token, and changing the password removes it (6.14–6.15, strong passwords known only to their owner).
    /// </summary>
    public const string PasswordChangeRequiredClaim = "signpost:password-change-required";

    /// <summary>The slug the web's /setup derives from the school's name (letters, digits and dashes; at most 60).</summary>
    public static string SlugFrom(string schoolName)
    {
        var words = new string(schoolName.ToLowerInvariant().Where(c => char.IsAsciiLetterOrDigit(c) || c == ' ').ToArray())
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var slug = string.Join('-', words);
        slug = slug[..Math.Min(slug.Length, 60)].Trim('-');
        return slug.Length < 2 ? "school" : slug;
    }

    /// <summary>A slug is 2 to 60 lower-case letters, digits and single dashes, starting and ending with a letter or digit.</summary>
    public static bool IsValidSlug(string slug) => slug.Length is >= 2 and <= 60 && SlugPattern().IsMatch(slug);

    /// <summary>A host name as typed in a browser's address bar, without https:// or a port: labels of letters, digits and dashes separated by dots.</summary>
    public static bool IsValidHostName(string host) => host.Length <= 253 && HostPattern().IsMatch(host);

    /// <summary>Host names are matched in lower case (see the web's SchoolResolutionMiddleware).</summary>
    public static string? NormalizeHostName(string? host) => string.IsNullOrWhiteSpace(host) ? null : host.Trim().TrimEnd('.').ToLowerInvariant();

    /// <summary>
    /// The problems shared by every way of creating a school, as (field, plain message, whether it is something already
    /// taken rather than malformed): empty when the school may be created.
    /// </summary>
    public static async Task<List<(string Field, string Message, bool Taken)>> ProblemsAsync(AppDbContext db, NewSchool school, ILookupNormalizer normalizer, CancellationToken ct = default)
    {
        var problems = new List<(string, string, bool)>();
        if (!Uri.TryCreate(school.WebsiteUrl.Trim(), UriKind.Absolute, out var web) || (web.Scheme != Uri.UriSchemeHttps && web.Scheme != Uri.UriSchemeHttp))
        {
            problems.Add((nameof(NewSchool.WebsiteUrl), "Enter the website as a full address starting with https://", false));
        }

        if (!IsValidSlug(school.Slug))
        {
            problems.Add((nameof(NewSchool.Slug), "A school's short name (slug) is 2 to 60 lower-case letters, numbers and dashes, e.g. larkrise-primary.", false));
        }
        else if (await db.Schools.IgnoreQueryFilters().AnyAsync(s => s.Slug == school.Slug, ct))
        {
            problems.Add((nameof(NewSchool.Slug), $"The slug '{school.Slug}' is already used by another school on this deployment.", true));
        }

        var host = NormalizeHostName(school.HostName);
        if (host is not null)
        {
            if (!IsValidHostName(host))
            {
                problems.Add((nameof(NewSchool.HostName), "The host name must be a name like blogs.larkrise.example: no https://, no path and no port.", false));
            }
            else if (await db.Schools.IgnoreQueryFilters().AnyAsync(s => s.HostName == host, ct))
            {
                problems.Add((nameof(NewSchool.HostName), $"The host name '{host}' is already used by another school on this deployment.", true));
            }
        }

        if (!DeploymentAccounts.IsValidUsername(school.Username))
        {
            problems.Add((nameof(NewSchool.Username), "A username is 3 to 64 letters, numbers, dots, dashes or underscores.", false));
        }
        else
        {
            var normalized = normalizer.NormalizeName(school.Username);
            if (await db.Users.AnyAsync(u => u.NormalizedUserName == normalized, ct))
            {
                problems.Add((nameof(NewSchool.Username), $"The username '{school.Username}' is taken (usernames are unique across the deployment).", true));
            }
        }

        return problems;
    }

    /// <summary>
    /// Adds the school, its Headteacher and the Headteacher's account made by <see cref="Build"/> to <paramref name="db"/>
    /// with the audit entry <paramref name="auditAction"/>; the caller saves. With <paramref name="passwordChangeRequired"/>
    /// the Headteacher must choose their own password before using anything (<see cref="PasswordChangeRequiredClaim"/>).
    /// </summary>
    public static void Add(
        AppDbContext db, (School School, Person Head, AppUser User) built, string password, IPasswordHasher<AppUser> hasher, ILookupNormalizer normalizer,
        string auditAction, string? actorRole = null, bool passwordChangeRequired = false)
    {
        var (school, head, user) = built;
        user.NormalizedUserName = normalizer.NormalizeName(user.UserName);
        user.NormalizedEmail = normalizer.NormalizeEmail(user.Email);
        user.SecurityStamp = Guid.NewGuid().ToString("N");
        user.PasswordHash = hasher.HashPassword(user, password);
        db.Schools.Add(school);
        db.People.Add(head);
        db.Users.Add(user);
        if (passwordChangeRequired)
        {
            db.UserClaims.Add(new IdentityUserClaim<string> { UserId = user.Id, ClaimType = PasswordChangeRequiredClaim, ClaimValue = "true" });
        }

        db.Audit(auditAction, nameof(School), school.Id.ToString(), schoolId: school.Id, actorRole: actorRole);
    }

    /// <summary>
    /// The unsaved rows, so a caller can run its password validators against the account before <see cref="Add"/>.
    /// Two-factor sign-in is required of the Headteacher from <paramref name="now"/> (6.14–6.15).
    /// </summary>
    public static (School School, Person Head, AppUser User) Build(NewSchool input, DateTime now)
    {
        var school = new School
        {
            Slug = input.Slug, Name = input.Name.Trim(), WebsiteUrl = input.WebsiteUrl.Trim(), LocalAuthority = input.LocalAuthority.Trim(),
            HostName = NormalizeHostName(input.HostName), CreatedAt = now, TwoFactorRequiredFrom = now,
        };
        var head = new Person
        {
            SchoolId = school.Id, Kind = PersonKind.TeachingStaff, FirstName = input.HeadFirstName.Trim(), LastName = input.HeadLastName.Trim(),
            Position = "Headteacher", Employer = Employer.School, Email = input.HeadEmail.Trim(), CreatedAt = now,
        };
        head.Roles.AddRange(new[] { Role.Headteacher, Role.LeadershipTeam, Role.Staff }.Select(r => new PersonRole { PersonId = head.Id, SchoolId = school.Id, Role = r }));
        var user = new AppUser { UserName = input.Username.Trim(), Email = head.Email, SchoolId = school.Id, PersonId = head.Id, LockoutEnabled = true };
        head.UserId = user.Id;
        return (school, head, user);
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();

    [GeneratedRegex("^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$")]
    private static partial Regex HostPattern();
}
