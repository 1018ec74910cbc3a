using System.Text;
using Signpost.Checking.Matching;

namespace Signpost.Checking.Tests;

/// <summary>
/// The list match's shortcuts (issue 3's speed: the pair table, the plain paths followed in a loop, the "{name}" slot
/// tried only where the word after a capitalised one can go on with it) must find exactly what the token-by-token pass
/// finds: a named person's age (A.5.2, "Mia is 7"), every list word and phrase, on random texts built to reach them.
/// </summary>
public class ListMatchTests
{
    private static readonly string[] Pieces =
    [
        // Capitalised words, names and not (a sentence start, "I", a roster name, a possessive).
        "Mia", "Tom", "Rose", "Ali", "Jo", "Sam", "I", "The", "We", "Year", "Thank", "Mia's", "Tom’s", "Y4", "MIA", "Zoë", "Élodie",
        // What the lists' "{name}" entries go on with, and words that do not.
        "is", "s", "'s", "turned", "turns", "turning", "will", "be", "aged", "age", "who", "was", "at", "in", "today", "years", "old",
        "yrs", "yo", "on", "this", "year", "next", "week", "lives", "has",
        // Numbers and other list words.
        "7", "10", "3", "seven", "2nd", "idiot", "nobody", "likes", "you", "my", "dad", "hits", "me", "snap", "add",
        // Gaps: spaces, sentence ends, other marks.
        " ", " ", "  ", ". ", ", ", "! ", " - ", "\n", "?", "'", "@", "*",
    ];

    private static readonly string[] Names = ["Mia", "Tom", "Rose", "Jo", "I", "The", "Sam", "Mia's", "MIA", "Zoë", "Y4", "Ali-Khan", "Tom’s"];

    private static readonly string[] Goes =
        ["is", "s", "turned", "turns", "turning", "will be", "aged", "age", "who is", "who s", "was", "at", "in", "Is", "isn't", "i s"];

    private static readonly string[] Numbers = ["7", "10", "7 years old", "3 today", "seven", "2nd", "9yo", "10 this year", "4.5"];

    private static readonly string[] Gaps = [" ", " ", " ", "  ", ". ", ", ", "", "'", "-", "\n", " ... "];

    [Fact]
    public void The_list_match_finds_what_the_token_by_token_pass_finds()
    {
        var random = new Random(61206);
        var model = new CheckerModel(
            [new KnownPerson("Rose", "Baker", KnownPersonRole.Pupil), new KnownPerson("Jo", "Ng", KnownPersonRole.Pupil)],
            SchoolProfile.None);
        var input = new CheckInput();
        var fast = new List<PhraseMatch>();
        var slow = new List<PhraseMatch>();
        var ages = 0;
        var matched = 0;
        for (var n = 0; n < 30_000; n++)
        {
            var s = RandomText(random, text =>
            {
                if (random.Next(3) == 0)
                {
                    // A capitalised word, what a "{name}" entry may go on with, a number, each after any gap.
                    text.Append(Names[random.Next(Names.Length)]).Append(Gaps[random.Next(Gaps.Length)])
                        .Append(Goes[random.Next(Goes.Length)]).Append(Gaps[random.Next(Gaps.Length)])
                        .Append(Numbers[random.Next(Numbers.Length)]).Append(' ');
                    return;
                }

                text.Append(Pieces[random.Next(Pieces.Length)]).Append(random.Next(3) == 0 ? "" : " ");
            });

            input.Reset(s, CheckContext.PupilComment, model);
            fast.Clear();
            slow.Clear();
            model.Lists.Match(input.Skeleton, model, fast);
            model.Lists.MatchEachToken(input.Skeleton, model, slow);
            AssertSameMatches(slow, fast, s);
            ages += fast.Count(m => m.Entry.Pattern.StartsWith(Slot.Name));
            matched += fast.Count > 0 ? 1 : 0;
        }

        // The "{name}" entries must be reached often, and most texts must match something, or this proves little.
        Assert.True(ages >= 5_000, $"only {ages} matches of a named person's age");
        Assert.True(matched >= 4_000, $"only {matched} texts matched anything ({ages} ages)");
    }

