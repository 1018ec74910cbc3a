using Signpost.Checking.Normalisation;
using static Signpost.Checking.Detectors.SkeletonSentence;

namespace Signpost.Checking.Detectors;

/// <summary>
/// A child telling, in a pupil's comment or post, of someone outside the family circle doing what groomers do (A.2.2):
/// "a man at the park said hed give me a puppy if i got in his van", "the football coach gave me a new phone and says i
/// can only use it to talk to him", "someone on among us keeps asking me to facetime him". Read off the labels of every
/// worked blind set (docs/CHECKER.md): a pupil's text naming such a person (the lists' <c>told-other</c> entries: a man,
/// a lady, someone, a coach, a tutor, a babysitter, a big boy, an online friend, a brother's mate) and one sign (a gift or
/// money given, a secret or "just me", a meeting, a car or a flat, pictures of the child, where the child lives) was
/// grooming in 62 of 74 lines, and the other 12 were disclosures labelled safeguarding alone, where the grooming finding
/// adds nothing wrong; no clean line had both. Photos and a phone alone are no sign: "a lady from the zoo showed us
/// photos of the tigers" is a trip. Family ("my uncle", "grandad gave me £5") is left to the disclosure lists: a gift from
/// a grandparent is a gift. Runs from the list hits, so a text with no such person costs nothing here; the safeguarding
/// finding the Designated Safeguarding Lead needs follows from <see cref="ApproachTold"/>.
/// </summary>
internal static class ChildToldApproach
{
    /// <summary>The lists' category for the people (never a finding by themselves).</summary>
    public const string CueCategory = "told-cue";

    /// <summary>How many words either side of the person a sign is looked for (a comment's whole length; a long post's part).</summary>
    private const int Reach = 30;

    private const byte NotApproach = 1;
    private const byte SignWord = 2;
    private const byte PairFirst = 4;

    /// <summary>A sign by itself.</summary>
    private static readonly string[] SignWords = [
        "money", "sweets", "vape", "vapes", "haribo", "robux", "vbucks", "skin", "skins", "switch", "secret", "secrets",
        "snap", "snapchat", "whatsapp", "facetime", "meet", "meeting", "trainers", "packages", "pounds", "quid"];

