using System.Text;

namespace Signpost.Checking;

/// <summary>A roster file that cannot be used, with the line it went wrong on.</summary>
public sealed class RosterFormatException(string message, int line) : FormatException(message)
{
    public int Line { get; } = line;
}

/// <summary>
/// Reads a roster CSV for <c>check --roster</c> (CONTRACT.md): a header with columns first_name,
/// last_name, role (pupil, staff or parent) in any order, and optionally nicknames (separated by "|").
/// Fields may be quoted ("O'Neil, Jr" style). Blank lines are skipped. Every problem names its line.
/// </summary>
public static class RosterCsv
{
    public static IReadOnlyList<KnownPerson> Load(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return Parse(reader);
    }

    public static IReadOnlyList<KnownPerson> Parse(TextReader reader)
    {
        var people = new List<KnownPerson>();
        var lineNumber = 0;
        Dictionary<string, int>? columns = null;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Trim().Length == 0)
            {
                continue;
            }

            var fields = SplitFields(line, lineNumber);
            if (columns is null)
            {
                columns = Header(fields, lineNumber);
                continue;
            }

            people.Add(Row(fields, columns, lineNumber));
        }

        if (columns is null)
        {
            throw new RosterFormatException("The roster is empty: expected a header line first_name,last_name,role.", 1);
        }

        return people;
    }

    private static Dictionary<string, int> Header(List<string> fields, int line)
    {
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < fields.Count; i++)
        {
            columns[fields[i].Trim().TrimStart('\uFEFF')] = i;
        }

        foreach (var required in new[] { "first_name", "last_name", "role" })
        {
            if (!columns.ContainsKey(required))
            {
                throw new RosterFormatException($"Line {line}: the header has no \"{required}\" column (expected first_name,last_name,role and optionally nicknames).", line);
            }
        }

        return columns;
    }

    private static KnownPerson Row(List<string> fields, Dictionary<string, int> columns, int line)
    {
        string Field(string name) => columns.TryGetValue(name, out var i) && i < fields.Count ? fields[i].Trim() : string.Empty;

        var first = Field("first_name");
        var last = Field("last_name");
        var roleText = Field("role");
        if (first.Length == 0)
        {
            throw new RosterFormatException($"Line {line}: first_name is empty.", line);
        }

        var role = roleText.ToLowerInvariant() switch
        {
            "pupil" => KnownPersonRole.Pupil,
            "staff" => KnownPersonRole.Staff,
            "parent" => KnownPersonRole.Parent,
            _ => throw new RosterFormatException($"Line {line}: role \"{roleText}\" is not one of pupil, staff, parent.", line),
        };
        var nicknames = Field("nicknames").Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new KnownPerson(first, last, role, nicknames.Length > 0 ? nicknames : null);
    }

    private static List<string> SplitFields(string line, int lineNumber)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        if (quoted)
        {
            throw new RosterFormatException($"Line {lineNumber}: a quoted field is not closed.", lineNumber);
        }

        fields.Add(field.ToString());
        return fields;
    }
}
