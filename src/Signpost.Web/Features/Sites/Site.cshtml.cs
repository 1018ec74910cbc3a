using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Signpost.Data;
using Signpost.Data.Entities;

namespace Signpost.Web.Features.Sites;

/// <summary>A site's home page. Readability follows the site's privacy (A.5.2); another school's site does not exist here.</summary>
public sealed class SiteModel(AppDbContext db) : PageModel
{
    public sealed record Admin(string Name, string Position);

    public string Name { get; private set; } = "";
    public string Slug { get; private set; } = "";
    public string? Summary { get; private set; }
    public SitePrivacy Privacy { get; private set; }
    public SiteStatus Status { get; private set; }
    public IReadOnlyList<Admin> Administrators { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug)
    {
        var site = await db.Sites.AsNoTracking().SingleOrDefaultAsync(s => s.Slug == slug);
        if (site is null)
        {
            return NotFound();
        }

        if (site.Deleted)
        {
            // The exit plan deleted it (A.1.6): gone, not merely missing.
            return StatusCode(StatusCodes.Status410Gone);
        }

        if (!await SiteVisibility.Readable(db.Sites.AsNoTracking(), User).AnyAsync(s => s.Id == site.Id))
        {
            return User.Identity?.IsAuthenticated == true ? Forbid() : Challenge();
        }

        Name = site.Name;
        Slug = site.Slug;
        Summary = site.Summary;
        Privacy = site.Privacy;
        Status = site.Status;
        Administrators = await db.SiteMembers.AsNoTracking()
            .Where(m => m.SiteId == site.Id && m.Role == SiteMemberRole.Administrator)
            .Join(db.People, m => m.PersonId, p => p.Id, (m, p) => p)
            .Where(p => p.IsActive)
            .OrderBy(p => p.LastName)
            .Select(p => new Admin(p.FirstName + " " + p.LastName, p.Position ?? "Staff"))
            .ToListAsync();
        return Page();
    }
}
