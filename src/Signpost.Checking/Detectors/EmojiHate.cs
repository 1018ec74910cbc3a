using Signpost.Checking.Normalisation;

namespace Signpost.Checking.Detectors;

/// <summary>
/// Hate said in emoji (A.5.6), which no word list sees (blind11, blind12, blind13): monkeys, gorillas and bananas thrown
/// at a person ("oliver 🐒🐒🍌 lol", "🐒🐒🍌 to the new kid"), and disgust after a rainbow or a word for gay people
/// ("🏳️‍🌈 = 🤮", "gays 🤢"). Apes count when there are two, or one with a banana, and the text points at a person (a
/// pupil's name, "you", "the new kid", "he/she", a teacher) with no word of a zoo or an animal in it ("we fed the 🐒🐒
/// at the zoo 🍌" is a trip). Said to a named pupil or "you", it is name-calling too (5.5). Reads only the emoji
/// <see cref="NormalisedText.Marks"/> recorded, so a text without them costs one check.
/// </summary>
internal sealed class EmojiHate : Detector
{
    public EmojiHate()
        : base(Needs.Emoji)
    {
    }

    /// <summary>How far (folded chars) after a rainbow or a word for gay people the disgust may come: "🏳️‍🌈 = 🤮🤮".</summary>
    private const int DisgustReach = 12;

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PersonLookup = SkeletonWords.Of(
        "you", "u", "ur", "youre", "ya", "kid", "boy", "girl", "lad", "man", "woman", "teacher", "assistant", "ta", "he", "she",
        "him", "her", "they", "them", "miss", "sir", "mr", "mrs", "ms", "new", "family", "mum", "dad", "people", "neighbours", "neighbour",
        // People by what they do in a team or a school ("🐒🐒🐒🍌 thats the Holbrook goalie": blind16).
        "goalie", "keeper", "goalkeeper", "player", "players", "striker", "defender", "ref", "referee", "captain", "coach",
        "guy", "bloke", "lady", "child", "kids", "pupil", "caretaker", "cleaner", "head", "headteacher",
        // A player by their shirt: "Their number 9 🐒🐒🍌 lol" (blind18).
        "number");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> YouLookup = SkeletonWords.Of("you", "u", "ur", "youre", "ya");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AnimalLookup = SkeletonWords.Of(
        "zoo", "safari", "wildlife", "animal", "animals", "monkey", "monkeys", "gorilla", "gorillas", "chimp", "chimps",
        "chimpanzee", "chimpanzees", "ape", "apes", "orangutan", "orangutans", "feed", "fed", "feeding", "zookeeper",
        "rainforest", "cute", "cage", "tree", "trees", "swinging", "climbing", "enclosure", "farm", "twycross", "saw", "trip", "visit", "visited", "banana", "bananas", "fruit", "smoothie", "snack", "lunch", "ate", "eat");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ApeLookup = SkeletonWords.Of(
        "monkey", "monkeys", "gorilla", "gorillas", "chimp", "chimps", "ape", "apes");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CalledLookup = SkeletonWords.Of("a", "like", "ur", "you", "little", "dirty", "such");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> GayLookup = SkeletonWords.Of(
        "gay", "gays", "lgbt", "lgbtq", "lgbtqia", "pride", "trans", "lesbian", "lesbians", "homosexuals", "queer", "queers", "bisexual");

    public override void Detect(CheckInput input)
    {
        Echo.Read(input);
        var marks = input.Text.Marks;
        if (marks.Count == 0)
        {
            return;
        }

        Disgust(input, marks);
        RainbowAsInsult(input, marks);
        Apes(input, marks);
        Antisemitic(input, marks);
        PigAtMuslims(input, marks);
        GhostHandle(input, marks);
    }

    /// <summary>
    /// A pig or bacon beside a word for Muslims or their faith: "🐷🐷 muslims 🐷🐷", "put 🐷🥓 in all their packed lunches"
    /// after a mosque trip (blind25, blind28; A.5.6). "We made 🐷 masks for the farm story" has no such word.
    /// </summary>
    private static void PigAtMuslims(CheckInput input, IReadOnlyList<(int At, EmojiMark Kind)> marks)
    {
        var (first, last, pigs, _) = Among(marks, EmojiMark.Pig, EmojiMark.Pig);
        if (pigs == 0)
        {
            return;
        }

        var sk = input.Skeleton;
        for (var t = 0; t < sk.TokenCount; t++)
        {
            if (GroupHate.MuslimLookup.Contains(SkeletonSentence.Token(sk, sk.TokenStarts[t])))
            {
                input.Add(Categories.ExtremeOffence, "A.5.6", Severity.High, first, last + 1 - first, "hate-speech");
                return;
            }
        }
    }

