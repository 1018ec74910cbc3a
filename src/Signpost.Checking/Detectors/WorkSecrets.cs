using Signpost.Checking.Normalisation;
using static Signpost.Checking.Detectors.SkeletonSentence;

namespace Signpost.Checking.Detectors;

/// <summary>
/// School business that is not the public's (3.2), read off the labels of every worked blind set (docs/CHECKER.md):
/// <list type="bullet">
/// <item>on a member of staff's own account, a sensitive matter (a child in care or referred, a colleague suspended or
/// made redundant, an inspection, a budget, "can't say more", "nobody's been told yet") beside a word for the workplace
/// (my class, one of my Year 4s, the head, a colleague, the school): confidential in 52 of 53 worked lines;</item>
/// <item>on the school's own post, news marked as not yet for parents ("please don't mention it to parents yet", "it
/// hasn't been announced", "keep this internal", "staff only", "strictly private") or a child-protection or staffing
/// process named (a capability review, a disciplinary, the LADO, a safety plan): 49 of 50.</item>
/// </list>
/// A surprise kept from the children, free school meals asked for "in confidence", a published inspection report and a
/// teacher wishing herself luck are not secrets and stay quiet. Runs last (ContextReaders), on staff and personal posts
/// only.
/// </summary>
internal static class WorkSecrets
{
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SensitiveLookup = SkeletonWords.Of(
        "foster", "referral", "lado", "suspended", "investigation", "investigated", "investigating", "redundant", "redundancy",
        "redundancies", "ofsted", "inspectors", "academy", "deficit", "bruises", "excluded", "exclusion", "disciplinary",
        "capability", "leaked", "tender", "tenders", "bids", "restricted", "allegation");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> WorkLookup = SkeletonWords.Of(
        "class", "pupils", "pupil", "head", "heads", "headteacher", "colleague", "colleagues", "governor", "governors", "staff", "ta",
        "tas", "school", "ofsted", "child", "boy", "girl", "lad", "teacher", "caretaker", "deputy", "kids", "ones", "year", "lot");

