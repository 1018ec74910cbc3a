using System.Text.RegularExpressions;

namespace Signpost.Checking.Detectors;

/// <summary>
/// House-number-and-street addresses (A.4.9): "12 Elm Road", "14a Station Rd", and, after "I live
/// at/on" or "my address is", lower-case ones ("i live at 7 oak close", "we live on elm street").
/// Without a number the street words must follow a living-here cue, so "the duck lives in the park"
/// is not an address.
/// </summary>
internal sealed partial class StreetAddressDetector : Detector
{
    public StreetAddressDetector()
        : base(Needs.Digits | Needs.AddressWords, new UnfinishedRead(Categories.ContactDetails, "A.4.9", "addresses", "address"))
    {
    }

    public override void Detect(CheckInput input)
    {
        if (input.DigitCount > 0 && MayHaveNumberedStreet(input.FoldedSpan))
        {
            try
            {
                foreach (var m in Numbered().EnumerateMatches(input.FoldedSpan))
                {
                    input.Add(Categories.ContactDetails, "A.4.9", Severity.High, m.Index, m.Length, "address");
                }
            }
            catch (RegexMatchTimeoutException)
            {
                // Keep what was found before the timeout, and say the text was not read in full (RegexSafety).
                input.ReadUnfinished = true;
            }
        }

        if (input.Has(CheckInput.Gate.AddressWords))
        {
            foreach (var m in RegexSafety.Matches(input, Cued(), input.Folded))
            {
                var g = m.Groups["street"];
                input.Add(Categories.ContactDetails, "A.4.9", Severity.High, g.Index, g.Length, "address");
            }
        }
    }

    /// <summary>
    /// Whether some run of digits is followed as <see cref="Numbered"/> needs: an optional letter, an optional comma,
    /// one or two spaces and a capital ("12 Elm", "14a, Station"). "Year 4 team" is not, so its regex is not run
    /// (a number in a comment is common and the regex costs more than the rest of a clean check; issue 3's speed).
    /// Every match of the regex passes this test: its digits are a whole run (a digit cannot follow them).
    /// </summary>
    private static bool MayHaveNumberedStreet(ReadOnlySpan<char> text)
    {
        for (var i = DigitAt(text, 0); i >= 0; i = DigitAt(text, i + 1))
        {
            if (i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))
            {
                continue;
            }

            var j = i + 1;
            j += j < text.Length && char.IsAsciiLetter(text[j]) ? 1 : 0;
            j += j < text.Length && text[j] == ',' ? 1 : 0;
            var spaces = 0;
            while (j < text.Length && text[j] == ' ' && spaces < 2)
            {
                j++;
                spaces++;
            }

            if (spaces > 0 && j < text.Length && char.IsAsciiLetterUpper(text[j]))
            {
                return true;
            }
        }

        return false;
    }

    private const string Suffix = "(?i:road|rd|street|st|avenue|ave|lane|ln|close|drive|dr|way|crescent|cres|court|ct|gardens|gdns|grove|gr|place|pl|terrace|walk|row|square|sq|mews|rise|parade|croft|meadows?|vale|boulevard|hill|green|park|end|view|gate)";

    [GeneratedRegex(@"\b\d{1,4}[A-Za-z]?,?[ ]{1,2}(?:[A-Z][a-z'\-]{1,20}[ ]{1,2}){1,3}" + Suffix + @"\b", RegexOptions.CultureInvariant, RegexSafety.TimeoutMs)]
    private static partial Regex Numbered();

    [GeneratedRegex(@"\b(?:live|lives|living|lived|address is|house is|staying)[ ]{1,2}(?:at|on)[ ]{1,2}(?<street>(?:number[ ]{1,2}|no\.?[ ]{0,2})?(?:\d{1,4}[a-z]?,?[ ]{1,2})?(?!the\b|a\b|an\b|my\b|our\b|his\b|her\b|their\b)(?:[a-z'\-]{2,20}[ ]{1,2}){1,3}" + Suffix + @")\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexSafety.TimeoutMs)]
    private static partial Regex Cued();
}