    /// <summary>How far from the ghost (folded chars) the username may stand, past marks like "=", ":" and arrows.</summary>
    private const int GhostReach = 8;

    /// <summary>
    /// Snapchat's ghost beside a username: "👻 = mollyfloss.22 👈 add me", "👻 priya.c.2016 👻" (blind15, blind27; A.4.9).
    /// The word must be made like a username (<see cref="PlatformHandle.IsUsername"/>): "👻 spooky night 👻" is not.
    /// </summary>
    private static void GhostHandle(CheckInput input, IReadOnlyList<(int At, EmojiMark Kind)> marks)
    {
        if (!ContextRules.Applies(Categories.ContactDetails, "handle", input.Context))
        {
            return;
        }

        var text = input.FoldedSpan;
        foreach (var (at, kind) in marks)
        {
            if (kind != EmojiMark.Ghost)
            {
                continue;
            }

            // After the ghost.
            var i = at + 1;
            while (i < text.Length && i - at <= GhostReach && !char.IsAsciiLetterOrDigit(text[i]) && text[i] != '\n')
            {
                i++;
            }

            var end = i;
            while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || (text[end] is '_' or '.' or '-' && end + 1 < text.Length && (char.IsAsciiLetterOrDigit(text[end + 1]) || text[end + 1] == '_'))))
            {
                end++;
            }

            if (end > i && i - at <= GhostReach && PlatformHandle.IsUsername(text[i..end]))
            {
                input.Add(Categories.ContactDetails, "A.4.9", Severity.Medium, at, end - at, "handle");
                return;
            }

            // Before it.
            var j = at - 1;
            while (j >= 0 && at - j <= GhostReach && text[j] == ' ')
            {
                j--;
            }

            var start = j + 1;
            while (start > 0 && (char.IsAsciiLetterOrDigit(text[start - 1]) || (text[start - 1] is '_' or '.' or '-' && start - 1 > 0 && char.IsAsciiLetterOrDigit(text[start - 2]))))
            {
                start--;
            }

