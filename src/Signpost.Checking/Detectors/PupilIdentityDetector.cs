using System.Text.RegularExpressions;
using Signpost.Checking.Matching;

namespace Signpost.Checking.Detectors;

/// <summary>
/// Pupils from the roster (A.5.2; 6.8 on a personal post): a full name ("Rose Baker", "Baker Rose",
/// "Rosie Baker" from a nickname) is always a finding; a surname alone is a finding unless it is also an
/// ordinary word ("Baker"), which then needs context (a capital mid-sentence and the pupil's first name
/// or a class/school mention nearby); a first name alone only counts next to the school or class
/// ("Rose in Year 4"). A parent's full name carries a pupil's surname and is a pupil's identity (high where their
/// child's first name is in the text too, "Sarah Baker here, Rosie's mum"); personal data (5.4) only where no pupil
/// shares the surname. Staff names are never findings (staff identify themselves, A.4.8).
/// </summary>
internal sealed partial class PupilIdentityDetector : Detector
{
    public PupilIdentityDetector()
        : base(Needs.RosterHits, new UnfinishedRead(Categories.PupilIdentity, "A.5.2", "pupils' names beside a class or school", "pupil-with-class"))
    {
    }

    private const int CueDistance = 80;

    public override void Detect(CheckInput input)
    {
        if (input.RosterMatches.Count == 0)
        {
            return;
        }

        // Everything below is linear in the number of hits (a text of a million names must not take minutes):
        // cues sorted once and found by binary search, first names present gathered once, and a full-name hit
        // covering a shorter one found with a running furthest end, since hits come in text order.
        // The class and school mentions are found only when a hit needs them (a full name never does).
        List<int>? cues = null;
        List<(int Start, int End)>? addresses = null;
        HashSet<string>? firstNames = null;
        HashSet<string>? titled = null;
        var matches = input.RosterMatches;
        var nextFull = 0;
        var fullReach = -1;
        var clause = input.Context == CheckContext.PersonalPost ? "6.8" : "A.5.2";
        foreach (var m in matches)
        {
            var person = input.Model.People[int.Parse(m.Entry.Source, System.Globalization.CultureInfo.InvariantCulture)];
            var kind = m.Entry.Category;
            for (; nextFull < matches.Count && matches[nextFull].Start <= m.Start; nextFull++)
            {
                if (matches[nextFull].Entry.Category == RosterEntries.FullName)
                {
                    fullReach = Math.Max(fullReach, matches[nextFull].End);
                }
            }

            // Overlapped: a full-name hit starting at or before this one reaches at least as far.
            if (person.Role == KnownPersonRole.Staff || (kind != RosterEntries.FullName && fullReach >= m.End))
            {
                continue;
            }

            if (person.Role == KnownPersonRole.Parent)
            {
                if (kind == RosterEntries.FullName)
                {
                    if (ChildNamed(input, person, firstNames ??= FirstNamesPresent(input)))
                    {
                        // "Sarah Baker here, Rosie's mum": the parent's surname and the child's first name make the pupil's full name.
                        input.AddSkeleton(Categories.PupilIdentity, clause, Severity.High, m.Start, m.End, "pupil-via-parent");
                    }
                    else if (ChildOnRoll(input, person))
                    {
                        // "Huge thanks to Sarah Baker for running the cake stall": the parent's full name carries a pupil's
                        // surname and says whose family it is, as the blind sets label it (twenty-six lines of twenty-eight).
                        input.AddSkeleton(Categories.PupilIdentity, clause, Severity.Medium, m.Start, m.End, "pupil-parent-named");
                    }
                    else
                    {
                        input.AddSkeleton(Categories.PersonalData, "5.4", Severity.Low, m.Start, m.End, "parent-full-name");
                    }
                }

                continue;
            }

            var capital = (input.Skeleton.Flags[m.Start] & Normalisation.Skeleton.TokenFlags.Capital) != 0;
            var sentenceInitial = (input.Skeleton.Flags[m.Start] & Normalisation.Skeleton.TokenFlags.SentenceInitial) != 0;
            var ordinary = input.Model.IsCommonWord(m.Entry.MessageKey);
            switch (kind)
            {
                case RosterEntries.FullName:
                    input.AddSkeleton(Categories.PupilIdentity, clause, Severity.High, m.Start, m.End, "pupil-full-name");
                    break;
                case RosterEntries.Surname when SurnameAnnounced(input.Skeleton, m):
                    // "noahs last name is green lol like the colour" (blind32): said to be the surname, even an ordinary word.
                    input.AddSkeleton(Categories.PupilIdentity, clause, Severity.Medium, m.Start, m.End, "pupil-surname");
                    break;
                case RosterEntries.Surname when IsShop(input.Skeleton, m) || NamedThingAfter(input.Skeleton, m) || OtherFirstNameBefore(input, m) || (ordinary && (ProperNounAfter(input, m) || TitleBefore(input.Skeleton, m))):
                    break;
                case RosterEntries.Surname when ordinary && capital && (PraisedOrPaired(input, m) || FamilyOwned(input.Skeleton, m)):
                    input.AddSkeleton(Categories.PupilIdentity, clause, Severity.Medium, m.Start, m.End, "pupil-surname");
                    break;
                case RosterEntries.Surname when !ordinary || (capital && !sentenceInitial && (NearCue(input, cues ??= ClassCues(input), m) || (firstNames ??= FirstNamesPresent(input)).Contains(m.Entry.Source) || FamilyNounAfter(input.Skeleton, m.End))):
                    input.AddSkeleton(Categories.PupilIdentity, clause, Severity.Medium, m.Start, m.End, "pupil-surname");
                    break;
                case RosterEntries.Surname when InitialBefore(input, m, person) is var initial && initial >= 0:
                    // "Well done to H. Pike": the full stop after the initial reads as a sentence's end, so the Initial entry cannot span it.
                    input.AddSkeleton(Categories.PupilIdentity, clause, Severity.Medium, initial, m.End, "pupil-initial");
                    break;
                case RosterEntries.Initial when InitialIsCapital(input.Skeleton, m) || SeveralInitials(input.Skeleton, m) || InitialThenVerb(input.Skeleton, m) || NearCue(input, cues ??= ClassCues(input), m):
                    // Lower case too where the initials are a double-barrelled name's ("amelia w-f") or a class is near
                    // ("me and harvey p from 4 oak"; blind16, blind17).
                    input.AddSkeleton(Categories.PupilIdentity, clause, Severity.Medium, m.Start, m.End, "pupil-initial");
                    break;
                case RosterEntries.Initials when InitialsWritten(input, m) && NearCue(input, cues ??= ClassCues(input), m):
                    input.AddSkeleton(Categories.PupilIdentity, clause, Severity.Medium, m.Start, m.End, "pupil-initial");
                    break;
                case RosterEntries.SurnameStart when !OtherPersonsName(input, m) && NearCue(input, cues ??= ClassCues(input), m):
                    input.AddSkeleton(Categories.PupilIdentity, clause, Severity.Medium, m.Start, m.End, "pupil-initial");
                    break;
                case RosterEntries.SurnameHeard when FirstNameMisspeltBefore(input, m, person) is var from && from >= 0:
                    input.AddSkeleton(Categories.PupilIdentity, clause, Severity.High, from, m.End, "pupil-full-name");
                    break;
                case RosterEntries.FirstName when (titled ??= TitledSurnames(input)).Contains(m.Entry.Source) && (!ordinary || capital) && !AfterThe(input.Skeleton, m):
                    // "A huge thank you to Mrs Baker and Rose for the cakes": the family's name with a title, and the child's
                    // first name, give the pupil's full name (blind20).
                    input.AddSkeleton(Categories.PupilIdentity, clause, Severity.Medium, m.Start, m.End, "pupil-via-title");
                    break;
                case RosterEntries.FirstName when SurnameMisspeltAfter(input, m, person) is var end && end >= 0:
                    input.AddSkeleton(Categories.PupilIdentity, clause, Severity.High, m.Start, end, "pupil-full-name");
                    break;
                case RosterEntries.FirstName when (!ordinary || capital) && !OtherPersonsName(input, m) && !AfterThe(input.Skeleton, m) && !Quoted(input, m) && (NearCue(input, cues ??= ClassCues(input), m) || AddressNear(input, m, ref addresses)) && !NamedThingAfter(input.Skeleton, m) && !AnimalNamed(input.Skeleton, m):
                    input.AddSkeleton(Categories.PupilIdentity, clause, Severity.Medium, m.Start, m.End, "pupil-with-class");
                    break;
            }
        }
    }

