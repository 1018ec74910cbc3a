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

        var about = ContextReaders.FirstWithout(input.Findings, Categories.Confidential, Categories.PupilIdentity, Categories.PersonalData);
        if (about >= 0)
        {
            var f = input.Findings[about];
            input.AddOriginal(Categories.Confidential, "3.2", Severity.Medium, f.Start, f.Length, "work-on-personal-post");
        }
    }
}
