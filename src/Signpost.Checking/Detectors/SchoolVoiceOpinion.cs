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
            if ((marker && judgement) || (judgement && (politics || matter)) || (marker && politics) || OwnView(sk, starts, from, t, word, previous))
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

    /// <summary>
    /// A speaker's own view that needs no second signal (read off the labels of every worked blind set: a staff post with
    /// one of these was a view in 91 of 92 lines, the other a class run down): "in my view/opinion", "personally", "I
    /// believe", "I don't agree", "between you and me", "frankly", "I can't stand", "sorry not sorry", "every family
    /// should", "vote for", "this government", "any parent who", "the only ethical", "the one true". Not "we believe":
    /// a school's values ("we believe every child deserves to feel safe"); not "vote for" in a debate or a school council
    /// election (the sentence's "debate", "motion", "voted", "elections", "council" before it).
    /// </summary>
    private static bool OwnView(Skeleton sk, int[] starts, int from, int t, ReadOnlySpan<char> word, ReadOnlySpan<char> previous)
    {
        var before2 = t - 2 >= from ? Token(sk, starts[t - 2]) : [];
        var next = t + 1 < sk.TokenCount && !BreakBetween(sk, starts[t], starts[t + 1]) ? Token(sk, starts[t + 1]) : [];
        if ((word.SequenceEqual("opinion") && previous.SequenceEqual("my") && before2.SequenceEqual("in"))
            || word.SequenceEqual("personaly") || word.SequenceEqual("frankly")
            || (word.SequenceEqual("believe") && previous.SequenceEqual("i"))
            || (word.SequenceEqual("agre") && (previous.SequenceEqual("dont") || previous.SequenceEqual("not")) && (before2.SequenceEqual("i") || before2.SequenceEqual("do")))
            || (word.SequenceEqual("me") && previous.SequenceEqual("and") && before2.SequenceEqual("you") && t - 3 >= from && Token(sk, starts[t - 3]).SequenceEqual("betwen"))
            || (word.SequenceEqual("stand") && previous.SequenceEqual("cant") && before2.SequenceEqual("i"))
            || (word.SequenceEqual("sory") && previous.SequenceEqual("not") && before2.SequenceEqual("sory"))
            || (word.SequenceEqual("should") && previous.SequenceEqual("family") && before2.SequenceEqual("every"))
            || (word.SequenceEqual("government") && previous.SequenceEqual("this"))
            || (word.SequenceEqual("who") && previous.SequenceEqual("parent") && before2.SequenceEqual("any"))
            || (word.SequenceEqual("ethical") && previous.SequenceEqual("only"))
            || (word.SequenceEqual("true") && (previous.SequenceEqual("one") || previous.SequenceEqual("only")) && (next.SequenceEqual("faith") || next.SequenceEqual("way") || next.SequenceEqual("god") || next.SequenceEqual("religion"))))
        {
            return true;
        }

        if (!(word.SequenceEqual("for") && previous.SequenceEqual("vote")))
        {
            return false;
        }

        // "vote for my husband", not "every class will vote for two representatives" in the school council's election.
        for (var u = from; u < t - 1; u++)
        {
            var w = Token(sk, starts[u]);
            if (w.SequenceEqual("debate") || w.SequenceEqual("motion") || w.SequenceEqual("voted") || w.SequenceEqual("elections")
                || w.SequenceEqual("council") || w.SequenceEqual("wil") || w.SequenceEqual("class"))
            {
                return false;
            }
        }

        return true;
    }
}
