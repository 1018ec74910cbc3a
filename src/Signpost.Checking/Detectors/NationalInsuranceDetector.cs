using System.Text.RegularExpressions;

namespace Signpost.Checking.Detectors;

/// <summary>
/// National Insurance numbers (3.2, 5.4): two prefix letters, six digits, a suffix A-D ("QQ 12 34 56 C").
/// Prefix letters D, F, I, Q, U, V are never used (O never second), and BG, GB, NK, KN, TN, NT, ZZ are
/// not allocated. Written a few words after its name ("my NI number is QQ123456C", "national insurance no: QQ 12 34 56
/// C") any two letters count: a made-up or mistyped prefix still gives out a number as someone's (5.4).
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

        foreach (var m in AnyPrefix().EnumerateMatches(text))
        {
            var found = text.Slice(m.Index, m.Length);
            var issued = Nino().IsMatch(found) && !Unallocated.Contains(found[..2].ToString().ToUpperInvariant());
            if (issued || IsNamed(input, text, m.Index))
            {
                input.Add(Categories.PersonalData, "5.4", Severity.High, m.Index, m.Length, "ni-number");
            }
        }
    }

    /// <summary>How far before a number its name is looked for.</summary>
    private const int CueWindow = 60;

    /// <summary>
    /// Whether "NI number", "NI no", "NINo" or "national insurance" stands at most six words before <paramref name="at"/>
    /// in the same sentence (5.4): read only for a number whose prefix letters HMRC does not issue.
    /// </summary>
    private static bool IsNamed(CheckInput input, ReadOnlySpan<char> text, int at)
    {
        var before = text[Math.Max(0, at - CueWindow)..at];
        return RegexSafety.IsMatch(input, NamedBefore(), before);
    }

    /// <summary>
    /// False only where <see cref="AnyPrefix"/> (and so <see cref="Nino"/>, whose matches it matches too) cannot match: somewhere two letters (or chars past ASCII, which the regex's
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

    /// <summary>"NI number" ("NI no", "N.I. number", "NINo", "national insurance (number)") and up to six words, ending where the number starts.</summary>
    [GeneratedRegex(@"(?:\bn\.?[ ]?i\.?[ ]{0,2}(?:number|numbr|num|nbr|no\.?|#)|\bnino|\bnational[ ]{1,2}insurance(?:[ ]{1,2}(?:number|numbr|num|nbr|no\.?|#))?)(?:[ ]{0,2}[:\-#=,][ ]{0,2}|[ ]{1,2})(?:[a-z'\u2019,]{1,20}[ ]{1,2}){0,6}[:\-=]?[ ]{0,2}\z", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexSafety.TimeoutMs)]
    private static partial Regex NamedBefore();

    /// <summary>The National Insurance shape with any two prefix letters; <see cref="Nino"/> tells the issued ones.</summary>
    [GeneratedRegex(@"\b[A-Z]{2}[ ]?\d{2}[ ]?\d{2}[ ]?\d{2}[ ]?[A-D]\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexSafety.TimeoutMs)]
    internal static partial Regex AnyPrefix();

    [GeneratedRegex(@"\b[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][ ]?\d{2}[ ]?\d{2}[ ]?\d{2}[ ]?[A-D]\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexSafety.TimeoutMs)]
    internal static partial Regex Nino();
}
