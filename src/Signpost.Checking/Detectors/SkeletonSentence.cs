using Signpost.Checking.Normalisation;

namespace Signpost.Checking.Detectors;

/// <summary>
/// Reading the words around a list hit, as the sentence-level detectors do (<see cref="DisclosureDetector"/>,
/// <see cref="GroupHate"/>, <see cref="SurpriseSecret"/>, <see cref="SchoolNameDetector"/>, <see cref="PupilIdentityDetector"/>):
/// a token's chars, whether a sentence break lies between two places, the sentence around some tokens (read at most
/// <c>reach</c> tokens either side, so a text of one endless sentence costs no more per hit), and the word after a place.
/// </summary>
internal static class SkeletonSentence
{
    /// <summary>The chars of the token starting at skeleton place <paramref name="start"/>.</summary>
    public static ReadOnlySpan<char> Token(Skeleton sk, int start) => sk.Chars.AsSpan(start, sk.TokenEnd(start) - start);

    /// <summary>Whether a sentence break lies in skeleton [<paramref name="a"/>, <paramref name="b"/>).</summary>
    public static bool BreakBetween(Skeleton sk, int a, int b) => sk.Chars.AsSpan(a, b - a).Contains(Skeleton.SentenceBreak);

    /// <summary>
    /// The token indexes [lo, hi] of the sentence holding tokens <paramref name="first"/>..<paramref name="last"/>, going
    /// at most <paramref name="reach"/> tokens back from the first and on from the last.
    /// </summary>
    public static (int Lo, int Hi) Bounds(Skeleton sk, int first, int last, int reach)
    {
        var starts = sk.TokenStarts;
        var lo = first;
        while (lo > 0 && first - lo < reach && !BreakBetween(sk, starts[lo - 1], starts[lo]))
        {
            lo--;
        }

        var hi = last;
        while (hi + 1 < sk.TokenCount && hi + 1 - last <= reach && !BreakBetween(sk, starts[hi], starts[hi + 1]))
        {
            hi++;
        }

        return (lo, hi);
    }

    /// <summary>
    /// The token indexes [lo, hi) within <paramref name="reach"/> tokens either side of the tokens at skeleton
    /// [<paramref name="start"/>, <paramref name="end"/>), across sentences: what a cue's reader looks at around it, so a
    /// long text costs a reader no more than a comment does (issue 3's p99).
    /// </summary>
    public static (int Lo, int Hi) Window(Skeleton sk, int start, int end, int reach)
    {
        var starts = sk.TokenStarts;
        var count = sk.TokenCount;
        var first = Array.BinarySearch(starts, 0, count, start);
        first = first >= 0 ? first : Math.Max(~first - 1, 0);
        var last = Array.BinarySearch(starts, 0, count, end);
        last = last >= 0 ? last : ~last;
        return (Math.Max(first - reach, 0), Math.Min(last + reach, count));
    }

    /// <summary>Whether any token of [<paramref name="lo"/>, <paramref name="hi"/>) is one of <paramref name="words"/>.</summary>
    public static bool AnyIn(Skeleton sk, int lo, int hi, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> words)
    {
        for (var t = lo; t < hi; t++)
        {
            if (words.Contains(Token(sk, sk.TokenStarts[t])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Where the token after skeleton place <paramref name="end"/> starts, in the same sentence, or -1.</summary>
    public static int NextStart(Skeleton sk, int end)
    {
        var s = end;
        while (s < sk.Length && sk.Chars[s] == Skeleton.Space)
        {
            s++;
        }

        return s >= sk.Length || sk.Chars[s] == Skeleton.SentenceBreak ? -1 : s;
    }

    /// <summary>Where the token before the one starting at <paramref name="start"/> starts, in the same sentence, or -1.</summary>
    public static int PreviousStart(Skeleton sk, int start)
    {
        var e = start - 1;
        while (e >= 0 && sk.Chars[e] == Skeleton.Space)
        {
            e--;
        }

        if (e < 0 || sk.Chars[e] == Skeleton.SentenceBreak)
        {
            return -1;
        }

        while (e > 0 && !sk.IsBoundary(e - 1))
        {
            e--;
        }

        return e;
    }

    /// <summary>The word after skeleton place <paramref name="end"/> past at least one space, in the same sentence; empty where there is none.</summary>
    public static ReadOnlySpan<char> NextWord(Skeleton sk, int end) =>
        NextStart(sk, end) is var s && s > end ? Token(sk, s) : [];

    /// <summary>The word before the token at skeleton place <paramref name="start"/>, in the same sentence; empty where there is none.</summary>
    public static ReadOnlySpan<char> PreviousWord(Skeleton sk, int start) =>
        PreviousStart(sk, start) is var p && p >= 0 ? Token(sk, p) : [];
}
