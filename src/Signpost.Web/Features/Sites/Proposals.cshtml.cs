using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Signpost.Data;
using Signpost.Data.Entities;

namespace Signpost.Web.Features.Sites;

/// <summary>Proposals the signed-in member of staff may see, grouped by what they are waiting for.</summary>
public sealed class ProposalsModel(SiteWorkflow workflow, AppDbContext db) : PageModel
{
    public sealed record Item(string Slug, string Name, string ProposedBy, string? Note);
    public sealed record Group(string Title, IReadOnlyList<Item> Items);

    public IReadOnlyList<Group> Groups { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var rows = await workflow.Visible(User).AsNoTracking()
            .Where(s => s.Status != SiteStatus.Live && s.Status != SiteStatus.Archived && s.ProposedById != null)
            .GroupJoin(db.People, s => s.ProposedById, p => p.Id, (s, ps) => new { s, ps })
            .SelectMany(x => x.ps.DefaultIfEmpty(), (x, p) => new { x.s.Slug, x.s.Name, x.s.Status, Reviewed = x.s.LeadershipReviewedAt != null, By = p == null ? "" : p.FirstName + " " + p.LastName })
            .OrderBy(x => x.Name).ToListAsync();
        Groups =
        [
            new("Drafts", rows.Where(r => r.Status == SiteStatus.Draft).Select(r => new Item(r.Slug, r.Name, r.By, null)).ToList()),
            new("Waiting for the leadership team's review", rows.Where(r => r.Status == SiteStatus.Submitted && !r.Reviewed).Select(r => new Item(r.Slug, r.Name, r.By, null)).ToList()),
            new("Waiting for the Headteacher's decision", rows.Where(r => r.Status == SiteStatus.Submitted && r.Reviewed).Select(r => new Item(r.Slug, r.Name, r.By, null)).ToList()),
            new("Approved, not yet live", rows.Where(r => r.Status == SiteStatus.Approved).Select(r => new Item(r.Slug, r.Name, r.By, null)).ToList()),
            new("Rejected", rows.Where(r => r.Status == SiteStatus.Rejected).Select(r => new Item(r.Slug, r.Name, r.By, null)).ToList()),
        ];
    }
}
