using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Signpost.Data;
using Signpost.Data.Entities;
using Signpost.Policy;
using Signpost.Policy.Clauses;
using Signpost.Web.Api;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Features.Sites;

/// <summary>One proposal: the proposer edits and submits it, the leadership team reviews it, the Headteacher decides, administrators take it live.</summary>
public sealed class ProposalModel(SiteWorkflow workflow, AppDbContext db) : PageModel
{
    public Site Site { get; private set; } = null!;

    [BindProperty]
    public ProposalInput Input { get; set; } = new();

    public ProposalChoices Choices { get; private set; } = new([], []);
    public IReadOnlyList<MissingField> Missing { get; private set; } = [];
    public IReadOnlyList<BlockedOutcome> GoLiveRefusals { get; private set; } = [];
    public IReadOnlyList<HistoryItem> History { get; private set; } = [];
    public IReadOnlyList<string> AdministratorNames { get; private set; } = [];
    public bool CanEdit { get; private set; }
    public bool CanReview { get; private set; }
    public bool CanDecide { get; private set; }
    public bool CanGoLive { get; private set; }
    public bool CanChangePrivacy { get; private set; }
    public string AudienceText { get; private set; } = "";
    public string InteractionText { get; private set; } = "";
    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, int? saved)
    {
        if (!await LoadAsync(slug, fillInput: true))
        {
            return NotFound();
        }

        Message = saved == 1 ? "Draft saved." : null;
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(string slug)
    {
        if (!ModelState.IsValid)
        {
            return await RedisplayAsync(slug);
        }

        var r = await workflow.UpdateDraftAsync(User, slug, Input, HttpContext.RequestAborted);
        return await AfterAsync(slug, r, "Draft saved.");
    }

    public async Task<IActionResult> OnPostSubmitAsync(string slug)
    {
        if (!ModelState.IsValid)
        {
            return await RedisplayAsync(slug);
        }

        var saved = await workflow.UpdateDraftAsync(User, slug, Input, HttpContext.RequestAborted);
        if (saved.Status != WorkflowStatus.Ok)
        {
            return await AfterAsync(slug, saved, "");
        }

        db.ChangeTracker.Clear();
        var r = await workflow.SubmitAsync(User, slug, HttpContext.RequestAborted);
        return await AfterAsync(slug, r, "Submitted. The leadership team will review it.");
    }

    public async Task<IActionResult> OnPostReviewAsync(string slug, string? notes) =>
        await AfterAsync(slug, await workflow.ReviewAsync(User, slug, notes, HttpContext.RequestAborted), "Review recorded. The Headteacher can now decide.");

    public async Task<IActionResult> OnPostDecideAsync(string slug, string? decision, string? reasons) =>
        await AfterAsync(slug, await workflow.DecideAsync(User, slug, decision, reasons, HttpContext.RequestAborted), "Decision recorded.");

    public async Task<IActionResult> OnPostPrivacyAsync(string slug, string? privacy) =>
        await AfterAsync(slug, await workflow.ChangePrivacyAsync(User, slug, privacy, HttpContext.RequestAborted), "Privacy changed.");

    public async Task<IActionResult> OnPostGoLiveAsync(string slug) =>
        await AfterAsync(slug, await workflow.GoLiveAsync(User, slug, HttpContext.RequestAborted), "The site is live.");

    private async Task<IActionResult> AfterAsync(string slug, WorkflowResult r, string success)
    {
        switch (r.Status)
        {
            case WorkflowStatus.NotFound:
                return NotFound();
            case WorkflowStatus.Forbidden:
                return Forbid();
            case WorkflowStatus.Conflict:
                ModelState.AddModelError("", "Someone else changed this proposal while you were editing. Your changes were not saved: reload the page and make them again.");
                break;
            case WorkflowStatus.Refused:
                ProposalMapping.AddRefusals(ModelState, r.Refusals ?? []);
                break;
            default:
                db.ChangeTracker.Clear();
                await LoadAsync(slug, fillInput: true);
                Message = success;
                return Page();
        }

        return await RedisplayAsync(slug);
    }

    private async Task<IActionResult> RedisplayAsync(string slug)
    {
        db.ChangeTracker.Clear();
        if (!await LoadAsync(slug, fillInput: false))
        {
            return NotFound();
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private async Task<bool> LoadAsync(string slug, bool fillInput)
    {
        var ct = HttpContext.RequestAborted;
        var site = await workflow.FindAsync(User, slug, ct);
        if (site is null)
        {
            return false;
        }

        Site = site;
        var me = User.PersonId();
        var proposer = site.ProposedById == me;
        CanEdit = proposer && site.Status == SiteStatus.Draft;
        CanReview = site.Status == SiteStatus.Submitted && site.LeadershipReviewedAt is null && SiteWorkflow.IsLeadership(User) && !proposer;
        CanDecide = site.Status == SiteStatus.Submitted && site.LeadershipReviewedAt is not null && User.IsInRole(nameof(Role.Headteacher)) && !proposer;
        CanGoLive = site.Status == SiteStatus.Approved
            && (site.Members.Any(m => m.PersonId == me && m.Role == SiteMemberRole.Administrator) || User.IsInRole(nameof(Role.Headteacher)));
        CanChangePrivacy = site.Status == SiteStatus.Live
            && (site.Members.Any(m => m.PersonId == me && m.Role == SiteMemberRole.Administrator) || User.IsInRole(nameof(Role.Headteacher)));
        if (fillInput)
        {
            Input = await ProposalMapping.ToInputAsync(site, db, ct);
        }

        Choices = await ProposalChoices.LoadAsync(db, ct);
        Missing = site.Status == SiteStatus.Draft ? ProposalIsComplete.Check(SiteWorkflow.Facts(site)) : [];
        GoLiveRefusals = site.Status == SiteStatus.Approved ? await workflow.GoLiveRefusalsAsync(site, ct) : [];
        var view = await ProposalsApi.ViewAsync(site, db, workflow, ct);
        History = view.History;
        var adminIds = site.Members.Where(m => m.Role == SiteMemberRole.Administrator).Select(m => m.PersonId).ToList();
        AdministratorNames = await db.People.Where(p => adminIds.Contains(p.Id)).Select(p => p.FirstName + " " + p.LastName).ToListAsync(ct);
        AudienceText = string.Join(", ", site.AudienceYears.Select(y => y == 0 ? "Reception" : $"Year {y}")
            .Concat(new[] { site.AudienceParents ? "parents" : null, site.AudienceStaff ? "staff" : null, site.AudiencePublic ? "the public" : null }.OfType<string>()));
        InteractionText = string.Join(", ", new[]
        {
            site.PupilsMayPost ? "pupils post" : null, site.PupilsMayComment ? "pupils comment" : null, site.PupilsMayUploadImages ? "pupils upload images" : null,
            site.ParentsMayComment ? "vetted parents comment" : null, site.PublicMayComment ? "vetted public comment" : null,
        }.OfType<string>().DefaultIfEmpty("staff only"));
        return true;
    }
}
