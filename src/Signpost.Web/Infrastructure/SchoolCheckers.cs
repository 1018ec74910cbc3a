using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Signpost.Checking;
using Signpost.Data.Entities;

namespace Signpost.Web.Infrastructure;

/// <summary>
/// One checker per school, knowing that school's pupils, staff and parents by name (A.5.2, 5.4) and its name, email
/// domains and class names. Building one compiles the roster, so it is cached; the cache key changes when people
/// join or leave, and entries expire after five minutes so renamed people are picked up too.
/// </summary>
public sealed class SchoolCheckers(IMemoryCache cache, SystemDb systemDb)
{
    public async Task<ContentChecker> ForSchoolAsync(Guid schoolId, CancellationToken ct)
    {
        await using var db = systemDb.Create();
        var stamp = await db.People.Where(p => p.SchoolId == schoolId)
            .GroupBy(_ => 1)
            .Select(g => new { Count = g.Count(), Active = g.Count(p => p.IsActive), Latest = g.Max(p => p.CreatedAt) })
            .FirstOrDefaultAsync(ct);
        var key = $"checker:{schoolId}:{stamp?.Count}:{stamp?.Active}:{stamp?.Latest.Ticks}";
        if (cache.TryGetValue(key, out ContentChecker? cached) && cached is not null)
        {
            return cached;
        }

        var people = await db.People.AsNoTracking().Where(p => p.SchoolId == schoolId && p.IsActive)
            .Select(p => new { p.FirstName, p.LastName, p.PreferredName, p.Kind }).ToListAsync(ct);
        var school = await db.Schools.AsNoTracking().Where(s => s.Id == schoolId).Select(s => new { s.Name, s.EmailDomains }).SingleAsync(ct);
        var classes = await db.Classes.AsNoTracking().Where(c => c.SchoolId == schoolId).Select(c => c.Name).ToListAsync(ct);
        var known = people.Select(p => new KnownPerson(p.FirstName, p.LastName,
            p.Kind switch { PersonKind.Pupil => KnownPersonRole.Pupil, PersonKind.Parent => KnownPersonRole.Parent, _ => KnownPersonRole.Staff },
            p.PreferredName is null ? null : [p.PreferredName]));
        var domains = (school.EmailDomains ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var checker = new ContentChecker(known, new SchoolProfile([school.Name], domains, classes));
        cache.Set(key, checker, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(5), Size = 1 });
        return checker;
    }
}
