using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Signpost.Data;

namespace Signpost.Web.Features.Sites;

public sealed class ProposeModel(SiteWorkflow workflow, AppDbContext db) : PageModel
{
    [BindProperty]
    public ProposalInput Input { get; set; } = new();

    public ProposalChoices Choices { get; private set; } = new([], []);

    public async Task OnGetAsync() => Choices = await ProposalChoices.LoadAsync(db, HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostAsync()
    {
        Choices = await ProposalChoices.LoadAsync(db, HttpContext.RequestAborted);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await workflow.CreateAsync(User, Input, HttpContext.RequestAborted);
        switch (result.Status)
        {
            case WorkflowStatus.Ok:
                return Redirect($"/sites/{result.Site!.Slug}/proposal?saved=1");
            case WorkflowStatus.Forbidden:
                return Forbid();
            default:
                ProposalMapping.AddRefusals(ModelState, result.Refusals ?? []);
                return Page();
        }
    }
}
