using Signpost.Checking.Normalisation;
using static Signpost.Checking.Detectors.SkeletonSentence;

namespace Signpost.Checking.Detectors;

/// <summary>
/// A child telling, in a pupil's comment or post, of being left to care for themselves or others at home (A.2.3): "mum
/// has been in bed for days and i have to look after my baby sister", "I stay at home on my own with my baby sister when
/// mum goes out at night", "we had no tea agen last nite mum says theres no money till friday". Read off the labels of
/// every worked blind set (docs/CHECKER.md): a pupil's text with one of the lists' <c>neglect-cue</c> entries (no food in,
/// home on one's own all night, a little brother or sister looked after, oneself got ready for school, a parent in bed
/// for days, a young carer) and a parent or carer named was a disclosure in 30 of 32 lines; the two others were a child
/// not allowed to the park "on my own" and a packed lunch for after swimming, which the cues no longer read. Helping to
/// put a sister to bed, or a mum who sleeps all day after a night shift, is family life and no cue. A story's explorers
/// with "no food left" name no parent and stay quiet.
/// </summary>
internal static class NeglectTold
{
    /// <summary>The lists' category for the signs (never a finding by themselves).</summary>
    public const string CueCategory = "neglect-cue";

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CarerLookup = SkeletonWords.Of(
        "mum", "mummy", "mom", "mam", "mama", "dad", "daddy", "stepdad", "nan", "nanny", "parents", "auntie", "aunty", "grandma", "gran");

    /// <summary>For a sign at skeleton [<paramref name="start"/>, <paramref name="end"/>): a safeguarding finding where a parent or carer is named and none is there yet.</summary>
    public static void Decide(CheckInput input, int start, int end)
    {
        if (input.Context is not (CheckContext.PupilComment or CheckContext.PupilPost) || !NamesCarer(input.Skeleton, start, end))
        {
            return;
        }

        if (input.HasFinding(Categories.Safeguarding))
        {
            return;
        }

        input.AddSkeleton(Categories.Safeguarding, "A.2.3", Severity.High, start, end, "neglect");
    }

    /// <summary>How many words either side of the sign a parent or carer is looked for.</summary>
    private const int Reach = 40;

    private static bool NamesCarer(Skeleton sk, int start, int end)
    {
        var (lo, hi) = Window(sk, start, end, Reach);
        return AnyIn(sk, lo, hi, CarerLookup);
    }
}
