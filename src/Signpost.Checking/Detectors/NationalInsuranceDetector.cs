using System.Text.RegularExpressions;

namespace Signpost.Checking.Detectors;

/// <summary>
/// National Insurance numbers (3.2, 5.4): two prefix letters, six digits, a suffix A-D ("QQ 12 34 56 C").
/// Prefix letters D, F, I, Q, U, V are never used (O never second), and BG, GB, NK, KN, TN, NT, ZZ are
/// not allocated.
/// </summary>
internal sealed partial class NationalInsuranceDetector : Detector
{
    public NationalInsuranceDetector()
        : base(Needs.Digits, new UnfinishedRead(Categories.PersonalData, "5.4", "National Insurance numbers", "ni-number"))
    {
    }

    private static readonly string[] Unallocated = ["BG", "GB", "NK", "KN", "TN", "NT", "ZZ"];

    public override void Detect(CheckInput input)
    {
        if (input.DigitCount < 6)
        {
            return;
        }

        var text = input.FoldedSpan;
        if (!MayHaveNino(text))
        {
            return;
        }

        foreach (var m in Nino().EnumerateMatches(text))
        {
            var prefix = text.Slice(m.Index, 2).ToString().ToUpperInvariant();
            if (!Unallocated.Contains(prefix))
            {
                input.Add(Categories.PersonalData, "5.4", Severity.High, m.Index, m.Length, "ni-number");
            }
        }
    }

    /// <summary>
    /// False only where <see cref="Nino"/> cannot match: somewhere two letters (or chars past ASCII, which the regex's
    /// case-insensitive classes may take), a space or none, three pairs of digits each after a space or none, a space or
    /// none, a letter A-D (or a char past ASCII), and then no ASCII letter, digit or "_" (the word must end there). Each
    /// optional space is the only way on where it stands (a space is neither digit nor letter), so the digits are
    /// walked from every digit. A phone number fails it ("07700 900123": no suffix letter) and costs no regex scan
    /// (issue 3's speed).
    /// </summary>
    internal static bool MayHaveNino(ReadOnlySpan<char> text)
    {
        for (var i = 0; i + 6 < text.Length; i++)
        {
            if (!char.IsDigit(text[i]))
            {
                continue;
            }

            // The two prefix letters before the digits, a space between them or not.
            var before = i > 0 && text[i - 1] == ' ' ? i - 1 : i;
            if (before < 2 || !MayBeLetter(text[before - 1]) || !MayBeLetter(text[before - 2]))
            {
                continue;
            }

            var j = i;
            for (var pair = 0; pair < 3 && j >= 0; pair++)
            {
                j = pair > 0 && j < text.Length && text[j] == ' ' ? j + 1 : j;
                j = j + 1 < text.Length && char.IsDigit(text[j]) && char.IsDigit(text[j + 1]) ? j + 2 : -1;
            }

            if (j < 0)
            {
                continue;
            }

            j = j < text.Length && text[j] == ' ' ? j + 1 : j;
            if (j < text.Length && (text[j] is >= 'A' and <= 'D' or >= 'a' and <= 'd' || text[j] >= 128)
                && (j + 1 == text.Length || text[j + 1] >= 128 || !(char.IsAsciiLetterOrDigit(text[j + 1]) || text[j + 1] == '_')))
            {
                return true;
            }
        }

        return false;

        static bool MayBeLetter(char c) => char.IsAsciiLetter(c) || c >= 128;
    }

    [GeneratedRegex(@"\b[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][ ]?\d{2}[ ]?\d{2}[ ]?\d{2}[ ]?[A-D]\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexSafety.TimeoutMs)]
    internal static partial Regex Nino();
}
