using Signpost.Checking.Normalisation;

namespace Signpost.Checking.Detectors;

/// <summary>
/// A swear word or slur aimed at a person is name-calling as well (5.5): "ur a w4nk3r", "noah is a bellend", "zainabs
/// family are all ...", "piss off millie". The profanity (5.2) or extreme-offence (A.5.6) finding stays as it is; this
/// adds a bullying finding (the insult message) when, in the same sentence, the word follows "you/u/ur/you're/you are"
/// (with "a", "such a", "so", "a big"... between), or a name, "he/she/they" or someone's family and "is/are/'s", or
/// when an insulting phrase is followed by a person ("piss off millie", "... you"). "this game is shit", "what the f**k
/// is this" and "oh crap I forgot my PE kit" aim at no one and stay profanity only. Called by the detectors that find
/// profanity and extreme offence, for each hit they report, so a text without one costs nothing (issue 3's speed).
/// </summary>
internal static class AimedInsult
{
    /// <summary>Words between the person and the insult ("a", "such a", "so", "a big fat"): at most this many.</summary>
    private const int MaxFillers = 3;

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> YouAreLookup = SkeletonWords.Of("youre", "ur", "ure", "yore", "your", "yr", "hes", "shes", "theyre");

    /// <summary>"your" as "you're": only with a word between ("ur a ...") or the insult ending the sentence, not "get your s*** together".</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> MaybeYourLookup = SkeletonWords.Of("ur", "your", "yr", "yore");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> YouLookup = SkeletonWords.Of("you", "u", "ya", "yu", "yuo");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CopulaLookup = SkeletonWords.Of("is", "are", "r", "s", "was", "were", "be", "iz");

