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

    /// <summary>
    /// Whether <paramref name="regex"/> matches <paramref name="text"/>; false when it times out. A timeout is measured in
    /// wall-clock time, so on a busy machine even a short text can hit it (seen under a parallel test run): every regex
    /// call in the checker goes through here, <see cref="Matches"/>, or a catch of its own, never straight out.
    /// </summary>
    public static bool IsMatch(Regex regex, string text)
    {
        try
        {
            return regex.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    /// <summary><see cref="Regex.Replace(string, string)"/>, or the text as it was when the regex times out.</summary>
    public static string Replace(Regex regex, string text, string replacement)
    {
        try
        {
            return regex.Replace(text, replacement);
        }
        catch (RegexMatchTimeoutException)
        {
            return text;
        }
    }

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
