using System.Globalization;
using System.Net.Mail;
using Signpost.Data.Entities;

namespace Signpost.Web.Features.People;

public enum RosterKind
{
    Pupils,
    Staff,
    Parents,
}

/// <summary>One problem in a roster file: spreadsheet row (the header is row 1), the column, and what is wrong.</summary>
public sealed record RosterError(int Row, string Column, string Reason);

public sealed record RosterRow(
    int Row,
    string ExternalId,
    string FirstName,
    string LastName,
    string? PreferredName,
    int? YearGroup,
    string? ClassName,
    PhotoConsent? PhotoConsent,
    PersonKind Kind,
    Employer? Employer,
    string? Position,
    string? Email,
    string? Username,
    IReadOnlyList<Role>? Roles,
    IReadOnlyList<string> PupilIds,
    string? Relationship);

/// <summary>
/// Reads the CSV files school information systems export (one for pupils, one for staff, one for parents/contacts).
/// Column names are matched loosely ("Legal Surname", "surname", "last_name" are one column) so exports work as they
/// come. Shape errors are collected for every row; nothing is imported unless the whole file is valid.
/// </summary>
public static class RosterFile
{
    public const int MaxRows = 5000;
    public const int MaxNameLength = 100;

    private static readonly Dictionary<string, string[]> Aliases = new()
    {
        ["id"] = ["upn", "pupilid", "pupilupn", "staffid", "staffcode", "contactid", "parentid", "id", "misid", "admissionnumber", "adno", "externalid"],
        ["first_name"] = ["firstname", "forename", "legalforename", "givenname", "first"],
        ["last_name"] = ["lastname", "surname", "legalsurname", "familyname", "last"],
        ["preferred_name"] = ["preferredname", "preferredforename", "knownas", "nickname"],
        ["year"] = ["year", "yeargroup", "ncyear", "nationalcurriculumyear", "yr"],
        ["class"] = ["class", "classname", "reggroup", "registrationgroup", "form", "tutorgroup"],
        ["photo_consent"] = ["photoconsent", "photographconsent", "photos", "consentphotos", "mediaconsent"],
        ["category"] = ["category", "stafftype", "type", "kind", "staffcategory"],
        ["employer"] = ["employer", "employedby", "employment"],
        ["position"] = ["position", "jobtitle", "role title", "post", "title"],
        ["email"] = ["email", "emailaddress", "workemail", "primaryemail"],
        ["username"] = ["username", "login", "userid"],
        ["roles"] = ["roles", "signpostroles", "platformroles"],
        ["pupils"] = ["pupils", "pupilupn", "childupn", "children", "childid", "childids", "pupilids", "upns"],
        ["relationship"] = ["relationship", "relation", "relationshiptopupil"],
    };

    private static readonly Dictionary<RosterKind, string[]> Required = new()
    {
        [RosterKind.Pupils] = ["id", "first_name", "last_name", "year", "class"],
        [RosterKind.Staff] = ["id", "first_name", "last_name", "category"],
        [RosterKind.Parents] = ["id", "first_name", "last_name", "pupils"],
    };

    public static (List<RosterRow> Rows, List<RosterError> Errors) Parse(RosterKind kind, TextReader reader)
    {
        var rows = new List<RosterRow>();
        var errors = new List<RosterError>();
        List<CsvRecord> records;
        try
        {
            records = CsvRows.Read(reader, out _).ToList();
        }
        catch (CsvFormatException ex)
        {
            errors.Add(new(ex.Line, "(row)", ex.Message));
            return (rows, errors);
        }

        if (records.Count == 0 || records[0].Fields.All(string.IsNullOrWhiteSpace))
        {
            errors.Add(new(1, "(header)", "The file is empty. The first line must name the columns."));
            return (rows, errors);
        }

        var header = records[0].Fields.Select(h => h.Trim()).ToArray();
        var columns = MapColumns(header, errors);
        foreach (var need in Required[kind].Where(n => !columns.ContainsKey(n)))
        {
            errors.Add(new(1, need, $"The file has no '{need}' column. Expected columns for {kind.ToString().ToLowerInvariant()}: {string.Join(", ", Required[kind])}."));
        }

        if (errors.Count > 0)
        {
            return (rows, errors);
        }

        var seenIds = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var seenUsernames = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var record in records.Skip(1))
        {
            var rowNumber = record.Line;
            if (record.Fields.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            if (rows.Count + errors.Count >= MaxRows)
            {
                errors.Add(new(rowNumber, "(row)", $"A roster may have at most {MaxRows} rows."));
                break;
            }

            string? Get(string col) => columns.TryGetValue(col, out var i) && i < record.Fields.Count ? Clean(record.Fields[i]) : null;
            var rowErrors = new List<RosterError>();
            var row = ParseRow(kind, rowNumber, Get, rowErrors);
            if (row is not null)
            {
                if (seenIds.TryGetValue(row.ExternalId, out var firstRow))
                {
                    rowErrors.Add(new(rowNumber, "id", $"The id '{row.ExternalId}' is also on row {firstRow}. Each person appears once."));
                }
                else
                {
                    seenIds[row.ExternalId] = rowNumber;
                }

                if (row.Username is not null)
                {
                    if (seenUsernames.TryGetValue(row.Username, out var uRow))
                    {
                        rowErrors.Add(new(rowNumber, "username", $"The username '{row.Username}' is also on row {uRow}."));
                    }
                    else
                    {
                        seenUsernames[row.Username] = rowNumber;
                    }
                }
            }

            errors.AddRange(rowErrors);
            if (rowErrors.Count == 0 && row is not null)
            {
                rows.Add(row);
            }
        }

        if (rows.Count == 0 && errors.Count == 0)
        {
            errors.Add(new(2, "(row)", "The file has column names but no people."));
        }

        return (rows, errors);
    }

