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

    public override void Detect(CheckInput input)
    {
        if (input.DigitCount < 10)
        {
            return;
        }

        var text = input.FoldedSpan;
        foreach (var m in Phone().EnumerateMatches(text))
        {
            if (input.Context == CheckContext.StaffPost && IsSchoolNumber(text, m.Index))
            {
                continue;
            }

            input.Add(Categories.ContactDetails, "A.4.9", Severity.High, m.Index, m.Length, "phone");
        }
    }

    /// <summary>A staff post giving the school office's number ("contact the school office on ...") is not personal contact details.</summary>
    private static bool IsSchoolNumber(ReadOnlySpan<char> text, int at)
    {
        var before = text.Slice(Math.Max(0, at - 40), Math.Min(40, at));
        return before.Contains("office", StringComparison.OrdinalIgnoreCase) || before.Contains("school", StringComparison.OrdinalIgnoreCase)
            || before.Contains("reception", StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex(@"(?<![\d+])(?:(?:\+|\b00)[ ]?44[ .\-]?(?:\(0\)[ .\-]?)?|\(?\b0)(?:[ .\-)(]{0,2}\d){9,10}(?![\d])", RegexOptions.CultureInvariant, RegexSafety.TimeoutMs)]
    private static partial Regex Phone();
}
