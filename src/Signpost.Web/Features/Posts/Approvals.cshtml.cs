using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Signpost.Data;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Features.Posts;

/// <summary>
/// The leadership team's approvals (A.3.4): every staff post and edit waiting, its text with the checker's findings
/// highlighted, and a decision: publish now, schedule, or send back with reasons. Nobody decides on their own post.
/// Two approvers acting at once: the second is told, and nothing is overwritten (Post.Version).
/// </summary>
[Authorize(Roles = "Headteacher,LeadershipTeam,AssistantHead")]
public sealed class ApprovalsModel(PostWorkflow workflow, AppDbContext db) : PageModel
{
    public IReadOnlyList<ApprovalItem> Items { get; private set; } = [];
    public int HeldForDsl { get; private set; }
    public string? Message { get; private set; }
    public Guid? ErrorFor { get; private set; }

    public async Task OnGetAsync(string? done)
    {
        Message = done switch
        {
            "published" => "Approved and published.",
            "scheduled" => "Approved. It will be published at the time you chose.",
            "sent-back" => "Sent back to the author with your reasons.",
            _ => null,
        };
        await LoadAsync();
    }

    public async Task<IActionResult> OnPostDecideAsync(string site, string post, int? version, string? decision, DateTime? publishAt, string? reasons)
    {
        var ct = HttpContext.RequestAborted;
        DateTime? when = decision == "schedule"
            ? publishAt is { } local ? SchoolTime.ToUtc(local) : null
            : null;
        if (decision == "schedule" && when is null)
        {
            ModelState.AddModelError("", "Choose the date and time to publish it (A.3.4).");
            return await RedisplayAsync(site, post, StatusCodes.Status422UnprocessableEntity);
        }

        var action = decision switch { "publish" or "schedule" => "approve", "send-back" => "reject", _ => decision };
        var r = await workflow.DecideAsync(User, site, post, action, version, when, reasons, ct);
        switch (r.Outcome)
        {
            case PostOutcome.Ok:
                return Redirect($"/approvals?done={(action == "reject" ? "sent-back" : when is not null ? "scheduled" : "published")}");
            case PostOutcome.NotFound:
                return NotFound();
            case PostOutcome.Forbidden:
                return Forbid();
            case PostOutcome.Conflict:
                ModelState.AddModelError("", "Someone else decided on this post, or its author changed it, while you were reading. Nothing was changed: read it again below.");
                return await RedisplayAsync(site, post, StatusCodes.Status409Conflict);
            default:
                foreach (var x in r.Refusals ?? [])
                {
                    ModelState.AddModelError("", x.Clause.Length == 0 ? x.Message : $"{x.Message} ({x.Clause})");
                }

                return await RedisplayAsync(site, post, StatusCodes.Status422UnprocessableEntity);
        }
    }

    private async Task<IActionResult> RedisplayAsync(string site, string post, int status)
    {
        db.ChangeTracker.Clear();
        await LoadAsync();
        ErrorFor = Items.FirstOrDefault(i => i.SiteSlug == site && i.PostSlug == post)?.PostId;
        Response.StatusCode = status;
        return Page();
    }

    private async Task LoadAsync()
    {
        Items = await ApprovalQueue.LoadAsync(db, HttpContext.RequestAborted);
        HeldForDsl = await ApprovalQueue.HeldForDslAsync(db, HttpContext.RequestAborted);
    }

    public bool IsMine(ApprovalItem item) => item.AuthorId == User.PersonId();
}
