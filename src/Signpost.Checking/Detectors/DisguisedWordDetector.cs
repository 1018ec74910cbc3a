using Signpost.Checking.Matching;
using Signpost.Checking.Normalisation;

namespace Signpost.Checking.Detectors;

/// <summary>
/// Listed words written to slip past a word match (5.2, A.5.6): letters spaced out or dotted ("f u c k",
/// "s.h.i.t") and letters starred out ("f**k", "b*tch"). Look-alike letters, leetspeak, accents and
/// repeated letters are already undone by the normaliser; these two need their own pass.
/// </summary>
internal sealed class DisguisedWordDetector : Detector
{
    public DisguisedWordDetector()
        : base(Needs.SpelledOrStarred)
    {
    }

    internal const int MinLetters = 3;
    private const int MaxRun = 40;

    public override void Detect(CheckInput input)
    {
        var sk = input.Skeleton;
        if (sk.SingleLetterTokens < MinLetters && !sk.HasWildcard)
        {
            return;
        }

        var letters = new List<int>();
        var p = 0;
        var lastGap = 0;
        while (p < sk.Length)
        {
            var end = sk.TokenEnd(p);
            // A lone leet digit among spaced or dotted letters is a letter too: "P.a.k.1" (blind32).
            if (end - p == 1 && (char.IsAsciiLetter(sk.Chars[p]) || (letters.Count >= 1 && LeetLetter(sk.Chars[p]) != '\0')) && letters.Count < MaxRun)
            {
                // A wider gap than the letters had so far is a word's end: "P A K I S  O U T" is two words (blind28).
                var gap = letters.Count == 0 ? 0 : sk.ToFolded(p, p + 1).Start - sk.ToFolded(letters[^1], letters[^1] + 1).Start;
                if (letters.Count >= 2 && gap > lastGap)
                {
                    Flush(input, letters);
                    gap = 0;
                }

                lastGap = gap;
                letters.Add(p);
            }
            else
            {
                Flush(input, letters);
                if (sk.Chars.AsSpan(p, end - p).Contains(Skeleton.Wildcard))
                {
                    MatchStarred(input, p, end);
                }
            }

            p = end + 1;
        }

        Flush(input, letters);
    }

    /// <summary>The letter a digit stands for in leetspeak (as the skeleton reads digits inside words), or '\0'.</summary>
    private static char LeetLetter(char c) => c switch
    {
        '0' => 'o',
        '1' => 'i',
        '3' => 'e',
        '4' => 'a',
        '5' => 's',
        '7' => 't',
        _ => '\0',
    };

    private static void Flush(CheckInput input, List<int> letters)
    {
        if (letters.Count >= MinLetters)
        {
            MatchSpelledOut(input, letters);
        }

        letters.Clear();
    }

    private static void MatchSpelledOut(CheckInput input, List<int> letters)
    {
        var sk = input.Skeleton;
        for (var s = 0; s + MinLetters <= letters.Count; s++)
        {
            var joined = new char[letters.Count - s];
            for (var i = s; i < letters.Count; i++)
            {
                var c = sk.Chars[letters[i]];
                joined[i - s] = char.IsAsciiDigit(c) ? LeetLetter(c) : c;
            }

            var mini = Skeleton.Build(new string(joined));
            var hits = new List<PhraseMatch>();
            input.Model.Lists.Match(mini, input.Model, hits);
            foreach (var hit in hits)
            {
                var category = hit.Entry.Category;
                if (category is not (Categories.Profanity or Categories.ExtremeOffence) || hit.Entry.Pattern.Contains(' ', StringComparison.Ordinal))
                {
                    continue;
                }

                var first = letters[s + mini.FoldedStart[hit.Start]];
                var last = letters[s + mini.FoldedEnd[hit.End - 1] - 1];
                input.AddEntry(hit.Entry, first, last + 1);
            }

            MatchSpelledOutSurname(input, letters, s, mini);
        }
    }

    /// <summary>A pupil's surname spelled out ("B-a-k-e-r") is meant to be read: a finding even when it is an ordinary word (A.5.2).</summary>
    private static void MatchSpelledOutSurname(CheckInput input, List<int> letters, int s, Skeleton mini)
    {
        if (input.Model.Roster is not { } roster)
        {
            return;
        }

        var hits = new List<PhraseMatch>();
        roster.Match(mini, input.Model, hits);
        foreach (var hit in hits)
        {
            if (hit.Entry.Category == RosterEntries.Surname
                && input.Model.People[int.Parse(hit.Entry.Source, System.Globalization.CultureInfo.InvariantCulture)].Role == KnownPersonRole.Pupil)
            {
                var first = letters[s + mini.FoldedStart[hit.Start]];
                var last = letters[s + mini.FoldedEnd[hit.End - 1] - 1];
                input.AddSkeleton(Categories.PupilIdentity, input.Context == CheckContext.PersonalPost ? "6.8" : "A.5.2", Severity.High, first, last + 1, "pupil-surname");
            }
        }
    }

    private static void MatchStarred(CheckInput input, int start, int end)
    {
        var sk = input.Skeleton;
        var word = new System.Text.StringBuilder();
        var letters = 0;
        for (var i = start; i < end; i++)
        {
            word.Append(sk.Chars[i], sk.Runs[i]);
            letters += sk.Chars[i] == Skeleton.Wildcard ? 0 : sk.Runs[i];
        }

        if (letters == 0 || sk.Chars[start] == Skeleton.Wildcard)
        {
            return;
        }

        var text = word.ToString();
        var candidates = input.Model.StarCandidates;
        for (var c = 0; c < candidates.Length; c++)
        {
            var (listed, entry) = candidates[c];
            if (Fits(text, listed, entry.Prefix))
            {
                input.AddEntry(entry, start, end);
                return;
            }
        }
    }

    private static bool Fits(string text, string listed, bool prefix)
    {
        if (text.Length != listed.Length && !(prefix && text.Length > listed.Length))
        {
            return false;
        }

        var wild = false;
        for (var i = 0; i < listed.Length; i++)
        {
            if (text[i] == Skeleton.Wildcard)
            {
                wild = true;
            }
            else if (text[i] != listed[i])
            {
                return false;
            }
        }

        return wild;
    }
}
