using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Html;

namespace Signpost.Web.Features.Posts;

/// <summary>One checker finding as stored in <c>Post.FindingsJson</c> (CONTRACT.md shape).</summary>
public sealed record StoredFinding(
    [property: JsonPropertyName("category")] string Category,
    [property: JsonPropertyName("clause")] string Clause,
    [property: JsonPropertyName("severity")] string Severity,
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("length")] int Length,
    [property: JsonPropertyName("message")] string Message);

/// <summary>A finding placed in the title or the body, numbered as the findings list shows it.</summary>
public sealed record PlacedFinding(int Number, StoredFinding Finding, bool InTitle, int Start, int Length);

/// <summary>
/// How a post's plain text becomes HTML: always escaped, paragraphs split at blank lines, and the checker's findings
/// shown as numbered <c>&lt;mark&gt;</c> spans so the author and the approver see exactly what was found where (A.3.4).
/// The checker reads <see cref="CheckedText"/>; findings in the title or body are mapped back from its offsets.
/// </summary>
public static partial class PostText
{
    public const string Separator = "\n\n";

    public static string CheckedText(string title, string body) => title + Separator + body;

    public static IReadOnlyList<string> Paragraphs(string body) =>
        Normalise(body).Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static string Normalise(string text)
    {
        var s = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        while (s.Contains("\n\n\n", StringComparison.Ordinal))
        {
            s = s.Replace("\n\n\n", "\n\n", StringComparison.Ordinal);
        }

        return s.Trim();
    }

    public static IReadOnlyList<StoredFinding> Findings(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return [];
        }

        try
        {
            return JsonSerializer.Deserialize<List<StoredFinding>>(json) ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    /// <summary>Numbers the findings and says whether each lies in the title or the body, with offsets into that part.</summary>
    public static IReadOnlyList<PlacedFinding> Place(IReadOnlyList<StoredFinding> findings, string title, string body)
    {
        var bodyStart = title.Length + Separator.Length;
        var placed = new List<PlacedFinding>();
        var n = 0;
        foreach (var f in findings.OrderBy(f => f.Start))
        {
            n++;
            if (f.Start < title.Length)
            {
                placed.Add(new(n, f, true, Math.Max(0, f.Start), Math.Clamp(f.Length, 0, title.Length - Math.Max(0, f.Start))));
            }
            else if (f.Start >= bodyStart && f.Start - bodyStart < body.Length)
            {
                var s = f.Start - bodyStart;
                placed.Add(new(n, f, false, s, Math.Clamp(f.Length, 0, body.Length - s)));
            }
            else
            {
                placed.Add(new(n, f, false, -1, 0)); // not locatable in this text (e.g. the text has changed since): listed, not marked
            }
        }

        return placed;
    }

    /// <summary>The title, escaped, with its findings marked.</summary>
    public static IHtmlContent TitleHtml(string title, IReadOnlyList<PlacedFinding> placed) =>
        new HtmlString(Marked(title, 0, placed.Where(p => p.InTitle && p.Start >= 0).ToList()));

    /// <summary>The body as escaped paragraphs (<c>&lt;p&gt;</c>, single line breaks as <c>&lt;br&gt;</c>), with findings marked.</summary>
    public static IHtmlContent BodyHtml(string body, IReadOnlyList<PlacedFinding>? placed = null)
    {
        var marks = (placed ?? []).Where(p => !p.InTitle && p.Start >= 0).ToList();
        var html = new StringBuilder();
        var from = 0;
        foreach (var m in ParagraphBreak().Matches(body).Append(null))
        {
            var to = m?.Index ?? body.Length;
            var para = body[from..to];
            var lead = para.Length - para.TrimStart().Length;
            var text = para.Trim();
            if (text.Length > 0)
            {
                html.Append("<p>").Append(Marked(text, from + lead, marks)).Append("</p>");
            }

            from = m is null ? body.Length : m.Index + m.Length;
        }

        return new HtmlString(html.ToString());
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\n[ \t\r]*\n\s*")]
    private static partial System.Text.RegularExpressions.Regex ParagraphBreak();

    /// <summary>Escapes <paramref name="part"/> (which starts at <paramref name="offset"/> of its whole text) and wraps each finding's span in a mark.</summary>
    private static string Marked(string part, int offset, IReadOnlyList<PlacedFinding> marks)
    {
        var owner = new int[part.Length];
        Array.Fill(owner, 0);
        foreach (var m in marks)
        {
            for (var k = Math.Max(m.Start, offset); k < Math.Min(m.Start + m.Length, offset + part.Length); k++)
            {
                if (owner[k - offset] == 0)
                {
                    owner[k - offset] = m.Number;
                }
            }
        }

        var html = new StringBuilder();
        var enc = HtmlEncoder.Default;
        var i = 0;
        while (i < part.Length)
        {
            var n = owner[i];
            var j = i;
            while (j < part.Length && owner[j] == n)
            {
                j++;
            }

            var text = enc.Encode(part[i..j]).Replace("\r", "", StringComparison.Ordinal).Replace("\n", "<br>", StringComparison.Ordinal);
            if (n == 0)
            {
                html.Append(text);
            }
            else
            {
                var f = marks.First(m => m.Number == n).Finding;
                html.Append(CultureInfo.InvariantCulture, $"<mark class=\"finding\">{text}</mark><sup><a href=\"#finding-{n}\" aria-label=\"Finding {n}: {enc.Encode(f.Clause)} {enc.Encode(Category(f.Category))}\">{n}</a></sup>");
            }

            i = j;
        }

        return html.ToString();
    }

    /// <summary>A category's name as people read it.</summary>
    public static string Category(string category) => category.Replace('-', ' ');
}
