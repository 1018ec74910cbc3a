using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Signpost.Data;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Features.Comments;

/// <summary>
/// The post page's comment form posts here (SPLIT.md). Success goes back to the post with a plain message in
/// TempData["Message"]; a problem is shown on this page with the text kept, so nothing typed is lost.
/// </summary>
[Authorize]
public sealed class CommentModel(CommentSubmission submission, AppDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty]
    [Display(Name = "Your comment")]
    public string? Text { get; set; }

    public string PostTitle { get; private set; } = "";
    public string SiteSlug { get; private set; } = "";
    public string PostSlug { get; private set; } = "";
    public string? Refusal { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, string post)
    {
        if (!await LoadAsync(slug, post))
        {
            return NotFound();
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, string post)
    {
        var r = await submission.SubmitAsync(User, slug, post, Text, HttpContext.RequestAborted);
        switch (r.Outcome)
        {
            case CommentOutcome.Held or CommentOutcome.Published:
                TempData["Message"] = r.Message;
                return Redirect($"/sites/{Uri.EscapeDataString(slug)}/posts/{Uri.EscapeDataString(post)}#comments");
            case CommentOutcome.NotFound:
                return NotFound();
            case CommentOutcome.Invalid:
                ModelState.AddModelError(nameof(Text), r.Message!);
                Response.StatusCode = StatusCodes.Status400BadRequest;
                break;
            case CommentOutcome.Forbidden:
                Refusal = $"{r.Message} (policy {r.Clause})";
                Response.StatusCode = StatusCodes.Status403Forbidden;
                break;
            case CommentOutcome.TooMany:
                ModelState.AddModelError(nameof(Text), r.Message!);
                Response.StatusCode = StatusCodes.Status429TooManyRequests;
                Response.Headers.RetryAfter = PersonRateLimits.Seconds(r.RetryAfter!.Value).ToString(System.Globalization.CultureInfo.InvariantCulture);
                break;
            default:
                ModelState.AddModelError(nameof(Text), r.Message!);
                Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
                break;
        }

        await LoadAsync(slug, post);
        return Page();
    }

    private async Task<bool> LoadAsync(string slug, string post)
    {
        SiteSlug = slug;
        PostSlug = post;
        var title = await ReadableContent.Posts(db, User, clock.GetUtcNow().UtcDateTime)
            .Where(p => p.Slug == post && db.Sites.Any(s => s.Id == p.SiteId && s.Slug == slug)).Select(p => p.Title).SingleOrDefaultAsync();
        PostTitle = title ?? "";
        return title is not null;
    }
}
