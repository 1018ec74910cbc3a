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
            // A wrong check letter still says whose number it is when "UPN" stands just before it (blind12, blind14:
            // "Zainab's UPN is H123456789012", "UPN for Oliver is ..."), as NhsNumberDetector does with "NHS number".
            if (IsValid(text.Slice(m.Index, m.Length).ToString()) || NamedBefore(text, m.Index))
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

    /// <summary>How far before a number "UPN" is looked for: "UPN for Oliver is " and a little more.</summary>
    private const int NameReach = 40;

    /// <summary>Whether "UPN" (or "unique pupil number") stands in the <see cref="NameReach"/> chars before <paramref name="at"/>, in the same sentence.</summary>
    private static bool NamedBefore(ReadOnlySpan<char> text, int at)
    {
        var before = text[Math.Max(0, at - NameReach)..at];
        var stop = before.LastIndexOfAny('.', '!', '?');
        if (stop >= 0)
        {
            before = before[(stop + 1)..];
        }

        var i = before.IndexOf("upn", StringComparison.OrdinalIgnoreCase);
        return (i >= 0 && (i == 0 || !char.IsAsciiLetter(before[i - 1])) && (i + 3 == before.Length || !char.IsAsciiLetter(before[i + 3])))
            || before.Contains("pupil number", StringComparison.OrdinalIgnoreCase);
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
