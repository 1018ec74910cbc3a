using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Features.Trust;

/// <summary>The Local Authority / trust view (issue 6): every school's oversight lines, counts only, each linking to its detail.</summary>
public sealed class IndexModel(TrustOverview overview) : PageModel
{
    public TrustFigures Figures { get; private set; } = null!;

    public async Task OnGetAsync() => Figures = await overview.BuildAsync(User.UserId(), HttpContext.RequestAborted);

    /// <summary>One line per school with its school-wide figures (counts only), as CSV.</summary>
    public async Task<IActionResult> OnGetCsvAsync()
    {
        var f = await overview.BuildAsync(User.UserId(), HttpContext.RequestAborted);
        static string N(int? n) => CsvDownload.Number(n);
        return CsvDownload.File("trust-schools.csv",
            ["school", "name", "local_authority", "term", "policy_version", "in_scope", "acknowledged", "acknowledged_percent", "open_concerns", "breaches_this_term",
             "breaches_by_clause", "media_enquiries_open", "pending_items", "sites_short_of_cover", "year_group_blogs_missed_last_week", "sites_neglected"],
            f.Schools.Select(s => new[]
            {
                s.Slug, s.Name, s.LocalAuthority, s.Term?.Name, N(s.Acknowledgements.CurrentVersion), N(s.Acknowledgements.InScope), N(s.Acknowledgements.Acknowledged),
                N(s.Acknowledgements.RatePercent), N(s.OpenConcerns), N(s.BreachesThisTerm), string.Join("; ", s.BreachesByClause.Select(c => $"{c.Clause}: {c.Count}")),
                N(s.MediaEnquiriesOpen), N(s.PendingItems), N(s.SitesShortOfCover), N(s.YearGroupBlogsMissedLastWeek), N(s.SitesNeglected),
            }));
    }
}