    /// <summary>
    /// The lists' own entries (every first char and pair the pair tables hold, digits included: "100 free"), whole, cut
    /// short or with one char changed, among roster names and gaps; the roster's matches made in the same pass must be
    /// what the roster's own token-by-token pass finds.
    /// </summary>
    [Fact]
    public void The_list_and_roster_match_finds_every_entry_the_token_by_token_passes_find()
    {
        var random = new Random(61207);
        var model = new CheckerModel(
            [new KnownPerson("Rose", "Baker", KnownPersonRole.Pupil), new KnownPerson("Jo", "Ng", KnownPersonRole.Pupil),
                new KnownPerson("Oliver", "Smith", KnownPersonRole.Pupil), new KnownPerson("Zac", "Ahmed", KnownPersonRole.Pupil)],
            SchoolProfile.None);
        // The list files' own lines, each choice, slot and star filled in afresh every time one is used.
        var lines = PhraseLists.ResourceNames
            .SelectMany(n => PhraseLists.ReadResource(typeof(PhraseLists).Assembly, n).Split('\n'))
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && l[0] is not ('#' or '['))
            .ToArray();
        Assert.True(lines.Length > 500, $"only {lines.Length} list lines");
        Assert.Contains(lines, l => char.IsAsciiDigit(l.TrimStart('(')[0]));
        var digitLines = lines.Where(l => char.IsAsciiDigit(l.TrimStart('(')[0])).ToArray();
        string[] people = ["Rose", "Baker", "Jo", "Ng", "Oliver", "Olly", "Smith", "Zac", "Ahmed", "rose", "jo", "oliver"];
        var input = new CheckInput();
        var fast = new List<PhraseMatch>();
        var slow = new List<PhraseMatch>();
        var fastRoster = new List<PhraseMatch>();
        var slowRoster = new List<PhraseMatch>();
        var digitFirst = 0;
        var rosterHits = 0;
        for (var n = 0; n < 30_000; n++)
        {
            var s = RandomText(random, text =>
            {
                var piece = random.Next(8) switch
                {
                    0 or 1 => people[random.Next(people.Length)],
                    2 or 3 => Pieces[random.Next(Pieces.Length)],
                    // The few lines that start with a digit, so their entries are reached however long the lists grow.
                    4 => Fill(digitLines[random.Next(digitLines.Length)], random),
                    _ => Fill(lines[random.Next(lines.Length)], random),
                };
                if (piece.Length > 1 && random.Next(4) == 0)
                {
                    piece = random.Next(2) == 0
                        ? piece[..random.Next(1, piece.Length)]
                        : piece.Remove(random.Next(piece.Length), 1).Insert(random.Next(piece.Length - 1), ((char)random.Next('0', 'z' + 1)).ToString());
                }

                text.Append(piece).Append(Gaps[random.Next(Gaps.Length)]);
            });

            input.Reset(s, CheckContext.PupilComment, model);
            fast.Clear();
            slow.Clear();
            fastRoster.Clear();
            slowRoster.Clear();
            model.Lists.Match(input.Skeleton, model, fast, model.Roster, fastRoster);
            model.Lists.MatchEachToken(input.Skeleton, model, slow);
            model.Roster!.MatchEachToken(input.Skeleton, model, slowRoster);
            AssertSameMatches(slow, fast, s);
            AssertSameMatches(slowRoster, fastRoster, s, " (roster)");
            digitFirst += fast.Count(m => char.IsAsciiDigit(m.Entry.Pattern[0]) && !m.Entry.IsAllow);
            rosterHits += fastRoster.Count;
        }

