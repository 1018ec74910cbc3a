using System.Text.RegularExpressions;

namespace Signpost.Checking.Detectors;

/// <summary>
/// A named person's age in brackets (5.4): "Tom (7)", "Amira (aged 9)", and a pupil's age near their name in any case
/// ("happy 9th birthday noah"). Other forms ("Tom is 7", "Tom, aged 7") are in the phrase lists. The word before the
/// bracket must be a name, not "Year (4)".
/// </summary>
internal sealed partial class NamedAgeDetector : Detector
{
    public NamedAgeDetector()
        : base(Needs.Digits, new UnfinishedRead(Categories.PersonalData, "5.4", "people's ages", "named-age"))
    {
    }

    public override void Detect(CheckInput input)
    {
        if (input.DigitCount > 0 && input.RosterMatches.Count > 0)
        {
            PupilsAge(input);
        }

        if (input.DigitCount == 0 || !input.FoldedSpan.Contains('('))
        {
            return;
        }

        foreach (var m in RegexSafety.Matches(input, Bracketed(), input.Folded))
        {
            var name = m.Groups["name"].Value;
            if (input.Model.IsRosterFirstName(CheckerModel.Key(name)) || (char.IsUpper(name[0]) && !input.Model.IsCommonWord(CheckerModel.Plain(name))))
            {
                input.Add(Categories.PersonalData, "5.4", Severity.Medium, m.Index, m.Length, "named-age");
            }
        }
    }

    /// <summary>How many words either side of a pupil's name their age may stand: "Happy birthday to Isla (Year 2), who is 7 today".</summary>
    private const int AgeReach = 8;

    private static readonly string[] AgeBefore = ["is", "s", "turns", "turned", "turning", "aged", "age", "now", "be"];

    private static readonly string[] FirstPersonBefore = ["am", "im", "i'm"];

    private static readonly string[] AgeAfter = ["today", "years", "yrs", "yr", "yo", "tomorrow", "tomorow"];

    private static readonly string[] Ordinals = ["th", "st", "nd", "rd"];

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SelfLookup = SkeletonWords.Of("is", "im", "am", "called");

    /// <summary>
    /// A pupil's age beside their name in the same sentence, in any case (5.4; thirteen labelled lines of the worked sets):
    /// "happy 9th birthday noah", "Happy birthday to Noah, who turns 10 today", "harvey pike (yr 3) is 8 today", "My name is
    /// Zainab Hussain and I am 9". The number is 3 to 16 and an age by the words round it ("is", "turns", "aged", "I'm"
    /// before it; "today", "years" after it; "9th birthday"), never "Year 4", "3 goals" or a score. The digits are read
    /// first, in the folded text (the skeleton reads "9th" as letters), and a name looked for only beside an age: reading
    /// the words round every name cost a tenth of a clean check.
    /// </summary>
    private static void PupilsAge(CheckInput input)
    {
        var text = input.FoldedSpan;
        for (var i = DigitAt(text, 0); i >= 0; )
        {
            var j = i;
            while (j < text.Length && char.IsAsciiDigit(text[j]))
            {
                j++;
            }

            if (j - i <= 2 && (i == 0 || !char.IsAsciiLetterOrDigit(text[i - 1])) && int.Parse(text[i..j], System.Globalization.CultureInfo.InvariantCulture) is >= 3 and <= 16
                && AgeWords(text, i, j) is var (age, firstPerson) && age && PupilNear(input, i, j - i, firstPerson))
            {
                return;
            }

            i = j < text.Length ? DigitAt(text, j) : -1;
        }
    }

