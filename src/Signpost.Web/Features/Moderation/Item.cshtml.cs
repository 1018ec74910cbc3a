using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Signpost.Web.Authorization;

namespace Signpost.Web.Features.Moderation;

/// <summary>One review item: its text with the findings highlighted, why it is here, reports, history, and the actions (A.5.3).</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class ItemModel(ModerationQueue queue, ModerationActions actions) : PageModel
{
    public ItemDetail? Detail { get; private set; }
    public bool IsMine { get; private set; }
    public string? Message { get; private set; }

    [BindProperty] public string? EditedText { get; set; }
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public string? Note { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, string? done)
    {
        Message = done switch
        {
            "claim" => "You have claimed this item: other moderators can see you are dealing with it.",
            "release" => "Released: any moderator can pick it up.",
            _ => null,
        };
        return await LoadAsync(id) ?? Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, string? action, int? version)
    {
        if (action == "reject" && string.IsNullOrWhiteSpace(Reason))
        {
            // On the page a refusal always names the House Rule, so the author is told which one (A.4.1).
            Response.StatusCode = StatusCodes.Status400BadRequest;
            ModelState.AddModelError(nameof(Reason), "Choose the House Rule it breaks, so the author can be told why.");
            return await LoadAsync(id) ?? Page();
        }

        var r = await actions.DecideAsync(User, id, new ModerationDecision(action, version, Reason, EditedText, Note), HttpContext.RequestAborted);
        switch (r.Status)
        {
            case ModerationStatus.Ok:
                return action is "claim" or "release"
                    ? Redirect($"/moderation/{id}?done={action}")
                    : Redirect($"/moderation?done={action switch { "approve" => "approved", "reject" => "rejected", "edit" => "edited", _ => "escalated" }}");
            case ModerationStatus.NotFound:
                return NotFound();
            case ModerationStatus.Forbidden:
                return Forbid();
            case ModerationStatus.Conflict:
                Response.StatusCode = StatusCodes.Status409Conflict;
                ModelState.AddModelError("", r.Message!);
                break;
            default:
                Response.StatusCode = r.Status == ModerationStatus.Invalid ? StatusCodes.Status400BadRequest : StatusCodes.Status422UnprocessableEntity;
                ModelState.AddModelError(r.Field switch { "text" => nameof(EditedText), "reason" => nameof(Reason), _ => "" }, r.Message!);
                break;
        }

        return await LoadAsync(id) ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(Guid id)
    {
        var scope = await queue.ScopeAsync(User, HttpContext.RequestAborted);
        if (scope is null)
        {
            return Forbid();
        }

        Detail = await queue.DetailAsync(scope, id, HttpContext.RequestAborted);
        if (Detail is null)
        {
            return NotFound();
        }

        if (!scope.Covers(Detail.Item.SiteId))
        {
            return Forbid();
        }

        IsMine = Detail.Item.ClaimedById == scope.PersonId;
        EditedText ??= Detail.Item.Kind == Signpost.Data.Entities.ContentKind.Post && Detail.Item.Title is not null
            ? Detail.Item.Text[Math.Min(Detail.Item.Text.Length, Detail.Item.Title.Length + 2)..]
            : Detail.Item.Text;
        return null;
    }

    /// <summary>The text cut into plain and highlighted pieces by the findings' spans (overlaps merged, out-of-range spans ignored).</summary>
    public static IReadOnlyList<(string Text, string? Why)> Highlight(string text, IEnumerable<ReviewReason> reasons)
    {
        var spans = reasons.Where(r => r.Start is >= 0 && r.Length is > 0 && r.Start + r.Length <= text.Length)
            .OrderBy(r => r.Start).ToList();
        var parts = new List<(string, string?)>();
        var at = 0;
        foreach (var r in spans)
        {
            var start = Math.Max(r.Start!.Value, at);
            var end = r.Start.Value + r.Length!.Value;
            if (end <= at)
            {
                continue;
            }

            if (start > at)
            {
                parts.Add((text[at..start], null));
            }

            parts.Add((text[start..end], $"{r.Category} ({r.Clause})"));
            at = end;
        }

        if (at < text.Length)
        {
            parts.Add((text[at..], null));
        }

        return parts;
    }
}
