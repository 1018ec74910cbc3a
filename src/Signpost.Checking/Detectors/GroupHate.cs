using Signpost.Checking.Normalisation;
using static Signpost.Checking.Detectors.SkeletonSentence;

namespace Signpost.Checking.Detectors;

/// <summary>
/// Hate aimed at a people or a faith as a whole with no slur word in it (A.5.6): "gay people are disgusting", "the jews
/// control all the banks", "immigrants should be sent back". Two blind sets (docs/CHECKER.md) had such lines, which the
/// word lists cannot see. A group named in the lists (<see cref="CueCategory"/>: "jews", "muslims", "gay people",
/// "immigrants"...) counts when, in the same sentence and within a few words after it, comes one of: "are/is" and a
/// word that makes people less than people ("scum", "vermin", "perverts", "parasites", "disgusting"); "should/must" and
/// a harm ("be banned", "be deported", "be sent back", "not be allowed"); or a conspiracy ("control the banks", "are
/// taking over"). A sentence that talks about prejudice ("the Nazis said...", "it is a myth that...", "racism")
/// is history or teaching, not hate, and stays quiet. Extreme offence blocks a post, so the words are few and strong.
/// </summary>
internal static class GroupHate
{
    /// <summary>The lists' category for the groups (never a finding by themselves).</summary>
    public const string CueCategory = "group-cue";

    /// <summary>How many words after the group the hate may come: "disabled kids should be in special schools, they drag the normal ones down".</summary>
    private const int Window = 12;

    /// <summary>How far either side the sentence is read for words about prejudice.</summary>
    private const int Reach = 60;

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CopulaLookup = SkeletonWords.Of("are", "r", "is", "s", "were", "was", "theyre", "its", "thats", "be");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LessThanPeopleLookup = SkeletonWords.Of(
        "disgusting", "scum", "vermin", "animals", "filth", "evil", "perverts", "paedos", "pedos", "paedophiles",
        "pedophiles", "parasites", "subhuman", "terrorists", "thieves", "rapists", "greedy",
        "cockroaches", "rats", "savages", "inferior", "freaks", "scroungers", "vile", "abominations", "abomination",
        "unnatural", "leeches", "robots", "criminals", "smelly", "diseased", "brainwashed", "backward", "backwards",
        "pests", "thugs", "perverted", "weirdos", "weird", "disgrace", "sin", "sinful", "abnormal", "pickpockets", "beggars", "liars", "cheats", "crooks", "scammers", "spongers", "freeloaders", "stupid", "stupider", "thick", "dumb", "dumber", "lazy", "ugly", "primitive", "groomers", "predators", "nonces", "filthy", "feral",
        "gangsters", "murderers", "killers", "bombers", "extremists", "jihadis", "invaders", "illegals", "muggers",
        // People called animals by name ("black people are monkeys"; TwentiethSessionTests).
        "monkeys", "apes", "gorillas", "chimps", "baboons", "dogs", "pigs", "swine", "vermins");

