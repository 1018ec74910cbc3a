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

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AgeBeforeLookup = SkeletonWords.Of(
        "is", "s", "turns", "turned", "turning", "aged", "age", "am", "im", "now", "be");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AgeAfterLookup = SkeletonWords.Of(
        "today", "years", "yrs", "yr", "yo", "tomorow", "tomorrow", "birthday", "bday");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OrdinalLookup = SkeletonWords.Of("th", "st", "nd", "rd");

    /// <summary>
    /// A pupil's age beside their name in the same sentence, in any case (5.4; twelve labelled lines of the worked sets):
    /// "happy 9th birthday noah", "Happy birthday to Noah, who turns 10 today", "harvey pike (yr 3) is 8 today", "My name is
    /// Zainab Hussain and I am 9". The number is 3 to 16 and an age by the words round it ("is", "turns", "aged", "I'm"
    /// before it; "today", "years", "birthday" after it), never "Year 4", "3 goals" or "Noah 2 Isla 1".
    /// </summary>
    private static void PupilsAge(CheckInput input)
    {
        var sk = input.Skeleton;
        var starts = sk.TokenStarts;
        foreach (var m in input.RosterMatches)
        {
            if (m.Entry.Category is not (RosterEntries.FirstName or RosterEntries.FullName)
                || input.Model.People[int.Parse(m.Entry.Source, System.Globalization.CultureInfo.InvariantCulture)].Role != KnownPersonRole.Pupil)
            {
                continue;
            }

            var first = Array.BinarySearch(starts, 0, sk.TokenCount, m.Start);
            if (first < 0)
            {
                continue;
            }

            var (lo, hi) = SkeletonSentence.Bounds(sk, first, first, AgeReach);
            // "i'm 12" is the writer's age: beside a pupil's name only when the writer is that pupil ("My name is Zainab
            // Hussain and I am 9", "I'm Noah, I'm 9"), not "hey Millie from Oak Class, i'm 12" (blind22).
            var self = first > 0 && SelfLookup.Contains(SkeletonSentence.Token(sk, starts[first - 1]));
            for (var t = lo; t <= hi; t++)
            {
                if (IsAge(input, sk, starts, t, lo, hi, self))
                {
                    var from = Math.Min(m.Start, starts[t]);
                    var to = Math.Max(m.End, sk.TokenEnd(starts[t]));
                    input.AddSkeleton(Categories.PersonalData, "5.4", Severity.Medium, from, to, "named-age");
                    return;
                }
            }
        }
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SelfLookup = SkeletonWords.Of("is", "im", "am", "called");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FirstPersonLookup = SkeletonWords.Of("im", "am");

    private static bool IsAge(CheckInput input, Normalisation.Skeleton sk, int[] starts, int t, int lo, int hi, bool self)
    {
        // The folded text, not the skeleton: the skeleton reads digits among letters as letters ("9th" as "gth").
        var (fs, fl) = sk.ToFolded(starts[t], sk.TokenEnd(starts[t]));
        var word = input.FoldedSpan.Slice(fs, fl);
        var digits = 0;
        while (digits < word.Length && char.IsAsciiDigit(word[digits]))
        {
            digits++;
        }

        if (digits == 0 || digits > 2 || int.Parse(word[..digits], System.Globalization.CultureInfo.InvariantCulture) is < 3 or > 16)
        {
            return false;
        }

        var next = t < hi ? SkeletonSentence.Token(sk, starts[t + 1]) : [];
        if (digits < word.Length)
        {
            // "9th birthday": the skeleton may keep the ordinal with the digits or as a word of its own.
            var ordinal = word[digits..];
            return (ordinal.Equals("th", StringComparison.OrdinalIgnoreCase) || ordinal.Equals("st", StringComparison.OrdinalIgnoreCase)
                    || ordinal.Equals("nd", StringComparison.OrdinalIgnoreCase) || ordinal.Equals("rd", StringComparison.OrdinalIgnoreCase))
                && (next.SequenceEqual("birthday") || next.SequenceEqual("bday"));
        }

        if (OrdinalLookup.Contains(next))
        {
            return t + 1 < hi && AgeAfterLookup.Contains(SkeletonSentence.Token(sk, starts[t + 2])) && !SkeletonSentence.Token(sk, starts[t + 2]).SequenceEqual("today");
        }

        var previous = t > lo ? SkeletonSentence.Token(sk, starts[t - 1]) : [];
        return (AgeBeforeLookup.Contains(previous) && !previous.IsEmpty && (self || !FirstPersonLookup.Contains(previous))) || (AgeAfterLookup.Contains(next) && !next.SequenceEqual("birthday") && !next.SequenceEqual("bday"));
    }

    [GeneratedRegex(@"\b(?<name>[A-Za-z][a-z'\-]{1,20})[ ]{0,2}\([ ]{0,2}(?:aged?[ ]{0,2})?\d{1,2}[ ]{0,2}(?:yrs?|years?(?:[ ]old)?)?[ ]{0,2}\)", RegexOptions.CultureInvariant, RegexSafety.TimeoutMs)]
    private static partial Regex Bracketed();
}
