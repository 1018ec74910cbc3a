using System.Text.RegularExpressions;

namespace Signpost.Checking.Detectors;

/// <summary>
/// Social media handles (A.4.9): "@sam_plays", "add me @jo.x". Not the middle of an email address,
/// and not "@ 3pm". Invitations in words ("my snap is ...") are in the phrase lists.
/// </summary>
internal sealed partial class SocialHandleDetector : Detector
{
    public SocialHandleDetector()
        : base(Needs.At, new UnfinishedRead(Categories.ContactDetails, "A.4.9", "social media handles", "handle"))
    {
    }

    public override void Detect(CheckInput input)
    {
        var text = input.FoldedSpan;
        if (!text.Contains('@') || !ContextRules.Applies(Categories.ContactDetails, "handle", input.Context))
        {
            return;
        }

        foreach (var m in Handle().EnumerateMatches(text))
        {
            // "@holbrook.sch.uk" is an email domain, no handle: on a personal post the school's one is school email (6.10;
            // blind22: "signed up with my @holbrook.sch.uk address"), elsewhere it reaches no one.
            var handle = text.Slice(m.Index + 1, m.Length - 1);
            if (handle.Contains('.') && EmailDetector.IsSchoolDomain(input.Model, handle.TrimEnd('.').ToString().ToLowerInvariant()))
            {
                if (input.Context == CheckContext.PersonalPost)
                {
                    input.Add(Categories.SchoolEmail, "6.10", Severity.Medium, m.Index, m.Length, "school-email");
                }

                continue;
            }

            input.Add(Categories.ContactDetails, "A.4.9", Severity.Medium, m.Index, m.Length, "handle");
        }
    }

    [GeneratedRegex(@"(?<![\w@.])@[A-Za-z_][A-Za-z0-9_.]{1,29}(?![\w@])", RegexOptions.CultureInvariant, RegexSafety.TimeoutMs)]
    private static partial Regex Handle();
}