        // Entries starting with a digit and the roster's names must be reached, or this proves little about them.
        Assert.True(digitFirst >= 20, $"only {digitFirst} matches of entries starting with a digit");
        Assert.True(rosterHits >= 5_000, $"only {rosterHits} roster matches");
    }

    /// <summary>
    /// A second trie matched in the lists' pass whose root has choices and slots (any word, a name, a number) must find
    /// what its own token-by-token pass finds: every token may start one of its entries, whatever its first two chars
    /// (the pass reads a bit per pair of chars for it, set for every pair when its root has branches).
    /// </summary>
    [Fact]
    public void A_second_trie_with_choices_and_slots_at_its_root_is_matched_in_the_same_pass()
    {
        var (entries, also) = TrieOf("[bullying medium 5.5 insult]\n(ab|cd) ef\n_ zz\n{num} qq\n{name} yy\nkk (ab|cd)\n");
        var model = new CheckerModel([new KnownPerson("Mia", "Ng", KnownPersonRole.Pupil)], SchoolProfile.None);
        var lists = new List<PhraseMatch>();
        var fast = new List<PhraseMatch>();
        var slow = new List<PhraseMatch>();
        var matched = new HashSet<int>();
        ForRandomWordTexts(61208, ["ab", "cd", "ef", "zz", "qq", "yy", "kk", "7", "12", "Mia", "Tom", "cat", "the", "abef", "a", "b"], model, (input, s) =>
        {
            lists.Clear();
            fast.Clear();
            slow.Clear();
            model.Lists.Match(input.Skeleton, model, lists, also, fast);
            also.MatchEachToken(input.Skeleton, model, slow);
            AssertSameMatches(slow, fast, s, " (second trie)");
            matched.UnionWith(fast.Select(m => m.Entry.Line));
        });

        // Each of its five lines matched somewhere, or this proves little about them.
        Assert.Equal(entries.Select(e => e.Line).Distinct().Order(), matched.Order());
        Assert.Equal(5, matched.Count);
    }

    [Fact]
    public void The_shared_lists_name_words_are_the_ones_a_name_goes_on_with_without_a_number()
    {
        // A text with no digit takes the plain-path loop without the "{name}" test unless it has one of these words
        // (issue 3's speed): "Mia is a loser" and "Tom's a loser" need none; "Mia is 7", "turned 7", "aged 7" need one.
        var model = new CheckerModel([], SchoolProfile.None);
        Assert.Equal(["is", "s"], model.Lists.RootNameWords);
    }

    [Theory]
    [InlineData("Well done everyone. Mia is a loser", true)]
    [InlineData("Tom's such an idiot lol", true)]
    [InlineData("i think rose is so stupid", true)]
    [InlineData("Mia is seven today", false)]
    [InlineData("this island is lovely", false)]
    [InlineData("We went to the park and Mia s", false)]
    public void A_name_before_one_of_its_words_is_matched_in_a_text_with_no_digit(string text, bool bullying)
    {
        // Rose is on the roster, so "rose" may be a name though it is not capitalised (CheckerModel.MayBeName).
        var model = new CheckerModel([new KnownPerson("Rose", "Baker", KnownPersonRole.Pupil)], SchoolProfile.None);
        var input = new CheckInput(text, CheckContext.PupilComment, model);
        var fast = new List<PhraseMatch>();
        var slow = new List<PhraseMatch>();
        model.Lists.Match(input.Skeleton, model, fast);
        model.Lists.MatchEachToken(input.Skeleton, model, slow);
        AssertSameMatches(slow, fast, text);
        Assert.Equal(bullying, fast.Any(m => m.Entry.Pattern.StartsWith(Slot.Name) && m.Entry.Category == Categories.Bullying));
    }

    [Fact]
    public void A_list_whose_name_goes_on_with_other_words_is_matched_the_same_way()
    {
        // Words derived from the trie, not written in: a name before "was" or "s" needs no number here, before "is" it does.
        var (_, trie) = TrieOf("[bullying medium 5.5 insult]\n{name} was mean\n{name} s (so|a) fool\n{name} is {num}\nthe cat\n");
        Assert.Equal(["s", "was"], trie.RootNameWords);

        var model = new CheckerModel([], SchoolProfile.None);
        var fast = new List<PhraseMatch>();
        var slow = new List<PhraseMatch>();
        var matched = new HashSet<string>();
        ForRandomWordTexts(61207, ["Tom", "Mia", "was", "wasn't", "mean", "s", "'s", "so", "a", "fool", "is", "7", "seven", "the", "cat", "I"], model, (input, s) =>
        {
            fast.Clear();
            slow.Clear();
            trie.Match(input.Skeleton, model, fast);
            trie.MatchEachToken(input.Skeleton, model, slow);
            AssertSameMatches(slow, fast, s, " (name words)");
            matched.UnionWith(fast.Where(_ => !input.Skeleton.HasDigits).Select(m => m.Entry.Pattern));
        });

        // Both entries a name takes without a number were matched in texts with no digit, or this proves little.
        Assert.Contains(matched, p => p.Contains("was", StringComparison.Ordinal));
        Assert.Contains(matched, p => p.Contains(" s ", StringComparison.Ordinal));
    }

    /// <summary>
    /// The figures of `PHASES_TOKENS=1 ... phases` (docs/PERFORMANCE.md): each token counted once, where its plain path
    /// ends past its first two chars (at a node with entries, or where no entry goes on), or as one whose first two chars
    /// no entry starts with.
    /// </summary>
    [Fact]
    public void The_plain_step_count_takes_each_token_once_where_its_path_ends()
    {
        var (_, trie) = TrieOf("[bullying medium 5.5 insult]\ncat sat\ndog\n");
        var model = new CheckerModel([], SchoolProfile.None);
        var counts = new long[PhraseTrie.StepCounts];
        trie.CountPlainSteps(new CheckInput("cat dog zebra sat car", CheckContext.PublicComment, model).Skeleton, counts);

        // "cat": "t" and the space past "ca", then no "d" after "cat "; "dog": "g", then "dog" has an entry; "car": no "r"
        // after "ca"; "zebra" and "sat": no entry starts with "ze" or "sa".
        Assert.Equal([1L, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0], counts);
    }

    /// <summary>
    /// Every compiled entry has a form a text's skeleton can have (a gap is one space between words, none at either end),
    /// or it could never match: "(100%|guaranteed) (free|...)" and "teachers' (salary|...)" compiled with two gaps and
    /// were never found.
    /// </summary>
    [Fact]
    public void Every_list_entry_can_be_matched()
    {
        var entries = PhraseLists.LoadEmbedded().Entries;
        Assert.NotEmpty(entries);
        var unreachable = entries
            .Where(e => e.Pattern.Contains("  ", StringComparison.Ordinal) || e.Pattern.StartsWith(' ') || e.Pattern.EndsWith(' '))
            .Select(e => $"\"{e.Pattern}\" ({e.Where})")
            .ToList();
        Assert.True(unreachable.Count == 0, "entries no text can match: " + string.Join(", ", unreachable));
    }

    /// <summary>A list line as a text could have it: one option of each choice, a word for "_", a name, a number, a star's ending.</summary>
    private static string Fill(string line, Random random)
    {
        var text = System.Text.RegularExpressions.Regex.Replace(line, @"\(([^()]*)\)", m =>
        {
            var options = m.Groups[1].Value.Split('|');
            return options[random.Next(options.Length)];
        });
        text = text.Replace("{name}", "Mia").Replace("{num}", "7").Replace("_", "cat");
        return text.EndsWith('*') ? text[..^1] + (random.Next(2) == 0 ? "" : "ing") : text;
    }

    /// <summary>A list file's text parsed and compiled to a trie of its own (its choices sealed), with its entries.</summary>
    private static (List<PhraseEntry> Entries, PhraseTrie Trie) TrieOf(string listText)
    {
        var groups = new GroupTable();
        var entries = PhraseLists.Parse(listText, "test.txt", groups).ToList();
        groups.Seal();
        return (entries, new PhraseTrie(entries, groups));
    }

    /// <summary>20,000 random texts of <paramref name="words"/> and gaps (the same every run), each read into an input for <paramref name="check"/>.</summary>
    private static void ForRandomWordTexts(int seed, string[] words, CheckerModel model, Action<CheckInput, string> check)
    {
        var random = new Random(seed);
        var input = new CheckInput();
        for (var n = 0; n < 20_000; n++)
        {
            var s = RandomText(random, text => text.Append(words[random.Next(words.Length)]).Append(Gaps[random.Next(Gaps.Length)]));
            input.Reset(s, CheckContext.PupilComment, model);
            check(input, s);
        }
    }

    /// <summary>A text of at least 1-89 chars (drawn first), of what <paramref name="append"/> adds each time.</summary>
    private static string RandomText(Random random, Action<StringBuilder> append)
    {
        var text = new StringBuilder();
        var target = random.Next(1, 90);
        while (text.Length < target)
        {
            append(text);
        }

        return text.ToString();
    }

    private static void AssertSameMatches(List<PhraseMatch> expected, List<PhraseMatch> found, string text, string what = "") =>
        Assert.True(Describe(expected) == Describe(found), $"\"{text}\"{what}:\nexpected {Describe(expected)}\nfound    {Describe(found)}");

    private static string Describe(List<PhraseMatch> matches) =>
        string.Join(" ", matches.Select(m => $"{m.Start}-{m.End}:{m.Entry.Category}/{m.Entry.Line}").Order(StringComparer.Ordinal));
}
