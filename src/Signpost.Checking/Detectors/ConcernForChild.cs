using Signpost.Checking.Normalisation;
using static Signpost.Checking.Detectors.SkeletonSentence;

namespace Signpost.Checking.Detectors;

/// <summary>
/// A neighbour or parent raising a concern about a child in a public comment (A.2.3): "The two little ones at the end
/// house are out in the snow with no coats till gone 10 every night and nobody ever answers the door", "a man in a grey
/// van ... filming the children". Read off the labels of every worked blind set (docs/CHECKER.md): a public comment with
/// one of the lists' <c>concern-cue</c> entries (out on the street, no coat, the same dirty clothes, asking for food,
/// nobody collecting, a black eye, bruises on, filming the children, a court order) and a child named (a little boy, the
/// kids, a girl, a Year 2 child) was safeguarding in 12 of 12 lines. Runs from the list hits.
/// </summary>
internal static class ConcernForChild
{
    /// <summary>The lists' category for the signs (never a finding by themselves).</summary>
    public const string CueCategory = "concern-cue";

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ChildLookup = SkeletonWords.Of(
        "child", "children", "kid", "kids", "boy", "girl", "lad", "toddler", "baby", "ones", "one", "pupil", "year", "son", "daughter");

    /// <summary>For a sign at skeleton [<paramref name="start"/>, <paramref name="end"/>): a safeguarding finding where a child is named and none is there yet.</summary>
    public static void Decide(CheckInput input, int start, int end)
    {
        if (input.Context != CheckContext.PublicComment || !NamesChild(input.Skeleton, start, end) || Threatened(input.Skeleton, start))
        {
            return;
        }

        if (input.HasFinding(Categories.Safeguarding))
        {
            return;
        }

        input.AddSkeleton(Categories.Safeguarding, "A.2.3", Severity.High, start, end, "concern-for-child");
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ThrowLookup = SkeletonWords.Of(
        "kick", "kicked", "throw", "thrown", "threw", "chuck", "chucked", "put", "turf", "turfed");

    /// <summary>"I'd kick him out on the street": a threat said in hate, read by the hate detectors, not a child seen outside.</summary>
    private static bool Threatened(Skeleton sk, int start)
    {
        var before = SkeletonSentence.PreviousStart(sk, start);
        var twoBefore = before >= 0 ? SkeletonSentence.PreviousStart(sk, before) : -1;
        return (before >= 0 && ThrowLookup.Contains(Token(sk, before))) || (twoBefore >= 0 && ThrowLookup.Contains(Token(sk, twoBefore)));
    }

    /// <summary>How many words either side of the sign a child is looked for.</summary>
    private const int Reach = 40;

    private static bool NamesChild(Skeleton sk, int start, int end)
    {
        var (lo, hi) = Window(sk, start, end, Reach);
        return AnyIn(sk, lo, hi, ChildLookup);
    }
}
