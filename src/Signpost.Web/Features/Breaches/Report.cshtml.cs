using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Signpost.Web.Features.Sites;

namespace Signpost.Web.Features.Breaches;

/// <summary>Contractors (and any staff member) report a breach to the school at once (9.3).</summary>
public sealed class ReportModel(BreachRegister register) : PageModel
{
    [BindProperty] public BreachInput Input { get; set; } = new();

    public bool Sent { get; private set; }

    public void OnGet() => Sent = TempData["Sent"] is true;

    public async Task<IActionResult> OnPostAsync()
    {
        var r = await register.ReportAsync(User, Input, HttpContext.RequestAborted);
        if (r.Status == WorkflowStatus.Ok)
        {
            TempData["Sent"] = true;
            return RedirectToPage();
        }

        if (r.Status == WorkflowStatus.Forbidden)
        {
            return Forbid();
        }

        ModelState.Clear();
        foreach (var x in r.Refusals ?? [])
        {
            ModelState.AddModelError(x.Field is null ? "" : "Input." + x.Field, x.Message);
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }
}
