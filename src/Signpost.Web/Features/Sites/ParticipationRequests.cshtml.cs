using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Signpost.Data.Entities;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Features.Sites;

public sealed class ParticipationRequestsModel(Participation participation) : PageModel
{
    [BindProperty] public string? Service { get; set; }
    [BindProperty] public string? Address { get; set; }
    [BindProperty] public string? Purpose { get; set; }

    public IReadOnlyList<ParticipationRow> Rows { get; private set; } = [];
    public bool IsHead { get; private set; }
    public string? Message { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    /// <summary>The participation requests (A.3.3) the person sees on this page, as CSV.</summary>
    public async Task<IActionResult> OnGetCsvAsync()
    {
        await LoadAsync();
        return CsvDownload.File("participation-requests.csv", ["requested_at", "service", "address", "purpose", "requested_by", "status", "reasons"],
            Rows.Select(r => new[] { CsvDownload.Iso(r.RequestedAt), r.Service, r.Address, r.Purpose, r.RequestedBy, r.Status, r.Reasons }));
    }

    public async Task<IActionResult> OnPostRequestAsync()
    {
        var r = await participation.RequestAsync(User, Service, Purpose, Address, HttpContext.RequestAborted);
        return await AfterAsync(r, "Sent to the Headteacher.", clear: true);
    }

    public async Task<IActionResult> OnPostDecideAsync(Guid id, string? decision, string? reasons, int? version) =>
        await AfterAsync(await participation.DecideAsync(User, id, decision, reasons, version, HttpContext.RequestAborted), "Decision recorded.", clear: false);

    private async Task<IActionResult> AfterAsync(WorkflowResult r, string success, bool clear)
    {
        switch (r.Status)
        {
            case WorkflowStatus.Ok:
                Message = success;
                if (clear)
                {
                    (Service, Address, Purpose) = (null, null, null);
                }

                break;
            case WorkflowStatus.NotFound:
                return NotFound();
            case WorkflowStatus.Forbidden:
                return Forbid();
            case WorkflowStatus.Conflict:
                ModelState.AddModelError("", "Someone else acted on this request first. Look again below.");
                break;
            default:
                ProposalMapping.AddRefusals(ModelState, (r.Refusals ?? []).Select(x => x with { Field = null }));
                Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
                break;
        }

        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        IsHead = User.IsInRole(nameof(Role.Headteacher));
        Rows = await participation.ListAsync(User, HttpContext.RequestAborted);
    }
}
