namespace Signpost.Checking.Detectors;

/// <summary>
/// The school's own contact details in a staff post are official, not a person's (A.4.9 is about people's details):
/// "contact the school office on ...", "Absence line: please ring ...", "our address for returning forms is Holbrook
/// Primary, School Lane, ... CV99 3HP" (blind6, issue 3). A phone number, postcode or numbered street in a staff post
/// counts as the school's when the 40 chars before it name the school, its office, reception, absence or attendance
/// line or enquiries; elsewhere only when they name "the office", the "school office" or "reception on".
/// </summary>
internal static class SchoolContact
{
    private const int Before = 40;

    private static readonly string[] Helplines = ["nspcc", "childline", "samaritans", "helpline", "shout on", "papyrus", "crimestoppers", "nhs 111"];

    /// <summary>Whether an address on the school's own email domain comes within 60 chars after the number.</summary>
    private static bool SchoolAddressAfter(CheckInput input, ReadOnlySpan<char> after)
    {
        after = after[..Math.Min(60, after.Length)];
        var at = after.IndexOf('@');
        if (at < 0)
        {
            return false;
        }

        var end = at + 1;
        while (end < after.Length && (char.IsAsciiLetterOrDigit(after[end]) || after[end] is '.' or '-'))
        {
            end++;
        }

        return EmailDetector.IsSchoolDomain(input.Model, after[(at + 1)..end].TrimEnd('.').ToString().ToLowerInvariant());
    }

    private static readonly string[] Cues = ["office", "school", "reception", "absence", "attendance", "enquir", "phone line", "main line", "helpline", "call us", "ring us"];

    public static bool IsSchools(CheckInput input, ReadOnlySpan<char> text, int at)
    {
        var before = text.Slice(Math.Max(0, at - Before), Math.Min(Before, at));

        // A national helpline is nobody's own number: "call the NSPCC on 0808 800 5000", "Childline free on 0800 1111"
        // (blind32), in any context.
        foreach (var helpline in Helplines)
        {
            if (before.Contains(helpline, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        if (input.Context == CheckContext.StaffPost && SchoolAddressAfter(input, text[at..]))
        {
            // "Call 01632 960000 or email office@holbrook.sch.uk to book a table" (blind33): the number beside the
            // school's own address is the school's.
            return true;
        }

        if (input.Context != CheckContext.StaffPost)
        {
            // A parent who rang "the office on 024 7496 0500" gives the school's number, not their own (blind9).
            return before.Contains("the office", StringComparison.OrdinalIgnoreCase) || before.Contains("school office", StringComparison.OrdinalIgnoreCase)
                || before.Contains("reception on", StringComparison.OrdinalIgnoreCase);
        }

        foreach (var cue in Cues)
        {
            if (before.Contains(cue, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        foreach (var name in input.Model.Profile.Names ?? [])
        {
            if (name.Length > 0 && before.Contains(name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