    /// <summary>Not a secret: a surprise, a published report, a teacher's own nerves, an account's password.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotSecretLookup = SkeletonWords.Of(
        "surprise", "published", "report", "luck", "survived", "surviving", "password", "grownups", "grown");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TellLookup = SkeletonWords.Of(
        "tell", "mention", "say", "share", "told");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotLookup = SkeletonWords.Of(
        "dont", "not", "havent", "hasnt", "nobody", "nobodys", "noone", "never", "cant", "isnt", "arent");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> KeepWhatLookup = SkeletonWords.Of(
        "quiet", "internal", "yourselves", "yourself", "private");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OnlyWhoLookup = SkeletonWords.Of("staff", "eyes", "dsl");

    public static void Detect(CheckInput input)
    {
        if (input.Context is not (CheckContext.StaffPost or CheckContext.PersonalPost))
        {
            return;
        }

        if (input.HasFinding(Categories.Confidential))
        {
            return;
        }

        var at = input.Context == CheckContext.PersonalPost ? OnPersonalPost(input.Skeleton) : OnStaffPost(input.Skeleton);
        if (at >= 0)
        {
            var sk = input.Skeleton;
            input.AddSkeleton(Categories.Confidential, "3.2", Severity.Medium, at, sk.TokenEnd(at), "confidential");
        }
    }

    /// <summary>The skeleton start of the sensitive matter on a personal post with the workplace named, or -1.</summary>
    private static int OnPersonalPost(Skeleton sk)
    {
        var starts = sk.TokenStarts;
        var count = sk.TokenCount;
        var sensitive = -1;
        var work = false;
        for (var t = 0; t < count; t++)
        {
            var word = Token(sk, starts[t]);
            if (NotSecretLookup.Contains(word))
            {
                return -1;
            }

            work |= WorkLookup.Contains(word);
            if (sensitive < 0 && (SensitiveLookup.Contains(word) || SensitivePair(sk, starts, count, t, word)))
            {
                sensitive = starts[t];
            }
        }

        return work ? sensitive : -1;
    }

    /// <summary>Two words that name a sensitive matter: "into care", "social services", "can't say", "special measures".</summary>
    private static bool SensitivePair(Skeleton sk, int[] starts, int count, int t, ReadOnlySpan<char> word)
    {
        var next = t + 1 < count ? Token(sk, starts[t + 1]) : [];
        return ((word.SequenceEqual("into") || word.SequenceEqual("in")) && next.SequenceEqual("care"))
            || (word.SequenceEqual("social") && (next.SequenceEqual("services") || next.SequenceEqual("care") || next.SequenceEqual("worker")))
            || (word.SequenceEqual("child") && next.SequenceEqual("protection"))
            || (word.SequenceEqual("safety") && next.SequenceEqual("plan"))
            || (word.SequenceEqual("special") && next.SequenceEqual("measures"))
            || (word.SequenceEqual("requires") && next.SequenceEqual("improvement"))
            || ((word.SequenceEqual("cant") || word.SequenceEqual("canot")) && next.SequenceEqual("say"))
            || (word.SequenceEqual("in") && next.SequenceEqual("confidence"))
            || (word.SequenceEqual("betwen") && (next.SequenceEqual("us") || next.SequenceEqual("ourselves")))
            || (word.SequenceEqual("home") && next.SequenceEqual("life"))
            || (word.SequenceEqual("is") && next.SequenceEqual("inside"))
            || (word.SequenceEqual("bit") && next.SequenceEqual("me"))
            || ((word.SequenceEqual("wet") || word.SequenceEqual("wets")) && (next.SequenceEqual("himself") || next.SequenceEqual("herself")))
            || (word.SequenceEqual("know") && next.SequenceEqual("yet"))
            || (NotLookup.Contains(word) && (next.SequenceEqual("alowed") || next.SequenceEqual("told") || next.SequenceEqual("ben")));
    }

    /// <summary>The skeleton start of news kept from parents, or of a child-protection or staffing process, on a staff post; or -1.</summary>
    private static int OnStaffPost(Skeleton sk)
    {
        var starts = sk.TokenStarts;
        var count = sk.TokenCount;
        var found = -1;
        for (var t = 0; t < count; t++)
        {
            var word = Token(sk, starts[t]);
            // "a surprise visitor - don't tell the children", "ask the office in confidence about free school meals".
            if (word.SequenceEqual("surprise") || word.SequenceEqual("grown") || (word.SequenceEqual("ofice") && t + 1 < count && Token(sk, starts[t + 1]).SequenceEqual("in")))
            {
                return -1;
            }

            if (found >= 0)
            {
                continue;
            }

            var next = t + 1 < count ? Token(sk, starts[t + 1]) : [];
            var third = t + 2 < count ? Token(sk, starts[t + 2]) : [];
            if (word.SequenceEqual("capability") || word.SequenceEqual("disciplinary") || word.SequenceEqual("lado") || word.SequenceEqual("alegation")
                || word.SequenceEqual("redundant") || word.SequenceEqual("restricted")
                || (word.SequenceEqual("child") && next.SequenceEqual("protection"))
                || (word.SequenceEqual("safety") && next.SequenceEqual("plan"))
                || (word.SequenceEqual("strictly") && next.SequenceEqual("private"))
                || (OnlyWhoLookup.Contains(word) && next.SequenceEqual("only"))
                || (word.SequenceEqual("betwen") && next.SequenceEqual("ourselves"))
                || (word.SequenceEqual("kep") && (next.SequenceEqual("it") || next.SequenceEqual("this")) && KeepWhatLookup.Contains(third))
                || ((word.SequenceEqual("ben") || word.SequenceEqual("not") || word.SequenceEqual("its")) && next.SequenceEqual("anounced"))
                || (word.SequenceEqual("before") && (next.SequenceEqual("its") || next.SequenceEqual("it")) && (third.SequenceEqual("anounced") || third.SequenceEqual("s")))
                || (word.SequenceEqual("isnt") && next.SequenceEqual("oficialy"))
                || (TellLookup.Contains(word) && t > 0 && NotLookup.Contains(Token(sk, starts[t - 1])) && YetAfter(sk, starts, count, t)))
            {
                found = starts[t];
            }
        }

        return found;
    }

    /// <summary>Whether "yet" comes within a few words after token <paramref name="t"/> in its sentence: "please don't mention it to parents yet".</summary>
    private static bool YetAfter(Skeleton sk, int[] starts, int count, int t)
    {
        for (var u = t + 1; u < count && u - t <= 6 && !BreakBetween(sk, starts[u - 1], starts[u]); u++)
        {
            if (Token(sk, starts[u]).SequenceEqual("yet"))
            {
                return true;
            }
        }

        return false;
    }
}
