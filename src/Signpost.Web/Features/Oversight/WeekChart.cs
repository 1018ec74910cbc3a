using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace Signpost.Web.Features.Oversight;

/// <summary>
/// A small server-side SVG of a site's weeks this term (A.1.5), readable without colour: each week is a box with a
/// symbol (✓ kept, ✗ missed, H holiday, · not over yet), missed weeks are also hatched, and the box's date is written
/// under it. The whole chart is one image to assistive technology, with a title and a description that says it all in
/// words; each box also has its own title for pointer users. Presentation attributes only: the CSP forbids inline styles.
/// </summary>
public static class WeekChart
{
    private const int Box = 40;
    private const int Gap = 8;

    public static IHtmlContent Render(string id, string siteName, IReadOnlyList<WeekMark> weeks)
    {
        var enc = HtmlEncoder.Default;
        var width = Math.Max(1, weeks.Count) * (Box + Gap);
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture,
            $"<svg class=\"week-chart\" role=\"img\" aria-labelledby=\"{id}-t {id}-d\" width=\"{width}\" height=\"66\" viewBox=\"0 0 {width} 66\" xmlns=\"http://www.w3.org/2000/svg\">");
        sb.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-t\">{enc.Encode($"Weekly updates this term: {siteName}")}</title>");
        sb.Append(CultureInfo.InvariantCulture, $"<desc id=\"{id}-d\">{enc.Encode(Describe(weeks))}</desc>");
        sb.Append(CultureInfo.InvariantCulture,
            $"<defs><pattern id=\"{id}-hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#ffffff\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#b3261e\" stroke-width=\"2\"/></pattern></defs>");
        for (var i = 0; i < weeks.Count; i++)
        {
            var w = weeks[i];
            var x = i * (Box + Gap) + 2;
            var (fill, stroke, dash, symbol, textFill) = w switch
            {
                { SchoolWeek: false } => ("#ffffff", "#4a4a4a", "2 3", "H", "#1b1b1b"),
                { Kept: true } => ("#1d4f91", "#1d4f91", "", "✓", "#ffffff"),
                { Kept: false } => ($"url(#{id}-hatch)", "#b3261e", "", "✗", "#1b1b1b"),
                _ => ("#ffffff", "#1d4f91", "4 3", "·", "#1b1b1b"),
            };
            sb.Append("<g>");
            sb.Append(CultureInfo.InvariantCulture, $"<title>{enc.Encode(Label(w))}</title>");
            sb.Append(CultureInfo.InvariantCulture,
                $"<rect x=\"{x}\" y=\"2\" width=\"{Box}\" height=\"{Box}\" rx=\"4\" fill=\"{fill}\" stroke=\"{stroke}\" stroke-width=\"{(w.Current ? 4 : 2)}\"{(dash.Length > 0 ? $" stroke-dasharray=\"{dash}\"" : "")}/>");
            if (w.Kept == false)
            {
                // The ✗ sits on a white disc so it reads over the hatching.
                sb.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{x + Box / 2}\" cy=\"{2 + Box / 2}\" r=\"11\" fill=\"#ffffff\"/>");
            }

            sb.Append(CultureInfo.InvariantCulture,
                $"<text x=\"{x + Box / 2}\" y=\"{2 + Box / 2 + 7}\" text-anchor=\"middle\" font-size=\"20\" font-weight=\"700\" font-family=\"system-ui, sans-serif\" fill=\"{textFill}\">{symbol}</text>");
            sb.Append(CultureInfo.InvariantCulture,
                $"<text x=\"{x + Box / 2}\" y=\"60\" text-anchor=\"middle\" font-size=\"11\" font-family=\"system-ui, sans-serif\" fill=\"#1b1b1b\">{w.Monday.ToString("d MMM", CultureInfo.GetCultureInfo("en-GB"))}</text>");
            sb.Append("</g>");
        }

        sb.Append("</svg>");
        return new HtmlString(sb.ToString());
    }

    public static string Label(WeekMark w)
    {
        var week = $"Week of {w.Monday.ToString("d MMMM", CultureInfo.GetCultureInfo("en-GB"))}";
        return w switch
        {
            { SchoolWeek: false } => $"{week}: holiday, does not count",
            { Kept: true } => $"{week}: updated",
            { Kept: false } => $"{week}: no post (missed)",
            { Current: true } => $"{week}: this week, no post yet",
            _ => $"{week}: still to come",
        };
    }

    public static string Describe(IReadOnlyList<WeekMark> weeks)
    {
        if (weeks.Count == 0)
        {
            return "No term dates are set, so there are no school weeks to show.";
        }

        var missed = weeks.Where(w => w.Kept == false).Select(w => w.Monday.ToString("d MMM", CultureInfo.GetCultureInfo("en-GB"))).ToList();
        var kept = weeks.Count(w => w.Kept == true);
        return $"{kept} school week{(kept == 1 ? "" : "s")} with a post this term. "
            + (missed.Count == 0 ? "No school week missed so far." : $"Missed: weeks of {string.Join(", ", missed)}.")
            + $" {weeks.Count(w => !w.SchoolWeek)} holiday week(s) not counted; {weeks.Count(w => w.Future || (w.Current && w.Kept is null))} week(s) not over yet.";
    }
}
