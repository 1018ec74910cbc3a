using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Signpost.Data;
using Signpost.Data.Entities;
using Signpost.Policy;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Features.Posts;

/// <summary>
/// Write a post. Staff who run or contribute to a live site save a draft or submit it for leadership approval (A.3.4);
/// pupils, where the site lets them (A.5.1), send it to their teacher, who checks it before anyone sees it (A.5.3).
/// </summary>
[Authorize]
public sealed class WriteModel(PostWorkflow workflow, AppDbContext db) : PageModel
{
    [BindProperty]
    public PostFormInput Input { get; set; } = new();

    public Site Site { get; private set; } = null!;
    public bool IsPupil { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug) => await LoadAsync(slug) ?? Page();

    public Task<IActionResult> OnPostSaveAsync(string slug) => SendAsync(slug, submit: false);

    public Task<IActionResult> OnPostSubmitAsync(string slug) => SendAsync(slug, submit: true);

    private async Task<IActionResult> SendAsync(string slug, bool submit)
    {
        if (await LoadAsync(slug) is { } refused)
        {
            return refused;
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        var r = await workflow.CreateAsync(User, slug, Input.ToInput(), submit || IsPupil, HttpContext.RequestAborted);
        switch (r.Outcome)
        {
            case PostOutcome.Ok:
                var post = r.Post!;
                return PostFormResults.Done(this, slug, post,
                    post.HiddenForConcern ? "escalated" : post.Status switch { PostStatus.Held => "held", PostStatus.Submitted => "submitted", _ => "saved" });
            case PostOutcome.NotFound:
                return NotFound();
            case PostOutcome.Forbidden:
                return Forbid();
            default:
                if (r.Post?.Status == PostStatus.Blocked)
                {
                    Input = new PostFormInput(); // never show the refused words again, not even to their author (A.5.6)
                    ModelState.Clear();
                }

                PostFormResults.AddErrors(ModelState, r);
                Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
                return Page();
        }
    }

    private async Task<IActionResult?> LoadAsync(string slug)
    {
        var ct = HttpContext.RequestAborted;
        var site = await workflow.ReadableSiteAsync(User, slug, ct);
        if (site is null)
        {
            return NotFound();
        }

        Site = site;
        IsPupil = User.Kind() == PersonKind.Pupil;
        var allowed = IsPupil ? (await PupilPostRules.MayPupilPostAsync(db, site, User, ct)).IsAllowed : PostWorkflow.MayWrite(User, site);
        return allowed ? null : Forbid();
    }
}
