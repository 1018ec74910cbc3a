namespace Signpost.Checking.Detectors;

/// <summary>
/// On a personal post, naming the school links the writer's own account to it (6.1): advice to think
/// again. Uses the school's names from <see cref="SchoolProfile"/>, also written as one word, as hashtags are.
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

        // A hashtag joins the words of a name ("#holbrookprimary"; the blind set, issue 3).
        foreach (var name in input.Model.SchoolNames.Concat(input.Model.SchoolTags))
        {
            foreach (var at in Matching.SkeletonSearch.FindAll(input.Skeleton, name))
            {
                input.AddSkeleton(Categories.SelfIdentification, "6.1", Severity.Low, at, at + name.Length, "self-id-school");
            }
        }

        // "#HolbrookPrimary", "#holbrook": the skeleton reads a "#" beside letters as a hidden letter ("f#ck"), so hashtags
        // are looked for in the folded text: a "#", then letters and digits that start with one of the school's names.
        var folded = input.FoldedSpan;
        for (var i = folded.IndexOf('#'); i >= 0 && i + 1 < folded.Length; i = NextHash(folded, i + 1))
        {
            var end = i + 1;
            while (end < folded.Length && char.IsAsciiLetterOrDigit(folded[end]))
            {
                end++;
            }

            var tag = folded[(i + 1)..end];
            foreach (var name in input.Model.SchoolHashtags)
            {
                if (tag.StartsWith(name, StringComparison.OrdinalIgnoreCase))
                {
                    input.Add(Categories.SelfIdentification, "6.1", Severity.Low, i, end - i, "self-id-school");
                    break;
                }
            }
        }
    }

    private static int NextHash(ReadOnlySpan<char> folded, int from)
    {
        var next = folded[from..].IndexOf('#');
        return next < 0 ? -1 : from + next;
    }
}
