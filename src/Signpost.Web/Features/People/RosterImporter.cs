using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Signpost.Data;
using Signpost.Data.Entities;
using Signpost.Web.Features.Accounts;

namespace Signpost.Web.Features.People;

public sealed record RosterImportResult(
    IReadOnlyList<RosterError> Errors,
    int Added = 0,
    int Updated = 0,
    int Unchanged = 0,
    int Left = 0,
    int Returned = 0)
{
    public bool Succeeded => Errors.Count == 0;
    public bool ChangedAnything => Added + Updated + Left + Returned > 0;
}

/// <summary>
/// Imports one roster file into the actor's school, all or nothing, in one transaction. Re-importing the same file
/// changes nothing. People of that roster who are not in the new file have left: they are deactivated at once and
/// signed out everywhere (6.7); their records and whatever they published stay.
/// </summary>
public sealed class RosterImporter(AppDbContext db, ILookupNormalizer normalizer, PupilLogins pupilLogins, TimeProvider clock)
{
    public async Task<RosterImportResult> ImportAsync(Guid schoolId, Guid importingPersonId, RosterKind kind, TextReader reader, CancellationToken ct = default)
    {
        var (rows, errors) = RosterFile.Parse(kind, reader);
        if (errors.Count > 0)
        {
            return new(errors);
        }

        var source = kind.ToString().ToLowerInvariant();
        var existing = await db.People.Include(p => p.Roles).Where(p => p.SchoolId == schoolId && p.RosterSource == source).ToListAsync(ct);
        var byId = existing.Where(p => p.ExternalId is not null).ToDictionary(p => p.ExternalId!, StringComparer.OrdinalIgnoreCase);
        var inFile = rows.Select(r => r.ExternalId).ToHashSet(StringComparer.OrdinalIgnoreCase);

        await ValidateAgainstDatabaseAsync(schoolId, importingPersonId, kind, rows, byId, inFile, errors, ct);
        if (errors.Count > 0)
        {
            return new(errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        int added = 0, updated = 0, unchanged = 0, left = 0, returned = 0;
        var classes = kind == RosterKind.Pupils ? await db.Classes.Where(c => c.SchoolId == schoolId).ToDictionaryAsync(c => c.Name, StringComparer.OrdinalIgnoreCase, ct) : [];
        var pupilsById = kind == RosterKind.Parents
            ? await db.People.Where(p => p.SchoolId == schoolId && p.Kind == PersonKind.Pupil && p.ExternalId != null).ToDictionaryAsync(p => p.ExternalId!, StringComparer.OrdinalIgnoreCase, ct)
            : [];
        var links = kind == RosterKind.Parents ? await db.ParentLinks.Where(l => l.SchoolId == schoolId).ToListAsync(ct) : [];
        var usersByPerson = await db.Users.Where(u => u.SchoolId == schoolId).ToDictionaryAsync(u => u.PersonId, ct);

        foreach (var row in rows)
        {
            Guid? classId = null;
            if (row.ClassName is not null)
            {
                if (!classes.TryGetValue(row.ClassName, out var c))
                {
                    c = new SchoolClass { SchoolId = schoolId, Name = row.ClassName, YearGroup = row.YearGroup ?? 0 };
                    db.Classes.Add(c);
                    classes[c.Name] = c;
                }

                classId = c.Id;
            }

            if (byId.TryGetValue(row.ExternalId, out var person))
            {
                var changed = Apply(person, row, classId);
                changed |= SyncRoles(person, row);
                if (!person.IsActive)
                {
                    person.Rejoin();
                    if (usersByPerson.TryGetValue(person.Id, out var u))
                    {
                        u.LockoutEnd = null;
                    }

                    returned++;
                }
                else if (changed)
                {
                    updated++;
                }
                else
                {
                    unchanged++;
                }
            }
            else
            {
                person = new Person
                {
                    SchoolId = schoolId, Kind = row.Kind, FirstName = row.FirstName, LastName = row.LastName,
                    ExternalId = row.ExternalId, RosterSource = source, CreatedAt = now,
                };
                Apply(person, row, classId);
                SyncRoles(person, row);
                db.People.Add(person);
                CreateAccount(person, row, usersByPerson);
                added++;
            }

            if (kind == RosterKind.Parents)
            {
                foreach (var pupilId in row.PupilIds)
                {
                    var pupil = pupilsById[pupilId];
                    if (!links.Any(l => l.ParentId == person.Id && l.PupilId == pupil.Id))
                    {
                        var link = new ParentLink { ParentId = person.Id, PupilId = pupil.Id, SchoolId = schoolId, Relationship = row.Relationship };
                        links.Add(link);
                        db.ParentLinks.Add(link);
                    }
                }
            }
        }

        foreach (var leaver in existing.Where(p => p.IsActive && p.ExternalId is not null && !inFile.Contains(p.ExternalId)))
        {
            leaver.MarkLeft(now);
            if (usersByPerson.TryGetValue(leaver.Id, out var u))
            {
                // A new security stamp ends every open session and API token of the leaver (6.7).
                u.SecurityStamp = Guid.NewGuid().ToString("N");
                u.LockoutEnd = DateTimeOffset.MaxValue;
            }

            left++;
        }

        var result = new RosterImportResult([], added, updated, unchanged, left, returned);
        if (result.ChangedAnything)
        {
            db.Audit($"roster.imported.{source}", "Roster", null, $"added {added}, updated {updated}, left {left}, returned {returned}", schoolId);
            await db.SaveChangesAsync(ct);
        }

        return result;
    }

    private async Task ValidateAgainstDatabaseAsync(Guid schoolId, Guid importingPersonId, RosterKind kind, List<RosterRow> rows,
        Dictionary<string, Person> byId, HashSet<string> inFile, List<RosterError> errors, CancellationToken ct)
    {
        var me = byId.Values.FirstOrDefault(p => p.Id == importingPersonId);
        if (me is not null && me.IsActive && me.ExternalId is not null && !inFile.Contains(me.ExternalId))
        {
            errors.Add(new(1, "id", "This file does not list you, so importing it would sign you out for good. Check that it is the whole roster."));
        }

        var wanted = rows.Where(r => r.Username is not null).ToList();
        if (wanted.Count > 0)
        {
            var normalized = wanted.Select(r => normalizer.NormalizeName(r.Username)).ToList();
            var taken = await db.Users.Where(u => normalized.Contains(u.NormalizedUserName!)).Select(u => new { u.NormalizedUserName, u.PersonId }).ToListAsync(ct);
            foreach (var r in wanted)
            {
                var owner = taken.FirstOrDefault(t => t.NormalizedUserName == normalizer.NormalizeName(r.Username));
                var ownPersonId = byId.TryGetValue(r.ExternalId, out var p) ? p.Id : (Guid?)null;
                if (owner is not null && owner.PersonId != ownPersonId)
                {
                    errors.Add(new(r.Row, "username", $"The username '{r.Username}' is already in use. Choose another."));
                }
            }
        }

        if (kind == RosterKind.Parents)
        {
            var ids = rows.SelectMany(r => r.PupilIds).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            var known = (await db.People.Where(p => p.SchoolId == schoolId && p.Kind == PersonKind.Pupil && p.IsActive && ids.Contains(p.ExternalId!))
                .Select(p => p.ExternalId!).ToListAsync(ct)).ToHashSet(StringComparer.OrdinalIgnoreCase);
            foreach (var r in rows)
            {
                foreach (var missing in r.PupilIds.Where(id => !known.Contains(id)))
                {
                    errors.Add(new(r.Row, "pupils", $"No current pupil has the id '{missing}'. Import pupils first."));
                }
            }
        }

        if (kind == RosterKind.Pupils)
        {
            var classYears = await db.Classes.Where(c => c.SchoolId == schoolId).ToDictionaryAsync(c => c.Name, c => c.YearGroup, StringComparer.OrdinalIgnoreCase, ct);
            var fileYears = new Dictionary<string, (int Year, int Row)>(StringComparer.OrdinalIgnoreCase);
            foreach (var r in rows)
            {
                if (classYears.TryGetValue(r.ClassName!, out var y) && y != r.YearGroup)
                {
                    errors.Add(new(r.Row, "class", $"Class '{r.ClassName}' is a {YearName(y)} class, but this row says {YearName(r.YearGroup!.Value)}."));
                }
                else if (fileYears.TryGetValue(r.ClassName!, out var f) && f.Year != r.YearGroup)
                {
                    errors.Add(new(r.Row, "class", $"Class '{r.ClassName}' is {YearName(f.Year)} on row {f.Row} but {YearName(r.YearGroup!.Value)} here."));
                }
                else
                {
                    fileYears.TryAdd(r.ClassName!, (r.YearGroup!.Value, r.Row));
                }
            }
        }
    }

    private static string YearName(int y) => y == 0 ? "Reception" : $"Year {y}";

    private static bool Apply(Person p, RosterRow r, Guid? classId)
    {
        var changed = false;
        void Set<T>(T current, T value, Action<T> assign)
        {
            if (!EqualityComparer<T>.Default.Equals(current, value))
            {
                assign(value);
                changed = true;
            }
        }

        Set(p.FirstName, r.FirstName, v => p.FirstName = v);
        Set(p.LastName, r.LastName, v => p.LastName = v);
        Set(p.PreferredName, r.PreferredName, v => p.PreferredName = v);
        Set(p.Kind, r.Kind, v => p.Kind = v);
        if (r.Kind == PersonKind.Pupil)
        {
            Set(p.YearGroup, r.YearGroup, v => p.YearGroup = v);
            Set(p.ClassId, classId, v => p.ClassId = v);
            Set(p.PhotoConsent, r.PhotoConsent, v => p.PhotoConsent = v);
        }
        else
        {
            Set(p.Email, r.Email, v => p.Email = v);
            if (r.Kind != PersonKind.Parent)
            {
                Set(p.Employer, r.Employer, v => p.Employer = v);
                Set(p.Position, r.Position, v => p.Position = v);
            }
        }

        return changed;
    }

    private static bool SyncRoles(Person p, RosterRow r)
    {
        IEnumerable<Role> wanted = r.Kind switch
        {
            PersonKind.Pupil => [Role.Pupil],
            PersonKind.Parent => [Role.Parent],
            // Without a roles column, an existing person's roles are left as they are; a new teacher or TA is Staff.
            _ when r.Roles is null => p.Roles.Count > 0 ? p.Roles.Select(x => x.Role) : r.Kind is PersonKind.TeachingStaff or PersonKind.SupportStaff ? [Role.Staff] : [],
            _ => r.Roles,
        };
        var target = wanted.ToHashSet();
        // The HR role is granted by the Headteacher in Signpost (/people/hr), never by a school information system's
        // file, so an import neither grants nor removes it.
        target.Remove(Role.HumanResources);
        var changed = p.Roles.RemoveAll(x => !target.Contains(x.Role) && x.Role != Role.HumanResources) > 0;
        foreach (var role in target.Where(t => p.Roles.All(x => x.Role != t)))
        {
            p.Roles.Add(new PersonRole { PersonId = p.Id, SchoolId = p.SchoolId, Role = role });
            changed = true;
        }

        return changed;
    }

    private void CreateAccount(Person person, RosterRow row, Dictionary<Guid, AppUser> usersByPerson)
    {
        var username = row.Username ?? (person.Kind == PersonKind.Pupil
            ? "pupil-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(5))
            : GenerateUsername(person));
        // No password: staff and parents set one from their invitation; pupils use pictures or their QR card.
        var user = NewAccount.For(person, username, normalizer);
        db.Users.Add(user);
        usersByPerson[person.Id] = user;
        if (person.Kind == PersonKind.Pupil)
        {
            var login = new PupilLogin { PersonId = person.Id, SchoolId = person.SchoolId, PictureHash = pupilLogins.ProtectPictures(PupilLogins.RandomPictures()) };
            pupilLogins.IssueQrCard(login);
            db.PupilLogins.Add(login);
        }
    }

    private string GenerateUsername(Person p)
    {
        static string Ascii(string s) => new(s.Normalize(System.Text.NormalizationForm.FormD).Where(char.IsAsciiLetterOrDigit).ToArray());
        var stem = $"{Ascii(p.FirstName)}.{Ascii(p.LastName)}".ToLowerInvariant().Trim('.');
        if (stem.Length < 3)
        {
            stem = "user";
        }

        // Another school may use the same name; a short suffix keeps usernames unique across the deployment.
        var candidate = stem;
        var n = 1;
        while (db.Users.Local.Any(u => u.UserName == candidate) || db.Users.Any(u => u.NormalizedUserName == normalizer.NormalizeName(candidate)))
        {
            candidate = $"{stem}{++n}";
        }

        return candidate;
    }
}
