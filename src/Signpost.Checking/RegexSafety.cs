using System.Text.RegularExpressions;

namespace Signpost.Checking;

/// <summary>
/// Every regex is source-generated (compiled at build time, none per call) with bounded quantifiers and
/// a timeout. If a pathological input (or a busy machine: the timeout is wall-clock time) still hits the
/// timeout, the detector keeps what it found so far and the input is marked <see cref="CheckInput.ReadUnfinished"/>:
/// here, for a detector that goes on with what it has (these helpers, or a catch of its own around one part), or in
/// <see cref="ContentChecker.Run"/>, which catches a timeout from any detector and has the detector read the text once
/// more before it gives up. The check always returns, and says the text was not read in full, which holds it for a
/// person (<see cref="Detectors.Detector.Unfinished"/>), so nothing is let through unread.
/// </summary>
internal static class RegexSafety
{
    public const int TimeoutMs = 250;

    /// <summary>
    /// Whether <paramref name="regex"/> matches <paramref name="text"/>; false when it times out (and the input is marked
    /// <see cref="CheckInput.ReadUnfinished"/>). A timeout is measured in
    /// wall-clock time, so on a busy machine even a short text can hit it (seen under a parallel test run).
    /// </summary>
    public static bool IsMatch(CheckInput input, Regex regex, string text)
    {
        try
        {
            return regex.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            input.ReadUnfinished = true;
            return false;
        }
    }

    /// <summary><see cref="IsMatch(CheckInput, Regex, string)"/> over a span (a window of the text, as the ID-number detectors read before a number).</summary>
    public static bool IsMatch(CheckInput input, Regex regex, ReadOnlySpan<char> text)
    {
        try
        {
            return regex.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            input.ReadUnfinished = true;
            return false;
        }
    }

    /// <summary><see cref="Regex.Replace(string, string)"/>, or the text as it was when the regex times out (the input marked as for <see cref="IsMatch"/>).</summary>
    public static string Replace(CheckInput input, Regex regex, string text, string replacement)
    {
        try
        {
            return regex.Replace(text, replacement);
        }
        catch (RegexMatchTimeoutException)
        {
            input.ReadUnfinished = true;
            return text;
        }
    }

    public static List<Match> Matches(CheckInput input, Regex regex, string text)
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
            input.ReadUnfinished = true;
        }

        return results;
    }
}
