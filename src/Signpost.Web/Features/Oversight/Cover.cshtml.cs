using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Signpost.Data;
using Signpost.Data.Entities;
using Signpost.Policy.Clauses;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Features.Oversight;

/// <summary>The list behind a site's cover figure: who can moderate it on each of the next fourteen days (A.5.4).</summary>
public sealed class CoverModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public sealed record Row(DateOnly Day, int Available, IReadOnlyList<string> Away);

    public string SiteName { get; private set; } = "";
    public string Slug { get; private set; } = "";
    public IReadOnlyList<(string Name, string Role)> People { get; private set; } = [];
    public IReadOnlyList<Row> Days { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug)
    {
        var schoolId = User.SchoolId()!.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        var terms = await SchoolTime.TermsAsync(db, schoolId, HttpContext.RequestAborted);
        var site = (await SiteFacts.LoadAsync(db, schoolId, now, terms, HttpContext.RequestAborted)).FirstOrDefault(s => s.Slug == slug);
        if (site is null)
        {
            return NotFound();
        }

        (SiteName, Slug) = (site.Name, site.Slug);
        var ids = site.Moderating;
        var names = await db.People.AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Id, Name = (p.PreferredName ?? p.FirstName) + " " + p.LastName }).ToDictionaryAsync(p => p.Id, p => p.Name, HttpContext.RequestAborted);
        People = ids.Select(i => (names.GetValueOrDefault(i, "?"), site.Administrators.Contains(i) ? "Administrator" : "Moderator")).OrderBy(p => p.Item1).ToList();
        var today = SchoolTime.Today(clock);
        var absences = await SiteFacts.AbsencesAsync(db, schoolId, today, ids, HttpContext.RequestAborted);
        Days = EnoughCoverForAbsence.Availability(today, ids, absences)
            .Select(d => new Row(d.Day, d.Available, absences.Where(a => a.From <= d.Day && d.Day <= a.To).Select(a => names.GetValueOrDefault(a.PersonId, "?")).Distinct().Order().ToList()))
            .ToList();
        return Page();
    }

    /// <summary>Who is available to moderate the site on each of the next 14 days (A.5.4), as CSV.</summary>
    public async Task<IActionResult> OnGetCsvAsync(string slug)
    {
        var page = await OnGetAsync(slug);
        return page is not PageResult ? page
            : CsvDownload.File($"cover-{Slug}.csv", ["day", "available", "away"],
                Days.Select(d => new[] { CsvDownload.Iso(d.Day), CsvDownload.Number(d.Available), string.Join("; ", d.Away) }));
    }
}
