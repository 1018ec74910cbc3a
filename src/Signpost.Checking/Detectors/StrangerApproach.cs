using Signpost.Checking.Matching;
using Signpost.Checking.Normalisation;
using static Signpost.Checking.Detectors.SkeletonSentence;

namespace Signpost.Checking.Detectors;

/// <summary>
/// An adult reaching for a child from outside (A.2.2) in a public comment, said in ordinary words none of which is a
/// grooming phrase alone: "What a beautiful swimmer your daughter is. I coach privately, she can message me direct, no
/// need to bother mum and dad", "Which beach are you going to? I could meet you there and buy you an ice cream". Read
/// off the labels of every worked blind set (docs/CHECKER.md): a public comment with two of these four signs was
/// grooming in 74 of 74 lines, where each sign alone is everyday parents' talk ("text me if you want the photos"):
/// <list type="bullet">
/// <item>parents kept out or privacy sought ("no need to tell mum", "without your parents", "keep it quiet",
/// "between us", "privately", "message me direct") — the list's <c>approach-exclude</c> entries;</item>
/// <item>a private contact or meeting offered ("message me", "send me more pics", "meet you", "walk you home") —
/// <c>approach-invite</c>;</item>
/// <item>a gift or money ("buy you an ice cream", "free robux", "earn some cash", "I'll pay you") —
/// <c>approach-gift</c>;</item>
/// <item>a child spoken to or admired ("sweetheart", "your daughter", "you looked so grown up", "such pretty girls",
/// "any kids who") — read here from the words, only where one of the other three is in the comment.</item>
/// </list>
/// A pupil's own comment is left to the grooming lists and <see cref="ApproachTold"/> (there the same signs are already
/// caught); a staff post is the school's own.
/// </summary>
internal static class StrangerApproach
{
    /// <summary>The lists' category for the signs (never a finding by themselves).</summary>
    public const string CueCategory = "approach-cue";

    public const int Exclude = 1;
    public const int Invite = 2;
    public const int Gift = 4;

    /// <summary>The sign an <see cref="CueCategory"/> entry is, from its message key.</summary>
    public static int Sign(PhraseEntry entry) => entry.MessageKey switch
    {
        "approach-exclude" => Exclude,
        "approach-invite" => Invite,
        "approach-gift" => Gift,
        _ => 0,
    };

    /// <summary>Words that speak to or admire a child, alone.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> EndearmentLookup = SkeletonWords.Of(
        "sweetheart", "sweetie", "princess", "darling", "cutie", "babe", "hun", "gorgeous");

    /// <summary>Words that admire, before a child or a child's looks ("pretty girls", "lovely smile").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AdmireLookup = SkeletonWords.Of(
        "pretty", "beautiful", "gorgeous", "lovely", "cute", "handsome", "stunning");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AdmiredLookup = SkeletonWords.Of(
        "girl", "girls", "boy", "boys", "daughter", "son", "smile", "face", "eyes", "legs", "swimmer", "dancer", "gymnast", "little");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LookLookup = SkeletonWords.Of(
        "look", "looked", "looks", "are", "re", "so", "really", "very");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> YourLookup = SkeletonWords.Of("your", "ur", "yr");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ChildLookup = SkeletonWords.Of(
        "daughter", "son", "girl", "boy");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ChildrenLookup = SkeletonWords.Of(
        "kids", "girls", "boys", "lads", "children");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CallLookup = SkeletonWords.Of(
        "any", "hey", "hi", "hello", "you", "all", "of");

    /// <summary>
    /// After the list hits are read: <paramref name="signs"/> (the <see cref="Exclude"/>, <see cref="Invite"/> and
    /// <see cref="Gift"/> bits found), skeleton [<paramref name="start"/>, <paramref name="end"/>) from the first sign
    /// to the last. Adds a grooming finding where two signs are in a public comment that has none yet.
    /// </summary>
    public static void Decide(CheckInput input, int signs, int start, int end)
    {
        if (input.Context != CheckContext.PublicComment || signs == 0)
        {
            return;
        }

        // One sign and a child spoken to; a parent's child named ("your daughter") only with a gift or parents kept out:
        // "contact me if your daughter wants to join the netball club" is a club's notice.
        var two = (signs & (signs - 1)) != 0;
        if (!two && SpeaksToChild(input.Skeleton, start, end) is var child && (child == 0 || (child == Parent && signs == Invite)))
        {
            return;
        }

        if (input.HasFinding(Categories.Grooming))
        {
            return;
        }

        input.AddSkeleton(Categories.Grooming, "A.2.2", Severity.High, start, end, "stranger-approach");
    }

    /// <summary><see cref="SpeaksToChild"/>: a child spoken to or admired.</summary>
    internal const int Child = 1;

    /// <summary><see cref="SpeaksToChild"/>: only a parent's child named ("your daughter").</summary>
    internal const int Parent = 2;

    /// <summary>Whether the text speaks to or admires a child (the fourth sign): <see cref="Child"/>, <see cref="Parent"/> or 0.</summary>
    internal static int SpeaksToChild(Skeleton sk, int start, int end)
    {
        var parent = 0;
        var starts = sk.TokenStarts;
        var (lo, count) = Window(sk, start, end, 40);
        for (var t = lo; t < count; t++)
        {
            var word = Token(sk, starts[t]);
            if (EndearmentLookup.Contains(word))
            {
                return Child;
            }

            var next = t + 1 < count && !BreakBetween(sk, starts[t], starts[t + 1]) ? Token(sk, starts[t + 1]) : [];
            if (next.IsEmpty)
            {
                continue;
            }

            // "such pretty girls", "a lovely smile"; "you looked so grown up", "you are so pretty".
            if ((AdmireLookup.Contains(word) && AdmiredLookup.Contains(next))
                || (LookLookup.Contains(word) && (AdmireLookup.Contains(next) || (next.SequenceEqual("grown") && t + 2 < count && Token(sk, starts[t + 2]).SequenceEqual("up")))))
            {
                return Child;
            }

            // "your daughter", "ur little girl".
            if (YourLookup.Contains(word) && (ChildLookup.Contains(next)
                || (next.SequenceEqual("litle") && t + 2 < count && ChildLookup.Contains(Token(sk, starts[t + 2])))))
            {
                parent = Parent;
                continue;
            }

            // "any kids", "hey girls", "you lads", "all of the kids" ("of the" read past); "kids who want ...".
            if (ChildrenLookup.Contains(word) && next.SequenceEqual("who"))
            {
                return Child;
            }

            if (CallLookup.Contains(word))
            {
                var after = next.SequenceEqual("the") && t + 2 < count ? Token(sk, starts[t + 2]) : next;
                if (ChildrenLookup.Contains(after))
                {
                    return Child;
                }
            }
        }

        return parent;
    }
}
