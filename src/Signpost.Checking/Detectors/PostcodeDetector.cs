using System.Text.RegularExpressions;

namespace Signpost.Checking.Detectors;

/// <summary>
/// Full UK postcodes (A.4.9): "CV1 2AB", "cv12ab", "SW1A 1AA". The outward code must start with a real
/// postcode area, so "Y4 3RD" (Year 4, third place) is not a postcode.
/// </summary>
internal sealed partial class PostcodeDetector : Detector
{
    public PostcodeDetector()
        : base(Needs.Digits, new UnfinishedRead(Categories.ContactDetails, "A.4.9", "postcodes", "postcode"))
    {
    }

    /// <summary>The UK postcode areas: the letters an outward code starts with.</summary>
    private static readonly HashSet<string> Areas = new(
        [
            "AB", "AL", "B", "BA", "BB", "BD", "BH", "BL", "BN", "BR", "BS", "BT", "CA", "CB", "CF", "CH", "CM", "CO", "CR", "CT", "CV", "CW",
            "DA", "DD", "DE", "DG", "DH", "DL", "DN", "DT", "DY", "E", "EC", "EH", "EN", "EX", "FK", "FY", "G", "GL", "GU", "GY", "HA", "HD",
            "HG", "HP", "HR", "HS", "HU", "HX", "IG", "IM", "IP", "IV", "JE", "KA", "KT", "KW", "KY", "L", "LA", "LD", "LE", "LL", "LN", "LS",
            "LU", "M", "ME", "MK", "ML", "N", "NE", "NG", "NN", "NP", "NR", "NW", "OL", "OX", "PA", "PE", "PH", "PL", "PO", "PR", "RG", "RH",
            "RM", "S", "SA", "SE", "SG", "SK", "SL", "SM", "SN", "SO", "SP", "SR", "SS", "ST", "SW", "SY", "TA", "TD", "TF", "TN", "TQ", "TR",
            "TS", "TW", "UB", "W", "WA", "WC", "WD", "WF", "WN", "WR", "WS", "WV", "YO", "ZE",
        ],
        StringComparer.Ordinal);

    public override void Detect(CheckInput input)
    {
        if (input.DigitCount < 2)
        {
            return;
        }

        // The shape is matched by the regex and the area looked up here. (The areas were once 124 choices inside the
        // regex: the same matches, but its generated matcher was 15 KB of code whose full JIT compilation took ~10 MB
        // of native memory, a sixth of `signpost check`'s peak; issue 3.) At any start the area is every letter before
        // the first digit, so a start whose letters are not an area is rejected and the search goes on from the next
        // char, as the regex with the areas inside would have.
        var text = input.FoldedSpan;
        var from = 0;
        while (true)
        {
            var (index, length) = Next(text, from);
            if (index < 0)
            {
                break;
            }

            if (IsArea(text.Slice(index, char.IsAsciiDigit(text[index + 1]) ? 1 : 2)))
            {
                if (!SchoolContact.IsSchools(input, text, index))
                {
                    input.Add(Categories.ContactDetails, "A.4.9", Severity.High, index, length, "postcode");
                }

                from = index + length;
            }
            else
            {
                from = index + 1;
            }
        }

        // Spelled out a char or two at a time: "c v 6 1 l r", "C V 5 8 A B is were I live" (blind15, blind18, blind19).
        if (input.Skeleton.SingleLetterTokens >= 2)
        {
            Spaced(input, text);
        }
    }

    /// <summary>
    /// A postcode written in pieces of one to three chars with single spaces between, at least three pieces: joined, it
    /// must be a whole postcode of a real area ("CV61LR"); "year 6 1 2 3" and "a b c" are not.
    /// </summary>
    private static void Spaced(CheckInput input, ReadOnlySpan<char> text)
    {
        // Every such postcode has a digit standing alone between spaces ("c v 6 1 l r", "cv 6 2bq"): start a few chars
        // before the first one, or not at all (most texts with digits have none; issue 3's speed).
        var from = -1;
        for (var d = DigitAt(text, 0); d >= 0; d = DigitAt(text, d + 1))
        {
            if (d > 0 && text[d - 1] == ' ' && (d + 1 == text.Length || text[d + 1] == ' '))
            {
                from = Math.Max(0, d - 8);
                break;
            }
        }

        if (from < 0)
        {
            return;
        }

        Span<char> joined = stackalloc char[8];
        for (var i = from; i < text.Length; i++)
        {
            if (!char.IsAsciiLetterOrDigit(text[i]) || (i > 0 && char.IsAsciiLetterOrDigit(text[i - 1])))
            {
                continue;
            }

            var n = 0;
            var pieces = 0;
            var end = i;
            var k = i;
            while (true)
            {
                var pieceEnd = k;
                while (pieceEnd < text.Length && char.IsAsciiLetterOrDigit(text[pieceEnd]) && pieceEnd - k < 4)
                {
                    pieceEnd++;
                }

                var length = pieceEnd - k;
                if (length == 0 || length > 3 || n + length > joined.Length || (pieceEnd < text.Length && char.IsAsciiLetterOrDigit(text[pieceEnd])))
                {
                    break;
                }

                text.Slice(k, length).CopyTo(joined[n..]);
                n += length;
                pieces++;
                end = pieceEnd;
                if (IsWholePostcode(joined[..n]) && pieces >= 3 && !SchoolContact.IsSchools(input, text, i))
                {
                    input.Add(Categories.ContactDetails, "A.4.9", Severity.High, i, end - i, "postcode");
                    i = end;
                    break;
                }

                if (pieceEnd + 1 >= text.Length || text[pieceEnd] != ' ' || !char.IsAsciiLetterOrDigit(text[pieceEnd + 1]))
                {
                    break;
                }

                k = pieceEnd + 1;
            }
        }
    }

