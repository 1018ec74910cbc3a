namespace Signpost.Checking.Detectors;

/// <summary>
/// Work information about pupils on a staff member's own account (3.2): where a personal post names or identifies a
/// pupil (6.8) or gives a person's data (5.4, 6.8), it is confidential as well, as the policy's "work information about
/// pupils on a personal account" has it; the blind sets label 34 of the 56 such lines so (the rest give only the pupil's
/// name or data). Runs last (ContextReaders), on the other detectors' findings; advice, as every personal-post finding is.
/// </summary>
internal static class WorkOnPersonalPost
{
    public static void Detect(CheckInput input)
    {
        if (input.Context != CheckContext.PersonalPost)
        {
            return;
        }

        var findings = input.Findings;
        var about = -1;
        for (var i = 0; i < findings.Count; i++)
        {
            var category = findings[i].Category;
            if (category == Categories.Confidential)
            {
                return;
            }

            about = about < 0 && (category == Categories.PupilIdentity || category == Categories.PersonalData) ? i : about;
        }

        if (about >= 0)
        {
            var f = findings[about];
            input.AddOriginal(Categories.Confidential, "3.2", Severity.Medium, f.Start, f.Length, "work-on-personal-post");
        }
    }
}
