using System.Text.RegularExpressions;

namespace Signpost.Checking.Detectors;

/// <summary>
/// Email addresses (A.4.9), plain ("jo.bloggs@gmail.com") and written out ("jo dot bloggs at gmail dot
/// com", "jo(at)gmail(dot)com"). An address on the school's own domain (or any ".sch.uk") is the
/// school's: fine in a staff post, a school-email finding (6.10) in a personal post. Letters split by single spaces
/// ("m i l l i e 2 0 1 5 @ g m a i l . c o m") are an address written to get past filters too (A.4.9).
/// </summary>
internal sealed partial class EmailDetector : Detector
{
    public EmailDetector()
        : base(Needs.At | Needs.DotWord | Needs.Dot, new UnfinishedRead(Categories.ContactDetails, "A.4.9", "email addresses", "email"))
    {
    }

    public override void Detect(CheckInput input)
    {
        // The span first: the checker calls this for most texts (any "."), and the folded string is made only where a
        // regex must run (making it for every line cost `signpost check` ~45 ns a line; issue 3's speed).
        var span = input.FoldedSpan;
        var at = span.Contains('@');
        if (at)
        {
            var text = input.Folded;
            foreach (var m in RegexSafety.Matches(input, Plain(), text))
            {
                Report(input, m, m.Groups["domain"].Value, "email");
            }

            // A.4.9: an address spelled out letter by letter; its regex runs only where an "@" stands alone between
            // two one-char tokens ("5 @ g"), which a plain address or "@ the gate" is not.
            if (MayBeSpaced(span))
            {
                foreach (var m in RegexSafety.Matches(input, Spaced(), text))
                {
                    Report(input, m, m.Groups["domain"].Value.Replace(" ", "", StringComparison.Ordinal), "email-obfuscated");
                }
            }
        }

        // Written out with the word "dot", with "(at)" or "[at]", or with a space beside the "@" or before a dot
        // ("teacher.y4 @ holbrook.sch.uk", "katie22 @ yahoo . com": blind12; "noahgreen2016@ hotmail .co.uk": blind16).
        if ((input.Has(CheckInput.Gate.Dot) && span.Contains("at", StringComparison.OrdinalIgnoreCase))
            || (span.IndexOfAny('(', '[') >= 0 && (span.Contains("(at)", StringComparison.OrdinalIgnoreCase) || span.Contains("[at]", StringComparison.OrdinalIgnoreCase)))
            || (at && (span.Contains(" @", StringComparison.Ordinal) || span.Contains("@ ", StringComparison.Ordinal) || span.Contains(" .", StringComparison.Ordinal))))
        {
            foreach (var m in RegexSafety.Matches(input, Obfuscated(), input.Folded))
            {
                // "HOLBROOK-DOT-SCH-DOT-UK" (blind27) as well as "holbrook dot sch dot uk".
                var domain = RegexSafety.Replace(input, Dots(), m.Groups["domain"].Value, ".").Replace(" ", "", StringComparison.Ordinal)
                    .Replace("-.", ".", StringComparison.Ordinal).Replace(".-", ".", StringComparison.Ordinal);
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
                // Both: a school address is not for personal social media (6.10), and on a public post pupils and their
                // families could use it to reach the writer (contact details, advice citing 6.2, as CheckInput words it).
                // The domain alone ("signed up with my @holbrook.sch.uk address"; blind22) reaches no one: school email only.
                input.Add(Categories.SchoolEmail, "6.10", Severity.Medium, m.Index, m.Length, "school-email");
                if (!m.ValueSpan.StartsWith('@'))
                {
                    input.Add(Categories.ContactDetails, "A.4.9", Severity.Medium, m.Index, m.Length, messageKey);
                }

                break;
            case CheckContext.StaffPost when school:
                break;
            case not CheckContext.PersonalPost when school && IsRoleAddress(m.Value):
                // The school office's own address ("office@", "admin@", "enquiries@") in a parent's or pupil's comment is
                // the school's contact, not a person's (blind10, issue 3).
                break;
            default:
                input.Add(Categories.ContactDetails, "A.4.9", school ? Severity.Medium : Severity.High, m.Index, m.Length, messageKey);
                break;
        }
    }

    private static readonly string[] RoleParts =
    [
        "office", "admin", "enquiries", "enquiry", "info", "absence", "absences", "attendance", "reception", "head",
        "headteacher", "finance", "senco", "sendco", "clerk", "governors", "bursar", "school", "contact", "hello",
    ];

    /// <summary>Whether the address's local part is a school role ("office@", "admin@"), not a person's name.</summary>
    private static bool IsRoleAddress(string address)
    {
        var at = address.IndexOf('@', StringComparison.Ordinal);
        var local = (at > 0 ? address[..at] : address).Trim().ToLowerInvariant();
        return Array.IndexOf(RoleParts, local) >= 0;
    }

    /// <summary>
    /// False only where <see cref="Spaced"/> cannot match: it needs an "@" with one space on each side, a char that is
    /// neither space nor "@" on each side of those, and a space (or the start) before that char (the local part's last
    /// letter is a token of one char).
    /// </summary>
    internal static bool MayBeSpaced(ReadOnlySpan<char> text)
    {
        for (var i = text.IndexOf('@'); i >= 0; i = NextAt(text, i))
        {
            if (i >= 2 && i + 2 < text.Length && text[i - 1] == ' ' && text[i + 1] == ' ' && text[i - 2] != ' ' && text[i + 2] != ' '
                && (i == 2 || text[i - 3] == ' '))
            {
                return true;
            }
        }

        return false;

        static int NextAt(ReadOnlySpan<char> text, int i)
        {
            var next = text[(i + 1)..].IndexOf('@');
            return next < 0 ? -1 : i + 1 + next;
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

    // The part before "at" or "@" is no pronoun or little word: "signed up with my @holbrook.sch.uk address" names a
    // domain, not an address (blind22).
    [GeneratedRegex(@"\b(?!(?:my|your|ur|our|his|her|their|with|the|a|an|on|to|me|using|use)[ ]{1,2}(?:at|@))[a-z0-9_\-]{1,30}(?:[ \-]{0,2}(?:[(\[][ ]?)?(?:dot|\.)(?:[ ]?[)\]])?[ \-]{0,2}[a-z0-9_\-]{1,30}){0,3}[ \-]{0,2}(?:[(\[][ ]?)?(?:at|@)(?:[ ]?[)\]])?[ \-]{0,2}(?<domain>[a-z0-9\-]{2,30}(?:[ \-]{0,2}(?:[(\[][ ]?)?(?:dot|\.)(?:[ ]?[)\]])?[ \-]{0,2}(?:co|org|ac|sch|gov|nhs|ltd|me)){0,1}[ \-]{0,2}(?:[(\[][ ]?)?(?:dot|\.)(?:[ ]?[)\]])?[ \-]{0,2}(?:com|uk|org|net|io|me|info|co))\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexSafety.TimeoutMs)]
    private static partial Regex Obfuscated();

    /// <summary>
    /// An email address whose every char is a token of its own (A.4.9): "j o e @ h o t m a i l . c o . u k". Two or more
    /// local chars, then a domain of one-char tokens ending in a dot and a two-to-six-letter top-level part; nothing of
    /// a letter or digit joined on at either end.
    /// </summary>
    [GeneratedRegex(@"(?<![A-Za-z0-9._%+\-@])(?:[A-Za-z0-9._%+\-][ ]){2,64}@[ ](?<domain>[A-Za-z0-9\-](?:[ ][A-Za-z0-9\-]){0,62}(?:[ ]\.[ ][A-Za-z0-9\-](?:[ ][A-Za-z0-9\-]){0,62}){0,3}[ ]\.[ ][A-Za-z](?:[ ][A-Za-z]){1,5})(?![A-Za-z0-9])", RegexOptions.CultureInvariant, RegexSafety.TimeoutMs)]
    internal static partial Regex Spaced();

    [GeneratedRegex(@"[(\[]?[ ]?\bdot\b[ ]?[)\]]?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexSafety.TimeoutMs)]
    private static partial Regex Dots();
}
