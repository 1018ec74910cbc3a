using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Signpost.Web.Features.Safeguarding;

namespace Signpost.Web.Features.Media;

/// <summary>One media enquiry for the Headteacher (A.3.6): read it, then mark it answered or closed with notes.</summary>
public sealed class EnquiryDetailModel(MediaEnquiries enquiries) : PageModel
{
    public EnquiryDetail Enquiry { get; private set; } = null!;
    public string? Message { get; private set; }

    [BindProperty] public string? Status { get; set; }
    [BindProperty] public string? Notes { get; set; }
    [BindProperty] public int? Version { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, bool saved = false)
    {
        Message = saved ? "Saved." : null;
        return await ShowAsync(id);
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var r = await enquiries.UpdateAsync(User, id, Status, Notes, Version, HttpContext.RequestAborted);
        switch (r.Outcome)
        {
            case ConcernOutcome.Ok:
                return Redirect($"/media-enquiries/{id}?saved=true");
            case ConcernOutcome.Conflict:
                ModelState.AddModelError("", "This enquiry changed while you were reading it. Read it again below.");
                break;
            case ConcernOutcome.Refused:
                ModelState.AddModelError(r.Refusal!.Field == "status" ? nameof(Status) : nameof(Notes), $"{r.Refusal.Message} (policy {r.Refusal.Clause})");
                break;
            default:
                return await ShowAsync(id);
        }

        var shown = await ShowAsync(id);
        if (shown is PageResult)
        {
            Response.StatusCode = r.Outcome == ConcernOutcome.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity;
        }

        return shown;
    }

    private async Task<IActionResult> ShowAsync(Guid id)
    {
        if (!MediaEnquiries.MayRead(User))
        {
            return Forbid(); // only the Headteacher reads media enquiries (A.3.6)
        }

        var detail = await enquiries.GetAsync(User, id, HttpContext.RequestAborted);
        if (detail is null)
        {
            return NotFound();
        }

        Enquiry = detail;
        Notes ??= detail.Notes;
        return Page();
    }
}
