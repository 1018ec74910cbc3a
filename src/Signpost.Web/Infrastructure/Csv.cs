using System.Text;

namespace Signpost.Web.Infrastructure;

/// <summary>
/// Writes CSV for the registers' exports (RFC 4180). A cell that a spreadsheet would read as a formula (starting with
/// = + - @, or a tab or carriage return before one) is prefixed with an apostrophe, so an exported register can never run
/// anything when opened (CSV injection).
/// </summary>
public static class Csv
{
    public static string Cell(string? value)
    {
        var v = value ?? "";
        if (v.Length > 0 && v[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            v = "'" + v;
        }

        return v.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + v.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : v;
    }

    public static string Line(params string?[] cells) => string.Join(',', cells.Select(Cell)) + "\r\n";

    public static byte[] Bytes(StringBuilder csv) => Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.ToString())).ToArray();
}

/// <summary>A register or list as a CSV download: a header row, then one line per row, every cell through <see cref="Csv.Cell"/>.</summary>
public static class CsvDownload
{
    public static Microsoft.AspNetCore.Mvc.FileContentResult File(string fileName, string[] header, IEnumerable<string?[]> rows)
    {
        var csv = new StringBuilder(Csv.Line(header));
        foreach (var row in rows)
        {
            csv.Append(Csv.Line(row));
        }

        return new Microsoft.AspNetCore.Mvc.FileContentResult(Csv.Bytes(csv), "text/csv; charset=utf-8") { FileDownloadName = fileName };
    }

    public static string Iso(DateOnly? d) => d?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "";

    public static string Iso(DateTime? t) => t?.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture) ?? "";

    public static string Number(int? n) => n?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "";
}