    /// <summary>
    /// Where the initial of the pupil's first name stands right before the surname across a full stop, or -1: a capital
    /// ("H. Pike"), or any case run into the surname as a username writes it ("h.pike", "r.baker"; blind20, blind21).
    /// </summary>
    private static int InitialBefore(CheckInput input, PhraseMatch m, KnownPerson person)
    {
        var sk = input.Skeleton;
        var at = m.Start - 2;
        if (at < 0 || !sk.IsBoundary(m.Start - 1) || (at > 0 && !sk.IsBoundary(at - 1)) || sk.IsBoundary(at) || person.FirstName.Length == 0)
        {
            return -1;
        }

        // "H. Pike" reads as a sentence's end after the capital; "h.pike" as two words joined by the dot.
        var capitalAcross = sk.Chars[m.Start - 1] == Normalisation.Skeleton.SentenceBreak && (sk.Flags[at] & Normalisation.Skeleton.TokenFlags.Capital) != 0;
        if (!capitalAcross && !Between(input, at + 1, m.Start).SequenceEqual("."))
        {
            return -1;
        }

        var key = CheckerModel.Key(person.FirstName);
        return key.Length > 0 && key[0] == sk.Chars[at] ? at : -1;
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AfterInitialLookup = SkeletonWords.Of(
        "is", "was", "has", "from", "in", "got", "won", "did", "came", "sits", "scored");

    /// <summary>Letters that stand for words in text-speak ("noah n isla", "u r", "c u"): never a surname's initial in lower case.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TextSpeakLookup = SkeletonWords.Of("n", "u", "r", "c", "b", "y", "k", "x");

    /// <summary>A first name, a lower-case initial and then a verb or "from": "zainab h is my partner", "noah g from willow" (blind18, blind19).</summary>
    private static bool InitialThenVerb(Normalisation.Skeleton sk, PhraseMatch m)
    {
        var firstEnd = sk.TokenEnd(m.Start);
        var initial = SkeletonSentence.NextStart(sk, firstEnd);
        // "n" for "and" is text-speak ("noah n isla"), but a verb after it makes it an initial ("kacper n is in my group":
        // blind32); the verb is required below in any case.
        if (firstEnd - m.Start < 2 || initial < 0 || sk.TokenEnd(initial) != m.End || m.End - initial != 1
            || (TextSpeakLookup.Contains(sk.Chars.AsSpan(initial, 1)) && sk.Chars[initial] != 'n'))
        {
            return false;
        }

        return AfterInitialLookup.Contains(SkeletonSentence.NextWord(sk, m.End));
    }

    /// <summary>Whether "last name is", "surname is", "second name is" or "family name is" comes right before the surname.</summary>
    private static bool SurnameAnnounced(Normalisation.Skeleton sk, PhraseMatch m)
    {
        var isAt = SkeletonSentence.PreviousStart(sk, m.Start);
        var nameAt = isAt < 0 ? -1 : SkeletonSentence.PreviousStart(sk, isAt);
        if (nameAt < 0 || !SkeletonSentence.Token(sk, isAt).SequenceEqual("is"))
        {
            return false;
        }

        var name = SkeletonSentence.Token(sk, nameAt);
        var before = SkeletonSentence.PreviousStart(sk, nameAt);
        var kind = before < 0 ? [] : SkeletonSentence.Token(sk, before);
        return name.SequenceEqual("surname")
            || (name.SequenceEqual("name") && (kind.SequenceEqual("last") || kind.SequenceEqual("second") || kind.SequenceEqual("family")));
    }

    /// <summary>Whether a <see cref="RosterEntries.Initial"/> hit has a double-barrelled surname's initials after the first name ("amelia w-f").</summary>
    private static bool SeveralInitials(Normalisation.Skeleton sk, PhraseMatch m)
    {
        var firstEnd = sk.TokenEnd(m.Start);
        var next = SkeletonSentence.NextStart(sk, firstEnd);
        return firstEnd - m.Start > 1 && next >= 0 && next < m.End && sk.TokenEnd(next) < m.End;
    }

    /// <summary>Two letters that are abbreviations far more often than a pupil's initials.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotInitialsLookup = SkeletonWords.Of(
        "eg", "ie", "am", "pm", "nb", "ps", "pc", "hp", "if", "ok", "tv", "pe", "re", "it", "id", "no", "so", "uk", "us", "dj",
        "gp", "mp", "ad", "ai", "ip", "dt", "ks", "ta", "ht", "vs", "mr", "ms", "dr", "st", "on", "in", "at", "to", "of", "or",
        "an", "as", "be", "by", "do", "go", "he", "hi", "is", "me", "my", "we", "up", "oh");

