using Signpost.Checking.Normalisation;
using static Signpost.Checking.Detectors.SkeletonSentence;

namespace Signpost.Checking.Detectors;

/// <summary>
/// Disclosures of harm in the writer's own words (A.2.3), where the fixed phrases of Data/phrases.txt need the words
/// side by side. Two blind sets (docs/CHECKER.md) showed children put other words between who did it, what they did and
/// to whom: "mums boyfriend gets angry and hits the wall and sometimes me", "mums friend comes in my room at night and
/// touches me", "dad threw a plate at her, i hid under my bed". A cue from the lists (category
/// <see cref="Category"/>: hits, kicked, touches, bruises, hid, "if i tell"...) counts when, in the same sentence, a
/// person who could do it (a family member, an adult, "someone", "he") comes before it, the writer is its object
/// after it ("me", "us", "my ...") or, for hiding and secrecy cues, anywhere in the sentence, and nothing in the
/// sentence makes it play, sport, an accident or a story ("hit me with a ball", "the knight hit the dragon"). Where
/// the person before the cue is an adult, another person just after it is a victim as well ("dad hit mummy", "the
/// lodger battered her"): violence at home a child sees. Recall over precision, as the policy asks for safeguarding.
/// </summary>
internal sealed class DisclosureDetector : Detector
{
    public DisclosureDetector()
        : base(Needs.ListHits)
    {
    }

    /// <summary>The lists' category for the cue words this detector reads (never a finding by itself).</summary>
    public const string Category = "disclosure-cue";

    /// <summary>How far before the cue the person may be ("dad was really drunk again and smashed all the plates and i hid": 11), and how far after it the writer, in words.</summary>
    private const int AgentWindow = 12;

    private const int NearAgentWindow = 8;

    private const int VictimWindow = 6;

    /// <summary>At most this many words either side of the cue are read for the sentence's people and play words.</summary>
    private const int Reach = 60;

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AgentLookup = SkeletonWords.Of(
        "mum", "mam", "mom", "mummy", "mommy", "mother", "dad", "daddy", "father", "stepdad", "stepmum", "step", "boyfriend",
        "girlfriend", "partner", "uncle", "aunt", "auntie", "aunty", "nan", "nana", "nanny", "gran", "grandma", "grandad",
        "grandpa", "brother", "sister", "cousin", "carer", "babysitter", "childminder", "man", "men", "lady", "woman",
        "someone", "somebody", "he", "she", "they", "friend", "neighbour", "coach", "tutor", "teacher", "husband", "wife",
        "lodger", "adult", "grownup", "dads", "mums", "mummys", "daddys", "nans", "grandads", "uncles", "aunties", "brothers",
        "sisters", "cousins", "boyfriends", "stepdads");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> HideLookup = SkeletonWords.Of("hid", "hide", "hiding", "hides");

    /// <summary>What follows "hid" when a thing is hidden, not the writer.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> HiddenThingLookup = SkeletonWords.Of("the", "a", "an", "my", "his", "her", "it", "them", "some", "our", "their", "your", "ur", "this", "that", "all");

    /// <summary>The writer as the one who did it, just before the cue: "I hurt my knee", "we hid the eggs".</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> WriterDoesLookup = SkeletonWords.Of("i", "we", "im", "ive", "weve");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> VictimLookup = SkeletonWords.Of("me", "us", "my", "myself", "mine");

