using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Signpost.Data.Entities;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Features.Setup;

/// <summary>First run without the demo: the school's details and the Headteacher's account. Closed once any school exists.</summary>
public sealed class IndexModel(SystemDb systemDb, UserManager<AppUser> users, TimeProvider clock) : PageModel
{
    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter the school's name.")]
        [StringLength(200, MinimumLength = 3, ErrorMessage = "The school's name must be 3 to 200 characters.")]
        [Display(Name = "School name")]
        public string? SchoolName { get; set; }

        [Required(ErrorMessage = "Enter the school's website address.")]
        [Url(ErrorMessage = "Enter the website as a full address starting with https://")]
        [StringLength(500)]
        public string? WebsiteUrl { get; set; }

        [Required(ErrorMessage = "Enter the Local Authority.")]
        [StringLength(200)]
        public string? LocalAuthority { get; set; }

        [Required(ErrorMessage = "Enter the Headteacher's first name.")]
        [StringLength(100)]
        public string? FirstName { get; set; }

        [Required(ErrorMessage = "Enter the Headteacher's surname.")]
        [StringLength(100)]
        public string? LastName { get; set; }

        [Required(ErrorMessage = "Enter the Headteacher's email address.")]
        [EmailAddress(ErrorMessage = "Enter an email address like name@school.sch.uk")]
        [StringLength(256)]
        public string? Email { get; set; }

        [Required(ErrorMessage = "Choose a username.")]
        [RegularExpression("^[a-zA-Z0-9._-]{3,64}$", ErrorMessage = "A username is 3 to 64 letters, numbers, dots, dashes or underscores.")]
        public string? Username { get; set; }

        [Required(ErrorMessage = "Choose a password.")]
        [StringLength(200)]
        public string? Password { get; set; }
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync()
    {
        await using var db = systemDb.Create();
        return await db.Schools.AnyAsync() ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await using var db = systemDb.Create();
        if (await db.Schools.AnyAsync())
        {
            return NotFound();
        }

        if (Input.WebsiteUrl is { } url && !url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) && !url.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
        {
            ModelState.AddModelError("Input.WebsiteUrl", "Enter the website as a full address starting with https://");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var slug = new string(Input.SchoolName!.ToLowerInvariant().Where(c => char.IsAsciiLetterOrDigit(c) || c == ' ').ToArray()).Trim().Replace(' ', '-');
        var school = new School
        {
            Slug = string.IsNullOrEmpty(slug) ? "school" : slug[..Math.Min(slug.Length, 60)],
            Name = Input.SchoolName!.Trim(), WebsiteUrl = Input.WebsiteUrl!.Trim(), LocalAuthority = Input.LocalAuthority!.Trim(),
            CreatedAt = now, TwoFactorRequiredFrom = now,
        };
        var head = new Person
        {
            SchoolId = school.Id, Kind = PersonKind.TeachingStaff, FirstName = Input.FirstName!.Trim(), LastName = Input.LastName!.Trim(),
            Position = "Headteacher", Employer = Employer.School, Email = Input.Email!.Trim(), CreatedAt = now,
        };
        head.Roles.AddRange(new[] { Role.Headteacher, Role.LeadershipTeam, Role.Staff }.Select(r => new PersonRole { PersonId = head.Id, SchoolId = school.Id, Role = r }));
        var user = new AppUser { UserName = Input.Username!.Trim(), Email = head.Email, SchoolId = school.Id, PersonId = head.Id, LockoutEnabled = true };
        head.UserId = user.Id;

        foreach (var v in users.PasswordValidators)
        {
            var r = await v.ValidateAsync(users, user, Input.Password!);
            foreach (var e in r.Errors)
            {
                ModelState.AddModelError("Input.Password", e.Description);
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        user.NormalizedUserName = users.NormalizeName(user.UserName);
        user.NormalizedEmail = users.NormalizeEmail(user.Email);
        user.SecurityStamp = Guid.NewGuid().ToString("N");
        user.PasswordHash = users.PasswordHasher.HashPassword(user, Input.Password!);
        db.Schools.Add(school);
        db.People.Add(head);
        db.Users.Add(user);
        db.Audit("school.set-up", nameof(School), school.Id.ToString(), schoolId: school.Id);
        await db.SaveChangesAsync();
        return Redirect("/account/sign-in");
    }
}
