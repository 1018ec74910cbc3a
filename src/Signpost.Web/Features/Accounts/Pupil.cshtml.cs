using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Signpost.Data;
using Signpost.Data.Entities;

namespace Signpost.Web.Features.Accounts;

/// <summary>
/// Pupil sign-in the way primary classroom tools do it: choose the class, choose your first name, then tap three
/// pictures (or type the class password). Only first names are shown (A.5.2). Wrong answers count towards the same
/// lockout as passwords, and the sign-in rate limit applies.
/// </summary>
public sealed class PupilModel(AppDbContext db, PupilLogins logins, UserManager<AppUser> users, SignInManager<AppUser> signIn) : PageModel
{
    public sealed record Choice(Guid Id, string Name);

    public IReadOnlyList<Choice>? Classes { get; private set; }
    public IReadOnlyList<Choice>? Pupils { get; private set; }
    public string? ClassName { get; private set; }
    public string? PupilName { get; private set; }
    public bool ClassHasPassword { get; private set; }

    [BindProperty(SupportsGet = true, Name = "class")]
    public Guid? ClassId { get; set; }

    [BindProperty(SupportsGet = true, Name = "pupil")]
    public Guid? PupilId { get; set; }

    [BindProperty]
    public List<string> Pictures { get; set; } = [];

    [BindProperty]
    public string? ClassPassword { get; set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync()
    {
        if (ClassId is null || PupilId is null || !await LoadAsync())
        {
            return NotFound();
        }

        var pupil = await db.People.SingleAsync(p => p.Id == PupilId);
        var user = await users.FindByIdAsync(pupil.UserId!);
        var login = await db.PupilLogins.SingleOrDefaultAsync(l => l.PersonId == pupil.Id);
        if (user is null || login is null)
        {
            return NotFound();
        }

        var usingPassword = !string.IsNullOrEmpty(ClassPassword);
        if (!usingPassword && (Pictures.Count != PupilLogins.PictureCount || Pictures.Any(p => p is null || !PupilLogins.IsValidPicture(p))))
        {
            ModelState.AddModelError("Pictures_0", "Choose one picture in each row.");
            return Page();
        }

        if (await users.IsLockedOutAsync(user))
        {
            await AccountAudit.SignInAsync(db, user, Microsoft.AspNetCore.Identity.SignInResult.LockedOut, "pictures");
            ModelState.AddModelError("Pictures_0", "Too many tries. Ask your teacher to help you.");
            return Page();
        }

        var ok = usingPassword ? ClassPasswordMatches(ClassPassword!) : logins.PicturesMatch(login, Pictures);
        if (!ok)
        {
            await users.AccessFailedAsync(user);
            await AccountAudit.SignInAsync(db, user, Microsoft.AspNetCore.Identity.SignInResult.Failed, usingPassword ? "class-password" : "pictures");
            ModelState.AddModelError("Pictures_0", usingPassword ? "That is not your class password. Try again." : "Those are not your pictures. Try again.");
            Pictures = [];
            return Page();
        }

        if (!await signIn.CanSignInAsync(user))
        {
            await AccountAudit.SignInAsync(db, user, Microsoft.AspNetCore.Identity.SignInResult.NotAllowed, "pictures");
            ModelState.AddModelError("Pictures_0", "You can't sign in here any more. Ask your teacher.");
            return Page();
        }

        await users.ResetAccessFailedCountAsync(user);
        await signIn.SignInAsync(user, isPersistent: false);
        await AccountAudit.SignInAsync(db, user, Microsoft.AspNetCore.Identity.SignInResult.Success, usingPassword ? "class-password" : "pictures");
        return LocalRedirect("/home");
    }

    private string? _classPasswordHash;

    private bool ClassPasswordMatches(string attempt) =>
        _classPasswordHash is not null && attempt.Length <= 100
        && new PasswordHasher<SchoolClass>().VerifyHashedPassword(null!, _classPasswordHash, attempt.Trim()) != PasswordVerificationResult.Failed;

    private async Task<bool> LoadAsync()
    {
        if (ClassId is null)
        {
            Classes = await db.Classes.AsNoTracking().OrderBy(c => c.YearGroup).ThenBy(c => c.Name)
                .Select(c => new Choice(c.Id, c.Name)).ToListAsync();
            return true;
        }

        var cls = await db.Classes.AsNoTracking().SingleOrDefaultAsync(c => c.Id == ClassId);
        if (cls is null)
        {
            return false;
        }

        ClassName = cls.Name;
        _classPasswordHash = cls.ClassPasswordHash;
        ClassHasPassword = cls.ClassPasswordHash is not null;
        var pupils = await db.People.AsNoTracking()
            .Where(p => p.ClassId == cls.Id && p.Kind == PersonKind.Pupil && p.IsActive && p.UserId != null)
            .OrderBy(p => p.PreferredName ?? p.FirstName)
            .Select(p => new { p.Id, p.FirstName, p.PreferredName, p.LastName })
            .ToListAsync();
        if (PupilId is null)
        {
            // First names only; where two share one, the first letter of the surname tells them apart.
            var dup = pupils.GroupBy(p => p.PreferredName ?? p.FirstName).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();
            Pupils = pupils.Select(p =>
            {
                var n = p.PreferredName ?? p.FirstName;
                return new Choice(p.Id, dup.Contains(n) ? $"{n} {p.LastName[..1]}." : n);
            }).ToList();
            return true;
        }

        var me = pupils.SingleOrDefault(p => p.Id == PupilId);
        if (me is null)
        {
            return false;
        }

        PupilName = me.PreferredName ?? me.FirstName;
        return true;
    }
}
