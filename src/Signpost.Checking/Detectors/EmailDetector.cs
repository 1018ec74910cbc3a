using System.Text.RegularExpressions;

namespace Signpost.Checking.Detectors;

/// <summary>
/// Email addresses (A.4.9), plain ("jo.bloggs@gmail.com") and written out ("jo dot bloggs at gmail dot
/// com", "jo(at)gmail(dot)com"). An address on the school's own domain (or any ".sch.uk") is the
/// school's: fine in a staff post, a school-email finding (6.10) in a personal post.
/// </summary>
internal sealed partial class EmailDetector : Detector
{
    public EmailDetector()
        : base(Needs.At | Needs.DotWord, new UnfinishedRead(Categories.ContactDetails, "A.4.9", "email addresses", "email"))
    {
    }

    public override void Detect(CheckInput input)
    {
        var text = input.Folded;
        if (text.Contains('@'))
        {
            foreach (var m in RegexSafety.Matches(input, Plain(), text))
            {
                Report(input, m, m.Groups["domain"].Value, "email");
            }
        }

        if (input.Has(CheckInput.Gate.Dot) && text.Contains("at", StringComparison.OrdinalIgnoreCase))
        {
            foreach (var m in RegexSafety.Matches(input, Obfuscated(), text))
            {
                var domain = RegexSafety.Replace(input, Dots(), m.Groups["domain"].Value, ".").Replace(" ", "", StringComparison.Ordinal);
                Report(input, m, domain, "email-obfuscated");
            }
        }
    }

    private static void Report(CheckInput input, Match m, string domain, string messageKey)
    {
        var school = IsSchoolDomain(input.Model, domain.ToLowerInvariant());
        switch (input.Context)
        {
            case CheckContext.PersonalPost when school:
                input.Add(Categories.SchoolEmail, "6.10", Severity.Medium, m.Index, m.Length, "school-email");
                break;
            case CheckContext.StaffPost when school:
                break;
            default:
                input.Add(Categories.ContactDetails, "A.4.9", school ? Severity.Medium : Severity.High, m.Index, m.Length, messageKey);
                break;
        }
    }

    internal static bool IsSchoolDomain(CheckerModel model, string domain)
    {
        if (domain.EndsWith(".sch.uk", StringComparison.Ordinal))
        {
            return true;
        }

        foreach (var d in model.EmailDomains)
        {
            if (domain == d || domain.EndsWith("." + d, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]{1,64}@(?<domain>[A-Za-z0-9\-]{1,63}(?:\.[A-Za-z0-9\-]{1,63}){1,5})", RegexOptions.CultureInvariant, RegexSafety.TimeoutMs)]
    private static partial Regex Plain();

    [GeneratedRegex(@"\b[a-z0-9_\-]{1,30}(?:[ ]{0,2}(?:[(\[][ ]?)?(?:dot|\.)(?:[ ]?[)\]])?[ ]{0,2}[a-z0-9_\-]{1,30}){0,3}[ ]{0,2}(?:[(\[][ ]?)?(?:at|@)(?:[ ]?[)\]])?[ ]{0,2}(?<domain>[a-z0-9\-]{2,30}(?:[ ]{0,2}(?:[(\[][ ]?)?(?:dot|\.)(?:[ ]?[)\]])?[ ]{0,2}(?:co|org|ac|sch|gov|nhs|ltd|me)){0,1}[ ]{0,2}(?:[(\[][ ]?)?(?:dot|\.)(?:[ ]?[)\]])?[ ]{0,2}(?:com|uk|org|net|io|me|info|co))\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexSafety.TimeoutMs)]
    private static partial Regex Obfuscated();

    [GeneratedRegex(@"[(\[]?[ ]?\bdot\b[ ]?[)\]]?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexSafety.TimeoutMs)]
    private static partial Regex Dots();
}
