using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Signpost.Data;
using Signpost.Data.Entities;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Features.Oversight;

/// <summary>The compliance dashboard: is the school keeping its own policy? (A.1.5–A.1.7, A.5.4, 2.1, 9.x, A.2.3, A.3.6)</summary>
public sealed class IndexModel(AppDbContext db, OversightReport report) : PageModel
{
    public OversightFigures Figures { get; private set; } = null!;

    /// <summary>Only the Headteacher opens the registers behind some figures; governors see the counts (A.2.3, 9.x, A.3.6).</summary>
    public bool IsHead { get; private set; }

    public bool MayManageTerms { get; private set; }

    public async Task OnGetAsync()
    {
        IsHead = User.Has(Role.Headteacher);
        MayManageTerms = IsHead || User.Has(Role.AssistantHead);
        Figures = await report.BuildAsync(db, User.SchoolId()!.Value, HttpContext.RequestAborted);
    }

    /// <summary>Every site's line on the dashboard, as CSV.</summary>
    public async Task<IActionResult> OnGetCsvAsync()
    {
        var f = await report.BuildAsync(db, User.SchoolId()!.Value, HttpContext.RequestAborted);
        return CsvDownload.File("oversight-sites.csv", SiteLinesCsv.Header, f.Sites.Select(SiteLinesCsv.Row));
    }
}
