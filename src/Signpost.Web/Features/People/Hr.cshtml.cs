using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Signpost.Data;
using Signpost.Data.Entities;
using Signpost.Policy.Clauses;

namespace Signpost.Web.Features.People;

/// <summary>
/// The Headteacher grants or withdraws the HR role (issue 6: "an HR role the school may grant"): its holder reads,
/// exports and records in the breach register (9.1–9.3) beside the Headteacher, and gains nothing else. Only members of
/// the school's own staff may hold it. Withdrawing it renews the holder's security stamp, so it ends at once in every
/// session and bearer token.
/// </summary>
public sealed class HrModel(AppDbContext db) : PageModel
{
    public sealed record Holder(Guid Id, string Name, string? Position);

    public IReadOnlyList<Holder> Holders { get; private set; } = [];
    public IReadOnlyList<Holder> Candidates { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    [BindProperty]
    public Guid? PersonId { get; set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostGrantAsync()
    {
        var person = PersonId is { } id ? await db.People.Include(p => p.Roles).SingleOrDefaultAsync(p => p.Id == id && p.IsActive) : null;
        if (person is null || !BreachesAreRecorded.MayHoldHrRole(person.Kind.ToString()))
        {
            ModelState.AddModelError(nameof(PersonId), "Choose a current member of the school's staff (teaching or support staff) to hold the HR role (9.1–9.2).");
            await LoadAsync();
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        if (person.Roles.All(r => r.Role != Role.HumanResources))
        {
            person.Roles.Add(new PersonRole { PersonId = person.Id, SchoolId = person.SchoolId, Role = Role.HumanResources });
            await db.SaveChangesAsync();
        }

        Message = $"{person.DisplayName} now holds the HR role and can open the breach register.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostWithdrawAsync(Guid personId)
    {
        var person = await db.People.Include(p => p.Roles).SingleOrDefaultAsync(p => p.Id == personId);
        var role = person?.Roles.FirstOrDefault(r => r.Role == Role.HumanResources);
        if (person is null || role is null)
        {
            return NotFound();
        }

        person.Roles.Remove(role);
        var user = person.UserId is null ? null : await db.Users.SingleOrDefaultAsync(u => u.Id == person.UserId);
        if (user is not null)
        {
            user.SecurityStamp = Guid.NewGuid().ToString("N");
        }

        await db.SaveChangesAsync();
        Message = $"{person.DisplayName} no longer holds the HR role.";
        return RedirectToPage();
    }

    private async Task LoadAsync()
    {
        var staff = await db.People.AsNoTracking()
            .Where(p => p.IsActive && (p.Kind == PersonKind.TeachingStaff || p.Kind == PersonKind.SupportStaff))
            .OrderBy(p => p.LastName).ThenBy(p => p.FirstName)
            .Select(p => new { p.Id, p.FirstName, p.PreferredName, p.LastName, p.Position, Hr = p.Roles.Any(r => r.Role == Role.HumanResources) })
            .ToListAsync();
        Holders = staff.Where(p => p.Hr).Select(p => new Holder(p.Id, $"{p.PreferredName ?? p.FirstName} {p.LastName}", p.Position)).ToList();
        Candidates = staff.Where(p => !p.Hr).Select(p => new Holder(p.Id, $"{p.PreferredName ?? p.FirstName} {p.LastName}", p.Position)).ToList();
    }
}