    /// <summary>Whether the chars are one whole postcode with nothing round it ("CV61LR", "cv58ab") of a real area.</summary>
    private static bool IsWholePostcode(ReadOnlySpan<char> chars)
    {
        if (chars.Length is < 5 or > 7)
        {
            return false;
        }

        foreach (var m in Anchored().EnumerateMatches(chars))
        {
            return m.Index == 0 && m.Length == chars.Length && IsArea(chars[..(char.IsAsciiDigit(chars[1]) ? 1 : 2)]);
        }

        return false;
    }

    /// <summary>
    /// The regex's first match at or after <paramref name="from"/> (looking at the whole text, as Match(text, from) does), or
    /// (-1, 0). A match starts with one or two letters and then an ASCII digit ("[A-Z]{1,2}[0-9]"), so it can start only
    /// one or two chars before a digit: the regex is tried anchored at those places, in order, and only where they can
    /// start it (a letter at a word start, and a letter between it and the digit); the first that matches is the
    /// leftmost match. The unanchored regex tried every letter of the text, and was a third of a check of a short text
    /// with a few numbers in it ("Y4 trip on the 2nd, back by 3pm"; issue 3's speed). A char past ASCII is always tried:
    /// the regex's case-insensitive letters take a few of them (the Kelvin sign).
    /// </summary>
    private static (int Index, int Length) Next(ReadOnlySpan<char> text, int from)
    {
        var tried = from - 1;
        for (var d = DigitAt(text, from + 1); d >= 0; d = DigitAt(text, d + 1))
        {
            for (var start = Math.Max(d - 2, tried + 1); start < d; start++)
            {
                tried = start;
                if (!MayStart(text, start, d))
                {
                    continue;
                }

                foreach (var m in Anchored().EnumerateMatches(text, start))
                {
                    return (m.Index, m.Length);
                }
            }
        }

        return (-1, 0);
    }

    /// <summary>
    /// Whether the regex could match at <paramref name="start"/> with its first digit at <paramref name="digit"/>: false
    /// only for an ASCII char where a letter must be, or an ASCII letter, digit or "_" just before the start (no word
    /// boundary there); anything past ASCII is left to the regex.
    /// </summary>
    private static bool MayStart(ReadOnlySpan<char> text, int start, int digit)
    {
        for (var i = start; i < digit; i++)
        {
            if (text[i] < 128 && !char.IsAsciiLetter(text[i]))
            {
                return false;
            }
        }

        return start == 0 || text[start - 1] >= 128 || !(char.IsAsciiLetterOrDigit(text[start - 1]) || text[start - 1] == '_');
    }

    private static bool IsArea(ReadOnlySpan<char> letters)
    {
        // [A-Z] ignoring case also matches the Kelvin sign (U+212A) for K, as the areas' "K" did.
        Span<char> upper = stackalloc char[2];
        for (var i = 0; i < letters.Length; i++)
        {
            upper[i] = letters[i] == '\u212A' ? 'K' : char.ToUpperInvariant(letters[i]);
        }

        return Areas.GetAlternateLookup<ReadOnlySpan<char>>().Contains(upper[..letters.Length]);
    }

    [GeneratedRegex(@"\b[A-Z]{1,2}[0-9][A-Z0-9]?[ ]{0,2}[0-9][ABD-HJLNP-UW-Z]{2}\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexSafety.TimeoutMs)]
    internal static partial Regex Postcode();

    /// <summary><see cref="Postcode"/> anchored where the search starts (<see cref="Next"/> tries it only where a match can start).</summary>
    [GeneratedRegex(@"\G\b[A-Z]{1,2}[0-9][A-Z0-9]?[ ]{0,2}[0-9][ABD-HJLNP-UW-Z]{2}\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexSafety.TimeoutMs)]
    private static partial Regex Anchored();

    /// <summary>Every match of <see cref="Postcode"/> at or after <paramref name="from"/>, as <see cref="Detect"/> walks them (for tests).</summary>
    internal static List<(int Index, int Length)> Shapes(string text)
    {
        var shapes = new List<(int, int)>();
        for (var from = 0; ;)
        {
            var (index, length) = Next(text, from);
            if (index < 0)
            {
                return shapes;
            }

            shapes.Add((index, length));
            from = index + 1;
        }
    }
}
