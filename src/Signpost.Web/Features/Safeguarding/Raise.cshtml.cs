using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Signpost.Web.Features.Safeguarding;

/// <summary>"Raise a safeguarding concern" from any post or comment (A.2.3): one short question, then the DSL is told and the item hidden.</summary>
public sealed class RaiseModel(RaiseConcern raise) : PageModel
{
    public ConcernContentFacts Item { get; private set; } = null!;

    [BindProperty]
    public string? Worry { get; set; }

    public async Task<IActionResult> OnGetAsync(string kind, Guid id) => await ShowAsync(kind, id);

    public async Task<IActionResult> OnPostAsync(string kind, Guid id)
    {
        var r = await raise.RaiseAsync(User, kind, id, Worry, HttpContext.RequestAborted);
        switch (r.Outcome)
        {
            case ConcernOutcome.Ok:
                return Redirect("/safeguarding/raised");
            case ConcernOutcome.Refused:
                ModelState.AddModelError(nameof(Worry), $"{r.Refusal!.Message} (policy {r.Refusal.Clause})");
                break;
            case ConcernOutcome.Conflict:
                ModelState.AddModelError(nameof(Worry), "The item changed just as you sent this. Send it again.");
                break;
            default:
                return await ShowAsync(kind, id);
        }

        var shown = await ShowAsync(kind, id);
        if (shown is PageResult)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }

        return shown;
    }

    private async Task<IActionResult> ShowAsync(string kind, Guid id)
    {
        var (outcome, content) = await raise.FindAsync(User, kind, id, HttpContext.RequestAborted);
        if (outcome == ConcernOutcome.Forbidden)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        if (content is null)
        {
            return NotFound();
        }

        Item = content;
        return Page();
    }
}
