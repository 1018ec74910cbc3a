using System.Globalization;
using System.Text.RegularExpressions;

namespace Signpost.Checking.Detectors;

/// <summary>
/// Dates of birth (5.4): "DOB 03/05/2016", "born on 3rd May 2016", "my birthday is May 3rd". Births
/// before 1930 are history ("Florence Nightingale was born on 12th May 1820"), not personal data. After "DOB" or "date
/// of birth" the date may come with a verb ("my dob is 21.11.2015", "date of birth was 1st May 2015") or a few words
/// later in the same sentence ("her date of birth is wrong on the letter, it should be 04/02/2016"): 5.4.
/// </summary>
internal sealed partial class DateOfBirthDetector : Detector
{
    public DateOfBirthDetector()
        : base(Needs.BirthWords, new UnfinishedRead(Categories.PersonalData, "5.4", "dates of birth", "dob"))
    {
    }

    public override void Detect(CheckInput input)
    {
        var text = input.Folded;
        if (!input.Has(CheckInput.Gate.BirthWords))
        {
            return;
        }

        foreach (var m in RegexSafety.Matches(input, Dob(), text))
        {
            var year = m.Groups["year"];
            if (year.Success && int.TryParse(year.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 100 and < 1930)
            {
                continue;
            }

            var severity = year.Success ? Severity.High : Severity.Medium;
            input.Add(Categories.PersonalData, "5.4", severity, m.Index, m.Length, "dob");
        }
    }

    private const string Month = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

    [GeneratedRegex(@"\b(?:(?:d\.?o\.?b\.?|date[ ]of[ ]birth)(?:[ ]{0,2}[:\-=]?[ ]{0,2}(?:[a-z'\u2019]{1,20},?[ ]{1,2}){1,10}?)?|born(?:[ ]on)?|birthday(?:[ ]is)?(?:[ ]on)?)[ ]{0,2}[:\-=]?[ ]{0,2}(?:the[ ])?(?:\d{1,2}[/.\-]\d{1,2}[/.\-](?<year>\d{4}|\d{2})|\d{1,2}(?:st|nd|rd|th)?[ ](?:of[ ])?" + Month + @"(?:,?[ ](?<year>\d{4}))?|" + Month + @"[ ](?:the[ ])?\d{1,2}(?:st|nd|rd|th)?(?:,?[ ](?<year>\d{4}))?)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexSafety.TimeoutMs)]
    private static partial Regex Dob();
}