    /// <summary>
    /// A people or faith called a sickness: "Islam is a cancer", "being gay is an illness", "they are a plague" (blind19,
    /// blind21). Only after "a", "an", "the", "like" or "mental": "black people are more at risk of sickle cell disease" is health.
    /// </summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SicknessLookup = SkeletonWords.Of(
        "disease", "plague", "illness", "cancer", "virus", "infection", "tumour", "tumor");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SicknessBeforeLookup = SkeletonWords.Of("a", "an", "the", "like", "mental");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> RightAfterLookup = SkeletonWords.Of(
        "scum", "vermin", "filth", "parasites", "rats", "cockroaches", "savages", "animals", "scroungers", "groomers", "predators", "nonces");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SmellLookup = SkeletonWords.Of("smell", "stink", "reek", "pong", "smelly", "stinky");

    /// <summary>"less ..." that says a people is less than others: "are just less intelligent".</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LessWhatLookup = SkeletonWords.Of(
        "intelligent", "human", "evolved", "civilised", "civilized", "clever", "smart");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ModalLookup = SkeletonWords.Of("should", "shouldnt", "must", "mustnt", "need", "needs", "ought");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> HarmLookup = SkeletonWords.Of(
        "banned", "deported", "killed", "shot", "gassed", "hanged", "hung", "burned", "burnt", "exterminated", "die", "segregated",
        "locked", "kicked", "sent", "removed", "sterilised", "jailed", "wiped", "moved");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NegationLookup = SkeletonWords.Of("not", "shouldnt", "mustnt", "never");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ConspiracyLookup = SkeletonWords.Of("control", "controls", "own", "run", "runs");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ConspiracyObjectLookup = SkeletonWords.Of(
        "banks", "media", "government", "governments", "hollywood", "council", "country", "everything", "police", "boards", "world",
        "news", "courts", "elections");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TakeOverLookup = SkeletonWords.Of("taking", "take", "takes", "took", "invading", "ruining", "ruined", "ruin", "stealing", "steal", "replacing");

    /// <summary>Words that make the sentence about prejudice, not prejudiced: history, teaching, a lie named as one.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AboutPrejudiceLookup = SkeletonWords.Of(
        "nazi", "nazis", "hitler", "propaganda", "stereotype", "stereotypes", "myth", "myths", "prejudice", "racism",
        "racist", "discrimination", "homophobia", "homophobic", "antisemitism", "antisemitic", "islamophobia", "wrong",
        "untrue", "lie", "lies", "unfair", "believed", "claimed", "persecuted", "holocaust", "apartheid", "segregation",
        "bigots", "bigot", "bigotry", "hate", "hatred");

    /// <summary>"those people", "people like that": a group only for the strongest words after it (<see cref="StrongLookup"/>).</summary>
    public const string VagueKey = "vague-group";

    /// <summary>What a vague group ("those people are perverts") needs after it: words no one says of a parking dispute.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StrongLookup = SkeletonWords.Of(
        "scum", "vermin", "filth", "parasites", "rats", "cockroaches", "savages", "animals", "perverts", "paedos", "pedos",
        "paedophiles", "pedophiles", "subhuman", "abominations", "abomination", "unnatural", "disease", "plague", "deported",
        "gassed", "exterminated", "sterilised", "sent", "hel", "robots", "groomers", "predators", "cancer", "filthy");

    /// <summary>A belief reported between the group and the words: "Muslims believe that people who do wrong go to hell" is RE.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BeliefLookup = SkeletonWords.Of(
        "believe", "believes", "believed", "teach", "teaches", "taught", "pray", "prays", "celebrate", "celebrates", "worship");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> HellVerbLookup = SkeletonWords.Of("burn", "burning", "rot", "rotting", "go", "going", "goes", "end", "sent");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BringLookup = SkeletonWords.Of(
        "bring", "brings", "bringing", "brought", "spread", "spreads", "spreading", "carry", "carries", "carrying", "commit", "commits", "cause", "causes");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BadThingLookup = SkeletonWords.Of(
        "disease", "diseases", "germs", "crime", "drugs", "knives", "covid", "illness", "fleas", "lice", "nits", "aids");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> EatLookup = SkeletonWords.Of("eat", "eats", "eating", "ate");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> EatenLookup = SkeletonWords.Of("dogs", "cats", "bats", "rats", "pets", "dog", "cat");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AwayEndLookup = SkeletonWords.Of("where", "now", "all", "and", "lol");

    /// <summary>Where a people is told to go back to: "should go back to africa", "... to their own country", "... to where they came from".</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CountryLookup = SkeletonWords.Of(
        "where", "their", "africa", "asia", "pakistan", "poland", "india", "china", "romania", "jamaica", "somalia", "syria",
        "nigeria", "bangladesh", "iraq", "afghanistan", "albania", "lithuania", "bulgaria", "turkey", "iran", "israel");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AwayLookup = SkeletonWords.Of("back", "home", "away");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OwnPlaceLookup = SkeletonWords.Of(
        "schools", "school", "country", "countries", "estate", "estates", "classes", "areas");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> KeptLookup = SkeletonWords.Of("away", "apart", "out", "separate", "separately", "seperate");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CrimeLookup = SkeletonWords.Of(
        "rob", "robs", "robbing", "nick", "nicks", "nicking", "burgle", "burgles", "burgling", "thieves", "thieving", "steal", "steals", "stealing");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> HoldLookup = SkeletonWords.Of("hold", "holds", "holding", "drag", "drags", "dragging");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NoLookup = SkeletonWords.Of("dont", "not", "cant", "cannot", "never", "no", "arent", "aint", "dnt", "doesnt");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FeelingsLookup = SkeletonWords.Of("feelings", "emotions", "souls", "soul", "brains", "morals");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TroubleBeforeLookup = SkeletonWords.Of("are", "is", "r", "just", "all", "always", "only", "but", "pure", "nothing");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotWhatLookup = SkeletonWords.Of("normal", "human", "natural", "people", "welcome", "wanted");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BenefitsLookup = SkeletonWords.Of("benefits", "handouts", "freebies", "dole");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ComeLookup = SkeletonWords.Of("come", "comes", "came", "coming", "here", "over", "live", "only");

    /// <summary>For a group hit at skeleton [<paramref name="start"/>, <paramref name="end"/>): an extreme-offence finding when hate follows it.</summary>
    public static void Check(CheckInput input, int start, int end, string? key = null)
    {
        if (key == GoBackKey)
        {
            GoBack(input, start, end);
            return;
        }

        if (key == TerrorKey)
        {
            Terror(input, start, end);
            return;
        }

        var vague = key == VagueKey;
        var sk = input.Skeleton;
        var starts = sk.TokenStarts;
        var count = sk.TokenCount;
        var first = Array.BinarySearch(starts, 0, count, start);
        if (first < 0)
        {
            return;
        }

        // "some Christians believe being gay is a sin": a belief reported just before the group is RE too (not before "those
        // people": "Diwali is devil worship and those people are filthy" reports no one's belief; blind22).
        for (var b = first - 1; !vague && b >= 0 && first - b <= 3 && !BreakBetween(sk, starts[b], starts[b + 1]); b--)
        {
            if (BeliefLookup.Contains(Token(sk, starts[b])))
            {
                return;
            }
        }

        var last = Array.BinarySearch(starts, 0, count, end);
        last = last >= 0 ? last : ~last - 1;
        var to = -1;
        var word = ReadOnlySpan<char>.Empty;
        for (var t = last + 1; t < count && t - last <= Window && (!BreakBetween(sk, starts[t - 1], starts[t]) || GoesOnWithThey(sk, starts, t)); t++)
        {
            word = Token(sk, starts[t]);
            if (BeliefLookup.Contains(word))
            {
                return;
            }

            to = HateAt(sk, starts, count, last, t, word);
            if (to >= 0)
            {
                break;
            }
        }

        if (to < 0 || (vague && !StrongLookup.Contains(word)) || AboutPrejudice(sk, starts, first))
        {
            return;
        }

        input.AddSkeleton(Categories.ExtremeOffence, "A.5.6", Severity.High, start, sk.TokenEnd(starts[to]), "hate-speech");
        // "noahs 2 dads are weird and gay and disgusting": said of a pupil's family, it is name-calling too (5.5; blind13).
        if (OwnerBefore(input, sk, starts, first) is var owner && owner >= 0)
        {
            input.AddSkeleton(Categories.Bullying, "5.5", Severity.Medium, starts[owner], sk.TokenEnd(starts[to]), "insult");
        }
    }

    /// <summary>
    /// "Why teach my kids about Jews? They run the banks": the next sentence starts with "they", and goes on about them
    /// (blind19); or is an order about "them" ("Send them home.", "Put them all back in the dinghies": blind24, blind25).
    /// </summary>
    private static bool GoesOnWithThey(Skeleton sk, int[] starts, int t)
    {
        var word = Token(sk, starts[t]);
        return word.SequenceEqual("they") || word.SequenceEqual("theyre") || word.SequenceEqual("them")
            || (SendLookup.Contains(word) && t + 1 < sk.TokenCount && Token(sk, starts[t + 1]).SequenceEqual("them"));
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SendLookup = SkeletonWords.Of(
        "send", "put", "ship", "kick", "boot", "chuck", "throw", "deport", "get");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SentWhereLookup = SkeletonWords.Of("back", "home", "out");

    /// <summary>The token index of a pupil's name owning the group right before it ("noahs", "Noah 's", "his"), or -1.</summary>
    private static int OwnerBefore(CheckInput input, Skeleton sk, int[] starts, int first)
    {
        if (first == 0 || BreakBetween(sk, starts[first - 1], starts[first]))
        {
            return -1;
        }

        var word = Token(sk, starts[first - 1]);
        if (word.SequenceEqual("s") && first >= 2 && input.Model.IsRosterFirstName(Token(sk, starts[first - 2])))
        {
            return first - 2;
        }

        return word.Length > 2 && word[^1] == 's' && input.Model.IsRosterFirstName(word[..^1]) ? first - 1 : -1;
    }

    /// <summary>"go back to africa/poland/...": told to leave the country, unless it is someone's own journey.</summary>
    public const string GoBackKey = "go-back";

    /// <summary>The lists' key for words of terror ("terrorist", "bomb", "blow up"), read by <see cref="Terror"/>.</summary>
    public const string TerrorKey = "terror";

    /// <summary>Words for Muslims, their faith and its dress (<see cref="Terror"/>, and <see cref="EmojiHate"/>'s pig).</summary>
    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> MuslimLookup = SkeletonWords.Of(
        "muslim", "muslims", "moslem", "moslems", "islam", "islamic", "mosque", "mosques", "halal", "ramadan", "eid", "hijab",
        "hijabs", "headscarf", "headscarves", "burka", "burkas", "burqa", "burqas", "niqab", "niqabs");

    /// <summary>Words that make terror beside Muslims teaching, not a smear: "terrorists do not represent Islam".</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TerrorTeachingLookup = SkeletonWords.Of(
        "represent", "represents", "condemn", "condemns", "condemned", "peace", "peaceful", "victims", "victim", "attacked",
        "attack", "attacks", "blame", "blamed", "history", "learned", "learnt", "assembly", "vigil", "memorial", "remember");

    /// <summary>How many words either side of the terror word a word for Muslims may stand.</summary>
    private const int TerrorWindow = 25;

    /// <summary>
    /// Muslims smeared as terrorists (A.5.6; blind11, blind13, blind22, blind27, blind29): a word of terror ("terrorist",
    /// "bomb", "blow up") with a word for Muslims, their faith or its dress within a few words ("a trip to a mosque?
    /// teaching our kids to be terrorists", "the TA in the headscarf looks like she's got a bomb under there"). A sentence
    /// about prejudice, or a lesson or memorial ("terrorists do not represent Islam", "we remembered the victims of the
    /// attack on the mosque"), stays quiet.
    /// </summary>
    private static void Terror(CheckInput input, int start, int end)
    {
        var sk = input.Skeleton;
        var starts = sk.TokenStarts;
        var count = sk.TokenCount;
        var first = Array.BinarySearch(starts, 0, count, start);
        if (first < 0)
        {
            return;
        }

        var muslim = false;
        for (var t = Math.Max(0, first - TerrorWindow); t < count && t <= first + TerrorWindow; t++)
        {
            var word = Token(sk, starts[t]);
            if (TerrorTeachingLookup.Contains(word))
            {
                return;
            }

            muslim |= MuslimLookup.Contains(word);
        }

        // "Muslims are not terrorists", "no bombs": denied, not said.
        if (!muslim || AboutPrejudice(sk, starts, first) || HasBefore(sk, starts, Math.Max(0, first - 3), first, NoLookup))
        {
            return;
        }

        input.AddSkeleton(Categories.ExtremeOffence, "A.5.6", Severity.High, start, end, "hate-speech");
    }

    /// <summary>Right before "go back to ...", words that make it an order to someone: "you", "they should (all)", "just", "now".</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OrderBeforeLookup = SkeletonWords.Of(
        "you", "u", "ya", "yous", "all", "just", "now", "pls", "please", "should", "shud", "must",
        "better", "off", "mate", "lol", "scum", "idiot", "monkey", "monkeys", "terrorist", "terrorists", "immigrant", "immigrants",
        "foreigner", "foreigners", "lot", "ok", "yeah", "oi", "why");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NeedLookup = SkeletonWords.Of("need", "needs", "ought", "got", "gota", "has", "have");

    /// <summary>
    /// "go back to africa" at [<paramref name="start"/>, <paramref name="end"/>) (A.5.6): hate when it is an order: at the
    /// start of a sentence, after a name ("Oliver go back to africa"), or after "you", "they should (all)", "just", "now",
    /// "they need to". "we go back to poland every summer", "Kacper will go back to Poland at Christmas" and "I can't wait
    /// to go back to India" are journeys and stay quiet.
    /// </summary>
    private static void GoBack(CheckInput input, int start, int end)
    {
        var sk = input.Skeleton;
        var starts = sk.TokenStarts;
        var go = Array.BinarySearch(starts, 0, sk.TokenCount, start);
        if (go < 0)
        {
            return;
        }

        if (go == 0 || BreakBetween(sk, starts[go - 1], starts[go]))
        {
            input.AddSkeleton(Categories.ExtremeOffence, "A.5.6", Severity.High, start, end, "hate-speech");
            return;
        }

        var from = starts[go - 1];
        var before = Token(sk, from);
        var named = input.Model.IsName(sk, from, sk.TokenEnd(from));
        var order = (OrderBeforeLookup.Contains(before) && !(!YouLookup.Contains(before) && go >= 2 && SubjectBeforeNameLookup.Contains(Token(sk, starts[go - 2]))))
            || (named && (go < 2 || BreakBetween(sk, starts[go - 2], from) || !SubjectBeforeNameLookup.Contains(Token(sk, starts[go - 2]))))
            || (before.SequenceEqual("to") && go >= 3 && NeedLookup.Contains(Token(sk, starts[go - 2])) && OrderBeforeLookup.Contains(Token(sk, starts[go - 3])));
        // "priya smells of curry go back to india": a pupil named earlier in the sentence, no one going with "I/we", and no
        // subject right before "go" ("Kacper and his dad go back to Poland" is a journey).
        var earlier = order ? -1 : NamedEarlier(input, sk, starts, go);
        if (earlier >= 0)
        {
            order = named = true;
            from = starts[earlier];
        }

        if (!order)
        {
            return;
        }

        input.AddSkeleton(Categories.ExtremeOffence, "A.5.6", Severity.High, from, end, "hate-speech");
        // Said to someone, it is name-calling too (5.5): "Oliver go back to africa", "ur a monkey go back to ...".
        if (named)
        {
            input.AddSkeleton(Categories.Bullying, "5.5", Severity.Medium, from, end, "insult");
        }
        else
        {
            AimedInsult.Check(input, Categories.ExtremeOffence, from, end);
        }
    }

    /// <summary>How many words back a pupil's name may be for "go back to ..." to be said to them.</summary>
    private const int NameReach = 8;

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FirstPersonLookup = SkeletonWords.Of("i", "we", "me", "us", "im", "ive", "were", "our", "my", "ill");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> GoesWithLookup = SkeletonWords.Of(
        "and", "with", "family", "mum", "mom", "mam", "dad", "nan", "gran", "parents", "brother", "sister", "cousins", "will", "can",
        "could", "would", "might", "to", "they", "he", "she", "usually", "always", "often", "sometimes", "also", "both", "all", "then", "both");

    /// <summary>The token index of a roster first name up to <see cref="NameReach"/> words before "go" in its sentence, when nothing there makes it a journey; or -1.</summary>
    private static int NamedEarlier(CheckInput input, Skeleton sk, int[] starts, int go)
    {
        if (go == 0 || GoesWithLookup.Contains(Token(sk, starts[go - 1])))
        {
            return -1;
        }

        for (var t = go - 1; t >= 0 && go - t <= NameReach && !BreakBetween(sk, starts[t], starts[t + 1]); t--)
        {
            var word = Token(sk, starts[t]);
            if (FirstPersonLookup.Contains(word))
            {
                return -1;
            }

            if (input.Model.IsRosterFirstName(word))
            {
                return t;
            }
        }

        return -1;
    }

    /// <summary>"mum and Kacper go back to Poland", "we all go back": one of several going, or "we", is a journey.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SubjectBeforeNameLookup = SkeletonWords.Of("and", "with", "family", "i", "me", "we", "us", "will", "to", "can", "could", "would", "might");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> YouLookup = SkeletonWords.Of("you", "u", "ya", "yous");

    /// <summary>Where the hate said of the group (its last token <paramref name="last"/>) ends when token <paramref name="t"/> begins it, or -1.</summary>
    private static int HateAt(Skeleton sk, int[] starts, int count, int last, int t, ReadOnlySpan<char> word)
    {
        var previous = Token(sk, starts[t - 1]);
        var next = t + 1 < count && !BreakBetween(sk, starts[t], starts[t + 1]) ? Token(sk, starts[t + 1]) : [];
        // "all indians smell like that": a people said to smell, right after being named.
        if (SmellLookup.Contains(word) && t - last <= 2)
        {
            return t;
        }

        // "polish scum", "gypsy vermin": the word that makes people less than people right after the group.
        if (t == last + 1 && RightAfterLookup.Contains(word))
        {
            return t;
        }

        // Not "Muslims are not terrorists" or "autism is not an illness".
        if (LessThanPeopleLookup.Contains(word) && HasBefore(sk, starts, last + 1, t, CopulaLookup) && !HasBefore(sk, starts, last + 1, t, NotLookup))
        {
            return t;
        }

        if (SicknessLookup.Contains(word) && SicknessBeforeLookup.Contains(previous) && HasBefore(sk, starts, last + 1, t, CopulaLookup) && !HasBefore(sk, starts, last + 1, t, NotLookup))
        {
            return t;
        }

        // "are mentally ill".
        if (word.SequenceEqual("il") && (previous.SequenceEqual("mentaly") || previous.SequenceEqual("mental")) && HasBefore(sk, starts, last + 1, t, CopulaLookup) && !HasBefore(sk, starts, last + 1, t, NotLookup))
        {
            return t;
        }

        // "don't let them into our school".
        if (word.SequenceEqual("let") && next.SequenceEqual("them") && HasBefore(sk, starts, Math.Max(last + 1, t - 2), t, NoLookup)
            && t + 2 < count && !BreakBetween(sk, starts[t + 1], starts[t + 2]) && (Token(sk, starts[t + 2]).SequenceEqual("in") || Token(sk, starts[t + 2]).SequenceEqual("into")))
        {
            return t + 2;
        }

        // "the Jews made it up": a people said to have invented a history.
        if (word.SequenceEqual("up") && previous.SequenceEqual("it") && t - 2 > last && MadeLookup.Contains(Token(sk, starts[t - 2])))
        {
            return t;
        }

        // The skeleton spells "less" with one s.
        if (word.SequenceEqual("les") && LessWhatLookup.Contains(next) && HasBefore(sk, starts, last + 1, t, CopulaLookup))
        {
            return t + 1;
        }

        // "have contributed nothing to this country", "never given anything back" (blind18).
        if (word.SequenceEqual("nothing") && ContributeLookup.Contains(previous))
        {
            return t;
        }

        // "are nothing but trouble", "are just trouble" (not "are having trouble").
        if (word.SequenceEqual("but") && previous.SequenceEqual("nothing") && HasBefore(sk, starts, last + 1, t, CopulaLookup))
        {
            return next.IsEmpty ? t : t + 1;
        }

        if (word.SequenceEqual("trouble") && TroubleBeforeLookup.Contains(previous) && HasBefore(sk, starts, last + 1, t, CopulaLookup))
        {
            return t;
        }

        // "are a waste of space", "a drain on", "a burden on": the skeleton spells "of" and "off" alike.
        if ((word.SequenceEqual("waste") && next.SequenceEqual("of")) || ((word.SequenceEqual("drain") || word.SequenceEqual("burden")) && (next.SequenceEqual("on") || next.SequenceEqual("to") || next.SequenceEqual("and") || next.IsEmpty)))
        {
            return HasBefore(sk, starts, last + 1, t, CopulaLookup) ? t + 1 : -1;
        }

        // "are not normal", "are not human", "aren't welcome".
        if (NotWhatLookup.Contains(word) && ((previous.SequenceEqual("not") && HasBefore(sk, starts, last + 1, t, CopulaLookup)) || previous.SequenceEqual("arent") || previous.SequenceEqual("isnt")))
        {
            return t;
        }

        // "are going to burn in hell", "will go to hell", "should rot in hell" (the skeleton's "hel").
        if (word.SequenceEqual("hel") && (previous.SequenceEqual("in") || previous.SequenceEqual("to")) && t - 2 > last && HellVerbLookup.Contains(Token(sk, starts[t - 2])))
        {
            return t;
        }

        // "they bring disease", "spread germs", "bring in crime".
        if (BadThingLookup.Contains(word) && HasBefore(sk, starts, Math.Max(last + 1, t - 3), t, BringLookup))
        {
            return t;
        }

        // "eat dogs and bats".
        if (EatenLookup.Contains(word) && EatLookup.Contains(previous))
        {
            return t;
        }

        // "sent" only as "sent back" ("sent straight back": blind24), "moved" only as "moved on" (blind24: "gypsies should be moved on").
        if (HarmLookup.Contains(word) && HasBefore(sk, starts, last + 1, t, ModalLookup))
        {
            var back = next.SequenceEqual("back") ? t + 1
                : StraightLookup.Contains(next) && t + 2 < count && Token(sk, starts[t + 2]).SequenceEqual("back") ? t + 2 : -1;
            if (word.SequenceEqual("sent"))
            {
                if (back >= 0)
                {
                    return back;
                }
            }
            else if (!word.SequenceEqual("moved"))
            {
                return t;
            }
            else if (next.SequenceEqual("on"))
            {
                return t + 1;
            }
        }

        // "Send them home", "put them all back", "kick them out" (blind24, blind25): an order to remove the people named.
        if (SentWhereLookup.Contains(word) && t - 2 > last && (previous.SequenceEqual("them") || (previous.SequenceEqual("al") && Token(sk, starts[t - 2]).SequenceEqual("them")))
            && SendLookup.Contains(Token(sk, starts[previous.SequenceEqual("them") ? t - 2 : t - 3])))
        {
            return t;
        }

        // "should get rid of them" (blind25).
        if (word.SequenceEqual("rid") && previous.SequenceEqual("get") && HasBefore(sk, starts, last + 1, t, ModalLookup))
        {
            return t;
        }

        // "sink them", "sink the lot" (blind24, blind29: "boat people are invading our beaches, send the navy and sink them").
        if (word.SequenceEqual("sink") && SunkLookup.Contains(next))
        {
            return t + 1;
        }

        // "a ticking time bomb", "walking bombs" (blind24: "Every Muslim is a ticking time bomb").
        if ((word.SequenceEqual("bomb") || word.SequenceEqual("bombs")) && (previous.SequenceEqual("time") || previous.SequenceEqual("walking"))
            && HasBefore(sk, starts, last + 1, t, CopulaLookup))
        {
            return t;
        }

        // "are just more violent" (blind25), "more dangerous".
        if (MoreWhatLookup.Contains(word) && previous.SequenceEqual("more") && HasBefore(sk, starts, last + 1, t, CopulaLookup) && !HasBefore(sk, starts, last + 1, t, NotLookup))
        {
            return t;
        }

        // "keep that filth away from our children" (blind25).
        if (RightAfterLookup.Contains(word) && (previous.SequenceEqual("that") || previous.SequenceEqual("this") || previous.SequenceEqual("such")))
        {
            return t;
        }

        // "should stay at home", "should stay away from our kids", "should stay out" (blind23: "kids in wheelchairs should stay
        // at home, they hold everyone else back"); not "should stay in the hall at lunch".
        if (word.SequenceEqual("stay") && HasBefore(sk, starts, last + 1, t, ModalLookup) && StayWhereLookup.Contains(next))
        {
            return next.SequenceEqual("at") ? (t + 2 < count && Token(sk, starts[t + 2]).SequenceEqual("home") ? t + 2 : -1) : t + 1;
        }

        // "aren't real women", "are not real people" (blind23: "tr4nnys arent real women").
        if (word.SequenceEqual("real") && (previous.SequenceEqual("not") || previous.SequenceEqual("arent") || previous.SequenceEqual("isnt"))
            && RealWhatLookup.Contains(next))
        {
            return t + 1;
        }

        // "lock up your bikes": a people said to steal (blind24: "Tinkers and knackers back on the common, lock up your bikes").
        if (word.SequenceEqual("lock") && next.SequenceEqual("up") && t + 2 < count && YourLookup.Contains(Token(sk, starts[t + 2])))
        {
            return t + 2;
        }

        // "ruin it for everyone", "spoil sports day for everybody else" (blind24: "Down's syndrome kids shouldn't be in the races,
        // they ruin sports day for everyone").
        if (RuinLookup.Contains(word) && !HasBefore(sk, starts, Math.Max(last + 1, t - 2), t, NoLookup))
        {
            for (var u = t + 1; u < count && u - t <= 5 && !BreakBetween(sk, starts[u - 1], starts[u]); u++)
            {
                if (EveryoneLookup.Contains(Token(sk, starts[u])))
                {
                    return u;
                }
            }
        }

        // "should go back", "should all go home", "must go away".
        // Not "should go home early on Friday" or "need to go back to the classroom": the end of the clause, or a country.
        if (AwayLookup.Contains(word) && previous.SequenceEqual("go") && HasBefore(sk, starts, last + 1, t, ModalLookup)
            && (next.IsEmpty || AwayEndLookup.Contains(next)
                || (next.SequenceEqual("to") && t + 2 < count && !BreakBetween(sk, starts[t + 1], starts[t + 2]) && CountryLookup.Contains(Token(sk, starts[t + 2])))))
        {
            return t;
        }

        // "should go to their own schools", "should have their own country", "belong in special schools" (blind17).
        if (OwnPlaceLookup.Contains(word) && ((previous.SequenceEqual("own") && t - 2 > last && Token(sk, starts[t - 2]).SequenceEqual("their")) || previous.SequenceEqual("special"))
            && (HasBefore(sk, starts, last + 1, t, ModalLookup) || HasBefore(sk, starts, last + 1, t, BelongLookup)))
        {
            return t;
        }

        // "need to learn English or leave", "speak English or get out" (blind17).
        if ((word.SequenceEqual("leave") || word.SequenceEqual("out")) && (previous.SequenceEqual("or") || (previous.SequenceEqual("get") && t - 2 > last && Token(sk, starts[t - 2]).SequenceEqual("or")))
            && HasBefore(sk, starts, Math.Max(last + 1, t - 4), t, EnglishLookup))
        {
            return t;
        }

        // "shouldn't be teaching our children", "mustn't be near our kids" (blind17).
        if (NotBeWhatLookup.Contains(word) && previous.SequenceEqual("be") && t - 2 > last
            && (Token(sk, starts[t - 2]) is var modal && (modal.SequenceEqual("shouldnt") || modal.SequenceEqual("mustnt")
                || (modal.SequenceEqual("not") && t - 3 > last && ModalLookup.Contains(Token(sk, starts[t - 3]))))))
        {
            return t;
        }

        // "aren't as clever as white people", "are not as smart" (blind17).
        if (LessWhatLookup.Contains(word) && previous.SequenceEqual("as") && t - 2 > last && NotLookup.Contains(Token(sk, starts[t - 2])))
        {
            return t;
        }

        // "shouldn't be in normal schools" (blind32, blind33).
        if (word.SequenceEqual("schols") && (previous.SequenceEqual("normal") || previous.SequenceEqual("mainstream") || previous.SequenceEqual("our"))
            && HasBefore(sk, starts, last + 1, t, ModalLookup))
        {
            return t;
        }

        // "should be kept away from our kids".
        if (KeptLookup.Contains(word) && previous.SequenceEqual("kept") && HasBefore(sk, starts, last + 1, t, ModalLookup))
        {
            return t;
        }

        // "Disabled kids should be kept at home, not holding the rest of the class back" (blind28), "locked up".
        if (((word.SequenceEqual("home") && previous.SequenceEqual("at") && t - 2 > last && Token(sk, starts[t - 2]).SequenceEqual("kept"))
                || (word.SequenceEqual("up") && previous.SequenceEqual("locked")))
            && HasBefore(sk, starts, last + 1, t, ModalLookup))
        {
            return t;
        }

        // A people said to rob or steal: "shift the knackers off the common before they rob the school", "gypsies nicking
        // lead off church roofs" (blind24, blind27). Not "were robbed" (a crime done to them).
        if (CrimeLookup.Contains(word))
        {
            return t;
        }

        // The skeleton spells a run of one letter once: "allowed" reads "alowed".
        if (word.SequenceEqual("alowed") && HasBefore(sk, starts, last + 1, t, ModalLookup) && HasBefore(sk, starts, last + 1, t + 1, NegationLookup))
        {
            return t;
        }

        // "hold the normal ones back", "drag the class down": someone between.
        if ((word.SequenceEqual("back") || word.SequenceEqual("down")) && !HoldLookup.Contains(previous) && HasBefore(sk, starts, Math.Max(last + 1, t - 4), t, HoldLookup))
        {
            return t;
        }

        // "don't have real feelings", "have no souls".
        if (FeelingsLookup.Contains(word) && HasBefore(sk, starts, Math.Max(last + 1, t - 3), t, NoLookup) && HasBefore(sk, starts, Math.Max(last + 1, t - 2), t, HaveLookup))
        {
            return t;
        }

        // "can't be trusted".
        if (word.SequenceEqual("trusted") && previous.SequenceEqual("be") && HasBefore(sk, starts, Math.Max(last + 1, t - 3), t, NoLookup))
        {
            return t;
        }

        // "don't belong here" (not "belong to the Church of England").
        if (word.SequenceEqual("belong") && HasBefore(sk, starts, Math.Max(last + 1, t - 2), t, NoLookup) && !next.SequenceEqual("to"))
        {
            return t;
        }

        // "only come here for the benefits".
        if (BenefitsLookup.Contains(word) && HasBefore(sk, starts, Math.Max(last + 1, t - 3), t, ForLookup) && HasBefore(sk, starts, last + 1, t, ComeLookup))
        {
            return t;
        }

        if (ConspiracyObjectLookup.Contains(word) && HasBefore(sk, starts, last + 1, t, ConspiracyLookup))
        {
            return t;
        }

        if (word.SequenceEqual("over") && TakeOverLookup.Contains(previous))
        {
            return t;
        }

        // "ruining this country", "stealing our jobs"; "take our" only with what is taken ("take our advice" is not).
        if (TakeOverLookup.Contains(word) && (next.SequenceEqual("our") || next.SequenceEqual("this"))
            && (!TakeLookup.Contains(word) || (t + 2 < count && !BreakBetween(sk, starts[t + 1], starts[t + 2]) && TakenLookup.Contains(Token(sk, starts[t + 2])))))
        {
            return t + 2 < count && !BreakBetween(sk, starts[t + 1], starts[t + 2]) && TakenLookup.Contains(Token(sk, starts[t + 2])) ? t + 2 : t + 1;
        }

        return -1;
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StraightLookup = SkeletonWords.Of("straight", "right", "all", "strait");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SunkLookup = SkeletonWords.Of("them", "em", "the", "boats", "it", "all");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> MoreWhatLookup = SkeletonWords.Of(
        "violent", "dangerous", "criminal", "aggressive");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TeachLookup = SkeletonWords.Of(
        "teach", "teaches", "teaching", "taught", "feed", "feeding", "telling", "tell");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StayWhereLookup = SkeletonWords.Of("away", "out", "home", "at");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> RealWhatLookup = SkeletonWords.Of(
        "women", "men", "woman", "man", "girls", "boys", "people", "humans", "families", "parents", "mums", "dads", "british", "english");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> YourLookup = SkeletonWords.Of("your", "ur", "yr");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> RuinLookup = SkeletonWords.Of(
        "ruin", "ruins", "ruining", "ruined", "spoil", "spoils", "spoiling", "spoilt", "spoiled");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> EveryoneLookup = SkeletonWords.Of("everyone", "everybody", "evryone", "evrybody", "others");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ContributeLookup = SkeletonWords.Of(
        "contributed", "contribute", "contributes", "added", "add", "adds", "given", "give", "gives", "done");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BelongLookup = SkeletonWords.Of("belong", "belongs");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> EnglishLookup = SkeletonWords.Of("english", "integrate", "assimilate", "fit");

    /// <summary>What a people "shouldn't be" in hate: "teaching", "near", "around" (not "left out", "in pain").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotBeWhatLookup = SkeletonWords.Of(
        "teaching", "teachers", "near", "around", "here", "living", "mixing", "nurses", "doctors", "trusted");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TakeLookup = SkeletonWords.Of("take", "takes", "took");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TakenLookup = SkeletonWords.Of(
        "jobs", "houses", "homes", "country", "benefits", "places", "school", "schools", "money", "women", "land", "nhs");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotLookup = SkeletonWords.Of("not", "isnt", "arent", "arnt", "never", "no", "nt", "wasnt", "werent", "aint");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> MadeLookup = SkeletonWords.Of("made", "make", "makes", "making", "invented");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> HaveLookup = SkeletonWords.Of("have", "has", "got");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ForLookup = SkeletonWords.Of("for");

    private static bool HasBefore(Skeleton sk, int[] starts, int from, int to, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> words)
    {
        for (var t = from; t < to; t++)
        {
            if (words.Contains(Token(sk, starts[t])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the sentence around token <paramref name="at"/> talks about prejudice itself.</summary>
    private static bool AboutPrejudice(Skeleton sk, int[] starts, int at)
    {
        var (lo, hi) = Bounds(sk, at, at, Reach);
        for (var t = lo; t <= hi; t++)
        {
            // "I'm not racist but ..." opens hate, it does not talk about it (blind17).
            // "stop teaching our kids lies" says the teaching is the lie (blind23, blind29): not about prejudice.
            var word = Token(sk, starts[t]);
            if (AboutPrejudiceLookup.Contains(word)
                && !(t > 0 && Token(sk, starts[t - 1]).SequenceEqual("not") && t + 1 < sk.TokenCount && Token(sk, starts[t + 1]).SequenceEqual("but"))
                && !((word.SequenceEqual("lies") || word.SequenceEqual("lie")) && HasBefore(sk, starts, Math.Max(0, t - 3), t, TeachLookup)))
            {
                return true;
            }
        }

        return false;
    }
}