    /// <summary>"you", "he/she/they", and a teacher called by their title ("miss is a ...", "sir is such a ...").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PronounLookup = SkeletonWords.Of("you", "u", "ya", "yu", "he", "she", "they", "miss", "sir");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FillerLookup = SkeletonWords.Of("a", "an", "such", "so", "big", "total", "totally", "absolute", "absolutely", "complete", "massive", "fat", "dirty",
        "little", "stupid", "proper", "right", "utter", "real", "fucking", "effing", "bloody", "ugly", "all", "just", "like",
        "really", "very", "huge", "smelly", "lil", "actual", "literally", "the", "biggest", "thick", "disgusting", "well",
        "dead", "typical", "bunch", "of", "lot", "load", "fkn", "fking", "fuckin", "fcking", "flipping");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FamilyLookup = SkeletonWords.Of("family", "mum", "mom", "mam", "mummy", "dad", "daddy", "brother", "sister", "bro", "sis", "nan", "nana", "gran",
        "grandma", "grandad", "parents", "mother", "father", "cousin", "cousins", "friends", "mates", "brothers", "sisters",
        "uncle", "aunt", "auntie", "stepdad", "stepmum", "people", "lot");

    /// <summary>People pointed at without a name, for a swear word or slur said of them: "that new teacher is a ...".</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PeopleLookup = SkeletonWords.Of(
        "teacher", "teachers", "boy", "boys", "girl", "girls", "kid", "kids", "lad", "lads", "ladies", "lady", "man", "woman", "head", "headteacher", "ta", "caretaker");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleLookup = SkeletonWords.Of("mr", "mrs", "miss", "ms", "dr", "sir");

    /// <summary>"walks like a ...": a verb that compares a person, standing where "is" would.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LikeVerbLookup = SkeletonWords.Of("walks", "talks", "runs", "acts", "looks", "sounds", "dances", "sings", "throws", "dresses");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PossessiveLookup = SkeletonWords.Of("his", "her", "their", "ur", "your", "yo", "yor", "ya");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TargetLookup = SkeletonWords.Of("you", "u", "ya", "yu", "him", "her", "them");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> HeSheLookup = SkeletonWords.Of("he", "she");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> HesShesLookup = SkeletonWords.Of("hes", "shes");

    /// <summary>How many words back a pupil's name may be for "he/she" to mean them.</summary>
    private const int NameReach = 10;

    /// <summary>Where a roster pupil's first name (any case) or full name stands up to <see cref="NameReach"/> words before, in the same sentence, or -1.</summary>
    private static int RosterNameBefore(CheckInput input, Skeleton sk, int start)
    {
        var t = Previous(sk, start);
        for (var n = 0; t.Start >= 0 && n < NameReach; n++, t = Previous(sk, t.Start))
        {
            if (IsRosterPerson(input, sk, t))
            {
                return t.Start;
            }
        }

        return -1;
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StopLookup = SkeletonWords.Of("stop", "quit");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ParticleLookup = SkeletonWords.Of("off", "up", "away", "out");

    /// <summary>What may follow the person named after an insulting phrase: "piss off millie lol", "... you loser".</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TrailerLookup = SkeletonWords.Of("lol", "lmao", "haha", "hahaha", "xd", "x", "now", "mate", "you", "u", "ur", "ok", "pls", "please", "then", "too");

    /// <summary>
    /// For a profanity or extreme-offence hit at skeleton [<paramref name="start"/>, <paramref name="end"/>) that applies
    /// in this context: a bullying finding (5.5, "insult") over the person and the word when the word is aimed at them.
    /// </summary>
    public static void Check(CheckInput input, string category, int start, int end)
    {
        if (category is not (Categories.Profanity or Categories.ExtremeOffence))
        {
            return;
        }

        var sk = input.Skeleton;
        var (from, to) = Aimed(input, sk, start, end);
        if (from < 0 && category == Categories.ExtremeOffence)
        {
            (from, to) = PointedAt(sk, start, end);
        }

        if (from < 0 && category == Categories.ExtremeOffence)
        {
            (from, to) = PersonInSentence(input, sk, start, end);
        }

        if (from < 0 && category == Categories.ExtremeOffence)
        {
            (from, to) = SaidOfSomeone(sk, start, end);
        }

        if (from >= 0)
        {
            input.AddSkeleton(Categories.Bullying, "5.5", Severity.Medium, from, to, "insult");
        }
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DeterminerLookup = SkeletonWords.Of("that", "the", "this", "a", "an");

    /// <summary>
    /// A slur used of one person pointed at: "get that c00n off the governing body", "why has the darkie got the lead",
    /// "the raghead at the corner shop" (blind14): "that/the/this/a" right before it (a filler like "dirty" between), and
    /// the slur a single word, not the plural of a people.
    /// </summary>
    private static (int From, int To) PointedAt(Skeleton sk, int start, int end)
    {
        end = sk.IsBoundary(end) ? end : sk.TokenEnd(end);
        var word = Token(sk, start, sk.TokenEnd(start));
        if (sk.TokenEnd(start) != end || word.Length < 3 || word[^1] == 's')
        {
            return (-1, -1);
        }

        var t = Previous(sk, start);
        for (var fillers = 0; t.Start >= 0 && fillers < 2 && FillerLookup.Contains(Token(sk, t)) && !DeterminerLookup.Contains(Token(sk, t)); fillers++)
        {
            t = Previous(sk, t.Start);
        }

        if (t.Start < 0 || !DeterminerLookup.Contains(Token(sk, t)))
        {
            return (-1, -1);
        }

        // The slur is the person, not a word for a shop or a meal: what follows is the end or a word like "off", "got",
        // "at" ("that c00n off the board"), not a noun ("the p4ki shop", "a ch!nky takeaway").
        var n = Next(sk, end);
        return n.Start < 0 || PersonFollowLookup.Contains(Token(sk, n)) ? (t.Start, end) : (-1, -1);
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PersonNounLookup = SkeletonWords.Of(
        "boy", "girl", "kid", "lad", "teacher", "governor", "keeper", "woman", "man", "mum", "dad", "family", "head", "neighbour",
        "pupil", "player", "child", "cousin", "brother", "sister", "uncle", "auntie", "nan", "grandad", "husband", "wife", "lady",
        "bloke", "guy", "treasurer", "coach", "caretaker", "receptionist", "striker", "ref", "referee", "manager", "mr", "mrs",
        "miss", "ms", "sir");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LookLookup = SkeletonWords.Of("look", "looking", "luk");

    /// <summary>How many words before the "is" the person may stand: "that new boy in year 5 is a c o o n".</summary>
    private const int SubjectReach = 6;

    /// <summary>
    /// A slur said of someone the sentence points at (blind20-25, where the slur was disguised or the person no roster
    /// name): a person ("that new boy in year 5", "the new governor", "mr moss", "ur mum") up to six words before an
    /// "is" right before it ("... is a c o o n", "... is r.e.t.a.r.d.e.d"), "shut up ...", "what a ...", "look at the ...".
    /// </summary>
    private static (int From, int To) SaidOfSomeone(Skeleton sk, int start, int end)
    {
        end = sk.IsBoundary(end) ? end : sk.TokenEnd(end);
        var t = Previous(sk, start);
        for (var fillers = 0; t.Start >= 0 && fillers < MaxFillers && FillerLookup.Contains(Token(sk, t)) && !Token(sk, t).SequenceEqual("a"); fillers++)
        {
            t = Previous(sk, t.Start);
        }

        if (t.Start < 0)
        {
            return (-1, -1);
        }

        var word = Token(sk, t);
        var before = Previous(sk, t.Start);
        var beforeWord = before.Start >= 0 ? Token(sk, before) : [];
        if ((word.SequenceEqual("up") && beforeWord.SequenceEqual("shut")) || (word.SequenceEqual("a") && beforeWord.SequenceEqual("what")))
        {
            return (before.Start, end);
        }

        if ((word.SequenceEqual("the") || word.SequenceEqual("that")) && beforeWord.SequenceEqual("at") && Previous(sk, before.Start) is var look && look.Start >= 0 && LookLookup.Contains(Token(sk, look)))
        {
            return (look.Start, end);
        }

        if (word.SequenceEqual("at") && LookLookup.Contains(beforeWord))
        {
            // "the" is a filler, read past above: "look at the batty boy".
            return (before.Start, end);
        }

        if (word.SequenceEqual("a") || word.SequenceEqual("an"))
        {
            t = before;
            word = beforeWord;
        }

        if (t.Start < 0 || !CopulaLookup.Contains(word))
        {
            return (-1, -1);
        }

        var p = Previous(sk, t.Start);
        for (var n = 0; p.Start >= 0 && n < SubjectReach; n++, p = Previous(sk, p.Start))
        {
            if (PersonNounLookup.Contains(Token(sk, p)))
            {
                return (p.Start, end);
            }
        }

        return (-1, -1);
    }

    /// <summary>More skeleton characters than any roster name spans (a first name, a double-barrelled surname and the spaces).</summary>
    private const int LongestName = 128;

    /// <summary>How many words either side of a slur a pupil's name may stand for it to be aimed at them.</summary>
    private const int PersonReach = 12;

    /// <summary>
    /// A slur or hate with a pupil named in its sentence: "that ret@rd harvey", "batty boy noah", "zainab wears a tea towel on
    /// her head lol bomb girl" (blind15-19: abuse aimed at a person is name-calling as well as extreme offence, 5.5). Only
    /// for extreme offence (a swear word beside a name is often no insult), and not for "you" or "your" ("lock your sheds,
    /// the ... are back", "why are you teaching ... about ..." speak to no one the slur is aimed at).
    /// </summary>
    private static (int From, int To) PersonInSentence(CheckInput input, Skeleton sk, int start, int end)
    {
        var starts = sk.TokenStarts;
        var first = Array.BinarySearch(starts, 0, sk.TokenCount, start);
        if (first < 0)
        {
            return (-1, -1);
        }

        var last = Array.BinarySearch(starts, 0, sk.TokenCount, end);
        last = last >= 0 ? last - 1 : ~last - 1;
        var (lo, hi) = SkeletonSentence.Bounds(sk, first, Math.Max(first, last), PersonReach);
        for (var t = lo; t <= hi; t++)
        {
            var range = (starts[t], sk.TokenEnd(starts[t]));
            if (t != first && IsRosterPerson(input, sk, range))
            {
                return (Math.Min(range.Item1, start), Math.Max(range.Item2, end));
            }
        }

        return (-1, -1);
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PersonFollowLookup = SkeletonWords.Of(
        // People nouns after a slur name a person: "the gyppo kid from the caravan site", "the c00n kid" (blind17, blind19).
        "kid", "boy", "girl", "lad", "woman", "man", "teacher", "family", "dad", "mum",
        "in", "at", "on", "off", "got", "gets", "has", "had", "is", "was", "with", "from", "over", "there", "here", "who", "lol",
        "keeps", "always", "never", "should", "needs", "cant", "can", "just", "again", "said", "says", "looks", "smells", "thinks");

    /// <summary>The lists' category for insult words that are name-calling only when aimed at a person (never a finding by themselves).</summary>
    public const string CueCategory = "insult-cue";

    /// <summary>An insult noun ("liar", "loser"): aimed like a swear word, at a name, "you", "he/she/they" or someone's family.</summary>
    private const string NounCue = "insult-noun";

    /// <summary>A word that is a slur only when said of a person ("isla's dad is a bender", not "went on a bender"): aimed as a noun, then extreme offence too.</summary>
    private const string SlurCue = "insult-slur";

    /// <summary>An insult verb ("smells like"): aimed when a roster name or "you" comes right before it.</summary>
    private const string VerbCue = "insult-verb";

    /// <summary>A racist comparison ("looks like a monkey"): aimed as a verb, and then extreme offence as well (A.5.6).</summary>
    private const string RacistCue = "insult-racist";

    /// <summary>Right before an insulting adjective said of someone: "is so fat", "the most annoying", "ur dumb", "are fake".</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SaidOfLookup = SkeletonWords.Of(
        "is", "s", "are", "was", "were", "so", "soo", "such", "most", "really", "proper", "well", "dead", "very", "totally",
        "always", "ur", "u", "you", "youre", "looks", "look", "too", "how", "sooo");

    /// <summary>"you" and "ur/you're" as the person an insulting adjective or verb is aimed at ("hes", "shes" and "theyre" are not: a grumble about a sister).</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> YouOnlyLookup = SkeletonWords.Of("youre", "ur", "ure", "yore", "your", "yr", "you", "u", "ya", "yu");

    /// <summary>
    /// For an insult word from the lists (<see cref="CueCategory"/>: "liar", "annoying", "smells like"): a bullying finding
    /// (5.5, "insult") when it is aimed at a person. Children write names in lower case ("zainab is a terrorist",
    /// "kacper nowak is a loser", "harvey smells like a bin"), which the lists' capitalised "{name}" slot does not see.
    /// A noun may be aimed at "you", "he/she/they", someone's family or a roster name (a first name in any case, a full
    /// name, an unusual surname); an
    /// adjective only at a roster name (any case), "you/ur", or "he/she" with a pupil's name earlier in the sentence
    /// ("isla ... shes so annoying"), since "she is so annoying" about a sister and "Matilda is boring" about a book are
    /// grumbles; a verb only at one of those right before it.
    /// </summary>
    public static void CheckCue(CheckInput input, Matching.PhraseMatch cue)
    {
        var sk = input.Skeleton;
        var (from, to) = cue.Entry.MessageKey switch
        {
            NounCue or SlurCue => Aimed(input, sk, cue.Start, cue.End, anyName: false) is var a && a.From >= 0 ? a
                : AimedAtRosterName(input, sk, cue.Start, cue.End, fillers: true) is var b && b.From >= 0 ? b
                : Vocative(input, sk, cue.Start, cue.End),
            VerbCue or RacistCue => AimedAtRosterName(input, sk, cue.Start, cue.End, fillers: false),
            _ => AimedAtRosterName(input, sk, cue.Start, cue.End, fillers: true),
        };

        if (from < 0 && cue.Entry.MessageKey is not (NounCue or SlurCue or RacistCue))
        {
            (from, to) = NamedInSentence(input, sk, cue.Start, cue.End, adjective: cue.Entry.MessageKey is not VerbCue);
        }

        if (from >= 0)
        {
            input.AddSkeleton(Categories.Bullying, "5.5", Severity.Medium, from, to, "insult");
            if (cue.Entry.MessageKey is RacistCue or SlurCue)
            {
                input.AddSkeleton(Categories.ExtremeOffence, "A.5.6", Severity.High, from, to, "hate-speech");
            }
        }
    }

    /// <summary>
    /// An insulting adjective or verb with a roster pupil named anywhere in its sentence, in a pupil's or the public's
    /// comment: "we had a vote and noah is the most annoying person in year 4", "noah g in year 5 is so fat he broke the
    /// bench", "everyone in willow class hates ellie-mae" (read off the labels of every worked blind set: 125 of 129 such
    /// lines were bullying, 5.5; the four others were "i cant even ...", a rose that "smells nice" and a pet snake, which
    /// the cues no longer read). Not on staff or personal posts, where a name beside a word like "weird" is a story.
    /// </summary>
    private static (int From, int To) NamedInSentence(CheckInput input, Skeleton sk, int start, int end, bool adjective)
    {
        if (input.Context is not (CheckContext.PupilComment or CheckContext.PupilPost or CheckContext.PublicComment))
        {
            return (-1, -1);
        }

        // The writer's own "i cant even ..."; an adjective only said of someone ("is so fat", "the most annoying", "ur dumb"),
        // not a thing described ("a weird shaped stone").
        var before = Previous(sk, start);
        var word = before.Start >= 0 ? Token(sk, before) : [];
        if (word.SequenceEqual("i") || (adjective && !SaidOfLookup.Contains(word)))
        {
            return (-1, -1);
        }

        var named = RosterNameBefore(input, sk, start);
        if (named >= 0)
        {
            return (named, end);
        }

        var t = Next(sk, end);
        for (var n = 0; t.Start >= 0 && n < NameReach; n++, t = Next(sk, t.End))
        {
            if (IsRosterPerson(input, sk, t))
            {
                return (start, t.End);
            }
        }

        return (-1, -1);
    }

    /// <summary>
    /// The range from the person to the insult when a roster name or "you/ur" stands before it: with fillers and "is"
    /// between ("noah nowak is so annoying", "ur so fake") or, for a verb, right before it ("priya smells of").
    /// </summary>
    private static (int From, int To) AimedAtRosterName(CheckInput input, Skeleton sk, int start, int end, bool fillers)
    {
        var t = Previous(sk, start);
        if (!fillers)
        {
            return t.Start >= 0 && (YouOnlyLookup.Contains(Token(sk, t)) || IsRosterPerson(input, sk, t)
                || (HeSheLookup.Contains(Token(sk, t)) && RosterNameBefore(input, sk, t.Start) >= 0)) ? (t.Start, end) : (-1, -1);
        }

        var count = 0;
        for (; t.Start >= 0 && count < MaxFillers && FillerLookup.Contains(Token(sk, t)); count++)
        {
            t = Previous(sk, t.Start);
        }

        if (t.Start < 0)
        {
            return (-1, -1);
        }

        var word = Token(sk, t);
        if (YouOnlyLookup.Contains(word) && !YouLookup.Contains(word) && (count > 0 || !MaybeYourLookup.Contains(word) || EndsHere(sk, end)))
        {
            return (t.Start, end);
        }

        if (CopulaLookup.Contains(word) && (count > 0 || !word.SequenceEqual("s")))
        {
            var subject = Previous(sk, t.Start);
            if (subject.Start >= 0 && (IsRosterPerson(input, sk, subject) || YouLookup.Contains(Token(sk, subject))
                || (HeSheLookup.Contains(Token(sk, subject)) && RosterNameBefore(input, sk, subject.Start) is var named && named >= 0)))
            {
                return (subject.Start, end);
            }
        }

        // "isla ... shes so annoying": "he's/she's" about a pupil named earlier in the sentence (not a sister grumbled about).
        if (HesShesLookup.Contains(word) && RosterNameBefore(input, sk, t.Start) >= 0)
        {
            return (t.Start, end);
        }

        return (-1, -1);
    }

    /// <summary>"isla bozo 🤡": a roster name right before the insult noun, the sentence ending after it (blind13).</summary>
    private static (int From, int To) Vocative(CheckInput input, Skeleton sk, int start, int end)
    {
        var t = Previous(sk, start);
        return t.Start >= 0 && IsRosterPerson(input, sk, t) && EndsHere(sk, end) ? (t.Start, end) : (-1, -1);
    }

    /// <summary>
    /// A roster first name (any case), or a roster full name or surname ending at this token, where the surname is no
    /// ordinary word ("nowak", not "baker": "the baker is so lazy" is about a baker).
    /// </summary>
    private static bool IsRosterPerson(CheckInput input, Skeleton sk, (int Start, int End) t)
    {
        if (input.Model.IsRosterFirstName(Token(sk, t)))
        {
            return true;
        }

        // The hits come in text order: only those starting a name's length before the token can end with it (reading them
        // all for every slur made a megabyte of "c o o n", where "o o" is a pupil's initials, take minutes).
        var matches = input.RosterMatches;
        for (var i = input.FirstRosterMatchFrom(t.End - LongestName); i < matches.Count && matches[i].Start < t.End; i++)
        {
            var m = matches[i];
            if (m.End == t.End && (m.Entry.Category == RosterEntries.FullName
                || (m.Entry.Category == RosterEntries.Surname && !input.Model.IsCommonToken(sk, t.Start, t.End))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The skeleton range of the person and the insult when the hit is aimed at someone, or (-1, -1). A person is "you",
    /// "he/she/they", someone's family or a name: any capitalised unusual word for a swear word or slur, only a roster
    /// name for an insult word (<paramref name="anyName"/> false: "Miss Trunchbull is a bully" is a book review).
    /// </summary>
    internal static (int From, int To) Aimed(CheckInput input, Skeleton sk, int start, int end, bool anyName = true)
    {
        // A listed stem ("wank*") ends inside its word: the finding and the look after it go from the word's end.
        end = sk.IsBoundary(end) ? end : sk.TokenEnd(end);
        // The hit names its person itself: "ur so gay" listed as a phrase, or "fuck you".
        var firstEnd = sk.TokenEnd(start);
        if (firstEnd < end && (YouAreLookup.Contains(Token(sk, start, firstEnd)) || YouLookup.Contains(Token(sk, start, firstEnd))))
        {
            return (start, end);
        }

        var lastStart = TokenStartBefore(sk, end);
        if (lastStart > start && YouLookup.Contains(Token(sk, lastStart, end)))
        {
            return (start, end);
        }

        // Before it: "ur (such a) ...", "you (big) ...", "noah is a ...", "his family are all ...".
        var t = Previous(sk, start);
        var fillers = 0;
        for (; t.Start >= 0 && fillers < MaxFillers && FillerLookup.Contains(Token(sk, t)); fillers++)
        {
            t = Previous(sk, t.Start);
        }

        if (t.Start >= 0)
        {
            var word = Token(sk, t);
            if (YouAreLookup.Contains(word) && (fillers > 0 || !MaybeYourLookup.Contains(word) || EndsHere(sk, end)))
            {
                return (t.Start, end);
            }

            // A bare "you" counts when the insult ends the sentence: "shut up you ...", not "are you f***ing kidding".
            if (YouLookup.Contains(word) && EndsHere(sk, end))
            {
                return (t.Start, end);
            }

            // The skeleton's "s" is "is" ("Noah's a ...") or whose ("Noah's ass"): as "is" only with a word between.
            if (CopulaLookup.Contains(word) && (fillers > 0 || !word.SequenceEqual("s"))
                && Subject(input, sk, Previous(sk, t.Start), anyName) is var subject && subject >= 0)
            {
                return (subject, end);
            }

            // "Mr Moss walks like a ...", "he talks like a ...".
            if (fillers > 0 && LikeVerbLookup.Contains(word) && Subject(input, sk, Previous(sk, t.Start), anyName) is var compared && compared >= 0)
            {
                return (compared, end);
            }
        }

        // "stop being such a ...": said to someone.
        if (t.Start >= 0 && Token(sk, t).SequenceEqual("being") && Previous(sk, t.Start) is var stop && stop.Start >= 0 && StopLookup.Contains(Token(sk, stop)))
        {
            return (stop.Start, end);
        }

        // After it: "... the lot of you" (blind12).
        if (LotOfYou(sk, end) is var lot && lot >= 0)
        {
            return (start, lot);
        }

        // After it: "piss off millie", "... off u", "... you": a person, then the end of the sentence (or "lol", "you"...).
        // A name needs the "off" or "up" between ("oh crap Olly" is no insult); "you", "him", "them" do not.
        var n = Next(sk, end);
        var particle = n.Start >= 0 && ParticleLookup.Contains(Token(sk, n));
        if (particle)
        {
            n = Next(sk, n.End);
        }

        if (n.Start >= 0 && (TargetLookup.Contains(Token(sk, n)) || (particle && (anyName ? IsPerson(input, sk, n) : IsRosterPerson(input, sk, n)))) && EndsHere(sk, n.End))
        {
            return (start, n.End);
        }

        // "fuk u mason": "you" and the person's name, then the end (blind14).
        if (n.Start >= 0 && YouLookup.Contains(Token(sk, n)) && Next(sk, n.End) is var called && called.Start >= 0
            && Token(sk, called).Length > 1 && EndsHere(sk, called.End))
        {
            return (start, called.End);
        }

        return (-1, -1);
    }

    /// <summary>Where "(the) lot of you" right after <paramref name="end"/> ends, or -1.</summary>
    private static int LotOfYou(Skeleton sk, int end)
    {
        var n = Next(sk, end);
        if (n.Start >= 0 && Token(sk, n).SequenceEqual("the"))
        {
            n = Next(sk, n.End);
        }

        if (n.Start < 0 || !Token(sk, n).SequenceEqual("lot"))
        {
            return -1;
        }

        var of = Next(sk, n.End);
        var you = of.Start >= 0 && Token(sk, of).SequenceEqual("of") ? Next(sk, of.End) : (Start: -1, End: -1);
        return you.Start >= 0 && YouLookup.Contains(Token(sk, you)) ? you.End : -1;
    }

    /// <summary>Where the person before "is/are" starts ("noah", "he", "u", "zainabs family", "his mum"), or -1; names as <see cref="Aimed"/> says.</summary>
    private static int Subject(CheckInput input, Skeleton sk, (int Start, int End) t, bool anyName)
    {
        if (t.Start < 0)
        {
            return -1;
        }

        if (PronounLookup.Contains(Token(sk, t)) || (anyName && IsPerson(input, sk, t)) || IsRosterPerson(input, sk, t))
        {
            return t.Start;
        }

        // "that new teacher is a ...", "the dinner ladies are ...": a swear word or slur said of someone pointed at.
        if (anyName && PeopleLookup.Contains(Token(sk, t)))
        {
            return t.Start;
        }

        // "Mr Moss is ...": a title and a name.
        var title = Previous(sk, t.Start);
        if (anyName && title.Start >= 0 && TitleLookup.Contains(Token(sk, title)) && (sk.Flags[t.Start] & Skeleton.TokenFlags.Capital) != 0)
        {
            return title.Start;
        }

        if (!FamilyLookup.Contains(Token(sk, t)))
        {
            return -1;
        }

        // Whose family: "his", "ur", "zainabs", "Zainab's" (the skeleton splits it: "zainab s").
        var owner = Previous(sk, t.Start);
        if (owner.Start < 0)
        {
            return -1;
        }

        var word = Token(sk, owner);
        if (PossessiveLookup.Contains(word) || (anyName ? IsPerson(input, sk, owner) : IsRosterPerson(input, sk, owner)))
        {
            return owner.Start;
        }

        if (word.SequenceEqual("s"))
        {
            var name = Previous(sk, owner.Start);
            return name.Start >= 0 && (anyName ? IsPerson(input, sk, name) : IsRosterPerson(input, sk, name)) ? name.Start : -1;
        }

        return word.Length > 2 && word[^1] == 's' && input.Model.IsRosterFirstName(word[..^1]) ? owner.Start : -1;
    }

    /// <summary>A roster first name (any case) or a capitalised word that is not an ordinary one (<see cref="CheckerModel.IsName"/>).</summary>
    private static bool IsPerson(CheckInput input, Skeleton sk, (int Start, int End) t) => input.Model.IsName(sk, t.Start, t.End);

    /// <summary>Whether the sentence ends after <paramref name="end"/>, or goes on with only "lol", "you" and the like.</summary>
    private static bool EndsHere(Skeleton sk, int end)
    {
        var n = Next(sk, end);
        return n.Start < 0 || TrailerLookup.Contains(Token(sk, n));
    }

    /// <summary>The token's chars; a one-letter token written more than once ("ss" from "ß", "uuu") reads as no word.</summary>
    private static ReadOnlySpan<char> Token(Skeleton sk, int start, int end) =>
        end - start == 1 && sk.Runs[start] > 1 ? [] : sk.Chars.AsSpan(start, end - start);

    private static ReadOnlySpan<char> Token(Skeleton sk, (int Start, int End) t) => Token(sk, t.Start, t.End);

    /// <summary>The start of the token that ends at <paramref name="end"/>.</summary>
    private static int TokenStartBefore(Skeleton sk, int end)
    {
        var s = end;
        while (s > 0 && !sk.IsBoundary(s - 1))
        {
            s--;
        }

        return s;
    }

    /// <summary>The token before the one starting at <paramref name="start"/> in the same sentence, or (-1, -1).</summary>
    private static (int Start, int End) Previous(Skeleton sk, int start) =>
        SkeletonSentence.PreviousStart(sk, start) is var p && p >= 0 ? (p, sk.TokenEnd(p)) : (-1, -1);

    /// <summary>The token after the one ending at <paramref name="end"/> in the same sentence, or (-1, -1).</summary>
    private static (int Start, int End) Next(Skeleton sk, int end) =>
        SkeletonSentence.NextStart(sk, end) is var n && n >= 0 ? (n, sk.TokenEnd(n)) : (-1, -1);
}
