using System.Text.RegularExpressions;

namespace Signpost.Checking.Detectors;

/// <summary>
/// Unique Pupil Numbers (3.2, 5.4): a check letter then twelve characters (LA number, establishment
/// number, year, serial; a temporary UPN ends in a letter). The check letter is the sum of each of the
/// twelve characters' values times weights 2..13, modulo 23, read from the UPN alphabet.
/// </summary>
internal sealed partial class UniquePupilNumberDetector : Detector
{
    public UniquePupilNumberDetector()
        : base(Needs.Digits, new UnfinishedRead(Categories.PersonalData, "5.4", "Unique Pupil Numbers", "upn"))
    {
    }

    private const string Alphabet = "ABCDEFGHJKLMNPQRTUVWXYZ0123456789";

    public override void Detect(CheckInput input)
    {
        if (input.DigitCount < 11)
        {
            return;
        }

        var text = input.FoldedSpan;
        if (!MayHaveUpn(text))
        {
            return;
        }

        foreach (var m in Upn().EnumerateMatches(text))
        {
            if (IsValid(text.Slice(m.Index, m.Length).ToString()))
            {
                input.Add(Categories.PersonalData, "5.4", Severity.High, m.Index, m.Length, "upn");
            }
        }
    }

    /// <summary>
    /// False only where <see cref="Upn"/> cannot match: it needs eleven digits in a row (the regex's \d, any Unicode
    /// decimal digit). A phone number ("07700 900123") has no such run, so its text costs no regex scan (issue 3's speed).
    /// </summary>
    internal static bool MayHaveUpn(ReadOnlySpan<char> text)
    {
        var run = 0;
        foreach (var c in text)
        {
            run = char.IsDigit(c) ? run + 1 : 0;
            if (run == 11)
            {
                return true;
            }
        }

        return false;
    }

    internal static bool IsValid(string upn)
    {
        upn = upn.ToUpperInvariant();
        if (upn.Length != 13)
        {
            return false;
        }

        var sum = 0;
        for (var i = 1; i < 13; i++)
        {
            var v = Alphabet.IndexOf(upn[i], StringComparison.Ordinal);
            if (v < 0)
            {
                return false;
            }

            sum += v * (i + 1);
        }

        return Alphabet[sum % 23] == upn[0];
    }

    [GeneratedRegex(@"\b[A-HJ-NP-RT-Z]\d{11}[0-9A-HJ-NP-RT-Z]\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexSafety.TimeoutMs)]
    internal static partial Regex Upn();
}
