using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Features.Reports;

/// <summary>"Tell a teacher" about a post or comment: one big button, words optional (A.5.3, A.2.3).</summary>
[Authorize]
public sealed class ReportModel(ItemReports reports) : PageModel
{
    [BindProperty]
    public string? Words { get; set; }

    public ReportTarget? Target { get; private set; }
    public bool Sent { get; private set; }
    public bool IsPupil { get; private set; }

    public async Task<IActionResult> OnGetAsync(string kind, Guid id)
    {
        IsPupil = User.Kind() == Signpost.Data.Entities.PersonKind.Pupil;
        Target = await reports.FindAsync(User, kind, id, HttpContext.RequestAborted);
        return Target is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync(string kind, Guid id)
    {
        IsPupil = User.Kind() == Signpost.Data.Entities.PersonKind.Pupil;
        var r = await reports.ReportAsync(User, kind, id, Words, HttpContext.RequestAborted);
        if (r.Outcome == ReportOutcome.NotFound)
        {
            return NotFound();
        }

        Target = await reports.FindAsync(User, kind, id, HttpContext.RequestAborted);
        switch (r.Outcome)
        {
            case ReportOutcome.Reported:
                Sent = true;
                Words = null;
                break;
            case ReportOutcome.TooMany:
                Response.StatusCode = StatusCodes.Status429TooManyRequests;
                Response.Headers.RetryAfter = PersonRateLimits.Seconds(r.RetryAfter!.Value).ToString(System.Globalization.CultureInfo.InvariantCulture);
                ModelState.AddModelError(nameof(Words), r.Message!);
                break;
            default:
                Response.StatusCode = StatusCodes.Status400BadRequest;
                ModelState.AddModelError(nameof(Words), r.Message!);
                break;
        }

        return Page();
    }
}