    /// <summary>
    /// The adults at home or around a child: when one of them is the person before the cue, another person after it is a
    /// victim too ("dad hit mummy", "the lodger battered her"): violence at home a child sees is a disclosure (A.2.3).
    /// </summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AdultLookup = SkeletonWords.Of(
        "mum", "mam", "mom", "mummy", "mommy", "mother", "dad", "daddy", "father", "stepdad", "stepmum", "step", "boyfriend",
        "girlfriend", "partner", "uncle", "aunt", "auntie", "aunty", "nan", "nana", "nanny", "gran", "grandma", "grandad",
        "grandpa", "carer", "babysitter", "childminder", "man", "men", "lady", "woman", "neighbour", "coach", "tutor",
        "teacher", "husband", "wife", "lodger", "adult", "grownup", "dads", "mums", "mummys", "daddys", "nans", "grandads",
        "uncles", "aunties", "boyfriends", "stepdads");

    /// <summary>Another person as the one hurt, after an adult and the cue.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OtherVictimLookup = SkeletonWords.Of(
        "mum", "mam", "mom", "mummy", "mommy", "mother", "nan", "nana", "nanny", "gran", "grandma", "her", "him", "them");

    /// <summary>
    /// What may follow "her", "him" or "them" when they are the one hurt ("grabbed her hair", "pushed him down", "hit
    /// her."), not an owner ("pushed her trolley").
    /// </summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AfterVictimLookup = SkeletonWords.Of(
        "hair", "arm", "arms", "neck", "face", "throat", "head", "and", "so", "against", "into", "down", "up", "over",
        "round", "around", "again", "really", "hard", "then", "when", "till", "until", "because", "becos", "cos", "with",
        "on", "in", "across", "to", "all", "every", "lots", "loads");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FirstPersonLookup = SkeletonWords.Of("i", "im", "ive", "me", "my", "us", "we", "myself", "our");

    /// <summary>Cues that need the writer anywhere in the sentence, not after them: hiding, secrecy, bruises.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AnywhereLookup = SkeletonWords.Of("hid", "hide", "hiding", "hides", "bruises", "bruise", "bruised", "if i tell", "mustnt tell", "must not tell", "special game", "secret game", "special secret");

    /// <summary>Words that make the sentence play, sport, an accident, a joke or a story.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotHarmLookup = SkeletonWords.Of(
        "ball", "football", "footy", "rugby", "cricket", "netball", "pillow", "pillows", "snowball", "snowballs", "balloon",
        "nerf", "toy", "tag", "tig", "seek", "accident", "accidentally",
        "mistake", "fell", "trampoline", "bike", "scooter", "karate", "judo", "boxing", "wrestling", "match", "goal",
        "story", "stories", "book", "film", "movie", "character", "characters", "chapter", "knight", "dragon", "giant",
        "wolf", "troll", "viking", "vikings", "roman", "romans", "soldier", "soldiers", "war", "battle", "blitz",
        "lol", "haha", "hahaha", "jk", "joke", "joking", "pretend", "fortnite", "minecraft", "roblox", "chess", "race",
        "quiz", "fish", "chips", "pancake", "pancakes", "cod", "cake", "cakes", "yorkshire");

    public override void Detect(CheckInput input)
    {
        foreach (var m in input.ListMatches)
        {
            if (m.Entry.Category != Category || CoveredByPhrase(input, m) || PhraseListDetector.IsAllowed(input, m))
            {
                continue;
            }

            if (IsDisclosure(input.Skeleton, m.Start, m.End, out var from))
            {
                input.AddSkeleton(Categories.Safeguarding, "A.2.3", Severity.High, from, m.End, "harm-disclosure");
            }
        }
    }

    /// <summary>
    /// Whether a safeguarding phrase already covers the cue ("my dad hits me"): then the sentence needs no reading (its
    /// word look-ups cost ~1.4 µs, a third of a flagged comment's check; issue 3's speed).
    /// </summary>
    private static bool CoveredByPhrase(CheckInput input, Matching.PhraseMatch cue)
    {
        // The hits come in text order: only those starting at or before the cue, and no further back than a phrase is
        // long, can cover it (reading them all made a text of a thousand cues cost a million look-ups).
        var matches = input.ListMatches;
        for (var i = input.FirstListMatchFrom(cue.Start + 1) - 1; i >= 0 && matches[i].Start >= cue.Start - LongestPhrase; i--)
        {
            var m = matches[i];
            if (m.End >= cue.End && m.Entry.Category == Categories.Safeguarding)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>More skeleton characters than any phrase of the lists spans (the longest are about twenty words).</summary>
    private const int LongestPhrase = 400;

    /// <summary>Whether the cue at skeleton [start, end) is a disclosure; <paramref name="from"/> is where the person named stands.</summary>
    private static bool IsDisclosure(Skeleton sk, int start, int end, out int from)
    {
        from = start;
        var starts = sk.TokenStarts;
        var count = sk.TokenCount;
        var first = Array.BinarySearch(starts, 0, count, start);
        var last = Array.BinarySearch(starts, 0, count, end);
        if (first < 0)
        {
            return false;
        }

        // The cue's last word: the token that starts at or before the cue's end.
        last = last >= 0 ? last : ~last - 1;

        // The sentence around the cue, as token indexes [lo, hi], read at most Reach words either side: a text of one
        // endless sentence ("bruises on my legs" a megabyte long) must cost no more per cue, or its check grows with the
        // square of its length (PropertyTests found it: a minute for 1 MB).
        var (lo, hi) = Bounds(sk, first, last, Reach);

        if (first > lo && WriterDoesLookup.Contains(Token(sk, starts[first - 1])) && !AnywhereLookup.Contains(sk.Chars.AsSpan(start, end - start)))
        {
            return false;
        }

        var cue = sk.Chars.AsSpan(start, end - start);
        if (HideLookup.Contains(cue) && last + 1 <= hi && HiddenThingLookup.Contains(Token(sk, starts[last + 1])))
        {
            // Hiding a thing ("we hid the easter eggs"), not oneself ("i hid under my bed").
            return false;
        }

        var anywhere = AnywhereLookup.Contains(cue);
        var agent = -1;
        var adult = false;
        var victim = false;
        var writer = false;
        for (var t = lo; t <= hi; t++)
        {
            var word = Token(sk, starts[t]);
            if (NotHarmLookup.Contains(word))
            {
                return false;
            }

            if (t < first && first - t <= AgentWindow && AgentLookup.Contains(word))
            {
                // The finding starts at the first person within eight words ("dad drinks he kicks"); further back, up to
                // twelve, at the nearest ("dad was really drunk again and smashed all the plates and i hid").
                agent = agent < 0 || first - agent > NearAgentWindow ? t : agent;
                adult |= AdultLookup.Contains(word);
            }

            // The writer after the cue's first word: "hits me", and inside a cue that names them ("held me down").
            if (t > first && t - last <= VictimWindow && VictimLookup.Contains(word))
            {
                victim = true;
            }

            if (adult && t > last && t - last <= 2 && OtherVictimLookup.Contains(word) && OtherVictim(sk, starts, count, t, hi))
            {
                victim = true;
            }

            if ((t < first || t > last) && FirstPersonLookup.Contains(word))
            {
                writer = true;
            }

            if (anywhere && t > last && AgentLookup.Contains(word))
            {
                // "i hid under my bed when he came home": the person may come after a hiding or secrecy cue.
                agent = agent < 0 ? first : agent;
            }
        }

        if (agent < 0 || !(victim || (anywhere && writer)))
        {
            return false;
        }

        from = Math.Min(starts[agent], start);
        return true;
    }

    /// <summary>Whether the person at token <paramref name="t"/> is the one hurt: a family word, or "her/him/them" ending the sentence or followed by <see cref="AfterVictimLookup"/>.</summary>
    private static bool OtherVictim(Skeleton sk, int[] starts, int count, int t, int hi)
    {
        var word = Token(sk, starts[t]);
        if (!(word.SequenceEqual("her") || word.SequenceEqual("him") || word.SequenceEqual("them")))
        {
            return true;
        }

        return t == hi || t + 1 >= count || AfterVictimLookup.Contains(Token(sk, starts[t + 1]));
    }

    /// <summary>Words that make a sentence play between children: "a massive pillow fight and he hit me so hard i fell off the bed laughing".</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PlayLookup = SkeletonWords.Of(
        "pillow", "pillows", "joke", "joking", "jk", "tickle", "tickling", "tickled", "wrestling", "wrestle", "playfight", "playfighting");

    /// <summary>
    /// Whether the sentence around skeleton place <paramref name="start"/> is play ("pillow fight", "for a joke", "both
    /// laughing", "play fight"): then a fixed harm phrase in it ("he hit me") is not a disclosure (blind3, blind9; issue 3).
    /// At most 40 words either side are read.
    /// </summary>
    internal static bool IsPlay(CheckInput input, int start)
    {
        var sk = input.Skeleton;
        var starts = sk.TokenStarts;
        var count = sk.TokenCount;
        var at = Array.BinarySearch(starts, 0, count, start);
        at = at >= 0 ? at : Math.Max(0, ~at - 1);
        var (lo, hi) = Bounds(sk, at, at, 40);
        for (var t = lo; t <= hi; t++)
        {
            var word = Token(sk, starts[t]);
            if (PlayLookup.Contains(word))
            {
                return true;
            }

            if (t + 1 < count && ((word.SequenceEqual("play") && Token(sk, starts[t + 1]) is var f && (f.SequenceEqual("fight") || f.SequenceEqual("fighting")))
                || (word.SequenceEqual("both") && Token(sk, starts[t + 1]).StartsWith("laugh"))))
            {
                return true;
            }
        }

        return false;
    }
}
