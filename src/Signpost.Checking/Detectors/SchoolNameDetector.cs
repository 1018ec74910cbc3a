namespace Signpost.Checking.Detectors;

/// <summary>
/// On a personal post, naming the school links the writer's own account to it (6.1): advice to think
/// again. Uses the school's names from <see cref="SchoolProfile"/>.
/// </summary>
internal sealed class SchoolNameDetector : Detector
{
    public SchoolNameDetector()
        : base(Needs.PersonalPost)
    {
    }

    public override void Detect(CheckInput input)
    {
        if (input.Context != CheckContext.PersonalPost)
        {
            return;
        }

        foreach (var name in input.Model.SchoolNames)
        {
            foreach (var at in Matching.SkeletonSearch.FindAll(input.Skeleton, name))
            {
                input.AddSkeleton(Categories.SelfIdentification, "6.1", Severity.Low, at, at + name.Length, "self-id-school");
            }
        }
    }
}
