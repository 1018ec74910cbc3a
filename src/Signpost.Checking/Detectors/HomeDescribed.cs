using Signpost.Checking.Normalisation;
using static Signpost.Checking.Detectors.SkeletonSentence;

namespace Signpost.Checking.Detectors;

/// <summary>
/// A home described so it can be found, in a child's or a neighbour's words (A.4.9): "I live in the tall blue flats
/// behind the big Tesco, 9th floor", "come to mine, its the one next to the chippy on Foleshill Road", "the caravan is
/// pitch 47 at Sandy Bay holiday park". No house number and street stand together, so <see cref="StreetAddressDetector"/>
/// has nothing to read. Read off the labels of every worked blind set (docs/CHECKER.md): a pupil's or the public's
/// comment with one of the lists' <c>home-cue</c> entries ("I live", "come to mine", "we're the yellow house", "find us")
/// and a place word (a road, a grove, flats, a floor, a pitch) or a pointer (next to, opposite, behind, the end of, the
/// one with) was contact details in 86 of 88 lines. A question ("what street do you live on?") gives no address and is
/// left to the grooming lists; "I live near the school" points nowhere.
/// </summary>
internal static class HomeDescribed
{
    /// <summary>The lists' category for the cues (never a finding by themselves).</summary>
    public const string CueCategory = "home-cue";

    /// <summary>How many words either side of the cue a place or pointer is looked for.</summary>
    private const int Reach = 40;

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PlaceLookup = SkeletonWords.Of(
        "road", "rd", "grove", "lane", "avenue", "ave", "close", "drive", "street", "crescent", "highway", "flats", "flat",
        "estate", "floor", "pitch", "terrace", "gardens", "mews", "court", "coppice", "cul", "bungalow", "caravan", "buzzer");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PointerLookup = SkeletonWords.Of(
        "opposite", "behind", "above", "past");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AskLookup = SkeletonWords.Of("what", "which", "wat", "wot");

    /// <summary>A story's or a book's address ("I live at 221B Baker Street, said the detective"), not the writer's.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StoryLookup = SkeletonWords.Of(
        "said", "story", "stories", "book", "film", "detective", "character", "poem");

    /// <summary>
    /// After every other detector, for the cue the list match saw (<see cref="CheckInput.HomeCue"/>): a contact-details
    /// finding where a place or a pointer is in the text and no address (or other contact detail) was found already.
    /// </summary>
    public static void Detect(CheckInput input)
    {
        var (start, end) = input.HomeCue;
        if (start < 0)
        {
            return;
        }

        var (lo, hi) = Window(input.Skeleton, start, end, Reach);
        var at = Where(input.Skeleton, lo, hi);
        if (at < 0)
        {
            return;
        }

        if (input.HasFinding(Categories.ContactDetails))
        {
            return;
        }

        var sk = input.Skeleton;
        input.AddSkeleton(Categories.ContactDetails, "A.4.9", Severity.High, Math.Min(start, at), Math.Max(end, sk.TokenEnd(at)), "address");
    }

    /// <summary>The skeleton start of the first place word or pointer, or -1 (also for a question about where someone lives).</summary>
    private static int Where(Skeleton sk, int lo, int count)
    {
        var starts = sk.TokenStarts;
        var found = -1;
        for (var t = lo; t < count; t++)
        {
            var word = Token(sk, starts[t]);
            var next = t + 1 < count ? Token(sk, starts[t + 1]) : [];
            // "what street do you live on?", "which road": a question, no address.
            if ((AskLookup.Contains(word) && (next.SequenceEqual("street") || next.SequenceEqual("road") || next.SequenceEqual("way")))
                || StoryLookup.Contains(word))
            {
                return -1;
            }

            if (found >= 0)
            {
                continue;
            }

            // "next to", "the end of", "the corner of", "the one with the flag".
            if (PlaceLookup.Contains(word) || PointerLookup.Contains(word)
                || (word.SequenceEqual("next") && next.SequenceEqual("to"))
                || ((word.SequenceEqual("end") || word.SequenceEqual("corner")) && next.SequenceEqual("of"))
                || (word.SequenceEqual("one") && t > lo && Token(sk, starts[t - 1]).SequenceEqual("the") && (next.SequenceEqual("with") || next.SequenceEqual("next") || next.SequenceEqual("behind") || next.SequenceEqual("opposite"))))
            {
                found = starts[t];
            }
        }

        return found;
    }
}
