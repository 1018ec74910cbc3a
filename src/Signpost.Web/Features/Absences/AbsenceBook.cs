using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Signpost.Data;
using Signpost.Data.Entities;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Features.Absences;

public sealed record AbsenceRow(Guid Id, Guid PersonId, string Person, DateOnly From, DateOnly To, string? Reason, bool Mine);

public sealed record AbsenceResult(bool Ok, string? Field = null, string? Message = null, bool Forbidden = false, bool NotFound = false, AbsenceRow? Row = null);

/// <summary>
/// Recorded absences, so cover follows who is actually in school (A.5.4, A.5.3): staff record their own; the ICT leader
/// and the Headteacher record anyone's. A moderator away is not available, and when no moderator of a site is available
/// its items go to the ICT leader.
/// </summary>
public sealed class AbsenceBook(AppDbContext db, TimeProvider clock)
{
    public const int MaxDays = 366;

    public static bool IsStaff(ClaimsPrincipal user) => user.Kind() is { } k && Person.IsStaffKind(k);

    public static bool RecordsForOthers(ClaimsPrincipal user) => user.Has(Role.IctLeader) || user.Has(Role.Headteacher);

    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>Current and future absences: all of them for the ICT leader and Headteacher, one's own otherwise.</summary>
    public async Task<IReadOnlyList<AbsenceRow>> ListAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var me = user.PersonId();
        var today = Today;
        var all = RecordsForOthers(user);
        return await db.Absences.AsNoTracking().Where(a => a.To >= today && (all || a.PersonId == me))
            .Join(db.People, a => a.PersonId, p => p.Id, (a, p) => new { a, p.FirstName, p.LastName })
            .OrderBy(x => x.a.From).ThenBy(x => x.LastName).Take(500)
            .Select(x => new AbsenceRow(x.a.Id, x.a.PersonId, x.FirstName + " " + x.LastName, x.a.From, x.a.To, x.a.Reason, x.a.PersonId == me))
            .ToListAsync(ct);
    }

    /// <summary>Staff who can be recorded as absent, for the ICT leader's and Headteacher's form.</summary>
    public async Task<IReadOnlyList<(Guid Id, string Name)>> StaffAsync(CancellationToken ct)
    {
        var staff = await db.People.AsNoTracking().Where(p => p.IsActive && p.Kind != PersonKind.Pupil && p.Kind != PersonKind.Parent)
            .OrderBy(p => p.LastName).ThenBy(p => p.FirstName).Select(p => new { p.Id, p.FirstName, p.LastName }).ToListAsync(ct);
        return staff.Select(p => (p.Id, $"{p.FirstName} {p.LastName}")).ToList();
    }

    public async Task<AbsenceResult> RecordAsync(ClaimsPrincipal user, Guid? personId, string? username, DateOnly? from, DateOnly? to, string? reason, CancellationToken ct)
    {
        if (!IsStaff(user) || user.PersonId() is not { } me)
        {
            return new(false, Forbidden: true, Message: "Only staff record absences.");
        }

        if (username is { Length: > 0 })
        {
            var normalized = username.Trim().ToUpperInvariant();
            personId = await db.Users.Where(u => u.NormalizedUserName == normalized)
                .Join(db.People, u => u.Id, p => p.UserId, (u, p) => (Guid?)p.Id).SingleOrDefaultAsync(ct);
            if (personId is null)
            {
                return new(false, "person", "There is nobody with that username in the school.");
            }
        }

        var who = personId ?? me;
        if (who != me && !RecordsForOthers(user))
        {
            return new(false, Forbidden: true, Message: "Only the ICT leader and the Headteacher record other people's absences (A.5.4).");
        }

        var person = await db.People.AsNoTracking().Where(p => p.Id == who).Select(p => new { p.Kind, p.FirstName, p.LastName }).SingleOrDefaultAsync(ct);
        if (person is null || !Person.IsStaffKind(person.Kind))
        {
            return new(false, "person", "Choose a member of staff.");
        }

        if (from is null)
        {
            return new(false, "from", "Enter the first day of the absence.");
        }

        to ??= from;
        if (to < from)
        {
            return new(false, "to", "The last day must be on or after the first day.");
        }

        if (to.Value.DayNumber - from.Value.DayNumber >= MaxDays)
        {
            return new(false, "to", $"An absence can be at most {MaxDays} days long; record a longer one in parts.");
        }

        if (to < Today)
        {
            return new(false, "to", "That absence is already over; record absences that are now or still to come.");
        }

        var trimmed = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (trimmed is { Length: > 200 })
        {
            return new(false, "reason", "Keep the reason to 200 characters (no medical details are needed).");
        }

        var absence = new Absence
        {
            SchoolId = user.SchoolId()!.Value, PersonId = who, From = from.Value, To = to.Value, Reason = trimmed, RecordedById = me,
            RecordedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Absences.Add(absence);
        await db.SaveChangesAsync(ct);
        return new(true, Row: new AbsenceRow(absence.Id, who, $"{person.FirstName} {person.LastName}", absence.From, absence.To, absence.Reason, who == me));
    }

    public async Task<AbsenceResult> RemoveAsync(ClaimsPrincipal user, Guid id, CancellationToken ct)
    {
        var absence = await db.Absences.SingleOrDefaultAsync(a => a.Id == id, ct);
        if (absence is null)
        {
            return new(false, NotFound: true, Message: "There is no such absence.");
        }

        if (absence.PersonId != user.PersonId() && !RecordsForOthers(user))
        {
            return new(false, Forbidden: true, Message: "You may remove only your own absences.");
        }

        db.Absences.Remove(absence);
        await db.SaveChangesAsync(ct);
        return new(true);
    }
}
