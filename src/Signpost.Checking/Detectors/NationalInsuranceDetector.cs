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
        foreach (var m in Nino().EnumerateMatches(text))
        {
            var prefix = text.Slice(m.Index, 2).ToString().ToUpperInvariant();
            if (!Unallocated.Contains(prefix))
            {
                input.Add(Categories.PersonalData, "5.4", Severity.High, m.Index, m.Length, "ni-number");
            }
        }
    }

    [GeneratedRegex(@"\b[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][ ]?\d{2}[ ]?\d{2}[ ]?\d{2}[ ]?[A-D]\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexSafety.TimeoutMs)]
    private static partial Regex Nino();
}