            if (start <= j && PlatformHandle.IsUsername(text[start..(j + 1)]))
            {
                input.Add(Categories.ContactDetails, "A.4.9", Severity.Medium, start, at + 1 - start, "handle");
                return;
            }
        }
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> JewLookup = SkeletonWords.Of("jew", "jews", "jewish", "zionist", "zionists");

    /// <summary>A rat or money beside a Star of David or a word for Jews: "look who's on the governors now ✡️🐀💰" (blind14).</summary>
    private static void Antisemitic(CheckInput input, IReadOnlyList<(int At, EmojiMark Kind)> marks)
    {
        var (first, last, _, _) = Among(marks, EmojiMark.Rat, EmojiMark.Money);
        if (first < 0)
        {
            return;
        }

        var star = input.FoldedSpan.IndexOf('\u2721');
        var jew = false;
        var sk = input.Skeleton;
        for (var t = 0; t < sk.TokenCount && star < 0 && !jew; t++)
        {
            jew = JewLookup.Contains(SkeletonSentence.Token(sk, sk.TokenStarts[t]));
        }

        if (star < 0 && !jew)
        {
            return;
        }

        var from = star >= 0 ? Math.Min(star, first) : first;
        var to = star >= 0 ? Math.Max(star, last) : last;
        input.Add(Categories.ExtremeOffence, "A.5.6", Severity.High, from, to + 1 - from, "hate-speech");
    }

    private static void Disgust(CheckInput input, IReadOnlyList<(int At, EmojiMark Kind)> marks)
    {
        for (var i = 0; i < marks.Count; i++)
        {
            if (marks[i].Kind != EmojiMark.Disgust)
            {
                continue;
            }

            var at = marks[i].At;
            // A rainbow just before it.
            for (var j = i - 1; j >= 0 && at - marks[j].At <= DisgustReach; j--)
            {
                if (marks[j].Kind == EmojiMark.Rainbow)
                {
                    input.Add(Categories.ExtremeOffence, "A.5.6", Severity.High, marks[j].At, at + 1 - marks[j].At, "hate-speech");
                    return;
                }
            }

            // A word for gay people just before it: "gays 🤮" (read in the folded text just before, so each mark costs
            // a few chars however long the text).
            if (GayWordBefore(input.FoldedSpan, at) is var word && word >= 0)
            {
                input.Add(Categories.ExtremeOffence, "A.5.6", Severity.High, word, at + 1 - word, "hate-speech");
                return;
            }
        }
    }

    /// <summary>Words that make the rainbow flag after them a name called: "stop being such a 🏳️‍🌈 oliver" (blind17).</summary>
    private static readonly string[] CalledBefore =
    [
        "such a", "ur a", "youre a", "you're a", "u r a", "being a", "what a", "ur so", "youre so", "you're so", "your so", "u r so", "u so",
    ];

    /// <summary>The rainbow flag called at someone as a word for gay (A.5.6, and name-calling, 5.5).</summary>
    private static void RainbowAsInsult(CheckInput input, IReadOnlyList<(int At, EmojiMark Kind)> marks)
    {
        var text = input.FoldedSpan;
        foreach (var (at, kind) in marks)
        {
            if (kind != EmojiMark.Rainbow)
            {
                continue;
            }

            var before = text[Math.Max(0, at - 16)..at].TrimEnd(' ');
            foreach (var called in CalledBefore)
            {
                if (before.EndsWith(called, StringComparison.OrdinalIgnoreCase)
                    && (before.Length == called.Length || !char.IsAsciiLetter(before[before.Length - called.Length - 1])))
                {
                    var start = at - (text[Math.Max(0, at - 16)..at].Length - (before.Length - called.Length));
                    input.Add(Categories.ExtremeOffence, "A.5.6", Severity.High, start, at + 1 - start, "hate-speech");
                    input.Add(Categories.Bullying, "5.5", Severity.Medium, start, at + 1 - start, "insult");
                    return;
                }
            }
        }
    }

    /// <summary>Where a word for gay people ends no more than <see cref="DisgustReach"/> chars before <paramref name="at"/> starts, or -1.</summary>
    private static int GayWordBefore(ReadOnlySpan<char> text, int at)
    {
        var i = at - 1;
        while (i >= 0 && at - i <= DisgustReach && !char.IsAsciiLetter(text[i]))
        {
            i--;
        }

        if (i < 0 || at - i > DisgustReach)
        {
            return -1;
        }

        var end = i + 1;
        var start = end;
        while (start > 0 && end - start < 16 && char.IsAsciiLetter(text[start - 1]))
        {
            start--;
        }

        Span<char> word = stackalloc char[16];
        var n = 0;
        for (var k = start; k < end && n < word.Length; k++)
        {
            var c = char.ToLowerInvariant(text[k]);
            if (n == 0 || word[n - 1] != c)
            {
                word[n++] = c;
            }
        }

        return GayLookup.Contains(word[..n]) ? start : -1;
    }

    /// <summary>Where the first and last marks of kind <paramref name="a"/> or <paramref name="b"/> stand, and how many of each there are.</summary>
    private static (int First, int Last, int A, int B) Among(IReadOnlyList<(int At, EmojiMark Kind)> marks, EmojiMark a, EmojiMark b)
    {
        var (first, last, countA, countB) = (-1, -1, 0, 0);
        foreach (var (at, kind) in marks)
        {
            if (kind == a || kind == b)
            {
                countA += kind == a ? 1 : 0;
                countB += kind == b ? 1 : 0;
                first = first < 0 ? at : first;
                last = at;
            }
        }

        return (first, last, countA, countB);
    }

    /// <summary>Words for black people that make an ape beside them racist abuse of a group (A.5.6).</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> RaceLookup = SkeletonWords.Of("black", "blacks", "african", "africans");

    /// <summary>Words that make the ape after them a person ("the 🐒 in goal") or a group ("bunch of 🐒🐒").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PersonDeterminerLookup = SkeletonWords.Of("a", "the", "that", "this", "an");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> GroupDeterminerLookup = SkeletonWords.Of("of", "those", "these", "some", "bunch", "load", "lot");

    /// <summary>
    /// Whether an ape stands right after a word that makes it a noun: a person ("a", "the", "that") or a group ("bunch of",
    /// "those"). Reads only the few chars before each ape.
    /// </summary>
    private static (bool Person, bool Group) ApeAsNoun(ReadOnlySpan<char> text, IReadOnlyList<(int At, EmojiMark Kind)> marks)
    {
        var (person, group) = (false, false);
        Span<char> word = stackalloc char[8];
        foreach (var (at, kind) in marks)
        {
            if (kind != EmojiMark.Ape)
            {
                continue;
            }

            var end = at;
            while (end > 0 && at - end < 4 && text[end - 1] == ' ')
            {
                end--;
            }

            var start = end;
            while (start > 0 && end - start < word.Length && char.IsAsciiLetter(text[start - 1]))
            {
                start--;
            }

            if (start == end || (start > 0 && char.IsAsciiLetter(text[start - 1])))
            {
                continue;
            }

            var n = text[start..end].ToLowerInvariant(word);
            person |= PersonDeterminerLookup.Contains(word[..n]) && PersonNext(text, at, word);
            group |= GroupDeterminerLookup.Contains(word[..n]);
        }

        return (person, group);
    }

    /// <summary>What a person does or where they stand, said of "the 🐒" ("the 🐒🐒 in the blue swim cap", "a 🐒 take the penalty").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PersonNextLookup = SkeletonWords.Of(
        "in", "on", "at", "take", "takes", "taking", "playing", "plays", "wearing", "who", "with", "scored", "scoring", "missed",
        "misses", "missing", "got", "won", "running", "near", "next", "standing", "sat", "sitting");

    /// <summary>Whether the first word after the apes at <paramref name="at"/> says what a person does or where they are.</summary>
    private static bool PersonNext(ReadOnlySpan<char> text, int at, Span<char> word)
    {
        var i = at;
        while (i < text.Length && i - at < 24 && !char.IsAsciiLetter(text[i]))
        {
            i++;
        }

        var start = i;
        while (i < text.Length && i - start < word.Length && char.IsAsciiLetter(text[i]))
        {
            i++;
        }

        if (start == i || (i < text.Length && char.IsAsciiLetter(text[i])))
        {
            return false;
        }

        var n = text[start..i].ToLowerInvariant(word);
        return PersonNextLookup.Contains(word[..n]);
    }

    private static void Apes(CheckInput input, IReadOnlyList<(int At, EmojiMark Kind)> marks)
    {
        var (first, last, apes, bananas) = Among(marks, EmojiMark.Ape, EmojiMark.Banana);
        if (apes == 0)
        {
            return;
        }

        var sk = input.Skeleton;
        var starts = sk.TokenStarts;
        var person = false;
        var named = false;
        var sentBack = false;
        var fromJungle = false;
        var race = false;
        for (var t = 0; t < sk.TokenCount; t++)
        {
            var token = SkeletonSentence.Token(sk, starts[t]);
            // "🐒🐒🐒 back to the jungle", "a monkey from the jungle 🐵" (blind23, blind24, blind29): someone sent back where
            // the hate says they came from; one ape is enough then.
            if (token.SequenceEqual("jungle") && t >= 2 && SkeletonSentence.Token(sk, starts[t - 1]).SequenceEqual("the")
                && !(t + 1 < sk.TokenCount && SkeletonSentence.Token(sk, starts[t + 1]).SequenceEqual("bok")))
            {
                var before = SkeletonSentence.Token(sk, starts[t - 2]);
                sentBack |= before.SequenceEqual("to") && t >= 3 && SkeletonSentence.Token(sk, starts[t - 3]).SequenceEqual("back");
                fromJungle |= before.SequenceEqual("from");
            }

            // "we fed the 🐒🐒 at the zoo" is a trip; "olly is a monkey 🐒🍌", "looks like a monkey 🐒🐒" call a
            // person one (blind19): an ape's name after "a", "like" or "ur" is the insult, not the animal.
            if (AnimalLookup.Contains(token) && !(ApeLookup.Contains(token) && t > 0 && CalledLookup.Contains(SkeletonSentence.Token(sk, starts[t - 1]))))
            {
                return;
            }

            named |= YouLookup.Contains(token) || input.Model.IsRosterFirstName(token);
            person |= PersonLookup.Contains(token);
            race |= RaceLookup.Contains(token);
        }

        named |= input.RosterMatches.Count > 0;
        // Sent "back to the jungle" is aimed at someone with no one named; "from the jungle" only said of someone named.
        var jungle = sentBack || (fromJungle && (person || named));

        // The ape standing for a person where a noun would ("look at the 🐒🐒 in the blue swim cap", "letting a 🐒 take
        // the penalty": blind27, blind28), or for a group ("bunch of 🐒🐒🐒": blind22), or beside a word for black people
        // ("if ur black ... 🐵": blind22). One is enough then; a text with a zoo, a trip or an animal has returned above.
        var (pointed, group) = ApeAsNoun(input.FoldedSpan, marks);
        var black = race || group;
        if ((apes < 2 && bananas == 0 && !jungle && !pointed && !black) || (!person && !named && !sentBack && !pointed && !black))
        {
            return;
        }

        input.Add(Categories.ExtremeOffence, "A.5.6", Severity.High, first, last + 1 - first, "hate-speech");
        if (named || person || pointed)
        {
            input.Add(Categories.Bullying, "5.5", Severity.Medium, first, last + 1 - first, "insult");
        }
    }
}
