using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Signpost.Data;
using Signpost.Data.Entities;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Features.People;

/// <summary>The people directory (2.1). Only the Headteacher, the leadership team and the ICT leader open it.</summary>
public sealed class IndexModel(AppDbContext db, Invitations invitations) : PageModel
{
    public const int PageSize = 500;

    public sealed record Row(Guid Id, string Name, PersonKind Kind, string? Detail, bool IsActive, IReadOnlyList<Role> Roles, string? Username, bool CanInvite);

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public PersonKind? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Leavers { get; set; }

    [TempData]
    public string? Message { get; set; }

    public IReadOnlyList<Row> People { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var q = db.People.AsNoTracking();
        if (!Leavers)
        {
            q = q.Where(p => p.IsActive);
        }

        if (Kind is { } k)
        {
            q = q.Where(p => p.Kind == k);
        }

        // Control characters are in no one's name, and PostgreSQL refuses a NUL in a text parameter: drop them.
        var term = Q is null ? "" : new string(Q.Where(c => !char.IsControl(c)).ToArray()).Trim();
        if (term.Length > 0)
        {
            term = term.Length > 100 ? term[..100] : term;
            var lower = term.ToLowerInvariant();
            q = q.Where(p => p.FirstName.ToLower().Contains(lower) || p.LastName.ToLower().Contains(lower) || (p.PreferredName != null && p.PreferredName.ToLower().Contains(lower)));
        }

        var rows = await q.OrderBy(p => p.Kind).ThenBy(p => p.LastName).ThenBy(p => p.FirstName).Take(PageSize)
            .Select(p => new
            {
                p.Id, p.FirstName, p.LastName, p.PreferredName, p.Kind, p.Position, p.YearGroup, ClassName = p.Class != null ? p.Class.Name : null,
                p.IsActive, Roles = p.Roles.Select(r => r.Role).ToList(), p.UserId, p.Email,
            })
            .ToListAsync();
        var userIds = rows.Where(r => r.UserId != null).Select(r => r.UserId!).ToList();
        var users = await db.Users.Where(u => userIds.Contains(u.Id)).Select(u => new { u.Id, u.UserName, HasPassword = u.PasswordHash != null }).ToDictionaryAsync(u => u.Id);
        People = rows.Select(r =>
        {
            var u = r.UserId is null ? null : users.GetValueOrDefault(r.UserId);
            var detail = r.Kind == PersonKind.Pupil ? r.ClassName : r.Position;
            return new Row(r.Id, $"{r.FirstName} {r.LastName}" + (r.PreferredName is null ? "" : $" ({r.PreferredName})"), r.Kind, detail, r.IsActive,
                r.Roles, u?.UserName, r.IsActive && r.Kind != PersonKind.Pupil && r.Email is not null && u is not null);
        }).ToList();
    }

    /// <summary>The directory as this search shows it (2.1), as CSV.</summary>
    /// <summary>The CSV download of what this search shows.</summary>
    public string CsvUrl => "/people?handler=Csv" + (Request.QueryString.HasValue ? "&" + Request.QueryString.Value![1..] : "");

    public async Task<IActionResult> OnGetCsvAsync()
    {
        await OnGetAsync();
        return CsvDownload.File("people.csv", ["name", "kind", "detail", "roles", "username", "active"],
            People.Select(p => new[] { p.Name, PeoplePresentation.KindLabel(p.Kind), p.Detail, string.Join("; ", p.Roles.Select(PeoplePresentation.RoleLabel)), p.Username, p.IsActive ? "yes" : "no" }));
    }

    public async Task<IActionResult> OnPostInviteAsync(Guid personId)
    {
        var result = await invitations.SendAsync(personId, Request.Scheme + "://" + Request.Host, HttpContext.RequestAborted);
        Message = result;
        return RedirectToPage();
    }
}
