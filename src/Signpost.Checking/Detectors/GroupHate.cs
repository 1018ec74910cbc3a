using Signpost.Checking.Normalisation;
using static Signpost.Checking.Detectors.SkeletonSentence;

namespace Signpost.Checking.Detectors;

/// <summary>
/// Hate aimed at a people or a faith as a whole with no slur word in it (A.5.6): "gay people are disgusting", "the jews
/// control all the banks", "immigrants should be sent back". Two blind sets (docs/CHECKER.md) had such lines, which the
/// word lists cannot see. A group named in the lists (<see cref="CueCategory"/>: "jews", "muslims", "gay people",
/// "immigrants"...) counts when, in the same sentence and within a few words after it, comes one of: "are/is" and a
/// word that makes people less than people ("scum", "vermin", "perverts", "parasites", "disgusting"); "should/must" and
/// a harm ("be banned", "be deported", "be sent back", "not be allowed"); or a conspiracy ("control the banks", "are
/// taking over"). A sentence that talks about prejudice ("the Nazis said...", "it is a myth that...", "racism")
/// is history or teaching, not hate, and stays quiet. Extreme offence blocks a post, so the words are few and strong.
/// </summary>
internal static class GroupHate
{
    /// <summary>The lists' category for the groups (never a finding by themselves).</summary>
    public const string CueCategory = "group-cue";

    /// <summary>How many words after the group the hate may come: "disabled kids hold everyone else back, they should be locked away".</summary>
    private const int Window = 9;

    /// <summary>How far either side the sentence is read for words about prejudice.</summary>
    private const int Reach = 60;

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CopulaLookup = SkeletonWords.Of("are", "r", "is", "were", "was");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LessThanPeopleLookup = SkeletonWords.Of(
        "disgusting", "scum", "vermin", "animals", "filth", "evil", "perverts", "paedos", "pedos", "paedophiles",
        "pedophiles", "parasites", "subhuman", "terrorists", "thieves", "rapists", "greedy", "disease", "plague",
        "cockroaches", "rats", "savages", "inferior", "freaks", "scroungers", "vile", "abominations", "abomination",
        "unnatural", "leeches", "stupid", "stupider", "thick", "dumb", "dumber", "lazy", "ugly", "primitive");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> RightAfterLookup = SkeletonWords.Of(
        "scum", "vermin", "filth", "parasites", "rats", "cockroaches", "savages", "animals", "scroungers");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SmellLookup = SkeletonWords.Of("smell", "stink", "reek", "pong", "smelly", "stinky");

