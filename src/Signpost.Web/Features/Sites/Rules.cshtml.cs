using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Signpost.Data;

namespace Signpost.Web.Features.Sites;

/// <summary>A site's published Terms of Use or House Rules (A.4.1), readable by whoever may read the site. Shown as plain text: nothing typed there is treated as HTML.</summary>
public sealed class RulesModel(AppDbContext db) : PageModel
{
    public string Title { get; private set; } = "";
    public string SiteName { get; private set; } = "";
    public string Slug { get; private set; } = "";
    public IReadOnlyList<string> Paragraphs { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, string which)
    {
        var site = await SiteVisibility.Readable(db.Sites.AsNoTracking(), User).SingleOrDefaultAsync(s => s.Slug == slug);
        if (site is null)
        {
            return await db.Sites.AnyAsync(s => s.Slug == slug) ? (User.Identity?.IsAuthenticated == true ? Forbid() : Challenge()) : NotFound();
        }

        var text = which == "terms" ? site.TermsOfUse : site.HouseRules;
        if (string.IsNullOrWhiteSpace(text))
        {
            return NotFound();
        }

        (Title, SiteName, Slug) = (which == "terms" ? "Terms of Use" : "House Rules", site.Name, site.Slug);
        Paragraphs = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return Page();
    }
}
