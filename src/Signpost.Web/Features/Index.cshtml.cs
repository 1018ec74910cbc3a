using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Signpost.Data;
using Signpost.Data.Entities;
using Signpost.Data.Tenancy;
using Signpost.Web.Features.Sites;

namespace Signpost.Web.Features;

/// <summary>The home page: the school's blogs the visitor may read (anonymous visitors see public ones only).</summary>
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = Signpost.Web.Infrastructure.PublicPageCache.Policy)] // anonymous copies only
public sealed class IndexModel(AppDbContext db, IActorContext actor) : PageModel
{
    public string? SchoolName { get; private set; }
    public bool SignedIn { get; private set; }
    public IReadOnlyList<SiteSummary> Sites { get; private set; } = [];

    public async Task OnGetAsync()
    {
        SignedIn = User.Identity?.IsAuthenticated == true;
        // The visitor's own school: the signed-in user's, or the one chosen by host name for anonymous visitors.
        SchoolName = await db.Schools.Where(s => s.Id == actor.SchoolId).Select(s => s.Name).FirstOrDefaultAsync();
        Sites = await SiteVisibility.Readable(db.Sites.AsNoTracking(), User)
            .Where(s => s.Status == SiteStatus.Live || s.Status == SiteStatus.Archived)
            .OrderBy(s => s.Kind).ThenBy(s => s.YearGroup).ThenBy(s => s.Name)
            .Select(s => new SiteSummary(s.Slug, s.Name, s.Summary, s.Privacy, s.Status))
            .ToListAsync();
    }
}