    /// <summary>Pictures, only of the child ("pictures of me"): a lady from the zoo showing the class photos is a trip.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PicturesLookup = SkeletonWords.Of(
        "pics", "pictures", "photos", "videos", "vids", "selfies", "pic", "picture", "photo", "video");

    /// <summary>Verbs of giving, a sign before "me" ("gives me", "bought me", "post me").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> GiveLookup = SkeletonWords.Of(
        "give", "gives", "gave", "buy", "buys", "bought", "gift", "gifts", "gifting", "post", "send", "sends");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SpecialWhatLookup = SkeletonWords.Of(
        "game", "friend", "club", "girl", "boy", "mate", "secret", "job");

    /// <summary>Every word a two-word sign starts with (<see cref="Sign"/> reads the next words only after one of these).</summary>
    private static readonly string[] PairFirstWords = [
        "give", "gives", "gave", "buy", "buys", "bought", "gift", "gifts", "gifting", "post", "send", "sends", "special", "our",
        "just", "pics", "pictures", "photos", "videos", "vids", "selfies", "pic", "picture", "photo", "video", "his", "her", "my",
        "where", "i", "tell", "mum", "mom", "mam", "dad", "mummy", "daddy", "parents"];

    /// <summary>
    /// What each word may be, in one look-up per token: teaching or a secret Santa (<see cref="NotApproach"/>), a sign by
    /// itself (<see cref="SignWord"/>), the first word of a two-word sign (<see cref="PairFirst"/>); "diner" and
    /// "player" are in it so their next word is read.
    /// </summary>
    private static readonly Dictionary<string, byte>.AlternateLookup<ReadOnlySpan<char>> KindLookup = SkeletonWords.Flags(
        (NotApproach, ["never", "danger", "santa"]),
        (SignWord, SignWords),
        (PairFirst, PairFirstWords),
        (8, ["diner", "player"]));

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PlaceLookup = SkeletonWords.Of("car", "van", "house", "flat");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ParentLookup = SkeletonWords.Of("mum", "mom", "mam", "dad", "mummy", "daddy", "parents");

    /// <summary>
    /// After the list hits are read, for a person named at skeleton [<paramref name="start"/>, <paramref name="end"/>)
    /// in a pupil's text: a grooming finding where a sign is in the text too and none is there yet.
    /// </summary>
    public static void Decide(CheckInput input, int start, int end)
    {
        if (input.Context is not (CheckContext.PupilComment or CheckContext.PupilPost))
        {
            return;
        }

        var (lo, hi) = Window(input.Skeleton, start, end, Reach);
        var sign = Sign(input.Skeleton, lo, hi);
        if (sign < 0)
        {
            return;
        }

        if (input.HasFinding(Categories.Grooming))
        {
            return;
        }

        var sk = input.Skeleton;
        var signEnd = sk.TokenEnd(sign);
        input.AddSkeleton(Categories.Grooming, "A.2.2", Severity.High, Math.Min(start, sign), Math.Max(end, signEnd), "approach-told-grooming");
    }

    /// <summary>The skeleton start of the first sign in the text, or -1 (also where the text teaches about strangers).</summary>
    internal static int Sign(Skeleton sk, int lo, int count)
    {
        var starts = sk.TokenStarts;
        var found = -1;
        for (var t = lo; t < count; t++)
        {
            var word = Token(sk, starts[t]);
            var flags = KindLookup.TryGetValue(word, out var f) ? f : (byte)0;
            if (flags == 0)
            {
                continue;
            }

            // Teaching about strangers and a secret Santa; the dinner lady's plaster and the coach's player of the match
            // are school life, not an approach.
            if ((flags & NotApproach) != 0
                || (word.SequenceEqual("diner") && t + 1 < count && Token(sk, starts[t + 1]).SequenceEqual("lady"))
                || (word.SequenceEqual("player") && t + 1 < count && Token(sk, starts[t + 1]).SequenceEqual("of")))
            {
                return -1;
            }

            if (found >= 0)
            {
                continue;
            }

            if ((flags & SignWord) != 0)
            {
                found = starts[t];
                continue;
            }

            // The two-word signs, read only after a word one of them starts with.
            if ((flags & PairFirst) == 0)
            {
                continue;
            }

            var next = t + 1 < count ? Token(sk, starts[t + 1]) : [];
            var third = t + 2 < count ? Token(sk, starts[t + 2]) : [];
            // "gives me", "our secret game", "special friend", "just me", "his car", "my bedroom", "where i live",
            // "what i look like", "dont tell mum", "not to tell", "mum cant see", "when mum is at work".
            if ((GiveLookup.Contains(word) && next.SequenceEqual("me"))
                || (word.SequenceEqual("special") && SpecialWhatLookup.Contains(next))
                || (word.SequenceEqual("our") && (next.SequenceEqual("game") || next.SequenceEqual("secret")))
                || (word.SequenceEqual("just") && (next.SequenceEqual("me") || next.SequenceEqual("us")))
                || (PicturesLookup.Contains(word) && next.SequenceEqual("of") && third.SequenceEqual("me"))
                || ((word.SequenceEqual("his") || word.SequenceEqual("her")) && PlaceLookup.Contains(next))
                || (word.SequenceEqual("my") && (next.SequenceEqual("room") || next.SequenceEqual("bedroom") || next.SequenceEqual("adres")))
                || (word.SequenceEqual("where") && next.SequenceEqual("i") && third.SequenceEqual("live"))
                || (word.SequenceEqual("i") && next.SequenceEqual("look") && third.SequenceEqual("like"))
                || (word.SequenceEqual("tel") && (t > lo && Token(sk, starts[t - 1]) is var before && (before.SequenceEqual("dont") || before.SequenceEqual("to"))))
                || (ParentLookup.Contains(word) && (next.SequenceEqual("cant") || next.SequenceEqual("doesnt") || (next.SequenceEqual("is") && third.SequenceEqual("at")))))
            {
                found = starts[t];
            }
        }

        return found;
    }
}
