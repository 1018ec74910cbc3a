using System.Text.RegularExpressions;

namespace Signpost.Checking.Detectors;

/// <summary>
/// A named person's age in brackets (5.4): "Tom (7)", "Amira (aged 9)". Other forms ("Tom is 7",
/// "Tom, aged 7") are in the phrase lists. The word before the bracket must be a name, not "Year (4)".
/// </summary>
internal sealed partial class NamedAgeDetector : Detector
{
    public NamedAgeDetector()
        : base(Needs.Digits, new UnfinishedRead(Categories.PersonalData, "5.4", "people's ages", "named-age"))
    {
    }

    public override void Detect(CheckInput input)
    {
        if (input.DigitCount == 0 || !input.FoldedSpan.Contains('('))
        {
            return;
        }

        foreach (var m in RegexSafety.Matches(input, Bracketed(), input.Folded))
        {
            var name = m.Groups["name"].Value;
            if (input.Model.IsRosterFirstName(CheckerModel.Key(name)) || (char.IsUpper(name[0]) && !input.Model.IsCommonWord(CheckerModel.Plain(name))))
            {
                input.Add(Categories.PersonalData, "5.4", Severity.Medium, m.Index, m.Length, "named-age");
            }
        }
    }

    [GeneratedRegex(@"\b(?<name>[A-Za-z][a-z'\-]{1,20})[ ]{0,2}\([ ]{0,2}(?:aged?[ ]{0,2})?\d{1,2}[ ]{0,2}(?:yrs?|years?(?:[ ]old)?)?[ ]{0,2}\)", RegexOptions.CultureInvariant, RegexSafety.TimeoutMs)]
    private static partial Regex Bracketed();
}
