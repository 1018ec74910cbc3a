using Signpost.Checking.Normalisation;
using static Signpost.Checking.Detectors.SkeletonSentence;

namespace Signpost.Checking.Detectors;

/// <summary>
/// A secret kept for a surprise is not grooming (A.2.2): "don't tell Mrs Price but we are making her a card", "shh, it's
/// a secret, we're making something for Mother's Day". Three blind sets (docs/CHECKER.md) each had one such line from a
/// pupil or a teacher flagged as secrecy. A secrecy hit is dropped when its sentence names a surprise (a card, a present,
/// a birthday, someone leaving) and nothing of an approach (someone who said it, a message, a picture, meeting, being
/// alone) in its own sentence or the one either side ("we're making her a card!!! it's a secret"), and only where pupils and staff write: in a public comment an adult's "don't tell your mum, it's a surprise"
/// stays grooming.
/// </summary>
internal static class SurpriseSecret
{
    /// <summary>At most this many words either side are read: a text of one endless sentence costs no more per hit.</summary>
    private const int Reach = 60;

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SurpriseLookup = SkeletonWords.Of(
        "surprise", "suprise", "surprize", "card", "cards", "present", "presents", "gift", "gifts", "santa", "birthday",
        "bday", "party", "leaving", "mothers", "fathers", "christmas", "xmas", "mystery", "reveal", "revealed");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ApproachLookup = SkeletonWords.Of(
        "said", "says", "told", "tells", "asked", "asks", "man", "lady", "online", "snap", "snapchat", "insta", "instagram",
        "whatsapp", "dm", "message", "msg", "messages", "pic", "pics", "picture", "pictures", "photo", "photos", "selfie",
        "meet", "alone", "address", "number", "touch", "touched", "touches", "game", "uncle", "coach", "phone", "video",
        "camera", "me");

    /// <summary>Whether the secrecy hit at skeleton [<paramref name="start"/>, <paramref name="end"/>) keeps a surprise.</summary>
    public static bool Keeps(CheckInput input, int start, int end) => Keeps(input, start, end, staffing: false);

    /// <summary>
    /// <see cref="Keeps(CheckInput, int, int)"/>; with <paramref name="staffing"/>, for a matter kept quiet (3.2), someone
    /// "leaving" is no surprise: "Keep it under your hats: Mr Moss is leaving" is a staffing matter.
    /// </summary>
    public static bool Keeps(CheckInput input, int start, int end, bool staffing)
    {
        if (input.Context is not (CheckContext.PupilComment or CheckContext.PupilPost or CheckContext.StaffPost))
        {
            return false;
        }

        var sk = input.Skeleton;
        var starts = sk.TokenStarts;
        var count = sk.TokenCount;
        var first = Array.BinarySearch(starts, 0, count, start);
        if (first < 0)
        {
            return false;
        }

        // The hit's sentence and the ones either side of it: "we are making her a card!!! its a secret".
        // Back to the start of the sentence before (past at most one break), on to the end of the sentence after.
        var lo = first;
        var back = 0;
        while (lo > 0 && first - lo < Reach)
        {
            if (BreakBetween(sk, starts[lo - 1], starts[lo]) && ++back == 2)
            {
                break;
            }

            lo--;
        }

        var hi = first;
        var ahead = 0;
        while (hi + 1 < count && hi - first < Reach)
        {
            if (BreakBetween(sk, starts[hi], starts[hi + 1]) && ++ahead == 2)
            {
                break;
            }

            hi++;
        }

        var surprise = false;
        for (var t = lo; t <= hi; t++)
        {
            var word = Token(sk, starts[t]);
            if (ApproachLookup.Contains(word))
            {
                return false;
            }

            surprise |= (SurpriseLookup.Contains(word) && !(staffing && word.SequenceEqual("leaving")))
                // "Mother's Day": the skeleton splits off the "s".
                || ((word.SequenceEqual("mother") || word.SequenceEqual("father")) && t + 2 <= hi && Token(sk, starts[t + 1]).SequenceEqual("s") && Token(sk, starts[t + 2]).SequenceEqual("day"));
        }

        return surprise;
    }
}
