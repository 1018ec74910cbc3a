using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Signpost.Data.Entities;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Features.Posts;

/// <summary>
/// The author changes their post: a draft or a post sent back changes in place and can be submitted; a published post's
/// edit waits for leadership approval again, and the version it replaces stays in the history (A.3.4, 5.6).
/// </summary>
[Authorize]
public sealed class EditModel(PostWorkflow workflow, TimeProvider clock) : PageModel
{
    [BindProperty]
    public PostFormInput Input { get; set; } = new();

    public Site Site { get; private set; } = null!;
    public Post Item { get; private set; } = null!;
    public bool IsPublished { get; private set; }
    public string StatusText { get; private set; } = "";
    public IReadOnlyList<PlacedFinding> Findings { get; private set; } = [];
    public string CheckedTitle { get; private set; } = "";
    public string CheckedBody { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string slug, string post)
    {
        if (await LoadAsync(slug, post) is { } stop)
        {
            return stop;
        }

        var pending = IsPublished ? await workflow.PendingRevisionAsync(Item.Id, HttpContext.RequestAborted) : null;
        Input = new PostFormInput { Title = pending?.Title ?? Item.Title, Body = pending?.Body ?? Item.Body, Version = Item.Version };
        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync(string slug, string post) => SendAsync(slug, post, submit: false);

    public Task<IActionResult> OnPostSubmitAsync(string slug, string post) => SendAsync(slug, post, submit: true);

    private async Task<IActionResult> SendAsync(string slug, string postSlug, bool submit)
    {
        if (await LoadAsync(slug, postSlug) is { } stop)
        {
            return stop;
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        var ct = HttpContext.RequestAborted;
        var r = await workflow.UpdateAsync(User, slug, postSlug, Input.ToInput(), ct);
        if (r.Outcome == PostOutcome.Ok && submit && !IsPublished)
        {
            r = await workflow.SubmitAsync(User, slug, r.Post!.Slug, null, ct);
        }

        switch (r.Outcome)
        {
            case PostOutcome.Ok:
                var p = r.Post!;
                return PostFormResults.Done(this, slug, p,
                    p.HiddenForConcern ? "escalated" : IsPublished ? "edit" : p.Status == PostStatus.Submitted ? "submitted" : "saved");
            case PostOutcome.NotFound:
                return NotFound();
            case PostOutcome.Forbidden:
                return Forbid();
            case PostOutcome.Conflict:
                ModelState.AddModelError("", "This post changed while you were editing it (perhaps a decision was made). Your changes were not saved: reload the page and make them again.");
                Response.StatusCode = StatusCodes.Status409Conflict;
                return Page();
            default:
                if (r.Refusals?.Any(x => x.Clause.StartsWith("A.5.6", StringComparison.Ordinal)) == true)
                {
                    Input = new PostFormInput { Title = Item.Title, Body = Item.Body, Version = Item.Version }; // never echo refused words (A.5.6)
                    ModelState.Clear();
                }

                PostFormResults.AddErrors(ModelState, r);
                Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
                return Page();
        }
    }

    private async Task<IActionResult?> LoadAsync(string slug, string postSlug)
    {
        var (site, post) = await workflow.FindAsync(User, slug, postSlug, HttpContext.RequestAborted);
        if (site is null || post is null)
        {
            return NotFound();
        }

        if (post.AuthorId != User.PersonId() || post.ByPupil)
        {
            return NotFound();
        }

        (Site, Item) = (site, post);
        IsPublished = post.Status == PostStatus.Published;
        StatusText = PostStatusText.For(post, clock.GetUtcNow().UtcDateTime);
        if (!post.IsEditableDraft && !IsPublished)
        {
            return Redirect($"/sites/{slug}/posts/{post.Slug}");
        }

        var pending = IsPublished ? await workflow.PendingRevisionAsync(post.Id, HttpContext.RequestAborted) : null;
        (CheckedTitle, CheckedBody) = (pending?.Title ?? post.Title, pending?.Body ?? post.Body);
        Findings = PostText.Place(PostText.Findings(post.FindingsJson), CheckedTitle, CheckedBody);
        return null;
    }
}
