using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Signpost.Data;
using Signpost.Data.Entities;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Features.Sites;

/// <summary>The register of official third-party accounts (A.3.2, A.3.3, 7.3).</summary>
public sealed class AccountsModel(AppDbContext db) : PageModel
{
    public sealed record Row(string Slug, string Name, string? Provider, int? MinimumAge, string Administrators, string Status, string Approved);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var sites = await db.Sites.AsNoTracking().Where(s => s.Kind == SiteKind.ThirdParty).OrderBy(s => s.Name)
            .Select(s => new
            {
                s.Slug, s.Name, s.ProviderName, s.ProviderMinimumAge, s.Status, s.DecidedAt,
                Admins = s.Members.Where(m => m.Role == SiteMemberRole.Administrator)
                    .Join(db.People, m => m.PersonId, p => p.Id, (m, p) => p.FirstName + " " + p.LastName).ToList(),
                Decider = db.People.Where(p => p.Id == s.DecidedById).Select(p => p.FirstName + " " + p.LastName).FirstOrDefault(),
            }).ToListAsync();
        Rows = sites.Select(s => new Row(s.Slug, s.Name, s.ProviderName, s.ProviderMinimumAge, string.Join(", ", s.Admins), SitePresentation.StatusLabel(s.Status),
            s.Status is SiteStatus.Approved or SiteStatus.Live or SiteStatus.UnderReview or SiteStatus.Archived
                ? $"{s.Decider ?? "Headteacher"}{(s.DecidedAt is { } d ? ", " + d.ToString("d MMM yyyy") : "")}" : "not yet")).ToList();
    }

    public async Task<IActionResult> OnGetCsvAsync()
    {
        await OnGetAsync();
        return CsvDownload.File("third-party-accounts.csv", ["slug", "name", "provider", "provider_minimum_age", "administrators", "status", "approved"],
            Rows.Select(r => new[] { r.Slug, r.Name, r.Provider, CsvDownload.Number(r.MinimumAge), r.Administrators, r.Status, r.Approved }));
    }
}
