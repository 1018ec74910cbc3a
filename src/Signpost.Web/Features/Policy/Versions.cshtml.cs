using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Signpost.Data;
using Signpost.Web.Features.Sites;

namespace Signpost.Web.Features.Policy;

/// <summary>The Headteacher drafts and publishes versions of the policy (2.1).</summary>
public sealed class VersionsModel(AppDbContext db, PolicyVersions versions) : PageModel
{
    [BindProperty] public Guid? Id { get; set; }
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? Markdown { get; set; }

    public IReadOnlyList<PolicyVersionRow> Rows { get; private set; } = [];
    public bool EditingDraft { get; private set; }
    public string? Preview { get; private set; }
    public string? Message { get; private set; }

    public async Task OnGetAsync(Guid? id)
    {
        if (id is not null)
        {
            var draft = await db.PolicyVersions.AsNoTracking().SingleOrDefaultAsync(v => v.Id == id && v.PublishedAt == null);
            if (draft is not null)
            {
                (Id, Title, Markdown, EditingDraft) = (draft.Id, draft.Title, draft.Markdown, true);
                Preview = PolicyText.ToSafeHtml(draft.Markdown);
            }
        }
        else
        {
            // A new version starts from the latest one.
            var latest = await db.PolicyVersions.AsNoTracking().OrderByDescending(v => v.Number).FirstOrDefaultAsync();
            (Title, Markdown) = (latest?.Title ?? "Social Media Policy", latest?.Markdown ?? "");
        }

        await LoadAsync();
    }

    public async Task<IActionResult> OnPostSaveAsync() =>
        await AfterAsync(await versions.SaveDraftAsync(User, Id, Title, Markdown, HttpContext.RequestAborted), "Draft saved. Publish it when it is ready.");

    public async Task<IActionResult> OnPostPublishAsync(Guid publishId) =>
        await AfterAsync(await versions.PublishAsync(User, publishId, HttpContext.RequestAborted), "Published. Everyone the policy covers has been asked to acknowledge it.");

    private async Task<IActionResult> AfterAsync(WorkflowResult r, string success)
    {
        switch (r.Status)
        {
            case WorkflowStatus.Ok:
                TempData["Message"] = success;
                return RedirectToPage();
            case WorkflowStatus.NotFound:
                return NotFound();
            case WorkflowStatus.Forbidden:
                return Forbid();
            default:
                ProposalMapping.AddRefusals(ModelState, r.Refusals ?? []);
                Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
                EditingDraft = Id is not null;
                await LoadAsync();
                return Page();
        }
    }

    private async Task LoadAsync()
    {
        Message ??= TempData["Message"] as string;
        Rows = await versions.ListAsync(HttpContext.RequestAborted);
    }
}
