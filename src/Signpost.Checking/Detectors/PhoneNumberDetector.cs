using System.Text.RegularExpressions;

namespace Signpost.Checking.Detectors;

/// <summary>
/// UK phone numbers in digits (A.4.9): 07700 900123, +44 7700 900123, +44 (0)7700-900-123,
/// (0121) 496 0000, 0121.496.0000, 0044 20 7946 0000. A leading 0 (or +44/0044) then 9-10 more digits
/// with at most two separator characters between digits. Bounded quantifiers keep matching linear.
/// </summary>
internal sealed partial class PhoneNumberDetector : Detector
{
    public PhoneNumberDetector()
        : base(Needs.Digits, new UnfinishedRead(Categories.ContactDetails, "A.4.9", "phone numbers", "phone"))
    {
    }

    /// <summary>
    /// Fewer digits than this cannot be a phone number's, even with letters standing for the others: "o7 7oo 9oo 7o7" and
    /// "O77OO 9OO 4l2" have five (blind15, blind19; it was six). Four would let in every text with a year in it.
    /// </summary>
    private const int MinDigitsWithLetters = 5;

    public override void Detect(CheckInput input)
    {
        if (input.DigitCount < MinDigitsWithLetters)
        {
            return;
        }

        var text = input.FoldedSpan;
        if (input.DigitCount >= 10)
        {
            Find(input, text);
        }

        // Number words run into the digits: "07seven00 900 5six8" (blind5, blind7).
        if (HasDigitBesideLetter(text) && GluedWords(text) is { } glued)
        {
            foreach (var m in Phone().EnumerateMatches(glued.Text))
            {
                var start = glued.Map[m.Index];
                var end = glued.Map[m.Index + m.Length];
                input.Add(Categories.ContactDetails, "A.4.9", Severity.High, start, end - start, "phone");
            }
        }

        // A mobile number with its first 0 left off, after a word that says it is one: "ring me 7700 900 456" (blind14).
        if (input.DigitCount >= 10 && HasFourDigitSeven(text))
        {
            foreach (var m in NoZero().EnumerateMatches(text))
            {
                input.Add(Categories.ContactDetails, "A.4.9", Severity.High, m.Index + m.Length - NoZeroLength(text.Slice(m.Index, m.Length)), NoZeroLength(text.Slice(m.Index, m.Length)), "phone");
            }
        }

        // A number given in parts with words between: "my numbr starts 07700 then 900 then 832", "07700 and 900 123"
        // (blind16): a 0 and 2-4 more digits, then one to three parts after "then", "and", "next", "&" or "+", eleven
        // digits in all (a UK number's count).
        if (input.DigitCount >= 10 && HasJoiner(text))
        {
            foreach (var m in Parts().EnumerateMatches(text))
            {
                if (DigitsIn(text.Slice(m.Index, m.Length)) == 11 && !SchoolContact.IsSchools(input, text, m.Index))
                {
                    input.Add(Categories.ContactDetails, "A.4.9", Severity.High, m.Index, m.Length, "phone");
                }
            }
        }

        // A mobile number with the country code and no plus: "WhatsApp 447700900 846" (blind28). Its own regex, run only
        // where "447" starts a run of digits (in the one above it cost every text with a number ~30 ns).
        if (input.DigitCount >= 12 && HasCountryCodeMobile(text))
        {
            foreach (var m in CountryCodeMobile().EnumerateMatches(text))
            {
                input.Add(Categories.ContactDetails, "A.4.9", Severity.High, m.Index, m.Length, "phone");
            }
        }

        // A number given in parts with a few words between: "starts 07700 and ends in 900 592", "it starts with 077 then
        // 00900 and it ends in 419", "07700 900 and then the last bit is 523" (blind25, blind27): a 0 and a digit not 0,
        // then one or two more parts after one to six words, eleven digits in all.
        if (input.DigitCount >= 10 && MayHavePartsWithWords(text))
        {
            foreach (var m in PartsWithWords().EnumerateMatches(text))
            {
                if (DigitsIn(text.Slice(m.Index, m.Length)) == 11 && !SchoolContact.IsSchools(input, text, m.Index))
                {
                    input.Add(Categories.ContactDetails, "A.4.9", Severity.High, m.Index, m.Length, "phone");
                }
            }
        }

        // A number from abroad: "+1 555 0134", "+48 601 234 567" (blind12), a plus and a country code and 7-11 digits.
        if (input.DigitCount >= 8 && text.Contains('+'))
        {
            foreach (var m in Abroad().EnumerateMatches(text))
            {
                input.Add(Categories.ContactDetails, "A.4.9", Severity.High, m.Index, m.Length, "phone");
            }
        }

        // Letters standing for digits inside a number ("07700 9OO 666", "O77OO 9001l1"): read as digits, same places.
        if (LettersForDigits(text) is { } read)
        {
            Find(input, read);
        }
    }

