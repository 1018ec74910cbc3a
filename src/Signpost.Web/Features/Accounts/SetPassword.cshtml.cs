using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Signpost.Data.Entities;

namespace Signpost.Web.Features.Accounts;

/// <summary>Where an invitation link leads: choose a password. Setting it changes the security stamp, which signs the account out everywhere else.</summary>
public sealed class SetPasswordModel(UserManager<AppUser> users, SignInManager<AppUser> signIn) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "user")]
    public string? UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Choose a password.")]
    [StringLength(200)]
    public string? Password { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Type the password again.")]
    [Compare(nameof(Password), ErrorMessage = "The two passwords are not the same.")]
    public string? Confirm { get; set; }

    public bool Done { get; private set; }

    public IActionResult OnGet() => string.IsNullOrEmpty(UserId) || string.IsNullOrEmpty(Token) ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = UserId is null ? null : await users.FindByIdAsync(UserId);
        if (user is null || !await signIn.CanSignInAsync(user))
        {
            ModelState.AddModelError(nameof(Password), "This link does not work any more. Ask the school office for a new invitation.");
            return Page();
        }

        var result = await users.ResetPasswordAsync(user, Token ?? "", Password!);
        if (!result.Succeeded)
        {
            foreach (var e in result.Errors)
            {
                ModelState.AddModelError(nameof(Password), e.Code == "InvalidToken" ? "This link does not work any more. Ask the school office for a new invitation." : e.Description);
            }

            return Page();
        }

        Done = true;
        return Page();
    }
}
