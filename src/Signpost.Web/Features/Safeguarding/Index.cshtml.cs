using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

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
}
