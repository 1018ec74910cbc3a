using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Signpost.Data.Entities;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Features.Setup;

/// <summary>
/// First run without the demo: the school's details and the Headteacher's account. Closed once any school exists; later
/// schools are added with `signpost school add`. Both create the school through <see cref="SchoolProvisioning"/>.
/// </summary>
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

        // The same code path as `signpost school add` (SchoolProvisioning): shape and uniqueness checks, then the rows.
        var input = new NewSchool(Input.SchoolName!, SchoolProvisioning.SlugFrom(Input.SchoolName!), Input.LocalAuthority!, Input.WebsiteUrl!, HostName: null,
            Input.FirstName!, Input.LastName!, Input.Email!, Input.Username!.Trim());
        foreach (var (field, message, _) in await SchoolProvisioning.ProblemsAsync(db, input, users.KeyNormalizer))
        {
            ModelState.AddModelError(field == nameof(NewSchool.Slug) ? "Input.SchoolName" : "Input." + field, message);
        }

        var built = SchoolProvisioning.Build(input, clock.GetUtcNow().UtcDateTime);
        foreach (var v in users.PasswordValidators)
        {
            var r = await v.ValidateAsync(users, built.User, Input.Password!);
            foreach (var e in r.Errors)
            {
                ModelState.AddModelError("Input.Password", e.Description);
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        SchoolProvisioning.Add(db, built, Input.Password!, users.PasswordHasher, users.KeyNormalizer, "school.set-up");
        await db.SaveChangesAsync();
        return Redirect("/account/sign-in");
    }
}