    private static Dictionary<string, int> MapColumns(string[] header, List<RosterError> errors)
    {
        var map = new Dictionary<string, int>();
        for (var i = 0; i < header.Length; i++)
        {
            var key = new string(header[i].Where(char.IsLetterOrDigit).ToArray()).ToLowerInvariant();
            var canonical = Aliases.FirstOrDefault(a => a.Value.Contains(key) || a.Key.Replace("_", "", StringComparison.Ordinal) == key).Key;
            if (canonical is null)
            {
                continue; // Extra columns in an export are normal; they are ignored.
            }

            if (!map.TryAdd(canonical, i))
            {
                errors.Add(new(1, header[i], $"Two columns both mean '{canonical}' ('{header[map[canonical]]}' and '{header[i]}'). Keep one."));
            }
        }

        return map;
    }

    private static string? Clean(string? s)
    {
        if (s is null)
        {
            return null;
        }

        s = s.Trim();
        return s.Length == 0 ? null : s;
    }

    private static RosterRow? ParseRow(RosterKind kind, int row, Func<string, string?> get, List<RosterError> errors)
    {
        string Need(string col, int max)
        {
            var v = get(col);
            if (v is null)
            {
                errors.Add(new(row, col, $"The {col.Replace('_', ' ')} is missing."));
                return "";
            }

            if (v.Length > max)
            {
                errors.Add(new(row, col, $"The {col.Replace('_', ' ')} is longer than {max} characters."));
            }

            if (v.Any(c => char.IsControl(c)))
            {
                errors.Add(new(row, col, $"The {col.Replace('_', ' ')} contains control characters."));
            }

            return v;
        }

        string? Optional(string col, int max)
        {
            var v = get(col);
            if (v is not null && v.Length > max)
            {
                errors.Add(new(row, col, $"The {col.Replace('_', ' ')} is longer than {max} characters."));
            }

            if (v is not null && v.Any(char.IsControl))
            {
                errors.Add(new(row, col, $"The {col.Replace('_', ' ')} contains control characters."));
            }

            return v;
        }

        var id = Need("id", 64);
        var first = Need("first_name", MaxNameLength);
        var last = Need("last_name", MaxNameLength);
        var preferred = Optional("preferred_name", MaxNameLength);
        int? year = null;
        string? className = null;
        PhotoConsent? consent = null;
        var personKind = kind switch { RosterKind.Pupils => PersonKind.Pupil, RosterKind.Parents => PersonKind.Parent, _ => PersonKind.TeachingStaff };
        Employer? employer = null;
        string? position = null, email = null, username = null, relationship = null;
        List<Role>? roles = null;
        var pupils = new List<string>();

        switch (kind)
        {
            case RosterKind.Pupils:
                if (id.Length == 13 && char.IsAsciiLetter(id[0]) && !Upn.IsValid(id.ToUpperInvariant()))
                {
                    errors.Add(new(row, "id", $"'{id}' is not a valid Unique Pupil Number: its check letter does not match."));
                }

                id = id.ToUpperInvariant();
                year = ParseYear(Need("year", 20), row, errors);
                className = Need("class", 60);
                consent = ParseConsent(get("photo_consent"), row, errors);
                break;
            case RosterKind.Staff:
                personKind = ParseCategory(Need("category", 40), row, errors);
                employer = ParseEmployer(get("employer"), row, errors);
                position = Optional("position", 150);
                email = ParseEmail(get("email"), row, errors);
                username = ParseUsername(get("username"), row, errors);
                roles = get("roles") is { } r ? ParseRoles(r, row, errors) : null;
                break;
            case RosterKind.Parents:
                email = ParseEmail(get("email"), row, errors);
                username = ParseUsername(get("username"), row, errors);
                relationship = Optional("relationship", 50);
                pupils = (Need("pupils", 1000)).Split([';', '|', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Select(p => p.ToUpperInvariant()).Distinct().ToList();
                if (pupils.Count == 0 && get("pupils") is not null)
                {
                    errors.Add(new(row, "pupils", "Name at least one child by their pupil id."));
                }

                break;
        }

        return errors.Count > 0 ? null : new RosterRow(row, id, first, last, preferred, year, className, consent, personKind, employer, position, email, username, roles, pupils, relationship);
    }

    private static int? ParseYear(string v, int row, List<RosterError> errors)
    {
        var s = v.Trim().ToLowerInvariant().Replace("year", "", StringComparison.Ordinal).Replace("yr", "", StringComparison.Ordinal).Trim();
        if (s is "r" or "rec" or "reception" or "0")
        {
            return 0;
        }

        if (int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1 and <= 6)
        {
            return y;
        }

        if (v.Length > 0)
        {
            errors.Add(new(row, "year", $"'{v}' is not a primary year group. Use R (Reception) or 1 to 6."));
        }

        return null;
    }

    private static PhotoConsent? ParseConsent(string? v, int row, List<RosterError> errors)
    {
        switch (v?.Trim().ToLowerInvariant())
        {
            case null: return PhotoConsent.No; // No answer is no consent.
            case "yes" or "y" or "true" or "1" or "granted" or "full": return PhotoConsent.Yes;
            case "no" or "n" or "false" or "0" or "refused" or "none": return PhotoConsent.No;
            case "limited" or "partial" or "school only" or "internal": return PhotoConsent.Limited;
            default:
                errors.Add(new(row, "photo_consent", $"'{v}' is not a photo consent answer. Use yes, no or limited."));
                return null;
        }
    }

    private static PersonKind ParseCategory(string v, int row, List<RosterError> errors)
    {
        switch (v.Trim().ToLowerInvariant())
        {
            case "teaching" or "teacher" or "teaching staff" or "teachingstaff": return PersonKind.TeachingStaff;
            case "support" or "support staff" or "supportstaff" or "teaching assistant" or "admin": return PersonKind.SupportStaff;
            case "governor": return PersonKind.Governor;
            case "contractor": return PersonKind.Contractor;
            case "trainee" or "student teacher": return PersonKind.Trainee;
            case "volunteer": return PersonKind.Volunteer;
            default:
                if (v.Length > 0)
                {
                    errors.Add(new(row, "category", $"'{v}' is not a category. Use teaching, support, governor, contractor, trainee or volunteer (policy 2.1)."));
                }

                return PersonKind.TeachingStaff;
        }
    }

    private static Employer? ParseEmployer(string? v, int row, List<RosterError> errors)
    {
        switch (v?.Trim().ToLowerInvariant())
        {
            case null: return Employer.School;
            case "school": return Employer.School;
            case "la" or "local authority" or "council" or "lea": return Employer.LocalAuthority;
            case "other" or "agency" or "contractor": return Employer.Other;
            default:
                errors.Add(new(row, "employer", $"'{v}' is not an employer. Use school, LA or other."));
                return null;
        }
    }

    private static string? ParseEmail(string? v, int row, List<RosterError> errors)
    {
        if (v is null)
        {
            return null;
        }

        if (v.Length > 256 || !MailAddress.TryCreate(v, out var addr) || addr.Address != v || !v.Contains('.', StringComparison.Ordinal))
        {
            errors.Add(new(row, "email", $"'{v}' is not an email address."));
            return null;
        }

        return v;
    }

    private static string? ParseUsername(string? v, int row, List<RosterError> errors)
    {
        if (v is null)
        {
            return null;
        }

        v = v.ToLowerInvariant();
        if (v.Length is < 3 or > 64 || !v.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_'))
        {
            errors.Add(new(row, "username", $"'{v}' is not a valid username: use 3 to 64 letters, numbers, dots, dashes or underscores."));
            return null;
        }

        return v;
    }

    private static List<Role> ParseRoles(string v, int row, List<RosterError> errors)
    {
        var roles = new List<Role>();
        foreach (var part in v.Split([';', '|', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            Role? role = new string(part.Where(char.IsLetter).ToArray()).ToLowerInvariant() switch
            {
                "headteacher" or "head" => Role.Headteacher,
                "leadershipteam" or "leadership" or "slt" => Role.LeadershipTeam,
                "assistanthead" or "assistantheadteacher" => Role.AssistantHead,
                "ictleader" or "ictlead" or "computingleader" => Role.IctLeader,
                "dsl" or "designatedsafeguardinglead" => Role.DesignatedSafeguardingLead,
                "communicationsmanager" or "comms" => Role.CommunicationsManager,
                "staff" => Role.Staff,
                _ => null,
            };
            if (role is null)
            {
                errors.Add(new(row, "roles", $"'{part}' is not a role. Use Headteacher, Leadership team, Assistant Head, ICT leader, DSL, Communications manager or Staff."));
            }
            else if (!roles.Contains(role.Value))
            {
                roles.Add(role.Value);
            }
        }

        return roles;
    }
}