    /// <summary>Whether two letters run together are a word or a common abbreviation ("if", "pc", "ok"), never read as initials.</summary>
    internal static bool IsCommonPair(string pair) => NotInitialsLookup.Contains(pair);

    /// <summary>
    /// Whether a <see cref="RosterEntries.Initials"/> hit is written as initials: capitals with a full stop between
    /// ("Z.H. (Y5)", "R.B. from year 4"; blind16, blind17), a full stop between small letters ("z.h from oak class";
    /// blind18), or two capitals run together ("RB from year 2"; blind15) that are no common abbreviation; and no
    /// capitalised name follows ("P.C. Jones" is a police officer).
    /// </summary>
    private static bool InitialsWritten(CheckInput input, PhraseMatch m)
    {
        var sk = input.Skeleton;
        var folded = input.FoldedSpan;
        var firstEnd = sk.TokenEnd(m.Start);
        int at, length;
        if (firstEnd - m.Start == 2)
        {
            // "RB": one token, both capitals in the text.
            (at, length) = sk.ToFolded(m.Start, firstEnd);
            if (length != 2 || !char.IsUpper(folded[at]) || !char.IsUpper(folded[at + 1]) || NotInitialsLookup.Contains(sk.Chars.AsSpan(m.Start, 2)))
            {
                return false;
            }
        }
        else
        {
            var second = SkeletonSentence.NextStart(sk, firstEnd);
            if (second < 0)
            {
                return false;
            }

            var capitals = (sk.Flags[m.Start] & Normalisation.Skeleton.TokenFlags.Capital) != 0 && (sk.Flags[second] & Normalisation.Skeleton.TokenFlags.Capital) != 0;
            Span<char> pair = [sk.Chars[m.Start], sk.Chars[second]];
            var between = Between(input, firstEnd, second).Trim(' ');
            if (!between.SequenceEqual(".") || (!capitals && NotInitialsLookup.Contains(pair)))
            {
                return false;
            }

            (at, length) = sk.ToFolded(second, second + 1);
        }

        var after = at + length;
        if (after < folded.Length && folded[after] == '.')
        {
            after++;
        }

        while (after < folded.Length && folded[after] == ' ')
        {
            after++;
        }

        return after >= folded.Length || !char.IsUpper(folded[after]) || !char.IsLower(folded[Math.Min(after + 1, folded.Length - 1)]);
    }

