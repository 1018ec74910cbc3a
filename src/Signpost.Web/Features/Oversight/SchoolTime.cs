using Microsoft.EntityFrameworkCore;
using Signpost.Data;
using Signpost.Policy.Clauses;

namespace Signpost.Web.Features.Oversight;

/// <summary>
/// The school's own clock and calendar. Schools here are in England, so weeks and days are counted in UK time
/// (a post at 23:59 on a Friday in British Summer Time is still Friday's), and terms come from the school's
/// <c>TermDate</c> rows (holidays are the gaps between them).
/// </summary>
public static class SchoolTime
{
    private static readonly TimeZoneInfo Zone = FindZone();

    private static TimeZoneInfo FindZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.Utc;
        }
    }

    public static DateTime Local(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    public static DateOnly LocalDay(DateTime utc) => DateOnly.FromDateTime(Local(utc));

    public static DateTime LocalNow(TimeProvider clock) => Local(clock.GetUtcNow().UtcDateTime);

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(LocalNow(clock));

    public static async Task<List<Term>> TermsAsync(AppDbContext db, Guid schoolId, CancellationToken ct) =>
        (await db.TermDates.AsNoTracking().Where(t => t.SchoolId == schoolId).OrderBy(t => t.Start)
            .Select(t => new { t.Name, t.Start, t.End }).ToListAsync(ct))
        .Select(t => new Term(t.Name, t.Start, t.End)).ToList();
}
