using System.Text.RegularExpressions;

namespace Signpost.Checking.Detectors;

/// <summary>
/// Without a roster, pupils still identify themselves (A.5.2): "my name is Tom Pike", "my surname is
/// Pike", "I go to Elmwood Primary School". Only for pupil sites and public comments.
/// </summary>
internal sealed partial class SelfIntroductionDetector : Detector
{
    public SelfIntroductionDetector()
        : base(Needs.NameWords | Needs.SchoolWord, new UnfinishedRead(Categories.PupilIdentity, "A.5.2", "names and schools", "self-introduction"))
    {
    }

    public override void Detect(CheckInput input)
    {
        if (input.Context is CheckContext.StaffPost or CheckContext.PersonalPost)
        {
            return;
        }

        var text = input.Folded;
        if (input.Has(CheckInput.Gate.NameWords))
        {
            foreach (var m in RegexSafety.Matches(input, FullName(), text))
            {
                var first = CheckerModel.Plain(m.Groups["first"].Value);
                var last = CheckerModel.Plain(m.Groups["last"].Value);
                if (!input.Model.IsCommonWord(first) && !input.Model.IsCommonWord(last))
                {
                    input.Add(Categories.PupilIdentity, "A.5.2", Severity.High, m.Index, m.Length, "self-introduction");
                }
            }

            foreach (var m in RegexSafety.Matches(input, Surname(), text))
            {
                input.Add(Categories.PupilIdentity, "A.5.2", Severity.High, m.Index, m.Length, "pupil-surname");
            }
        }

        if (!input.Has(CheckInput.Gate.SchoolWord))
        {
            return;
        }

        foreach (var m in RegexSafety.Matches(input, School(), text))
        {
            input.Add(Categories.PupilIdentity, "A.5.2", Severity.Low, m.Index, m.Length, "school-named");
        }
    }

    [GeneratedRegex(@"\b(?:my[ ](?:full[ ]|real[ ])?name[ ]is|my[ ]name'?s|i'?m[ ]called|i[ ]am[ ]called)[ ]{1,2}(?<first>[A-Za-z][a-z'\-]{1,20})[ ]{1,2}(?<last>[A-Za-z][A-Za-z'\-]{1,25})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexSafety.TimeoutMs)]
    private static partial Regex FullName();

    [GeneratedRegex(@"\bmy[ ](?:surname|last[ ]name|second[ ]name|family[ ]name)[ ]{1,2}(?:is[ ]{1,2})?[A-Za-z][A-Za-z'\-]{1,25}", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexSafety.TimeoutMs)]
    private static partial Regex Surname();

    [GeneratedRegex(@"\b(?i:i[ ](?:go|went)[ ]to|i'?m[ ](?:at|in)|i[ ]am[ ](?:at|in)|we[ ]go[ ]to|i[ ]attend)[ ](?:[A-Z][a-z'\-]{1,20}[ ]){1,3}(?:Primary|Junior|Juniors|Infant|Infants|Academy|School|C of E|CE|Catholic)(?:[ ]School)?\b", RegexOptions.CultureInvariant, RegexSafety.TimeoutMs)]
    private static partial Regex School();
}
