using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Features.Trust;

/// <summary>One school in the trust view: its school-wide figures and every site's line with its chart (A.1.5–A.1.7, A.5.4).</summary>
public sealed class SchoolModel(TrustOverview overview, TimeProvider clock) : PageModel
{
    public TrustSchoolFigures School { get; private set; } = null!;

    public DateTime GeneratedAt { get; private set; }

    public async Task<IActionResult> OnGetAsync(string school)
    {
        var found = await overview.BuildAsync(school, User.UserId(), HttpContext.RequestAborted);
        if (found is null)
        {
            return NotFound();
        }

        School = found;
        GeneratedAt = clock.GetUtcNow().UtcDateTime;
        return Page();
    }

    /// <summary>The school's per-site lines, as CSV.</summary>
    public async Task<IActionResult> OnGetCsvAsync(string school)
    {
        var found = await overview.BuildAsync(school, User.UserId(), HttpContext.RequestAborted);
        return found is null ? NotFound() : CsvDownload.File($"trust-{found.Slug}-sites.csv", Oversight.SiteLinesCsv.Header, found.Sites.Select(Oversight.SiteLinesCsv.Row));
    }
}
