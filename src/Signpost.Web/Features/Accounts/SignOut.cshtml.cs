using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Signpost.Data;
using Signpost.Data.Entities;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Features.Accounts;

public sealed class SignOutModel(SignInManager<AppUser> signIn, AppDbContext db) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            db.Audit("sign-out", nameof(AppUser), User.UserId());
            await db.SaveChangesAsync();
        }

        await signIn.SignOutAsync();
        return Redirect("/");
    }
}
