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

    private static readonly string[] Cues = ["office", "school", "reception", "absence", "attendance", "enquir", "phone line", "main line", "helpline", "call us", "ring us"];

    public static bool IsSchools(CheckInput input, ReadOnlySpan<char> text, int at)
    {
        var before = text.Slice(Math.Max(0, at - Before), Math.Min(Before, at));
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
