using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Signpost.Web.Authorization;

namespace Signpost.Web.Features.Moderation;

/// <summary>The moderator's one queue across their sites (A.5.3), with cover items for the ICT leader (A.5.4) and bulk actions for clean items.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class IndexModel(ModerationQueue queue, ModerationActions actions) : PageModel
{
    public IReadOnlyList<QueueItem> Items { get; private set; } = [];
    public bool Moderates { get; private set; }
    public string? Message { get; private set; }
    public List<string> Problems { get; } = [];

    public async Task OnGetAsync(string? done)
    {
        Message = done switch
        {
            "approved" => "Approved and published.",
            "rejected" => "Rejected; the author has been told why.",
            "edited" => "Edited and approved; the original is kept in the item's history.",
            "escalated" => "Sent to the Designated Safeguarding Lead and hidden until they decide (A.2.3).",
            _ => null,
        };
        await LoadAsync();
    }

    /// <summary>Bulk approve or reject: each checkbox carries "id:version" so a stale item is refused, not overwritten.</summary>
    public async Task<IActionResult> OnPostBulkAsync(string? action, List<string>? selected)
    {
        var items = (selected ?? []).Select(s => s.Split(':')).Where(p => p.Length == 2 && Guid.TryParse(p[0], out _) && int.TryParse(p[1], out _))
            .Select(p => (Guid.Parse(p[0]), int.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture))).ToList();
        if (items.Count == 0 || action is not ("approve" or "reject"))
        {
            Problems.Add(items.Count == 0 ? "Tick the items you want to approve or reject." : "Choose approve or reject.");
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        else
        {
            var results = await actions.BulkAsync(User, action, items, null, HttpContext.RequestAborted);
            var done = results.Count(r => r.Result.Status == ModerationStatus.Ok);
            Message = $"{(action == "approve" ? "Approved" : "Rejected")} {done} of {results.Count} item(s).";
            Problems.AddRange(results.Where(r => r.Result.Status != ModerationStatus.Ok).Select(r => r.Result.Message ?? "An item could not be changed.").Distinct());
        }

        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        var scope = await queue.ScopeAsync(User, HttpContext.RequestAborted);
        Moderates = scope is not null && (scope.OwnSites.Count > 0 || scope.CoverSites.Count > 0);
        Items = scope is null ? [] : await queue.ListAsync(scope, HttpContext.RequestAborted);
    }
}
