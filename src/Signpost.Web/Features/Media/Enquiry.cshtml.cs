using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Signpost.Web.Features.Media;

/// <summary>The public media-enquiry form (A.3.6), linked from every page's footer; rate-limited per address.</summary>
public sealed class EnquiryModel(MediaEnquiries enquiries) : PageModel
{
    [BindProperty]
    public MediaEnquiryInput Input { get; set; } = new();

    public bool Sent { get; private set; }

    public void OnGet(bool sent = false) => Sent = sent;

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        if (await enquiries.SubmitAsync(Input, HttpContext.RequestAborted) is null)
        {
            return NotFound();
        }

        return Redirect("/media-enquiry?sent=true");
    }
}
