namespace Signpost.Checking.Detectors;

/// <summary>
/// The readers that depend on where a text is posted, run last and once: a view in the school's voice on a staff post
/// (<see cref="SchoolVoiceOpinion"/>), the workplace named and work information on a personal post
/// (<see cref="WorkplaceNamed"/>, <see cref="WorkOnPersonalPost"/>), a child
/// telling of an approach in a pupil's comment or post (<see cref="ApproachTold"/>), an advert with contact details in a
/// comment (<see cref="PromotionWithContact"/>), a home described so it can be found (<see cref="HomeDescribed"/>, only
/// where the list match saw its cue). The last four read the other detectors' findings. One detector, not
/// four, so a check pays for one call and one look at the context (each of the four cost ~12 ns a comment).
/// </summary>
internal sealed class ContextReaders : Detector
{
    public override void Detect(CheckInput input)
    {
        if (input.Findings.Count > 0)
        {
            NamesInAddresses.Detect(input);
            GayAsInsult.Detect(input);
        }

        switch (input.Context)
        {
            case CheckContext.StaffPost:
                SchoolVoiceOpinion.Detect(input);
                WorkSecrets.Detect(input);
                break;
            case CheckContext.PersonalPost:
                WorkplaceNamed.Detect(input);
                WorkOnPersonalPost.Detect(input);
                WorkSecrets.Detect(input);
                break;
            case CheckContext.PupilComment or CheckContext.PupilPost:
                HomeDescribed.Detect(input);
                if (input.Findings.Count > 0)
                {
                    ApproachTold.Detect(input);
                    PromotionWithContact.Detect(input);
                }

                break;
            case CheckContext.PublicComment:
                HomeDescribed.Detect(input);
                if (input.Findings.Count > 0)
                {
                    PromotionWithContact.Detect(input);
                }

                break;
        }
    }

    /// <summary>
    /// The index of the first finding of <paramref name="wanted"/> (or of <paramref name="orWanted"/>), or -1, and -1 as
    /// well where a finding of <paramref name="already"/> is there: the readers add a category only where it is missing.
    /// </summary>
    public static int FirstWithout(List<Finding> findings, string already, string wanted, string? orWanted = null)
    {
        var first = -1;
        for (var i = 0; i < findings.Count; i++)
        {
            var category = findings[i].Category;
            if (category == already)
            {
                return -1;
            }

            first = first < 0 && (category == wanted || category == orWanted) ? i : first;
        }

        return first;
    }
}
