using System.Text.RegularExpressions;

namespace Signpost.Checking.Detectors;

/// <summary>
/// NHS numbers (3.2, 5.4): ten digits, often "943 476 5919", whose last digit is the modulus-11 check
/// of the first nine (weights 10 down to 2). Numbers starting with 0 are left to the phone detector. Written a few
/// words after its name ("Isla's NHS number for the trip form is 485 777 3456") it is one even with a wrong check
/// digit: a mistyped NHS number still says whose it is (5.4).
/// </summary>
internal sealed partial class NhsNumberDetector : Detector
{
    public NhsNumberDetector()
        : base(Needs.Digits, new UnfinishedRead(Categories.PersonalData, "5.4", "NHS numbers", "nhs-number"))
    {
    }

    public override void Detect(CheckInput input)
    {
        if (input.DigitCount < 10)
        {
            return;
        }

        var text = input.FoldedSpan;
        if (!MayHaveNhsNumber(text))
        {
            return;
        }

        foreach (var m in Nhs().EnumerateMatches(text))
        {
            if (IsValid(text.Slice(m.Index, m.Length)) || (text[m.Index] != '0' && IsNamed(input, text, m.Index)))
            {
                input.Add(Categories.PersonalData, "5.4", Severity.High, m.Index, m.Length, "nhs-number");
            }
        }
    }

    /// <summary>
    /// False only where <see cref="Nhs"/> cannot match: its shape walked by hand from every digit that follows no digit
    /// (three digits, a space or dash or none, three, the same, four, and then no digit; the regex's \d is any Unicode
    /// decimal digit). Each step has one way on (a separator is never a digit), so this is the regex's own search; a
    /// phone number ("07700 900123", groups of five and six) fails it and costs no regex scan (issue 3's speed).
    /// </summary>
    internal static bool MayHaveNhsNumber(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsDigit(text[i]) || (i > 0 && char.IsDigit(text[i - 1])))
            {
                continue;
            }

            var j = Digits(text, i, 3);
            j = j > 0 && j < text.Length && text[j] is ' ' or '-' ? j + 1 : j;
            j = j > 0 ? Digits(text, j, 3) : -1;
            j = j > 0 && j < text.Length && text[j] is ' ' or '-' ? j + 1 : j;
            j = j > 0 ? Digits(text, j, 4) : -1;
            if (j > 0 && (j == text.Length || !char.IsDigit(text[j])))
            {
                return true;
            }
        }

        return false;

        // The index after n digits from `from`, or -1.
        static int Digits(ReadOnlySpan<char> text, int from, int n)
        {
            if (from + n > text.Length)
            {
                return -1;
            }

            for (var k = from; k < from + n; k++)
            {
                if (!char.IsDigit(text[k]))
                {
                    return -1;
                }
            }

            return from + n;
        }
    }

    /// <summary>How far before a number its name is looked for: "NHS number for the trip form is " and a little more.</summary>
    private const int CueWindow = 60;

    /// <summary>
    /// Whether "NHS number" or "NHS no" stands at most six words before <paramref name="at"/> in the same sentence (5.4):
    /// read only for a number whose check digit is wrong, so a valid one costs nothing more.
    /// </summary>
    private static bool IsNamed(CheckInput input, ReadOnlySpan<char> text, int at)
    {
        var before = text[Math.Max(0, at - CueWindow)..at];
        return before.IndexOf("nhs", StringComparison.OrdinalIgnoreCase) >= 0 && RegexSafety.IsMatch(input, NamedBefore(), before);
    }

    /// <summary>True when the ten digits in <paramref name="text"/> carry a correct NHS check digit.</summary>
    internal static bool IsValid(ReadOnlySpan<char> text)
    {
        Span<int> d = stackalloc int[10];
        var n = 0;
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                if (n == 10)
                {
                    return false;
                }

                d[n++] = c - '0';
            }
        }

        if (n != 10 || d[0] == 0)
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            sum += d[i] * (10 - i);
        }

        var check = 11 - (sum % 11);
        if (check == 11)
        {
            check = 0;
        }

        return check != 10 && check == d[9];
    }

    /// <summary>"NHS number" ("no", "no.", "num", "#") and up to six words, ending where the number starts.</summary>
    [GeneratedRegex(@"\bnhs[ ]{0,2}(?:number|numbr|num|nbr|no\.?|#)(?:[ ]{0,2}[:\-#=,][ ]{0,2}|[ ]{1,2})(?:[a-z'\u2019,]{1,20}[ ]{1,2}){0,6}[:\-=]?[ ]{0,2}\z", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexSafety.TimeoutMs)]
    private static partial Regex NamedBefore();

    [GeneratedRegex(@"(?<![\d])\d{3}[ \-]?\d{3}[ \-]?\d{4}(?![\d])", RegexOptions.CultureInvariant, RegexSafety.TimeoutMs)]
    internal static partial Regex Nhs();
}