    /// <summary>
    /// Where a pupil's surname misspelt by up to two letters ends, right after their first name ("priya chaudary" for
    /// Chaudhry; blind17), or -1. Only for surnames of seven letters or more (two edits) or six (one), the word starting with
    /// the surname's letter and no ordinary word, so "Rose Bakes" and "Noah Grey" are not read as misspellings.
    /// </summary>
    private static int SurnameMisspeltAfter(CheckInput input, PhraseMatch m, KnownPerson person)
    {
        var sk = input.Skeleton;
        var next = SkeletonSentence.NextStart(sk, m.End);
        if (next < 0 || person.LastName.Length == 0)
        {
            return -1;
        }

        var key = CheckerModel.Key(person.LastName);
        var end = sk.TokenEnd(next);
        var word = sk.Chars.AsSpan(next, end - next);
        var allowed = key.Length >= 7 ? 2 : key.Length == 6 ? 1 : 0;
        if (allowed == 0 || key.Contains(' ', StringComparison.Ordinal) || word.Length < key.Length - allowed || word.Length > key.Length + allowed
            || word[0] != key[0] || word.SequenceEqual(key) || input.Model.IsCommonWord(word.ToString()) || !OnlySpaceBetween(input, m.End, next))
        {
            return -1;
        }

        return EditDistance(word, key, allowed) <= allowed ? end : -1;
    }

    /// <summary>
    /// Where a first name misspelt as well stands right before a misspelt surname ("Kaspar Nowack": one or two letters off
    /// "Kacper", the same first letter, no ordinary word, only a space between), or -1. Both parts off at once is how a
    /// name is heard, not written from the register (blind22); either part alone is no pupil.
    /// </summary>
    private static int FirstNameMisspeltBefore(CheckInput input, PhraseMatch m, KnownPerson person)
    {
        var sk = input.Skeleton;
        var previous = SkeletonSentence.PreviousStart(sk, m.Start);
        if (previous < 0 || input.Model.IsCommonWord(m.Entry.Pattern) || !OnlySpaceBetween(input, sk.TokenEnd(previous), m.Start))
        {
            return -1;
        }

        var word = SkeletonSentence.Token(sk, previous);
        if (word.Length < 4 || input.Model.IsCommonWord(word.ToString()))
        {
            return -1;
        }

        foreach (var name in (string[])[person.FirstName, .. person.Nicknames ?? []])
        {
            var key = CheckerModel.Key(name);
            var allowed = key.Length >= 6 ? 2 : 1;
            if (key.Length > 0 && !key.Contains(' ', StringComparison.Ordinal) && word[0] == key[0] && Math.Abs(word.Length - key.Length) <= allowed
                && EditDistance(word, key, allowed) <= allowed)
            {
                return previous;
            }
        }

        return -1;
    }

    /// <summary>Optimal string alignment distance (a swap of neighbours is one edit), stopping once it passes <paramref name="limit"/>.</summary>
    private static int EditDistance(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int limit)
    {
        if (a.Length > 32 || b.Length > 32)
        {
            return limit + 1;
        }

        Span<int> prev2 = stackalloc int[b.Length + 1];
        Span<int> prev = stackalloc int[b.Length + 1];
        Span<int> cur = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            prev[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            var best = cur[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var d = Math.Min(Math.Min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d = Math.Min(d, prev2[j - 2] + 1);
                }

                cur[j] = d;
                best = Math.Min(best, d);
            }

            if (best > limit)
            {
                return limit + 1;
            }

            var spare = prev2;
            prev2 = prev;
            prev = cur;
            cur = spare;
        }

        return prev[b.Length];
    }

