using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Signpost.Data;
using Signpost.Data.Entities;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Features.Accounts;

/// <summary>
/// A signed-in adult changes their own password. Changing it renews the security stamp, which signs the account out
/// everywhere else at once: other browsers and every bearer token (issue 7, "sign-out everywhere"). This session stays
/// signed in. Pupils' picture passwords are managed by their teachers, not here.
/// </summary>
public sealed class ChangePasswordModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, AppDbContext db) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Type your current password.")]
    [StringLength(200)]
    [Display(Name = "Current password")]
    public string? Current { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Choose a new password.")]
    [StringLength(200)]
    [Display(Name = "New password")]
    public string? Password { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Type the new password again.")]
    [Compare(nameof(Password), ErrorMessage = "The two new passwords are not the same.")]
    [Display(Name = "New password again")]
    public string? Confirm { get; set; }

    public bool Done { get; private set; }

    /// <summary>The account still has the password someone else chose (see <see cref="SchoolProvisioning.PasswordChangeRequiredClaim"/>).</summary>
    public bool Required => User.HasClaim(SchoolProvisioning.PasswordChangeRequiredClaim, "true");

    public IActionResult OnGet(int? done)
    {
        if (User.Kind() == PersonKind.Pupil)
        {
            return Forbid();
        }

        Done = done == 1;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (User.Kind() == PersonKind.Pupil)
        {
            return Forbid();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        var result = await users.ChangePasswordAsync(user, Current!, Password!);
        if (!result.Succeeded)
        {
            foreach (var e in result.Errors)
            {
                ModelState.AddModelError(e.Code == "PasswordMismatch" ? nameof(Current) : nameof(Password),
                    e.Code == "PasswordMismatch" ? "That is not your current password." : e.Description);
            }

            return Page();
        }

        // A password someone else chose (signpost school add) is now replaced: the account may use everything.
        var oneTime = (await users.GetClaimsAsync(user)).Where(c => c.Type == SchoolProvisioning.PasswordChangeRequiredClaim).ToList();
        if (oneTime.Count > 0)
        {
            await users.RemoveClaimsAsync(user, oneTime);
        }

        // The stamp changed: sign this browser in again so only the other sessions end.
        await signIn.RefreshSignInAsync(user);
        db.Audit("account.password-changed", nameof(AppUser), user.Id, schoolId: user.SchoolId);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        return RedirectToPage(new { done = 1 });
    }
}
