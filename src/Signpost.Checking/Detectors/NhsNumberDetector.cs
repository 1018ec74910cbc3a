using System.Text.RegularExpressions;

namespace Signpost.Checking.Detectors;

/// <summary>
/// NHS numbers (3.2, 5.4): ten digits, often "943 476 5919", whose last digit is the modulus-11 check
/// of the first nine (weights 10 down to 2). Numbers starting with 0 are left to the phone detector.
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
        foreach (var m in Nhs().EnumerateMatches(text))
        {
            if (IsValid(text.Slice(m.Index, m.Length)))
            {
                input.Add(Categories.PersonalData, "5.4", Severity.High, m.Index, m.Length, "nhs-number");
            }
        }
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

    [GeneratedRegex(@"(?<![\d])\d{3}[ \-]?\d{3}[ \-]?\d{4}(?![\d])", RegexOptions.CultureInvariant, RegexSafety.TimeoutMs)]
    private static partial Regex Nhs();
}