    /// <summary>
    /// Whether a pupil shares this parent's surname, so the parent's full name beside a class ("Sarah Baker here, when is
    /// the Year 4 trip money due?"; blind16) names the pupil.
    /// </summary>
    private static bool ChildOnRoll(CheckInput input, KnownPerson parent)
    {
        var surname = CheckerModel.Key(parent.LastName);
        foreach (var p in input.Model.People)
        {
            if (p.Role == KnownPersonRole.Pupil && CheckerModel.Key(p.LastName) == surname)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether an ordinary-word surname starts a proper name with the capitalised word after it: "the Green Party", "Baker
    /// Street", "Price Waterhouse" (blind19), not a pupil.
    /// </summary>
    private static bool ProperNounAfter(CheckInput input, PhraseMatch m)
    {
        var sk = input.Skeleton;
        var next = SkeletonSentence.NextStart(sk, m.End);
        if (next < 0 || (sk.Flags[next] & Normalisation.Skeleton.TokenFlags.Capital) == 0 || !OnlySpaceBetween(input, m.End, next))
        {
            return false;
        }

        var end = sk.TokenEnd(next);
        return end - next > 1 && !input.Model.IsRosterFirstName(sk.Chars.AsSpan(next, end - next)) && !IsRosterSurname(input, next, end);
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PraiseLookup = SkeletonWords.Of(
        "congratulations", "congrats", "thanks", "cheers", "bravo");

    /// <summary>
    /// Whether a capitalised ordinary-word surname is a person by what is round it: praised ("Well done Pike!",
    /// "congratulations to Baker"), one of a pair ("Me and Baker made a den", "Baker and Green were the best"; blind15, blind19).
    /// </summary>
    private static bool PraisedOrPaired(CheckInput input, PhraseMatch m)
    {
        var sk = input.Skeleton;
        var p1 = SkeletonSentence.PreviousStart(sk, m.Start);
        var w1 = p1 >= 0 ? SkeletonSentence.Token(sk, p1) : [];
        var p2 = p1 >= 0 ? SkeletonSentence.PreviousStart(sk, p1) : -1;
        var w2 = p2 >= 0 ? SkeletonSentence.Token(sk, p2) : [];
        if ((w1.SequenceEqual("done") && w2.SequenceEqual("wel")) || PraiseLookup.Contains(w1) || (w1.SequenceEqual("to") && PraiseLookup.Contains(w2))
            || (w1.SequenceEqual("and") && w2.SequenceEqual("me")) || (w1.SequenceEqual("luck") && w2.SequenceEqual("god")))
        {
            return true;
        }

        // Paired with another pupil's surname: "Baker and Green", "Green and Baker".
        if (w1.SequenceEqual("and") && p2 >= 0 && (sk.Flags[p2] & Normalisation.Skeleton.TokenFlags.Capital) != 0 && IsRosterSurname(input, p2, sk.TokenEnd(p2)))
        {
            return true;
        }

        var n1 = SkeletonSentence.NextStart(sk, m.End);
        var n2 = n1 >= 0 ? SkeletonSentence.NextStart(sk, sk.TokenEnd(n1)) : -1;
        return n2 >= 0 && SkeletonSentence.Token(sk, n1).SequenceEqual("and") && (sk.Flags[n2] & Normalisation.Skeleton.TokenFlags.Capital) != 0
            && IsRosterSurname(input, n2, sk.TokenEnd(n2));
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleLookup = SkeletonWords.Of(
        "mr", "mrs", "miss", "ms", "mx", "dr", "sir", "mister", "madam", "nurse", "coach", "reverend", "rev", "father", "pastor");

    /// <summary>
    /// Whether a title comes right before a surname that is also an ordinary word: "Thanks to Mr Green and Year 2" names an
    /// adult. (A title before a surname that is no ordinary word, "Mrs Okonkwo here", names a pupil's parent, and so the
    /// pupil: the blind sets label it so.)
    /// </summary>
    private static bool TitleBefore(Normalisation.Skeleton sk, PhraseMatch m) => TitleLookup.Contains(SkeletonSentence.PreviousWord(sk, m.Start));

    /// <summary>Whether a first name stands in quotation marks, as a title does: "Year 6 performed 'Oliver!'" (blind19).</summary>
    private static bool Quoted(CheckInput input, PhraseMatch m)
    {
        var (at, length) = input.Skeleton.ToFolded(m.Start, m.End);
        var text = input.FoldedSpan;
        var end = at + length;
        while (end < text.Length && text[end] is '!' or '?' or '.')
        {
            end++;
        }

        return at > 0 && text[at - 1] is '\'' or '"' && end < text.Length && text[end] is '\'' or '"';
    }

    /// <summary>Whether "the" comes right before a first name: "the Rose and Crown", "the Mary Rose" name a pub or a ship (blind17).</summary>
    private static bool AfterThe(Normalisation.Skeleton sk, PhraseMatch m) => SkeletonSentence.PreviousWord(sk, m.Start).SequenceEqual("the");

    /// <summary>
    /// Whether the initial of a <see cref="RosterEntries.Initial"/> hit is a capital: "Kacper N.", "H. Pike", "Amelia W-F"
    /// (each initial), not "noah n isla" ("n" for "and").
    /// </summary>
    private static bool InitialIsCapital(Normalisation.Skeleton sk, PhraseMatch m)
    {
        var flags = sk.Flags;
        var firstEnd = sk.TokenEnd(m.Start);
        if (firstEnd - m.Start == 1)
        {
            // "H. Pike": the initial comes first.
            return (flags[m.Start] & Normalisation.Skeleton.TokenFlags.Capital) != 0;
        }

        // "Kacper N", "Amelia W F": every token after the first name is one capital letter.
        for (var t = SkeletonSentence.NextStart(sk, firstEnd); t >= 0 && t < m.End; t = SkeletonSentence.NextStart(sk, sk.TokenEnd(t)))
        {
            if ((flags[t] & Normalisation.Skeleton.TokenFlags.Capital) == 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether a first name is part of someone else's name: a capitalised word that is no ordinary word and no roster
    /// first name right after it ("Oliver Cromwell") or right before it ("the Mary Rose"), so "Year 5 learned about Oliver
    /// Cromwell" is history, not a pupil beside their class.
    /// </summary>
    private static bool OtherPersonsName(CheckInput input, PhraseMatch m)
    {
        var sk = input.Skeleton;
        var next = SkeletonSentence.NextStart(sk, m.End);
        if (next >= 0 && IsOtherName(input, sk, next) && OnlySpaceBetween(input, m.End, next))
        {
            return true;
        }

        var previous = SkeletonSentence.PreviousStart(sk, m.Start);
        return previous >= 0 && (sk.Flags[previous] & Normalisation.Skeleton.TokenFlags.SentenceInitial) == 0 && IsOtherName(input, sk, previous)
            && OnlySpaceBetween(input, sk.TokenEnd(previous), m.Start);
    }

    /// <summary>
    /// Whether a surname alone is someone else's: another person's first name right before it ("Daley Thompson won the
    /// decathlon"), or a capitalised word joined to it by a hyphen ("Dame Tanni Grey-Thompson"; blind14).
    /// </summary>
    private static bool OtherFirstNameBefore(CheckInput input, PhraseMatch m)
    {
        var sk = input.Skeleton;
        var previous = SkeletonSentence.PreviousStart(sk, m.Start);
        if (previous < 0)
        {
            return false;
        }

        var between = Between(input, sk.TokenEnd(previous), m.Start);
        if (between.IsEmpty)
        {
            return false;
        }

        if (between.SequenceEqual("-"))
        {
            return (sk.Flags[previous] & Normalisation.Skeleton.TokenFlags.Capital) != 0 && (sk.Flags[m.Start] & Normalisation.Skeleton.TokenFlags.Capital) != 0;
        }

        return between.Trim(' ').IsEmpty && IsOtherName(input, sk, previous);
    }

    /// <summary>The folded text between the token ending at skeleton place <paramref name="end"/> and the one starting at <paramref name="start"/>; empty where none.</summary>
    private static ReadOnlySpan<char> Between(CheckInput input, int end, int start)
    {
        var (last, length) = input.Skeleton.ToFolded(end - 1, end);
        var (to, _) = input.Skeleton.ToFolded(start, start + 1);
        var from = last + length;
        return from < to ? input.FoldedSpan[from..to] : [];
    }

    /// <summary>Whether the text between skeleton places <paramref name="end"/> and <paramref name="start"/> is spaces only ("Noah, I'm 9" has a comma).</summary>
    private static bool OnlySpaceBetween(CheckInput input, int end, int start) =>
        Between(input, end, start) is var between && !between.IsEmpty && between.Trim(' ').IsEmpty;

    private static bool IsOtherName(CheckInput input, Normalisation.Skeleton sk, int start)
    {
        var end = sk.TokenEnd(start);
        return (sk.Flags[start] & Normalisation.Skeleton.TokenFlags.Capital) != 0 && end - start > 1
            && !input.Model.IsRosterFirstName(sk.Chars.AsSpan(start, end - start)) && input.Model.IsName(sk, start, end)
            && !IsRosterSurname(input, start, end);
    }

    private static bool IsRosterSurname(CheckInput input, int start, int end)
    {
        // Hits come in text order: the ones starting at start, found by binary search (linear for a text of a million names).
        var matches = input.RosterMatches;
        var lo = input.FirstRosterMatchFrom(start);
        for (var i = lo; i < matches.Count && matches[i].Start == start; i++)
        {
            if (matches[i].End == end && matches[i].Entry.Category == RosterEntries.Surname)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A year group's number before a class's first word, in any case: "harvey p from 4 oak", "4 willow" (blind17).</summary>
    private static bool IsYearNumber(ReadOnlySpan<char> token) =>
        token.Length == 1 && token[0] is >= '1' and <= '6';

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ClassBeforeLookup = SkeletonWords.Of("in", "from", "of");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ShopLookup = SkeletonWords.Of("shop", "shops", "store", "stores", "shopping", "department");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OwnedLookup = SkeletonWords.Of("s", "house", "party", "home", "mum", "dad", "place", "birthday", "garden", "flat", "nan");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> WentLookup = SkeletonWords.Of("went", "go", "going", "been", "gone", "trip", "visit", "visited");

    /// <summary>
    /// Whether a surname alone names a shop: "my favourite shop is fenwick", "we went to Fenwick in Newcastle" (blind,
    /// blind7): a shop word up to three words before, or "went/go/been to" right before (one goes to a place, not a pupil).
    /// </summary>
    private static bool IsShop(Normalisation.Skeleton sk, PhraseMatch m)
    {
        // "we went to Okonkwo's party": someone's.
        if (OwnedLookup.Contains(SkeletonSentence.NextWord(sk, m.End)))
        {
            return false;
        }

        var t = SkeletonSentence.PreviousStart(sk, m.Start);
        // "the Christmas windows at Fenwick in Newcastle".
        if (t >= 0 && SkeletonSentence.Token(sk, t).SequenceEqual("at") && SkeletonSentence.NextWord(sk, m.End).SequenceEqual("in"))
        {
            return true;
        }

        for (var n = 0; t >= 0 && n < 3; n++, t = SkeletonSentence.PreviousStart(sk, t))
        {
            var word = SkeletonSentence.Token(sk, t);
            if (ShopLookup.Contains(word))
            {
                return true;
            }

            if (n == 0 && word.SequenceEqual("to"))
            {
                var before = SkeletonSentence.PreviousStart(sk, t);
                return before >= 0 && WentLookup.Contains(SkeletonSentence.Token(sk, before));
            }
        }

        return false;
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NamedThingLookup = SkeletonWords.Of(
        "ark", "cup", "trophy", "shield", "award", "awards", "prize", "medal", "memorial", "stakes", "challenge");

    /// <summary>
    /// Whether the name names a thing after someone long gone or a prize: "the story of Noah's Ark", "the Thompson Cup
    /// winners" (blind20, blind21), read past a possessive "s"; or a title given out, "Baker of the Week".
    /// </summary>
    private static bool NamedThingAfter(Normalisation.Skeleton sk, PhraseMatch m)
    {
        var (next, _) = PastPossessive(sk, m.End);

        if (next >= 0 && SkeletonSentence.Token(sk, next).SequenceEqual("of"))
        {
            // "Baker of the Week goes to our table" (blind22): a title given out.
            var the = SkeletonSentence.NextStart(sk, sk.TokenEnd(next));
            var what = the >= 0 && SkeletonSentence.Token(sk, the).SequenceEqual("the") ? SkeletonSentence.NextStart(sk, sk.TokenEnd(the)) : -1;
            return what >= 0 && PeriodLookup.Contains(SkeletonSentence.Token(sk, what));
        }

        return next >= 0 && NamedThingLookup.Contains(SkeletonSentence.Token(sk, next));
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PeriodLookup = SkeletonWords.Of("week", "month", "year", "term", "day", "match");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OwnedFamilyLookup = SkeletonWords.Of(
        "dad", "mum", "mam", "mom", "brother", "sister", "nan", "gran", "grandad", "grandma", "uncle", "auntie", "aunty", "cousin",
        "twin", "family", "parents", "step");

    /// <summary>
    /// Whether a capitalised ordinary-word surname owns a relative: "Pike's dad is a fireman", "Greens mum" (blind22), even at
    /// a sentence's start, where the capital says nothing.
    /// </summary>
    private static bool FamilyOwned(Normalisation.Skeleton sk, PhraseMatch m)
    {
        var (next, possessive) = PastPossessive(sk, m.End);
        return (possessive || sk.Chars[m.End - 1] == 's') && next >= 0 && OwnedFamilyLookup.Contains(SkeletonSentence.Token(sk, next));
    }

    /// <summary>The start of the word after the name ending at <paramref name="end"/>, read past a possessive "s" ("Noah 's Ark"), and whether there was one.</summary>
    private static (int Next, bool Possessive) PastPossessive(Normalisation.Skeleton sk, int end)
    {
        var next = SkeletonSentence.NextStart(sk, end);
        return next >= 0 && SkeletonSentence.Token(sk, next).SequenceEqual("s") ? (SkeletonSentence.NextStart(sk, sk.TokenEnd(next)), true) : (next, false);
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AnimalLookup = SkeletonWords.Of(
        "hedgehog", "dog", "cat", "hamster", "rabbit", "bear", "owl", "fox", "tortoise", "puppy", "kitten", "elephant", "giraffe",
        "dragon", "robot", "snail", "fish", "mouse", "teddy", "tiger", "lion", "penguin", "goldfish", "guinea", "pony", "horse",
        "donkey", "duck", "hen", "chicken", "caterpillar", "worm", "spider", "monkey", "gorilla", "sheep", "cow", "pig", "goat");

    /// <summary>Whether the first name is an animal's or a character's: "Harvey the hedgehog visited Oak Class" (blind22).</summary>
    private static bool AnimalNamed(Normalisation.Skeleton sk, PhraseMatch m)
    {
        var next = SkeletonSentence.NextStart(sk, m.End);
        if (next < 0 || !SkeletonSentence.Token(sk, next).SequenceEqual("the"))
        {
            return false;
        }

        var after = SkeletonSentence.NextStart(sk, sk.TokenEnd(next));
        return after >= 0 && AnimalLookup.Contains(SkeletonSentence.Token(sk, after));
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FamilyNounLookup = SkeletonWords.Of(
        "boy", "boys", "girl", "girls", "kid", "kids", "family", "twins", "children", "brothers", "sisters", "lad", "lads");

    /// <summary>Whether "boy", "girl", "family"... follows: "the Pike boy", "the Green family" name a pupil's family (blind8, blind9).</summary>
    private static bool FamilyNounAfter(Normalisation.Skeleton sk, int end) => FamilyNounLookup.Contains(SkeletonSentence.NextWord(sk, end));

    /// <summary>Whether a pupil with this parent's surname is named by first name or nickname somewhere in the text.</summary>
    private static bool ChildNamed(CheckInput input, KnownPerson parent, HashSet<string> firstNames)
    {
        var people = input.Model.People;
        foreach (var index in firstNames)
        {
            var child = people[int.Parse(index, System.Globalization.CultureInfo.InvariantCulture)];
            if (child.Role == KnownPersonRole.Pupil && CheckerModel.Key(child.LastName) == CheckerModel.Key(parent.LastName))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The pupils (by index) whose surname stands after a title somewhere in the text ("Mrs Baker"), where no member of
    /// staff has that surname ("Mr Green" may be a teacher). Once per text, so a text of a million names stays linear.
    /// </summary>
    /// <summary>Whether a member of staff has this surname key (a loop: `signpost check` never loads System.Linq).</summary>
    private static bool StaffSurname(IReadOnlyList<KnownPerson> people, string surname)
    {
        foreach (var p in people)
        {
            if (p.Role == KnownPersonRole.Staff && CheckerModel.Key(p.LastName) == surname)
            {
                return true;
            }
        }

        return false;
    }

    private static HashSet<string> TitledSurnames(CheckInput input)
    {
        // Most texts with a first name in them have no surname at all: no set to build.
        if (!input.RosterMatches.Exists(m => m.Entry.Category == RosterEntries.Surname))
        {
            return NoOne;
        }

        var titled = new HashSet<string>(StringComparer.Ordinal);
        var people = input.Model.People;
        foreach (var m in input.RosterMatches)
        {
            if (m.Entry.Category != RosterEntries.Surname || !TitleBefore(input.Skeleton, m))
            {
                continue;
            }

            var person = people[int.Parse(m.Entry.Source, System.Globalization.CultureInfo.InvariantCulture)];
            var surname = CheckerModel.Key(person.LastName);
            if (person.Role == KnownPersonRole.Pupil && !StaffSurname(people, surname))
            {
                titled.Add(m.Entry.Source);
            }
        }

        return titled;
    }

    private static readonly HashSet<string> NoOne = [];

    /// <summary>The roster people (by index) whose first name or nickname is somewhere in the text.</summary>
    private static HashSet<string> FirstNamesPresent(CheckInput input)
    {
        var present = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in input.RosterMatches)
        {
            if (m.Entry.Category == RosterEntries.FirstName)
            {
                present.Add(m.Entry.Source);
            }
        }

        return present;
    }

    private static bool NearCue(CheckInput input, List<int> cues, PhraseMatch m)
    {
        // cues is sorted: the first cue after start - CueDistance is the only one to look at.
        var (start, length) = input.Skeleton.ToFolded(m.Start, m.End);
        var i = cues.BinarySearch(start - CueDistance + 1);
        i = i < 0 ? ~i : i;
        while (i > 0 && cues[i - 1] >= start - CueDistance + 1)
        {
            i--;
        }

        return i < cues.Count && cues[i] < start + length + CueDistance;
    }

    /// <summary>
    /// Whether a home address was found near a first name: "Kacper lives at 5 Plover Road", "i no Rosies house its on ash
    /// tree road" (blind9, blind12): a first name with where the child lives identifies them.
    /// </summary>
    private static bool AddressNear(CheckInput input, PhraseMatch m, ref List<(int Start, int End)>? addresses)
    {
        if (input.Findings.Count == 0)
        {
            return false;
        }

        if (addresses is null)
        {
            // Once per text: the addresses found, in text order (a text of a million names must stay linear).
            addresses = [];
            var message = Messages.For("address", input.ForPupil);
            foreach (var f in input.Findings)
            {
                if (f.Category == Categories.ContactDetails && f.Message == message)
                {
                    addresses.Add((f.Start, f.Start + f.Length));
                }
            }

            addresses.Sort();
        }

        if (addresses.Count == 0)
        {
            return false;
        }

        var (fs, fl) = input.Skeleton.ToFolded(m.Start, m.End);
        var (start, length) = input.Text.ToOriginal(fs, fl);
        // The first address starting after start - CueDistance - (longest address) could be near; addresses are short,
        // so look from the first one starting at or after start - 2 * CueDistance.
        var lo = 0;
        var hi = addresses.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (addresses[mid].Start < start - (2 * CueDistance))
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        for (var i = lo; i < addresses.Count && addresses[i].Start < start + length + CueDistance; i++)
        {
            if (addresses[i].End > start - CueDistance)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>What follows a class's first word when it is a tree or its wood, not the class: "in oak trees", "willow leaves".</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TreeLookup = SkeletonWords.Of(
        "tree", "trees", "wood", "woods", "woodland", "leaves", "leaf", "branches", "bark", "table", "tables", "furniture",
        "barrel", "barrels", "beams", "panels", "floor", "floors", "forest", "acorns", "pattern", "herb");

    /// <summary>Folded positions of class or school mentions, sorted: "Year 4" (and "my Year 4s"), "Y4", "Class 3B", "Reception", school and class names.</summary>
    private static List<int> ClassCues(CheckInput input)
    {
        var cues = new List<int>();
        try
        {
            foreach (var m in ClassMention().EnumerateMatches(input.FoldedSpan))
            {
                cues.Add(m.Index);
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // Keep what was found before the timeout, and say the text was not read in full (RegexSafety).
            input.ReadUnfinished = true;
        }

        // Also written as one word, as hashtags are: "#Isla #OakClass", "#HolbrookPrimary".
        foreach (var name in input.Model.PlaceNames)
        {
            foreach (var at in SkeletonSearch.FindAll(input.Skeleton, name))
            {
                cues.Add(input.Skeleton.ToFolded(at, at + 1).Start);
            }
        }

        // A class by its first word, as children write it: "Kacper is 7 and in Oak", "Ollie O from Oak" (blind11, blind13):
        // after "in", "from" or "of", capitalised or not ("priya in willow", "rose b in oak": blind16, blind22, blind23),
        // but not as a tree or a wood ("carved in oak wood", "sat in willow trees").
        var sk = input.Skeleton;
        foreach (var name in input.Model.ClassNames)
        {
            var space = name.IndexOf(' ', StringComparison.Ordinal);
            if (space < 3 || !name.EndsWith(" clas", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var at in SkeletonSearch.FindAll(sk, name[..space]))
            {
                var before = SkeletonSentence.PreviousStart(sk, at);
                var after = SkeletonSentence.NextStart(sk, sk.TokenEnd(at));
                if (sk.TokenEnd(at) - at == space && before >= 0
                    && ((ClassBeforeLookup.Contains(SkeletonSentence.Token(sk, before))
                            && ((sk.Flags[at] & Normalisation.Skeleton.TokenFlags.Capital) != 0 || after < 0 || !TreeLookup.Contains(SkeletonSentence.Token(sk, after))))
                        || IsYearNumber(SkeletonSentence.Token(sk, before))))
                {
                    cues.Add(sk.ToFolded(at, at + 1).Start);
                }
            }
        }

        cues.Sort();
        return cues;
    }

    [GeneratedRegex(@"\b(?:(?<=\b(?i:in|from|of)[ ])[1-6][A-Z]|(?i:year|yr)[ ]?(?:[1-6R]|(?i:one|two|three|four|five|six))(?:s|'s)?|Y[1-6]|(?i:reception|nursery)|(?i:class)[ ](?:[0-9][A-Za-z]?|[A-Z][a-z]{2,12})|(?i:primary|junior|infant)[ ](?i:school))\b", RegexOptions.CultureInvariant, RegexSafety.TimeoutMs)]
    private static partial Regex ClassMention();
}
