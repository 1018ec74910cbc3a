using Microsoft.AspNetCore.Mvc.RazorPages;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Features.Trust;

/// <summary>The Local Authority / trust view (issue 6): every school's oversight lines, counts only, each linking to its detail.</summary>
public sealed class IndexModel(TrustOverview overview) : PageModel
{
    public TrustFigures Figures { get; private set; } = null!;

    public async Task OnGetAsync() => Figures = await overview.BuildAsync(User.UserId(), HttpContext.RequestAborted);
}
