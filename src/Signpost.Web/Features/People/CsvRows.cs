using System.Text;

namespace Signpost.Web.Features.People;

/// <summary>One CSV record and the line of the file it starts on (1-based, as a spreadsheet numbers rows).</summary>
public sealed record CsvRecord(int Line, IReadOnlyList<string> Fields);

/// <summary>
/// A small RFC 4180 reader: quoted fields, doubled quotes, line breaks inside quotes, CRLF or LF, and a comma,
/// semicolon or tab delimiter detected from the header line (spreadsheets in some locales export semicolons).
/// </summary>
public static class CsvRows
{
    public static IEnumerable<CsvRecord> Read(TextReader reader, out char delimiter)
    {
        var text = reader.ReadToEnd();
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        delimiter = DetectDelimiter(text);
        return Parse(text, delimiter);
    }

    private static char DetectDelimiter(string text)
    {
        var end = text.IndexOfAny(['\r', '\n']);
        var header = end < 0 ? text : text[..end];
        var counts = new[] { ',', ';', '\t' }.Select(c => (c, n: header.Count(x => x == c))).OrderByDescending(x => x.n).First();
        return counts.n == 0 ? ',' : counts.c;
    }

    private static IEnumerable<CsvRecord> Parse(string text, char delimiter)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var i = 0;
        var inQuotes = false;
        var fieldStarted = false;
        while (i < text.Length)
        {
            var c = text[i];
            if (inQuotes)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i += 2;
                        continue;
                    }

                    inQuotes = false;
                    i++;
                    continue;
                }

                if (c == '\n')
                {
                    line++;
                }

                field.Append(c);
                i++;
                continue;
            }

            if (c == '"' && field.Length == 0 && !fieldStarted)
            {
                inQuotes = true;
                fieldStarted = true;
                i++;
            }
            else if (c == delimiter)
            {
                fields.Add(field.ToString());
                field.Clear();
                fieldStarted = false;
                i++;
            }
            else if (c is '\r' or '\n')
            {
                fields.Add(field.ToString());
                field.Clear();
                fieldStarted = false;
                if (!(fields.Count == 1 && fields[0].Length == 0))
                {
                    yield return new CsvRecord(recordLine, fields.ToArray());
                }

                fields.Clear();
                i += c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                line++;
                recordLine = line;
            }
            else
            {
                field.Append(c);
                fieldStarted = true;
                i++;
            }
        }

        if (inQuotes)
        {
            throw new CsvFormatException(recordLine, "A quoted value is never closed: a \" is missing.");
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            if (!(fields.Count == 1 && fields[0].Length == 0))
            {
                yield return new CsvRecord(recordLine, fields.ToArray());
            }
        }
    }
}

public sealed class CsvFormatException(int line, string message) : Exception(message)
{
    public int Line { get; } = line;
}
