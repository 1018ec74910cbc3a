using System.ComponentModel.DataAnnotations;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using QRCoder;
using Signpost.Data.Entities;

namespace Signpost.Web.Features.Accounts;

/// <summary>Sets up TOTP two-factor sign-in (offered to all staff; required of the Headteacher and the DSL, 6.14–6.15).</summary>
public sealed class TwoFactorSetupModel(UserManager<AppUser> users, SignInManager<AppUser> signIn) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public bool Required { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Enter the six-digit code from your authenticator app.")]
    [StringLength(10)]
    public string? Code { get; set; }

    public bool Enabled { get; private set; }
    public string? SharedKey { get; private set; }
    public string? QrSvg { get; private set; }
    public IReadOnlyList<string>? RecoveryCodes { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(user);
            return Page();
        }

        var code = Code!.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            ModelState.AddModelError(nameof(Code), "That code is not right. Check the app shows Signpost, and type the code it shows now.");
            await LoadAsync(user);
            return Page();
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        RecoveryCodes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 8))?.ToList() ?? [];
        await signIn.RefreshSignInAsync(user);
        Enabled = true;
        return Page();
    }

    private async Task LoadAsync(AppUser user)
    {
        Enabled = await users.GetTwoFactorEnabledAsync(user);
        if (Enabled)
        {
            return;
        }

        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user);

            // A new key changes the security stamp, which is checked on every request: renew this session's cookie.
            await signIn.RefreshSignInAsync(user);
        }

        SharedKey = Spaced(key!);
        var uri = $"otpauth://totp/Signpost:{Uri.EscapeDataString(user.UserName!)}?secret={key}&issuer=Signpost&digits=6";
        using var data = QRCodeGenerator.GenerateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        QrSvg = new SvgQRCode(data).GetGraphic(4).Replace("<svg ", "<svg role=\"img\" aria-label=\"QR code for your authenticator app\" ", StringComparison.Ordinal);
    }

    private static string Spaced(string key)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            sb.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        return sb.ToString().TrimEnd().ToLowerInvariant();
    }
}