    private static void Find(CheckInput input, ReadOnlySpan<char> text)
    {
        foreach (var m in Phone().EnumerateMatches(text))
        {
            if (SchoolContact.IsSchools(input, text, m.Index) || AfterIsbn(text, m.Index))
            {
                continue;
            }

            input.Add(Categories.ContactDetails, "A.4.9", Severity.High, m.Index, m.Length, "phone");
        }
    }

    /// <summary>Whether some digit has an ASCII letter right beside it ("07seven00"), as every word <see cref="GluedWords"/> reads does; only the digits are visited.</summary>
    internal static bool HasDigitBesideLetter(ReadOnlySpan<char> text)
    {
        for (var i = DigitAt(text, 0); i >= 0; i = DigitAt(text, i + 1))
        {
            if ((i > 0 && char.IsAsciiLetter(text[i - 1])) || (i + 1 < text.Length && char.IsAsciiLetter(text[i + 1])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a word of four digits starting with 7 stands in the text ("7700"), as every <see cref="NoZero"/> match has.</summary>
    private static bool HasFourDigitSeven(ReadOnlySpan<char> text)
    {
        for (var i = text.IndexOf('7'); i >= 0; i = i + 1 < text.Length && text[(i + 1)..].IndexOf('7') is var n && n >= 0 ? i + 1 + n : -1)
        {
            if ((i == 0 || !char.IsAsciiLetterOrDigit(text[i - 1])) && i + 4 <= text.Length
                && char.IsAsciiDigit(text[i + 1]) && char.IsAsciiDigit(text[i + 2]) && char.IsAsciiDigit(text[i + 3])
                && (i + 4 == text.Length || !char.IsAsciiDigit(text[i + 4])))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] NumberWords = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];

    /// <summary>
    /// The text with each number word inside a word that also has a digit written as its digit ("07seven00" reads
    /// "07700"), and for each char of it the folded place it came from (one more at the end); null where no word has both.
    /// </summary>
    internal static (string Text, int[] Map)? GluedWords(ReadOnlySpan<char> text)
    {
        System.Text.StringBuilder? read = null;
        List<int>? map = null;
        var copied = 0;
        var i = 0;
        while (NextWordWithDigit(text, ref i, out var start))
        {
            if (!ParsesAsNumber(text[start..i], out var word) || !word)
            {
                continue;
            }

            read ??= new System.Text.StringBuilder(text.Length);
            map ??= new List<int>(text.Length + 1);
            for (var k = copied; k < start; k++)
            {
                read.Append(text[k]);
                map.Add(k);
            }

            for (var k = start; k < i;)
            {
                if (char.IsAsciiDigit(text[k]))
                {
                    read.Append(text[k]);
                    map.Add(k);
                    k++;
                    continue;
                }

                var w = NumberWordAt(text[k..i]);
                read.Append((char)('0' + w));
                map.Add(k);
                k += NumberWords[w].Length;
            }

            copied = i;
        }

        if (read is null || map is null)
        {
            return null;
        }

        for (var k = copied; k < text.Length; k++)
        {
            read.Append(text[k]);
            map.Add(k);
        }

        map.Add(text.Length);
        return (read.ToString(), [.. map]);
    }

    /// <summary>Whether a word is digits and number words only, and (<paramref name="word"/>) has a number word in it.</summary>
    private static bool ParsesAsNumber(ReadOnlySpan<char> token, out bool word)
    {
        word = false;
        for (var k = 0; k < token.Length;)
        {
            if (char.IsAsciiDigit(token[k]))
            {
                k++;
                continue;
            }

            var w = NumberWordAt(token[k..]);
            if (w < 0)
            {
                return false;
            }

            word = true;
            k += NumberWords[w].Length;
        }

        return true;
    }

    /// <summary>The number word <paramref name="rest"/> starts with (any case), or -1.</summary>
    private static int NumberWordAt(ReadOnlySpan<char> rest)
    {
        for (var w = 0; w < NumberWords.Length; w++)
        {
            if (rest.StartsWith(NumberWords[w], StringComparison.OrdinalIgnoreCase))
            {
                return w;
            }
        }

        return -1;
    }

    private static readonly System.Buffers.SearchValues<char> LookAlikes = System.Buffers.SearchValues.Create("OolI");

    private static readonly System.Buffers.SearchValues<char> DigitsAndLookAlikes = System.Buffers.SearchValues.Create("0123456789OolI");

    /// <summary>
    /// The next word of ASCII letters and digits with a digit in it, from <paramref name="i"/> on: its start, and
    /// <paramref name="i"/> left at its end; false where there is none. <see cref="LettersForDigits"/> and
    /// <see cref="GluedWords"/> read the same words.
    /// </summary>
    private static bool NextWordWithDigit(ReadOnlySpan<char> text, ref int i, out int start)
    {
        while (i < text.Length)
        {
            if (!char.IsAsciiLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            start = i;
            var digit = false;
            for (; i < text.Length && char.IsAsciiLetterOrDigit(text[i]); i++)
            {
                digit |= char.IsAsciiDigit(text[i]);
            }

            if (digit)
            {
                return true;
            }
        }

        start = -1;
        return false;
    }

    /// <summary>
    /// The text with O/o read as 0 and l/I as 1 where they stand in a word with a digit in it, or null where no letter
    /// does: one char for one, so a match's place is the text's.
    /// </summary>
    internal static char[]? LettersForDigits(ReadOnlySpan<char> text)
    {
        char[]? read = null;
        var i = 0;
        while (NextWordWithDigit(text, ref i, out var start))
        {
            // A word of digits and the look-alike letters only: "9OO", "O77OO", not "10am" or "5lbs".
            var word = text[start..i];
            if (word.IndexOfAny(LookAlikes) < 0 || word.IndexOfAnyExcept(DigitsAndLookAlikes) >= 0)
            {
                continue;
            }

            read ??= text.ToArray();
            for (var k = start; k < i; k++)
            {
                read[k] = text[k] switch { 'O' or 'o' => '0', 'l' or 'I' => '1', _ => text[k] };
            }
        }

        return read;
    }

    [GeneratedRegex(@"(?<![\d+])(?<!\d[\-])(?:(?:\+|\b00)[ ]?44[ .\-]?(?:\(0\)[ .\-]?)?|\(?\b0)(?:[ .\-)(]{0,3}\d){9,10}(?![\d])", RegexOptions.CultureInvariant, RegexSafety.TimeoutMs)]
    private static partial Regex Phone();

    /// <summary>The length of the digits part at the end of a <see cref="NoZero"/> match.</summary>
    private static int NoZeroLength(ReadOnlySpan<char> match)
    {
        var i = match.IndexOf('7');
        return i < 0 ? match.Length : match.Length - i;
    }

    [GeneratedRegex(@"\b(?i:ring|call|text|phone|mobile|mobil|mob|number|whatsapp|fone|numba|no)\b[ :]{1,3}(?:(?i:me|on|is|its|it's)[ :]{1,3}){0,2}7\d{3}[ .\-]?\d{3}[ .\-]?\d{3}(?!\d)", RegexOptions.CultureInvariant, RegexSafety.TimeoutMs)]
    private static partial Regex NoZero();

    /// <summary>Whether "ISBN" comes just before: "'The Snowman' (ISBN 978 0 14 118776 1)" is a book's number (blind18).</summary>
    private static bool AfterIsbn(ReadOnlySpan<char> text, int at) =>
        text[Math.Max(0, at - 12)..at].Contains("isbn", StringComparison.OrdinalIgnoreCase);

    private static bool HasJoiner(ReadOnlySpan<char> text) =>
        text.Contains("then", StringComparison.OrdinalIgnoreCase) || text.Contains("and ", StringComparison.OrdinalIgnoreCase)
        || text.Contains("next", StringComparison.OrdinalIgnoreCase) || text.Contains("plus", StringComparison.OrdinalIgnoreCase)
        || text.IndexOfAny('&', '+') >= 0;


    [GeneratedRegex(@"(?<![\d+.:/])\b0\d{2,4}(?:[ .\-]?\d{2,4})?(?:[ ,]{0,2}(?i:and then|then|and|next|&|\+|plus)[ ,:]{1,2}\d{2,4}(?:[ .\-]?\d{2,4})?){1,3}(?![\d:.]\d|\d)", RegexOptions.CultureInvariant, RegexSafety.TimeoutMs)]
    private static partial Regex Parts();

    /// <summary>Whether "44" starts a run of digits and a 7 follows it (a space between allowed).</summary>
    private static bool HasCountryCodeMobile(ReadOnlySpan<char> text)
    {
        for (var i = text.IndexOf("44", StringComparison.Ordinal); i >= 0;)
        {
            var seven = i + 2 < text.Length && text[i + 2] == ' ' ? i + 3 : i + 2;
            if ((i == 0 || !char.IsAsciiDigit(text[i - 1])) && seven < text.Length && text[seven] == '7')
            {
                return true;
            }

            var next = text[(i + 1)..].IndexOf("44", StringComparison.Ordinal);
            i = next < 0 ? -1 : i + 1 + next;
        }

        return false;
    }

    [GeneratedRegex(@"(?<![\d+])\b44[ ]?7(?:[ .\-]?\d){9}(?![\d])", RegexOptions.CultureInvariant, RegexSafety.TimeoutMs)]
    private static partial Regex CountryCodeMobile();

    /// <summary>
    /// Whether a "0" and a digit not 0 start a run of digits that has a letter after it and then another digit within a
    /// few words, as every <see cref="PartsWithWords"/> match has: "07700 900123" has none and skips the regex (it cost a
    /// text with a plain number ~300 ns; issue 3's speed).
    /// </summary>
    private static bool MayHavePartsWithWords(ReadOnlySpan<char> text)
    {
        // One pass: after a run of digits that starts "0" and a digit not 0, a letter and then a digit within 80 chars.
        var from = -1;
        var letter = false;
        for (var j = 0; j < text.Length; j++)
        {
            var c = text[j];
            if (char.IsAsciiDigit(c))
            {
                if (from >= 0 && letter && j - from < 80)
                {
                    return true;
                }

                if (c == '0' && j + 1 < text.Length && (uint)(text[j + 1] - '1') <= 8 && (j == 0 || !char.IsAsciiDigit(text[j - 1])))
                {
                    (from, letter) = (j, false);
                }
            }
            else
            {
                letter |= from >= 0 && char.IsAsciiLetter(c);
            }
        }

        return false;
    }

    [GeneratedRegex(@"(?<![\d+.:/£$])\b0[1-9]\d{1,3}(?:[ .\-]?\d{2,5})?(?:[ ,]{1,2}(?:[A-Za-z']{1,8}[ ,:]{1,2}){1,6}\d{2,5}(?:[ .\-]?\d{2,4})?){1,2}(?![\d:.]\d|\d)", RegexOptions.CultureInvariant, RegexSafety.TimeoutMs)]
    private static partial Regex PartsWithWords();

    [GeneratedRegex(@"(?<![\w+])\+(?!44)[1-9]\d{0,2}(?:[ .\-]?\d){7,11}(?![\d])", RegexOptions.CultureInvariant, RegexSafety.TimeoutMs)]
    private static partial Regex Abroad();
}
