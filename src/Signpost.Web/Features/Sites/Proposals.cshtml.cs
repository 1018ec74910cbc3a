using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Signpost.Data;
using Signpost.Data.Entities;
using Signpost.Web.Infrastructure;

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

    /// <summary>The register of official sites (section 7, A.1.6, A.3.2): every site the person may see, in every state, as CSV.</summary>
    public async Task<IActionResult> OnGetCsvAsync()
    {
        var sites = await workflow.Visible(User).AsNoTracking().OrderBy(s => s.Name)
            .Select(s => new
            {
                s.Slug, s.Name, s.Kind, s.Status, s.Privacy, s.ProviderName, s.ProviderMinimumAge, s.StartDate, s.ReviewDate, s.EndDate, s.LiveAt, s.DecidedAt,
                ProposedBy = db.People.Where(p => p.Id == s.ProposedById).Select(p => p.FirstName + " " + p.LastName).FirstOrDefault(),
                DecidedBy = db.People.Where(p => p.Id == s.DecidedById).Select(p => p.FirstName + " " + p.LastName).FirstOrDefault(),
                Admins = s.Members.Where(m => m.Role == SiteMemberRole.Administrator).Join(db.People, m => m.PersonId, p => p.Id, (m, p) => p.FirstName + " " + p.LastName).ToList(),
            }).ToListAsync(HttpContext.RequestAborted);
        return CsvDownload.File("sites-register.csv",
            ["slug", "name", "kind", "status", "privacy", "provider", "provider_minimum_age", "proposed_by", "decided_by", "decided_at", "live_at", "start_date", "review_date", "end_date", "administrators"],
            sites.Select(s => new[]
            {
                s.Slug, s.Name, s.Kind.ToString(), SitePresentation.StatusLabel(s.Status), s.Privacy.ToString(), s.ProviderName, CsvDownload.Number(s.ProviderMinimumAge),
                s.ProposedBy, s.DecidedBy, CsvDownload.Iso(s.DecidedAt), CsvDownload.Iso(s.LiveAt), CsvDownload.Iso(s.StartDate), CsvDownload.Iso(s.ReviewDate),
                CsvDownload.Iso(s.EndDate), string.Join("; ", s.Admins),
            }));
    }
}
