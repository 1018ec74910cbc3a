using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Signpost.Data;
using Signpost.Data.Entities;
using Signpost.Web.Authorization;
using Signpost.Web.Features.Sites;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Features.Policy;

/// <summary>The school's current Social Media Policy, and the place to acknowledge it (2.1).</summary>
public sealed class IndexModel(AppDbContext db, PolicyVersions versions) : PageModel
{
    public PolicyVersion? Current { get; private set; }
    public string? PolicyHtml { get; private set; }
    public bool InScope { get; private set; }
    public DateTime? AcknowledgedAt { get; private set; }
    public bool IsHead { get; private set; }
    public bool MaySeeAcknowledgements { get; private set; }
    public string? Message { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAcknowledgeAsync()
    {
        var r = await versions.AcknowledgeAsync(User, HttpContext.RequestAborted);
        if (r.Status == WorkflowStatus.Ok)
        {
            TempData["Message"] = "Thank you: your acknowledgement is recorded.";
            return RedirectToPage();
        }

        ProposalMapping.AddRefusals(ModelState, r.Refusals ?? []);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        Message = TempData["Message"] as string;
        IsHead = User.Has(Role.Headteacher);
        MaySeeAcknowledgements = Policies.MaySeeOversight(User);
        InScope = User.Kind() is { } k && Person.IsStaffKind(k);
        Current = await PolicyGate.CurrentVersionAsync(db, User.SchoolId()!.Value, HttpContext.RequestAborted);
        if (Current is null)
        {
            return;
        }

        PolicyHtml = PolicyText.ToSafeHtml(Current.Markdown);
        var me = User.PersonId();
        AcknowledgedAt = await db.PolicyAcknowledgements.Where(a => a.PolicyVersionId == Current.Id && a.PersonId == me)
            .Select(a => (DateTime?)a.At).FirstOrDefaultAsync(HttpContext.RequestAborted);
    }
}
