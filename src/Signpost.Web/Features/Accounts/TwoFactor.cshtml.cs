using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Signpost.Data;
using Signpost.Data.Entities;

namespace Signpost.Web.Features.Accounts;

public sealed class TwoFactorModel(SignInManager<AppUser> signIn, AppDbContext db) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter the code from your authenticator app.")]
    [StringLength(20, ErrorMessage = "The code is too long.")]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Accounts/SignIn") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return RedirectToPage("/Accounts/SignIn");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var code = Code!.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        var result = code.Length == 6 && code.All(char.IsAsciiDigit)
            ? await signIn.TwoFactorAuthenticatorSignInAsync(code, false, false)
            : await signIn.TwoFactorRecoveryCodeSignInAsync(Code!.Trim());
        await AccountAudit.SignInAsync(db, user, result, "second-factor");
        if (result.Succeeded)
        {
            return LocalRedirect(SignInModel.SafeReturn(ReturnUrl));
        }

        ModelState.AddModelError(nameof(Code), result.IsLockedOut ? AccountAudit.Explain(result) : "That code is not right, or it has expired. Codes change every 30 seconds: try the current one.");
        return Page();
    }
}
