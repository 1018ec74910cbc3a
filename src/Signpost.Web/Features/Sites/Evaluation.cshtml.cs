using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Signpost.Data;
using Signpost.Data.Entities;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Features.Sites;

/// <summary>A site's review and evaluation (A.1.6, A.1.7): success measures beside the site's own figures, past evaluations, and the form.</summary>
public sealed class EvaluationModel(SiteReviews reviews, AppDbContext db, TimeProvider clock) : PageModel
{
    public Site Site { get; private set; } = null!;
    public SiteFigures Figures { get; private set; } = null!;
    public IReadOnlyList<EvaluationEntry> History { get; private set; } = [];
    public bool CanEvaluate { get; private set; }
    public bool CanCompleteReview { get; private set; }
    public string? Message { get; private set; }

    [BindProperty]
    [StringLength(1800, ErrorMessage = "Keep the evaluation under 1,800 characters.")]
    [Display(Name = "Evaluation")]
    public string? Evaluation { get; set; }

    [BindProperty]
    public bool CompleteReview { get; set; }

    [BindProperty]
    [Display(Name = "Next review date")]
    public DateOnly? NextReviewDate { get; set; }

    [BindProperty]
    public int Version { get; set; }

    public async Task<IActionResult> OnGetAsync(string slug, int? done)
    {
        if (!await LoadAsync(slug))
        {
            return NotFound();
        }

        Message = done switch
        {
            1 => "Evaluation recorded.",
            2 => "Review started.",
            _ => null,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug)
    {
        if (!ModelState.IsValid)
        {
            return await LoadAsync(slug) ? Page() : NotFound();
        }

        var result = await reviews.EvaluateAsync(User, slug, Evaluation, CompleteReview, NextReviewDate, Version, HttpContext.RequestAborted);
        return await AfterAsync(slug, result, 1);
    }

    public async Task<IActionResult> OnPostStartReviewAsync(string slug) =>
        await AfterAsync(slug, await reviews.StartReviewAsync(User, slug, HttpContext.RequestAborted), 2);

    private async Task<IActionResult> AfterAsync(string slug, WorkflowResult result, int done)
    {
        switch (result.Status)
        {
            case WorkflowStatus.Ok:
                return RedirectToPage(new { slug, done });
            case WorkflowStatus.NotFound:
                return NotFound();
            case WorkflowStatus.Forbidden:
                return Forbid();
            case WorkflowStatus.Conflict:
                ModelState.AddModelError(string.Empty, "Someone else changed this site since you opened the page. Your words are kept below: check the page and record them again.");
                break;
            default:
                foreach (var r in result.Refusals!)
                {
                    ModelState.AddModelError(r.Field switch
                    {
                        "evaluation" => nameof(Evaluation),
                        "nextReviewDate" => nameof(NextReviewDate),
                        "completeReview" => nameof(CompleteReview),
                        _ => string.Empty,
                    }, $"{r.Message} ({r.Clause})");
                }

                break;
        }

        db.ChangeTracker.Clear();
        return await LoadAsync(slug) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(string slug)
    {
        var site = await reviews.FindEvaluableAsync(User, slug, HttpContext.RequestAborted);
        if (site is null)
        {
            return false;
        }

        Site = site;
        Version = site.Version;
        CanEvaluate = SiteReviews.MayEvaluate(site, User) && site.Status is SiteStatus.Live or SiteStatus.UnderReview or SiteStatus.Archived;
        CanCompleteReview = CanEvaluate && site.Status == SiteStatus.UnderReview && User.Has(Role.Headteacher);
        Figures = await SiteReviews.FiguresAsync(db, site, clock.GetUtcNow().UtcDateTime, HttpContext.RequestAborted);
        History = await reviews.HistoryAsync(site, HttpContext.RequestAborted);
        return true;
    }
}
