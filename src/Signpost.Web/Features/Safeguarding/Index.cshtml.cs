using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Features.Safeguarding;

/// <summary>The DSL's and the Headteacher's list of safeguarding concerns (A.2.3); everyone else is refused.</summary>
public sealed class IndexModel(ConcernQueries queries) : PageModel
{
    public IReadOnlyList<ConcernRow> Rows { get; private set; } = [];
    public bool NeedsTwoFactor { get; private set; }
    public bool All { get; private set; }

    public async Task<IActionResult> OnGetAsync(bool all = false)
    {
        All = all;
        var (outcome, rows) = await queries.ListAsync(User, all, HttpContext.RequestAborted);
        switch (outcome)
        {
            case ConcernOutcome.Ok:
                Rows = rows;
                return Page();
            case ConcernOutcome.NeedsTwoFactor:
                NeedsTwoFactor = true;
                Response.StatusCode = StatusCodes.Status403Forbidden;
                return Page();
            default:
                return StatusCode(StatusCodes.Status403Forbidden);
        }
    }

    /// <summary>
    /// The register of concerns (A.2.3) as CSV, with exactly the page's columns and the page's gate (DSL or Headteacher,
    /// two-factor); the export itself is an audit event of its own. No content, findings or chronology: those stay in
    /// the concern and its report pack.
    /// </summary>
    public async Task<IActionResult> OnGetCsvAsync()
    {
        var (outcome, rows) = await queries.ListAsync(User, true, HttpContext.RequestAborted, "safeguarding-concerns.exported");
        if (outcome == ConcernOutcome.NeedsTwoFactor)
        {
            NeedsTwoFactor = true;
            Response.StatusCode = StatusCodes.Status403Forbidden;
            return Page();
        }

        if (outcome != ConcernOutcome.Ok)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        return CsvDownload.File("safeguarding-concerns.csv", ["raised_at", "category", "status", "source", "site", "subject", "chronology_entries"],
            rows.Select(r => new[] { CsvDownload.Iso(r.RaisedAt), r.Category, r.Status, r.Source, r.Site, r.Subject, CsvDownload.Number(r.Entries) }));
    }
}
