using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Signpost.Web.Features.Sites;

namespace Signpost.Web.Features.Safeguarding;

/// <summary>One concern for the DSL or the Headteacher (A.2.3, A.5.6): the item with its findings, the evidence, the chronology, and the decisions.</summary>
public sealed class ConcernModel(ConcernQueries queries, ConcernActions actions) : PageModel
{
    public ConcernDetail Concern { get; private set; } = null!;
    public bool NeedsTwoFactor { get; private set; }
    public string? Message { get; private set; }

    [BindProperty] public string? EntryKind { get; set; }
    [BindProperty] public string? EntryText { get; set; }
    [BindProperty] public string? ReferredTo { get; set; }
    [BindProperty] public string? Decision { get; set; }
    [BindProperty] public string? DecisionNotes { get; set; }
    [BindProperty] public string? Outcome { get; set; }
    [BindProperty] public int? Version { get; set; }

    public Task<IActionResult> OnGetAsync(Guid id, string? done) => ShowAsync(id, done switch
    {
        "entry" => "Added to the chronology.",
        "decided" => "Decision recorded.",
        "closed" => "The concern is closed.",
        _ => null,
    });

    public async Task<IActionResult> OnPostEntryAsync(Guid id) =>
        await AfterAsync(id, await actions.AddEntryAsync(User, id, EntryKind, EntryText, ReferredTo, HttpContext.RequestAborted), "entry",
            new() { ["kind"] = nameof(EntryKind), ["text"] = nameof(EntryText), ["referredTo"] = nameof(ReferredTo) });

    public async Task<IActionResult> OnPostDecideAsync(Guid id) =>
        await AfterAsync(id, await actions.DecideAsync(User, id, Decision, DecisionNotes, Version, HttpContext.RequestAborted), "decided",
            new() { ["action"] = nameof(Decision), ["notes"] = nameof(DecisionNotes) });

    public async Task<IActionResult> OnPostCloseAsync(Guid id) =>
        await AfterAsync(id, await actions.CloseAsync(User, id, Outcome, Version, HttpContext.RequestAborted), "closed",
            new() { ["outcome"] = nameof(Outcome), ["action"] = nameof(Decision) });

    private async Task<IActionResult> AfterAsync(Guid id, ConcernResult r, string done, Dictionary<string, string> fields)
    {
        switch (r.Outcome)
        {
            case ConcernOutcome.Ok:
                return Redirect($"/safeguarding/{id}?done={done}");
            case ConcernOutcome.Conflict:
                ModelState.AddModelError("", "Someone else changed this concern while you were reading it. Read it again below, then decide.");
                Response.StatusCode = StatusCodes.Status409Conflict;
                break;
            case ConcernOutcome.Refused:
                var key = r.Refusal!.Field is { } f && fields.TryGetValue(f, out var k) ? k : "";
                ModelState.AddModelError(key, $"{r.Refusal.Message} (policy {r.Refusal.Clause})");
                Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
                break;
            default:
                return await ShowAsync(id, null);
        }

        var status = Response.StatusCode;
        var shown = await ShowAsync(id, null);
        if (shown is PageResult)
        {
            Response.StatusCode = status;
        }

        return shown;
    }

    private async Task<IActionResult> ShowAsync(Guid id, string? message)
    {
        var (outcome, detail) = await queries.GetAsync(User, id, "safeguarding-concern.viewed", HttpContext.RequestAborted);
        switch (outcome)
        {
            case ConcernOutcome.Ok:
                Concern = detail!;
                Message = message;
                return Page();
            case ConcernOutcome.NeedsTwoFactor:
                NeedsTwoFactor = true;
                Response.StatusCode = StatusCodes.Status403Forbidden;
                return Page();
            default:
                return NotFound();
        }
    }
}
