using System.Text.RegularExpressions;

namespace Signpost.Checking;

/// <summary>
/// Every regex is source-generated (compiled at build time, none per call) with bounded quantifiers and
/// a timeout. If a pathological input still hits the timeout, that detector reports nothing for the
/// text rather than throwing: the check must always return.
/// </summary>
internal static class RegexSafety
{
    public const int TimeoutMs = 250;

    public static List<Match> Matches(Regex regex, string text)
    {
        var results = new List<Match>();
        try
        {
            for (var m = regex.Match(text); m.Success; m = m.NextMatch())
            {
                results.Add(m);
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // Keep what was found before the timeout.
        }

        return results;
    }
}
