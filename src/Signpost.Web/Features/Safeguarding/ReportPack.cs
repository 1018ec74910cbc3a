using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace Signpost.Web.Features.Safeguarding;

/// <summary>
/// The report pack for the Police or CEOP (A.5.6): a ZIP holding a plain-text summary (what, who, when, where, the
/// evidence with its SHA-256 and whether it still matches, the chronology), the same as JSON, and each piece of
/// evidence as its exact UTF-8 text so anyone can recompute its hash (e.g. <c>sha256sum evidence/*.txt</c>).
/// </summary>
public static class ReportPack
{
    public static string FileName(ConcernDetail c, DateTime at) =>
        $"report-pack-{at.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}-{c.Id.ToString("N")[..8]}.zip";

    public static byte[] Build(ConcernDetail c, string school, string? localAuthority, string generatedBy, DateTime at)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "summary.txt", Summary(c, school, localAuthority, generatedBy, at), at);
            Add(zip, "concern.json", JsonSerializer.Serialize(Json(c, school, localAuthority, generatedBy, at), Options), at);
            foreach (var e in c.Evidence)
            {
                Add(zip, $"evidence/{e.Id}.txt", e.Text, at);
            }
        }

        return buffer.ToArray();
    }

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    private static void Add(ZipArchive zip, string name, string text, DateTime at)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = new DateTimeOffset(DateTime.SpecifyKind(at, DateTimeKind.Utc));
        using var s = entry.Open();
        var bytes = new UTF8Encoding(false).GetBytes(text);
        s.Write(bytes);
    }

    private static string Utc(DateTime t) => t.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);

    private static string Summary(ConcernDetail c, string school, string? la, string by, DateTime at)
    {
        var s = new StringBuilder();
        s.AppendLine("REPORT PACK FOR THE POLICE OR CEOP").AppendLine("OFFICIAL-SENSITIVE: safeguarding information. Share only with the authority it is for.").AppendLine();
        s.AppendLine(CultureInfo.InvariantCulture, $"School: {school}{(la is null ? "" : $" (Local Authority: {la})")}");
        s.AppendLine(CultureInfo.InvariantCulture, $"Prepared by: {by}, {Utc(at)}");
        s.AppendLine(CultureInfo.InvariantCulture, $"Concern reference: {c.Id}").AppendLine();
        s.AppendLine("WHAT").AppendLine(CultureInfo.InvariantCulture, $"  {ConcernContentFacts.CategoryLabel(c.Category)}. {c.Summary}");
        foreach (var f in c.Findings)
        {
            s.AppendLine(CultureInfo.InvariantCulture, $"  Finding: {f.Category} (policy {f.Clause}){(f.Message is null ? "" : ": " + f.Message)}");
        }

        s.AppendLine().AppendLine("WHO");
        s.AppendLine(c.Subject is { } p
            ? $"  Written by: {p.FullName} ({p.Kind}{(p.Detail is null ? "" : ", " + p.Detail)}){(p.Active ? "" : ", no longer at the school")}"
            : "  Written by: not known");
        s.AppendLine(CultureInfo.InvariantCulture, $"  Raised by: {c.RaisedBy ?? "the school's content checker"}").AppendLine();
        s.AppendLine("WHEN").AppendLine(CultureInfo.InvariantCulture, $"  Raised: {Utc(c.RaisedAt)}").AppendLine();
        s.AppendLine("WHERE").AppendLine(CultureInfo.InvariantCulture, $"  {c.Where ?? "not known"}");
        if (c.Content is { } content)
        {
            s.AppendLine(CultureInfo.InvariantCulture, $"  Address on the school's site: {content.Link} (status: {content.Status}{(content.Hidden ? ", hidden" : "")})");
        }

        s.AppendLine().AppendLine("EVIDENCE (kept unchanged since it was written; SHA-256 of the UTF-8 text)");
        if (c.Evidence.Count == 0)
        {
            s.AppendLine("  No evidence record: the content below is as it stands now.");
            if (c.Content is { } now)
            {
                s.AppendLine(Indent(now.Text));
            }
        }

        foreach (var e in c.Evidence)
        {
            s.AppendLine(CultureInfo.InvariantCulture, $"  Evidence {e.Id}, kept {Utc(e.At)}, at {e.Where ?? "not known"}, by {e.Author?.FullName ?? "not known"}");
            s.AppendLine(CultureInfo.InvariantCulture, $"  SHA-256 sealed:     {e.Sha256}");
            s.AppendLine(CultureInfo.InvariantCulture, $"  SHA-256 recomputed: {e.ComputedSha256} ({(e.Intact ? "matches: unchanged" : "DOES NOT MATCH: altered")})");
            s.AppendLine(CultureInfo.InvariantCulture, $"  File: evidence/{e.Id}.txt").AppendLine("  Text:").AppendLine(Indent(e.Text)).AppendLine();
        }

        s.AppendLine().AppendLine("CHRONOLOGY");
        foreach (var e in c.Chronology)
        {
            s.AppendLine(CultureInfo.InvariantCulture, $"  {Utc(e.At)}  {e.Kind}, by {e.By ?? "Signpost (automatic)"}: {e.Text}");
        }

        if (c.Outcome is not null)
        {
            s.AppendLine().AppendLine("OUTCOME").AppendLine(CultureInfo.InvariantCulture, $"  {c.Outcome} (closed {Utc(c.ClosedAt!.Value)} by {c.ClosedBy})");
        }

        return s.ToString();
    }

    private static string Indent(string text) => string.Join('\n', text.Split('\n').Select(l => "    | " + l));

    private static object Json(ConcernDetail c, string school, string? la, string by, DateTime at) => new
    {
        school,
        localAuthority = la,
        preparedBy = by,
        preparedAt = at,
        concern = new { id = c.Id, category = c.Category, summary = c.Summary, status = c.Status.ToLowerInvariant(), raisedAt = c.RaisedAt, raisedBy = c.RaisedBy, outcome = c.Outcome, closedAt = c.ClosedAt },
        what = c.Findings.Select(f => new { category = f.Category, clause = f.Clause, severity = f.Severity, message = f.Message }),
        who = c.Subject is { } p ? new { name = p.FullName, kind = p.Kind, detail = p.Detail, stillAtSchool = p.Active } : null,
        when = c.RaisedAt,
        where = new { description = c.Where, link = c.Content?.Link, contentKind = c.Content?.Kind.ToString().ToLowerInvariant(), contentId = c.Content?.Id, contentStatus = c.Content?.Status },
        evidence = c.Evidence.Select(e => new
        {
            id = e.Id, at = e.At, where = e.Where, author = e.Author?.FullName, text = e.Text, file = $"evidence/{e.Id}.txt",
            sha256 = e.Sha256, sha256Recomputed = e.ComputedSha256, intact = e.Intact,
        }),
        chronology = c.Chronology.Select(e => new { at = e.At, by = e.By, kind = e.Kind, text = e.Text }),
    };
}
