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
