using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Features.Media;

/// <summary>The Headteacher's media enquiries (A.3.6). Other staff who reach this page are shown the policy's instruction instead.</summary>
public sealed class EnquiriesModel(MediaEnquiries enquiries) : PageModel
{
    public IReadOnlyList<EnquiryRow> Rows { get; private set; } = [];
    public bool All { get; private set; }
    public bool Refused { get; private set; }

    public async Task<IActionResult> OnGetAsync(bool all = false)
    {
        All = all;
        var rows = await enquiries.ListAsync(User, all, HttpContext.RequestAborted);
        if (rows is null)
        {
            Refused = true;
            Response.StatusCode = StatusCodes.Status403Forbidden;
            return Page();
        }

        Rows = rows;
        return Page();
    }

    /// <summary>Every media enquiry, open and closed (A.3.6), as CSV: the Headteacher's only, like the page.</summary>
    public async Task<IActionResult> OnGetCsvAsync()
    {
        var rows = await enquiries.ListAsync(User, true, HttpContext.RequestAborted);
        return rows is null
            ? StatusCode(StatusCodes.Status403Forbidden)
            : CsvDownload.File("media-enquiries.csv", ["received_at", "name", "organisation", "status"],
                rows.Select(r => new[] { CsvDownload.Iso(r.ReceivedAt), r.Name, r.Organisation, r.Status }));
    }
}