    /// <summary>"less ..." that says a people is less than others: "are just less intelligent".</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LessWhatLookup = SkeletonWords.Of(
        "intelligent", "human", "evolved", "civilised", "civilized", "clever", "smart");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ModalLookup = SkeletonWords.Of("should", "shouldnt", "must", "mustnt", "need", "needs", "ought");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> HarmLookup = SkeletonWords.Of(
        "banned", "deported", "killed", "shot", "gassed", "hanged", "hung", "burned", "burnt", "exterminated", "die", "segregated",
        "locked", "kicked", "sent", "removed", "sterilised", "jailed", "wiped");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NegationLookup = SkeletonWords.Of("not", "shouldnt", "mustnt", "never");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ConspiracyLookup = SkeletonWords.Of("control", "controls", "own", "run", "runs");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ConspiracyObjectLookup = SkeletonWords.Of(
        "banks", "media", "government", "governments", "hollywood", "council", "country", "everything", "police");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TakeOverLookup = SkeletonWords.Of("taking", "invading", "ruining", "ruined", "ruin", "stealing", "steal", "replacing");

    /// <summary>Words that make the sentence about prejudice, not prejudiced: history, teaching, a lie named as one.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AboutPrejudiceLookup = SkeletonWords.Of(
        "nazi", "nazis", "hitler", "propaganda", "stereotype", "stereotypes", "myth", "myths", "prejudice", "racism",
        "racist", "discrimination", "homophobia", "homophobic", "antisemitism", "antisemitic", "islamophobia", "wrong",
        "untrue", "lie", "lies", "unfair", "believed", "claimed", "persecuted", "holocaust", "apartheid", "segregation",
        "bigots", "bigot", "bigotry", "hate", "hatred");

    /// <summary>For a group hit at skeleton [<paramref name="start"/>, <paramref name="end"/>): an extreme-offence finding when hate follows it.</summary>
    public static void Check(CheckInput input, int start, int end)
    {
        var sk = input.Skeleton;
        var starts = sk.TokenStarts;
        var count = sk.TokenCount;
        var first = Array.BinarySearch(starts, 0, count, start);
        if (first < 0)
        {
            return;
        }

        var last = Array.BinarySearch(starts, 0, count, end);
        last = last >= 0 ? last : ~last - 1;
        var to = -1;
        for (var t = last + 1; t < count && t - last <= Window && !BreakBetween(sk, starts[t - 1], starts[t]); t++)
        {
            var word = Token(sk, starts[t]);
            var previous = Token(sk, starts[t - 1]);
            // "all indians smell like that": a people said to smell, right after being named.
            if (SmellLookup.Contains(word) && t - last <= 2)
            {
                to = t;
                break;
            }

            // "polish scum", "gypsy vermin": the word that makes people less than people right after the group.
            if (t == last + 1 && RightAfterLookup.Contains(word))
            {
                to = t;
                break;
            }

            if (LessThanPeopleLookup.Contains(word) && HasBefore(sk, starts, last + 1, t, CopulaLookup))
            {
                to = t;
                break;
            }

            // The skeleton spells "less" with one s.
            if (word.SequenceEqual("les") && t + 1 < count && LessWhatLookup.Contains(Token(sk, starts[t + 1])) && HasBefore(sk, starts, last + 1, t, CopulaLookup))
            {
                to = t + 1;
                break;
            }

            if (HarmLookup.Contains(word) && HasBefore(sk, starts, last + 1, t, ModalLookup)
                && (!word.SequenceEqual("sent") || (t + 1 < count && Token(sk, starts[t + 1]).SequenceEqual("back"))))
            {
                to = t;
                break;
            }

            // The skeleton spells a run of one letter once: "allowed" reads "alowed".
            if (word.SequenceEqual("alowed") && HasBefore(sk, starts, last + 1, t, ModalLookup) && HasBefore(sk, starts, last + 1, t + 1, NegationLookup))
            {
                to = t;
                break;
            }

            if (ConspiracyObjectLookup.Contains(word) && HasBefore(sk, starts, last + 1, t, ConspiracyLookup))
            {
                to = t;
                break;
            }

            if (word.SequenceEqual("over") && TakeOverLookup.Contains(previous))
            {
                to = t;
                break;
            }

            if (TakeOverLookup.Contains(word) && t + 1 < count && Token(sk, starts[t + 1]) is var next
                && (next.SequenceEqual("our") || next.SequenceEqual("this")))
            {
                to = t + 1;
                break;
            }
        }

        if (to < 0 || AboutPrejudice(sk, starts, first))
        {
            return;
        }

        input.AddSkeleton(Categories.ExtremeOffence, "A.5.6", Severity.High, start, sk.TokenEnd(starts[to]), "hate-speech");
    }

    private static bool HasBefore(Skeleton sk, int[] starts, int from, int to, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> words)
    {
        for (var t = from; t < to; t++)
        {
            if (words.Contains(Token(sk, starts[t])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the sentence around token <paramref name="at"/> talks about prejudice itself.</summary>
    private static bool AboutPrejudice(Skeleton sk, int[] starts, int at)
    {
        var (lo, hi) = Bounds(sk, at, at, Reach);
        for (var t = lo; t <= hi; t++)
        {
            if (AboutPrejudiceLookup.Contains(Token(sk, starts[t])))
            {
                return true;
            }
        }

        return false;
    }
}
