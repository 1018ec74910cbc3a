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
            var text = new StringBuilder();
            var target = random.Next(1, 90);
            while (text.Length < target)
            {
                if (random.Next(3) == 0)
                {
                    // A capitalised word, what a "{name}" entry may go on with, a number, each after any gap.
                    text.Append(Names[random.Next(Names.Length)]).Append(Gaps[random.Next(Gaps.Length)])
                        .Append(Goes[random.Next(Goes.Length)]).Append(Gaps[random.Next(Gaps.Length)])
                        .Append(Numbers[random.Next(Numbers.Length)]).Append(' ');
                    continue;
                }

                text.Append(Pieces[random.Next(Pieces.Length)]).Append(random.Next(3) == 0 ? "" : " ");
            }

            var s = text.ToString();
            input.Reset(s, CheckContext.PupilComment, model);
            fast.Clear();
            slow.Clear();
            model.Lists.Match(input.Skeleton, model, fast);
            model.Lists.MatchEachToken(input.Skeleton, model, slow);
            Assert.True(Describe(slow) == Describe(fast), $"\"{s}\":\nexpected {Describe(slow)}\nfound    {Describe(fast)}");
            ages += fast.Count(m => m.Entry.Pattern.StartsWith(Slot.Name));
            matched += fast.Count > 0 ? 1 : 0;
        }

        // The "{name}" entries must be reached often, and most texts must match something, or this proves little.
        Assert.True(ages >= 5_000, $"only {ages} matches of a named person's age");
        Assert.True(matched >= 4_000, $"only {matched} texts matched anything ({ages} ages)");
    }

    private static string Describe(List<PhraseMatch> matches) =>
        string.Join(" ", matches.Select(m => $"{m.Start}-{m.End}:{m.Entry.Category}/{m.Entry.Line}").Order(StringComparer.Ordinal));
}
