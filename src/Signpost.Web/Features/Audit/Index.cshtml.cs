using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Signpost.Data;
using Signpost.Data.Audit;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Features.Audit;

/// <summary>The Headteacher searches the audit log of their own school, and sees whether the hash chain is intact.</summary>
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public sealed record Row(long Sequence, DateTime At, string? ActorUserId, string? ActorName, string? ActorRole, string Action, string EntityType, string? EntityId, string Outcome);

    [BindProperty(SupportsGet = true)] public string? Action { get; set; }
    [BindProperty(SupportsGet = true)] public string? Actor { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }

    public IReadOnlyList<Row> Records { get; private set; } = [];
    public AuditVerification Verification { get; private set; } = new(true, 0, null, "");

    public async Task<IActionResult> OnGetAsync()
    {
        var school = User.SchoolId();
        var q = db.AuditRecords.AsNoTracking().Where(r => r.SchoolId == school);
        if (!string.IsNullOrWhiteSpace(Action))
        {
            var a = Action.Trim().ToLowerInvariant();
            q = q.Where(r => r.Action.ToLower().Contains(a));
        }

        if (!string.IsNullOrWhiteSpace(Actor))
        {
            q = q.Where(r => r.ActorUserId == Actor.Trim());
        }

        if (From is { } f)
        {
            var from = f.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            q = q.Where(r => r.At >= from);
        }

        if (To is { } t)
        {
            var to = t.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            q = q.Where(r => r.At < to);
        }

        var rows = await q.OrderByDescending(r => r.Sequence).Take(200).ToListAsync();
        var ids = rows.Where(r => r.ActorUserId != null).Select(r => r.ActorUserId!).Distinct().ToList();
        var names = await db.Users.Where(u => ids.Contains(u.Id) && u.SchoolId == school).Select(u => new { u.Id, u.UserName }).ToDictionaryAsync(u => u.Id, u => u.UserName);
        Records = rows.Select(r => new Row(r.Sequence, r.At, r.ActorUserId, r.ActorUserId is null ? null : names.GetValueOrDefault(r.ActorUserId), r.ActorRole, r.Action, r.EntityType, r.EntityId, r.Outcome)).ToList();
        Verification = await AuditVerifier.VerifyAsync(db, HttpContext.RequestAborted);
        return Page();
    }

    /// <summary>The records this search shows (8.1–8.2), as CSV: the Headteacher's, like the page.</summary>
    /// <summary>The CSV download of what this search shows.</summary>
    public string CsvUrl => "/audit?handler=Csv" + (Request.QueryString.HasValue ? "&" + Request.QueryString.Value![1..] : "");

    public async Task<IActionResult> OnGetCsvAsync()
    {
        await OnGetAsync();
        return CsvDownload.File("audit-log.csv", ["sequence", "at", "actor_user_id", "actor", "actor_role", "action", "entity_type", "entity_id", "outcome"],
            Records.Select(r => new[] { r.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture), CsvDownload.Iso(r.At), r.ActorUserId, r.ActorName, r.ActorRole, r.Action, r.EntityType, r.EntityId, r.Outcome }));
    }
}
