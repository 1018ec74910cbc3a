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

    /// <summary>
    /// Words after a school's short name that make it the place the school is named after: "a walk round Holbrook park",
    /// "Holbrook village" (blind7, blind8; issue 3). "Holbrook Primary" and "Holbrook" alone stay the school.
    /// </summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PlaceLookup = SkeletonWords.Of(
        "park", "village", "road", "lane", "street", "church", "library", "lake", "woods", "wood", "common", "high", "station",
        "leisure", "hall", "pond", "river", "estate", "fields", "field", "farm", "cafe", "pub", "shops", "market", "town",
        "green", "beach", "hill", "castle");

    /// <summary>Whether the word after skeleton place <paramref name="end"/> makes the name a place.</summary>
    private static bool IsPlace(Normalisation.Skeleton sk, int end) => PlaceLookup.Contains(SkeletonSentence.NextWord(sk, end));

    public override void Detect(CheckInput input)
    {
        if (input.Context != CheckContext.PersonalPost)
        {
            return;
        }

        // A hashtag joins the words of a name ("#holbrookprimary"; the blind set, issue 3).
        foreach (var name in input.Model.SchoolNamesAndTags)
        {
            foreach (var at in Matching.SkeletonSearch.FindAll(input.Skeleton, name))
            {
                if (IsPlace(input.Skeleton, at + name.Length))
                {
                    continue;
                }

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
