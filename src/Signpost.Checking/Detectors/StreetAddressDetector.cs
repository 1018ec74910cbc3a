using System.Text.RegularExpressions;

namespace Signpost.Checking.Detectors;

/// <summary>
/// House-number-and-street addresses (A.4.9): "12 Elm Road", "14a Station Rd", and, after "I live
/// at/on" or "my address is", lower-case ones ("i live at 7 oak close", "we live on elm street").
/// Without a number the street words must follow a living-here cue, so "the duck lives in the park"
/// is not an address. The cue may name who the home is shared with ("i live with my nan on thornbury avenue"),
/// and "address" may be misspelled before a numbered street ("my adress is 23 thistlewood close").
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
                    if (SchoolContact.IsSchools(input, input.FoldedSpan, m.Index) || IsFamous(input.FoldedSpan.Slice(m.Index, m.Length)))
                    {
                        continue;
                    }

                    input.Add(Categories.ContactDetails, "A.4.9", Severity.High, m.Index, m.Length, "address");
                }
            }
            catch (RegexMatchTimeoutException)
            {
                // Keep what was found before the timeout, and say the text was not read in full (RegexSafety).
                input.ReadUnfinished = true;
            }
        }

        // A.4.9: "my adress is 23 thistlewood close": "address" spelled as children spell it ("adress", "addres",
        // "adresss"), which the gate words do not take, before a house number and a lower-case street. Its regex runs
        // only on a text with digits and "dres" or "addre" in it.
        if (input.DigitCount > 0 && MayHaveMisspeltAddress(input.FoldedSpan))
        {
            foreach (var m in RegexSafety.Matches(input, AddressKeyword(), input.Folded))
            {
                var g = m.Groups["street"];
                if (IsFamous(input.FoldedSpan.Slice(g.Index, g.Length)))
                {
                    // "my story address is 221B Baker Street because thats where Sherlock Holmes lives" (blind22).
                    continue;
                }

                input.Add(Categories.ContactDetails, "A.4.9", Severity.High, g.Index, g.Length, "address");
            }
        }

        // "flat 6 harlow court", "at 118 foleshill road": a flat, or a number after "at", "to" or "from", then lower-case
        // street words (blind11, blind12); without the cue "ran 3 laps round the park" would read as one.
        if (input.DigitCount > 0 && MayHaveFlatOrAt(input.FoldedSpan))
        {
            foreach (var m in RegexSafety.Matches(input, FlatOrAt(), input.Folded))
            {
                var g = m.Groups["street"];
                if (SchoolContact.IsSchools(input, input.FoldedSpan, g.Index) || IsFamous(input.FoldedSpan.Slice(g.Index, g.Length)))
                {
                    continue;
                }

                input.Add(Categories.ContactDetails, "A.4.9", Severity.High, g.Index, g.Length, "address");
            }
        }

        if (input.Has(CheckInput.Gate.AddressWords))
        {
            foreach (var m in RegexSafety.Matches(input, Cued(), input.Folded))
            {
                var g = m.Groups["street"];
                if (IsFamous(input.FoldedSpan.Slice(g.Index, g.Length)))
                {
                    continue;
                }

                input.Add(Categories.ContactDetails, "A.4.9", Severity.High, g.Index, g.Length, "address");
            }

            // A home described on its way to the street: "the flat above the chip shop on walsgrave road", "its the one next
            // to the chippy on Foleshill Road", "my house is the yellow one on Meadow Road" (blind15, blind18, blind19).
            foreach (var m in MayBeDescribed(input.FoldedSpan) ? RegexSafety.Matches(input, Described(), input.Folded) : [])
            {
                var g = m.Groups["street"];
                if (!IsFamous(input.FoldedSpan.Slice(g.Index, g.Length)))
                {
                    input.Add(Categories.ContactDetails, "A.4.9", Severity.High, g.Index, g.Length, "address");
                }
            }

        }

        // The number after the street's name: "Jubilee Court number 9", "Meadow Road, no. 41" (blind18).
        if (input.DigitCount > 0 && MayHaveNumberAfter(input.FoldedSpan))
        {
            foreach (var m in RegexSafety.Matches(input, NumberAfter(), input.Folded))
            {
                if (!SchoolContact.IsSchools(input, input.FoldedSpan, m.Index))
                {
                    input.Add(Categories.ContactDetails, "A.4.9", Severity.High, m.Index, m.Length, "address");
                }
            }
        }
    }

    /// <summary>
    /// Addresses every child learns, which belong to no pupil: "the prime minister lives at 10 Downing Street" (blind,
    /// blind7; issue 3), and children's books' ("number 4 Privet Drive": blind17).
    /// </summary>
    private static readonly string[] Famous =
    [
        "10 downing street", "11 downing street", "221b baker street", "221 b baker street", "4 privet drive",
        "12 grimmauld place", "32 windsor gardens", "17 cherry tree lane", "742 evergreen terrace", "62 west wallaby street",
        "1 hyde park corner", "17 cherry tree lane",
    ];

    private static bool IsFamous(ReadOnlySpan<char> street)
    {
        foreach (var famous in Famous)
        {
            if (street.Equals(famous, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
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

    /// <summary>
    /// Whether some run of digits follows "at", "to", "from", "is", "flat", "apartment" or "apt" and one or two spaces, as
    /// every match of <see cref="FlatOrAt"/> does: most numbers in a comment do not, and the regex is not run for them.
    /// </summary>
    internal static bool MayHaveFlatOrAt(ReadOnlySpan<char> text)
    {
        for (var i = DigitAt(text, 0); i >= 0; i = DigitAt(text, i + 1))
        {
            if (i > 0 && char.IsAsciiDigit(text[i - 1]))
            {
                continue;
            }

            var j = i;
            var spaces = 0;
            while (j > 0 && text[j - 1] == ' ' && spaces < 2)
            {
                j--;
                spaces++;
            }

            if (spaces == 0)
            {
                continue;
            }

            var w = j;
            while (w > 0 && char.IsAsciiLetter(text[w - 1]))
            {
                w--;
            }

            var word = text[w..j];
            if ((w == 0 || !char.IsAsciiLetterOrDigit(text[w - 1]))
                && (word.Equals("at", StringComparison.OrdinalIgnoreCase) || word.Equals("to", StringComparison.OrdinalIgnoreCase)
                    || word.Equals("from", StringComparison.OrdinalIgnoreCase) || word.Equals("is", StringComparison.OrdinalIgnoreCase)
                    || word.Equals("flat", StringComparison.OrdinalIgnoreCase) || word.Equals("apartment", StringComparison.OrdinalIgnoreCase)
                    || word.Equals("apt", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="text"/> has "dres", "addre", "house" or "home" in any case, as every match of <see cref="AddressKeyword"/> does.</summary>
    internal static bool MayHaveMisspeltAddress(ReadOnlySpan<char> text) =>
        text.Contains("dres", StringComparison.OrdinalIgnoreCase) || text.Contains("addre", StringComparison.OrdinalIgnoreCase)
        || text.Contains("house", StringComparison.OrdinalIgnoreCase) || text.Contains("home", StringComparison.OrdinalIgnoreCase);

    private const string Suffix = "(?i:road|rd|street|st|avenue|ave|lane|ln|close|drive|dr|way|crescent|cres|court|ct|gardens|gdns|grove|gr|place|pl|terrace|walk|row|square|sq|mews|rise|parade|croft|meadows?|vale|boulevard|hill|green|park|end|view|gate|highway|bank|chase|fold|wharf|quay|yard|heights|glade|dene|wynd)";

    [GeneratedRegex(@"\b\d{1,4}[A-Za-z]?,?[ ]{1,2}(?:[A-Z][a-z'\-]{1,20}[ ]{1,2}){1,3}" + Suffix + @"\b", RegexOptions.CultureInvariant, RegexSafety.TimeoutMs)]
    private static partial Regex Numbered();

    /// <summary>
    /// "flat 6 harlow court" (any case), or "at/to/from" and a number and one or two lower-case street words that are no
    /// counting words ("at 118 foleshill road", not "ran 3 laps round the park" or "at 3 and the park").
    /// </summary>
    [GeneratedRegex(@"(?:\b(?:flat|apartment|apt)[ ]{1,2}(?<street>\d{1,4}[a-z]?,?[ ]{1,2}(?:[a-z'\-]{2,20}[ ]{1,2}){1,3}(?:" + Suffix + @"|(?i:house|tower|towers|lodge|heights|point|mansions|buildings|block)))|\b(?:at|to|from|is)[ ]{1,2}(?<street>\d{1,4}[a-z]?,?[ ]{1,2}(?!(?i:the|a|an|my|our|his|her|their|and|or|of|in|on|at|to|for|times|minutes|mins|hours|laps|metres|meters|miles|km|goals|points|o|oclock|pm|am)\b)(?:[a-z'\-]{2,20}[ ]{1,2}){1,2}" + Suffix + @"))\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexSafety.TimeoutMs)]
    private static partial Regex FlatOrAt();

    /// <summary>
    /// "address" as written, right or wrong ("address", "adress", "addres", "adresss", "addresss"), or "house"/"home"
    /// ("my house is number 27 chestnut close"; blind6, issue 3), an optional "is" or ":", then a house number, one to
    /// three words and a street suffix (A.4.9).
    /// </summary>
    [GeneratedRegex(@"\b(?:ad{1,2}res{1,3}|house|home)(?:[ ]{1,2}(?:is|was|=))?(?:[ ]{0,2}[:\-])?[ ]{1,2}(?<street>(?:number[ ]{1,2}|no\.?[ ]{0,2})?\d{1,4}[a-z]?,?[ ]{1,2}(?:[a-z'\-]{2,20}[ ]{1,2}){1,3}" + Suffix + @")\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexSafety.TimeoutMs)]
    private static partial Regex AddressKeyword();

    /// <summary>
    /// A living-here cue, then a street: "live(s)/living/lived/staying" (with "now", "still" and the like, and "with",
    /// "near" or "by" and up to four words: "i live with my nan", "i live near the chippy"), "address is" or "house is", then "at" or "on" and the street's words
    /// (not starting with "the", "a", "my"...: "my nan lives on the hill" is no address) and a street suffix (A.4.9).
    /// </summary>
    [GeneratedRegex(@"\b(?:(?:live|lives|living|lived|staying)(?:[ ]{1,2}(?:now|still|just|also|currently|together|here))?(?:[ ]{1,2}(?:with|near|by)(?:[ ]{1,2}[a-z'\-]{1,20}){1,4}?)?|address is|(?:house|home|flat)[ ]{1,2}(?:is|its|it's|s)|new[ ]{1,2}(?:house|home|flat)|(?:walk|walks|walked|go|goes|get|gets|run|runs|cycle|cycles|ride|rides)[ ]{1,2}home)[ ]{1,2}(?:at|on|down|along|up|via)[ ]{1,2}(?<street>(?:number[ ]{1,2}|no\.?[ ]{0,2})?(?:\d{1,4}[a-z]?,?[ ]{1,2})?(?!the\b|a\b|an\b|my\b|our\b|his\b|her\b|their\b)(?:[a-z'\-]{2,20}[ ]{1,2}){1,3}" + Suffix + @")\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexSafety.TimeoutMs)]
    private static partial Regex Cued();

    /// <summary>
    /// Someone's home ("i/we/they live", "my/our/the house/flat/home", "to mine", "mine is"), up to nine words describing
    /// it, then "on", "along" or "off" and a street (not "the ..."): "i live above the chip shop on far gosford street".
    /// </summary>
    [GeneratedRegex(@"(?:\b(?:i|we|they|she|he|nan|gran|dad|mum)[ ]{1,2}(?:live|lives)\b|\b(?:my|our|the|nans|grans|mums|dads)[ ]{1,2}(?:house|flat|home)\b|\bto[ ]{1,2}mine\b|\bmine[ ]{1,2}(?:is|its|it's|s)\b)(?:[ ,]{1,2}[a-z0-9'\-]{1,15}){1,9}?[ ,]{1,2}(?:on|along|off)[ ]{1,2}(?<street>(?!the\b|a\b|an\b|my\b|our\b|his\b|her\b|their\b|this\b|that\b)(?:[a-z'\-]{2,20}[ ]{1,2}){1,3}" + Suffix + @")\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexSafety.TimeoutMs)]
    private static partial Regex Described();

    /// <summary>
    /// Whether <see cref="Described"/> can match: it needs " on ", " along " or " off " before the street, which most
    /// texts with "live" or "house" in them do not have (the regex's many first words made it a scan of every word).
    /// </summary>
    private static bool MayBeDescribed(ReadOnlySpan<char> text) =>
        text.Contains(" on ", StringComparison.OrdinalIgnoreCase) || text.Contains(" along ", StringComparison.OrdinalIgnoreCase)
        || text.Contains(" off ", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether some digit run has "number", "no" or "num" just before it, as every <see cref="NumberAfter"/> match does:
    /// only the digits are visited (searching every text with a digit for those words cost the check a few per cent).
    /// </summary>
    private static bool MayHaveNumberAfter(ReadOnlySpan<char> text)
    {
        for (var d = DigitAt(text, 0); d >= 0; d = DigitAt(text, d + 1))
        {
            if (d == 0 || !char.IsAsciiDigit(text[d - 1]))
            {
                var before = text[Math.Max(0, d - 8)..d].TrimEnd(' ');
                if (before.EndsWith("number", StringComparison.OrdinalIgnoreCase) || before.EndsWith("no", StringComparison.OrdinalIgnoreCase)
                    || before.EndsWith("no.", StringComparison.OrdinalIgnoreCase) || before.EndsWith("num", StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>A capitalised street's name, then "number", "no." or "num" and the house's number: "Jubilee Court number 9".</summary>
    [GeneratedRegex(@"\b(?:[A-Z][a-z'\-]{1,20}[ ]{1,2}){1,3}" + Suffix + @",?[ ]{1,2}(?:number|no\.?|num)[ ]{0,2}\d{1,4}[a-z]?\b", RegexOptions.CultureInvariant, RegexSafety.TimeoutMs)]
    private static partial Regex NumberAfter();
}