    /// <summary>Whether the number at [<paramref name="i"/>, <paramref name="j"/>) reads as an age, and whether only as the writer's own ("i'm 9").</summary>
    private static (bool Age, bool FirstPerson) AgeWords(ReadOnlySpan<char> text, int i, int j)
    {
        var after = text[j..];
        foreach (var ordinal in Ordinals)
        {
            if (after.StartsWith(ordinal, StringComparison.OrdinalIgnoreCase))
            {
                var rest = after[ordinal.Length..].TrimStart(' ');
                return (rest.StartsWith("birthday", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("bday", StringComparison.OrdinalIgnoreCase), false);
            }
        }

        if (j < text.Length && char.IsAsciiLetter(text[j]))
        {
            return (false, false);
        }

        var next = Word(after.TrimStart(' '));
        foreach (var word in AgeAfter)
        {
            if (next.Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return (true, false);
            }
        }

        var before = text[..i].TrimEnd(' ');
        var w = before.Length;
        while (w > 0 && (char.IsAsciiLetter(before[w - 1]) || before[w - 1] == '\''))
        {
            w--;
        }

        var previous = before[w..];
        foreach (var word in AgeBefore)
        {
            if (previous.Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return (true, false);
            }
        }

        foreach (var word in FirstPersonBefore)
        {
            if (previous.Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return (true, true);
            }
        }

        return (false, false);
    }

    private static ReadOnlySpan<char> Word(ReadOnlySpan<char> text)
    {
        var n = 0;
        while (n < text.Length && char.IsAsciiLetter(text[n]))
        {
            n++;
        }

        return text[..n];
    }

    /// <summary>
    /// Whether a pupil's first or full name stands within <see cref="AgeReach"/> words of the age at folded
    /// [<paramref name="at"/>, +<paramref name="length"/>) in its sentence, and if so adds the finding. "i'm 12" counts
    /// only where the writer is the pupil ("My name is Zainab Hussain and I am 9"), not "hey Millie, i'm 12" (blind22).
    /// </summary>
    private static bool PupilNear(CheckInput input, int at, int length, bool firstPerson)
    {
        var sk = input.Skeleton;
        var starts = sk.TokenStarts;
        var k = Array.BinarySearch(sk.FoldedStart, 0, sk.Length, at);
        k = k >= 0 ? k : Math.Max(0, ~k - 1);
        var t = Array.BinarySearch(starts, 0, sk.TokenCount, k);
        t = t >= 0 ? t : Math.Max(0, ~t - 1);
        if (sk.TokenCount == 0)
        {
            return false;
        }

        var (lo, hi) = SkeletonSentence.Bounds(sk, t, t, AgeReach);
        var from = starts[lo];
        var to = sk.TokenEnd(starts[hi]);
        var matches = input.RosterMatches;
        for (var r = input.FirstRosterMatchFrom(from); r < matches.Count && matches[r].Start < to; r++)
        {
            var m = matches[r];
            if (m.Entry.Category is not (RosterEntries.FirstName or RosterEntries.FullName)
                || input.Model.People[int.Parse(m.Entry.Source, System.Globalization.CultureInfo.InvariantCulture)].Role != KnownPersonRole.Pupil)
            {
                continue;
            }

            var first = Array.BinarySearch(starts, 0, sk.TokenCount, m.Start);
            if (firstPerson && !(first > 0 && SelfLookup.Contains(SkeletonSentence.Token(sk, starts[first - 1]))))
            {
                continue;
            }

            var (fs, fl) = sk.ToFolded(m.Start, m.End);
            var start = Math.Min(fs, at);
            input.Add(Categories.PersonalData, "5.4", Severity.Medium, start, Math.Max(fs + fl, at + length) - start, "named-age");
            return true;
        }

        return false;
    }

    [GeneratedRegex(@"\b(?<name>[A-Za-z][a-z'\-]{1,20})[ ]{0,2}\([ ]{0,2}(?:aged?[ ]{0,2})?\d{1,2}[ ]{0,2}(?:yrs?|years?(?:[ ]old)?)?[ ]{0,2}\)", RegexOptions.CultureInvariant, RegexSafety.TimeoutMs)]
    private static partial Regex Bracketed();
}
