using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Signpost.Data;
using Signpost.Data.Entities;
using Signpost.Web.Features.Oversight;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Features.Policy;

/// <summary>Everyone the policy covers and whether they have acknowledged the current version (2.1); CSV export.</summary>
public sealed class AcknowledgementsModel(AppDbContext db) : PageModel
{
    public sealed record Row(string Name, string Kind, string? Position, DateTime? AcknowledgedAt);

    public int? Version { get; private set; }
    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnGetCsvAsync()
    {
        await LoadAsync();
        var csv = new StringBuilder("name,kind,position,acknowledged_at\r\n");
        foreach (var r in Rows)
        {
            csv.Append(Csv.Line(r.Name, r.Kind, r.Position, r.AcknowledgedAt?.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture)));
        }

        return File(Csv.Bytes(csv), "text/csv; charset=utf-8", $"policy-acknowledgements-v{Version}.csv");
    }

    private async Task LoadAsync()
    {
        var schoolId = User.SchoolId()!.Value;
        var current = await PolicyGate.CurrentVersionAsync(db, schoolId, HttpContext.RequestAborted);
        Version = current?.Number;
        var kinds = OversightReport.InScopeKinds;
        var acks = current is null ? [] : await db.PolicyAcknowledgements.AsNoTracking().Where(a => a.PolicyVersionId == current.Id)
            .Select(a => new { a.PersonId, a.At }).ToListAsync(HttpContext.RequestAborted);
        var people = await db.People.AsNoTracking().Where(p => p.IsActive && kinds.Contains(p.Kind)).OrderBy(p => p.LastName).ThenBy(p => p.FirstName)
            .Select(p => new { p.Id, Name = (p.PreferredName ?? p.FirstName) + " " + p.LastName, p.Kind, p.Position }).ToListAsync(HttpContext.RequestAborted);
        Rows = people.Select(p => new Row(p.Name, People.PeoplePresentation.KindLabel(p.Kind), p.Position, acks.FirstOrDefault(a => a.PersonId == p.Id)?.At))
            .OrderBy(r => r.AcknowledgedAt is not null).ToList();
    }
}
