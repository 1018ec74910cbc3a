using Signpost.Checking.Normalisation;
using static Signpost.Checking.Detectors.SkeletonSentence;

namespace Signpost.Checking.Detectors;

/// <summary>
/// A view given in the school's voice on its own site (5.3, A.4.10), where no fixed phrase of the lists says it: "In my
/// view the council's decision to close the library is a disgrace", "Honestly, SATs are a pointless exercise", "We fully
/// support the teachers' strike". In one sentence of a staff post, two of three things: a speaker's marker ("in my
/// view", "I think", "we believe", "honestly", "frankly", "between you and me", "as a school we", "we fully support"); a
/// judgement ("disgrace", "shameful", "pointless", "a waste of time", "ruined", "should be scrapped", "should be
/// ashamed"); a public matter (the council, the government, Ofsted, SATs, a strike, a vote, a party, the library's
/// closing, funding cuts). A marker with a public matter counts only for politics itself (a vote, a party, a strike, the
/// government): "We think the council's new crossing is great news" is thanks, not a view. Ninety lines of the worked
/// sets carried such views and no phrase; the 912 clean staff posts beside them mention the council, Ofsted and SATs
/// plainly, which is why one signal alone never counts.
/// </summary>
internal static class SchoolVoiceOpinion
{

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> MarkerLookup = SkeletonWords.Of(
        "honestly", "frankly", "personally", "disagree");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ThinkLookup = SkeletonWords.Of(
        "think", "believe", "feel", "reckon");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> WeLookup = SkeletonWords.Of("i", "we", "fully", "proudly", "strongly", "firmly", "really", "honestly", "personally", "both", "all");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SupportLookup = SkeletonWords.Of(
        "support", "back", "oppose", "object", "stand");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> JudgementLookup = SkeletonWords.Of(
        "disgrace", "disgraceful", "shameful", "shambles", "pointless", "ridiculous", "scrapped", "scrap", "ashamed", "ruined",
        "ruining", "ruin", "destroyed", "destroying", "disaster", "selfish", "insult", "useless", "incompetent", "nonsense",
        "boycott", "shortsighted", "outrageous", "appalling", "sack");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PoliticsLookup = SkeletonWords.Of(
        "vote", "voted", "voting", "voter", "voters", "election", "elections", "labour", "tories", "tory", "conservatives",
        "brexit", "strike", "strikes", "strikers", "government", "governments", "mp", "mps", "politicians", "petition",
        "protest", "councillors", "councillor", "parliament", "reform", "eu");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PublicLookup = SkeletonWords.Of(
        "council", "councils", "ofsted", "sats", "dfe", "housing", "library", "phonics", "framework", "budget", "budgets", "cuts",
        "funding", "policy", "policies", "manifesto", "vaccines", "immigration", "scheme", "homework", "screens", "smartphone",
        "smartphones", "veganism", "church", "estate", "development", "system", "tests", "testing");

    public static void Detect(CheckInput input)
    {
        if (input.Context != CheckContext.StaffPost)
        {
            return;
        }

        var sk = input.Skeleton;
        var starts = sk.TokenStarts;
        var from = 0;
        var marker = false;
        var judgement = false;
        var politics = false;
        var matter = false;
        for (var t = 0; t < sk.TokenCount; t++)
        {
            if (t > 0 && BreakBetween(sk, starts[t - 1], starts[t]))
            {
                (from, marker, judgement, politics, matter) = (t, false, false, false, false);
            }

            var word = Token(sk, starts[t]);
            var previous = t > from ? Token(sk, starts[t - 1]) : [];
            marker |= MarkerLookup.Contains(word)
                || (ThinkLookup.Contains(word) && WeLookup.Contains(previous))
                || (SupportLookup.Contains(word) && WeLookup.Contains(previous))
                || (word.SequenceEqual("view") && previous.SequenceEqual("my") && t - 2 >= from && Token(sk, starts[t - 2]).SequenceEqual("in"))
                || (word.SequenceEqual("betwen") && t + 1 < sk.TokenCount && Token(sk, starts[t + 1]).SequenceEqual("you"))
                || (word.SequenceEqual("agre") && (previous.SequenceEqual("dont") || previous.SequenceEqual("not")))
                || (word.SequenceEqual("schol") && previous.SequenceEqual("a") && t - 2 >= from && Token(sk, starts[t - 2]).SequenceEqual("as"))
                || ((word.SequenceEqual("stands") || word.SequenceEqual("stand")) && t + 1 < sk.TokenCount && Token(sk, starts[t + 1]).SequenceEqual("with"));
            judgement |= JudgementLookup.Contains(word)
                || (word.SequenceEqual("joke") && (previous.SequenceEqual("a") || previous.SequenceEqual("total") || previous.SequenceEqual("complete")))
                || (word.SequenceEqual("time") && previous.SequenceEqual("of") && t - 2 >= from && Token(sk, starts[t - 2]).SequenceEqual("waste"))
                || (word.SequenceEqual("system") && previous.SequenceEqual("broken"));
            politics |= PoliticsLookup.Contains(word);
            matter |= PublicLookup.Contains(word);
            if ((marker && judgement) || (judgement && (politics || matter)) || (marker && politics))
            {
                var end = t;
                while (end + 1 < sk.TokenCount && !BreakBetween(sk, starts[end], starts[end + 1]))
                {
                    end++;
                }

                input.AddSkeleton(Categories.Opinion, "5.3", Severity.Medium, starts[from], sk.TokenEnd(starts[end]), "opinion-voice");
                return;
            }
        }
    }
}
