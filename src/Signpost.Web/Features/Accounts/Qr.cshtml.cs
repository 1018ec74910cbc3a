using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Signpost.Data;
using Signpost.Data.Entities;

namespace Signpost.Web.Features.Accounts;

/// <summary>
/// A pupil's printed QR card opens this page. Opening it does not sign in (a link alone must not change state);
/// the pupil taps "that's me" to sign in. A revoked or replaced card shows a plain message.
/// </summary>
public sealed class QrModel(PupilLogins logins, AppDbContext db, UserManager<AppUser> users, SignInManager<AppUser> signIn) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Token { get; set; } = "";

    public string? PupilName { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var (_, pupil) = await FindAsync();
        PupilName = pupil?.PublicPupilName;
        if (pupil is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var (user, pupil) = await FindAsync();
        if (user is null || pupil is null || !await signIn.CanSignInAsync(user) || await users.IsLockedOutAsync(user))
        {
            await AccountAudit.SignInAsync(db, user, Microsoft.AspNetCore.Identity.SignInResult.NotAllowed, "qr-card");
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }

        await signIn.SignInAsync(user, isPersistent: false);
        await AccountAudit.SignInAsync(db, user, Microsoft.AspNetCore.Identity.SignInResult.Success, "qr-card");
        return LocalRedirect("/home");
    }

    private async Task<(AppUser? User, Person? Pupil)> FindAsync()
    {
        var login = await logins.FindByQrTokenAsync(Token, HttpContext.RequestAborted);
        if (login is null)
        {
            return (null, null);
        }

        var pupil = await db.People.IgnoreQueryFilters().AsNoTracking()
            .SingleOrDefaultAsync(p => p.Id == login.PersonId && p.SchoolId == login.SchoolId && p.IsActive);
        if (pupil?.UserId is null)
        {
            return (null, null);
        }

        return (await users.FindByIdAsync(pupil.UserId), pupil);
    }
}
