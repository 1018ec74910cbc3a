using Signpost.Checking.Matching;

namespace Signpost.Checking;

/// <summary>
/// Turns known people into trie entries: a pupil's full name (first or nickname + surname, and
/// "Surname First" as registers write it), surname alone, and first name alone. Which of these is a
/// finding is decided by <see cref="Detectors.PupilIdentityDetector"/> from the context around the hit.
/// The person's index in the roster is kept in <see cref="PhraseEntry.Source"/>.
/// </summary>
internal static class RosterEntries
{
    public const string FullName = "roster-full";
    public const string Surname = "roster-surname";
    public const string FirstName = "roster-first";

    /// <summary>A first name with the surname's initial ("Kacper N.", "Amelia W-F") or an initial with the surname ("H. Pike").</summary>
    public const string Initial = "roster-initial";

    /// <summary>Both initials, "Z.H.": a finding only as capitals with a full stop between and a class beside them (PupilIdentityDetector).</summary>
    public const string Initials = "roster-initials";

    /// <summary>A first name and the surname's first two letters, "priya ch": a finding only with a class or school near (blind22).</summary>
    public const string SurnameStart = "roster-surname-start";

    /// <summary>
    /// The surname as it is misheard or misspelt ("nowack", "chaudry"), never a finding alone: only after a first name
    /// misspelt too ("Kaspar Nowack"; blind22), which PupilIdentityDetector reads with an edit distance.
    /// </summary>
    public const string SurnameHeard = "roster-surname-heard";

    // Runs once per checker: compiled quickly rather than well (signpost check compiles everything fully optimised; issue 3's engine start).
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoOptimization)]
    public static List<PhraseEntry> Build(IReadOnlyList<KnownPerson> people)
    {
        var entries = new List<PhraseEntry>();
        for (var i = 0; i < people.Count; i++)
        {
            var p = people[i];
            var source = i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var last = CheckerModel.Key(p.LastName);
            var plainLast = CheckerModel.Plain(p.LastName);
            // The surname as misspelt or misheard, worked out once: beside each first name and as an entry of its own.
            var misspelt = Unique([.. OneLetterMissing(last), .. TwoLettersSwapped(last), .. Heard(last, minLength: 5)]);
            var firsts = new List<string> { CheckerModel.Key(p.FirstName) };
            foreach (var nickname in p.Nicknames ?? [])
            {
                firsts.Add(CheckerModel.Key(nickname));
            }

            // A double first name run together, as children and capitals write it: "ELLIEMAE T" (blind20).
            for (var f = firsts.Count - 1; f >= 0; f--)
            {
                if (firsts[f].Contains(' ', StringComparison.Ordinal))
                {
                    firsts.Add(firsts[f].Replace(" ", string.Empty, StringComparison.Ordinal));
                }
            }

            firsts = Unique(firsts);

            // Names as they are heard and spelled (blind14): "Izla" for "Isla", "Novak" for "Nowak", "Fenwik"; only in a full
            // name, the first name and the surname together, so no single ordinary word becomes a pupil.
            var heard = new List<string>();
            foreach (var f in firsts)
            {
                foreach (var h in Heard(f, minLength: 4))
                {
                    if (!firsts.Contains(h))
                    {
                        heard.Add(h);
                    }
                }
            }

            heard = Unique(heard);
            foreach (var first in heard)
            {
                if (last.Length > 0 && !last.Contains(' ', StringComparison.Ordinal))
                {
                    entries.Add(Entry(FullName, $"{first} {last}", source));
                    foreach (var variant in (List<string>)[.. OneLetterMissing(last), .. Heard(last, minLength: 5)])
                    {
                        entries.Add(Entry(FullName, $"{first} {variant}", source));
                    }
                }
            }

            foreach (var first in firsts)
            {
                if (last.Length > 0)
                {
                    entries.Add(Entry(FullName, $"{first} {last}", source));
                    entries.Add(Entry(FullName, $"{last} {first}", source));
                    if (!last.EndsWith('s'))
                    {
                        // A possessive written without its apostrophe, as children write it: "priya chaudhrys party" (A.5.2;
                        // the blind set, issue 3). With the apostrophe the "s" is a word of its own and the entry above matches.
                        entries.Add(Entry(FullName, $"{first} {last}s", source));
                    }

                    // A long surname with one letter missing after the first name, as people misspell it ("Priya Chaudry",
                    // "Ellie-Mae Thomson"; issue 3's blind sets): the first name beside it keeps "Rose Bake" out (too short).
                    foreach (var variant in misspelt)
                    {
                        entries.Add(Entry(FullName, $"{first} {variant}", source));
                    }

                    // "priya ch from willow": the surname's first two letters, where they are no word or common pair (blind22).
                    if (last.Length >= 5 && !last.Contains(' ', StringComparison.Ordinal) && !Detectors.PupilIdentityDetector.IsCommonPair(last[..2]))
                    {
                        entries.Add(Entry(SurnameStart, $"{first} {last[..2]}", source));
                    }

                    // One part of a double-barrelled surname: "Amelia Wright", "Millie Fairbanks" (blind14).
                    var parts = last.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    if (parts.Length > 1)
                    {
                        foreach (var part in parts)
                        {
                            if (part.Length >= 4)
                            {
                                entries.Add(Entry(FullName, $"{first} {part}", source));
                            }
                        }
                    }

                    // "Kacper N.", "Amelia W-F", "Ollie O from Oak": the surname's initials (capitals, PupilIdentityDetector
                    // checks), not "I" or "A", which are words ("Rose, I think").
                    var initials = SurnameInitials(last);
                    if (initials is not ("i" or "a"))
                    {
                        entries.Add(Entry(Initial, $"{first} {initials}", source));
                        if (initials.Contains(' ', StringComparison.Ordinal))
                        {
                            // A double-barrelled name's initials run together: "Millie WF" (blind15), and run into the first
                            // name as a username writes it: "MillieWF" (blind22).
                            var joinedInitials = initials.Replace(" ", string.Empty, StringComparison.Ordinal);
                            entries.Add(Entry(Initial, $"{first} {joinedInitials}", source));
                            if (!first.Contains(' ', StringComparison.Ordinal))
                            {
                                entries.Add(Entry(FullName, first + joinedInitials, source) with { Prefix = true });
                            }
                        }
                    }
                }

                entries.Add(Entry(FirstName, first, source, PlainFor(p, first)));
                if (!first.EndsWith('s'))
                {
                    // A possessive without its apostrophe, as children write it: "kacpers dad tomasz nowak" (blind17). Read as
                    // the first name (the same plain word: "Roses" needs its capital as "Rose" does).
                    entries.Add(Entry(FirstName, first + "s", source, PlainFor(p, first)));
                }
            }

            if (last.Length > 0)
            {
                // "H. Pike", "N.Green", "R Baker": the first name's initial before the surname (a capital, checked there).
                var firstKey = CheckerModel.Key(p.FirstName);
                if (firstKey.Length > 0)
                {
                    entries.Add(Entry(Initial, $"{firstKey[..1]} {last}", source, plainLast));
                    if (!last.Contains(' ', StringComparison.Ordinal))
                    {
                        entries.Add(Entry(Initials, $"{firstKey[..1]} {last[..1]}", source));
                        // Run together, "RB from year 2" (blind15): two capitals, checked there. Not where the pair is a word or
                        // a common abbreviation ("if", "pc"): every "if" in every text would be a roster hit to turn down.
                        var pair = $"{firstKey[..1]}{last[..1]}";
                        if (!Detectors.PupilIdentityDetector.IsCommonPair(pair))
                        {
                            entries.Add(Entry(Initials, pair, source));
                        }
                        if (last.Length >= 4)
                        {
                            // The initial run into the surname, as a gamertag writes it: "KNowak Gaming" (blind19).
                            entries.Add(Entry(FullName, firstKey[..1] + last, source) with { Prefix = true });
                        }
                    }
                }

                // A name run together as a username or tag, digits after it too: "noahgreen is in my team", "rosebaker2015";
                // as a team's hashtag, "#TeamZainabHussain" (blind12, blind23, blind25); a double-barrelled surname run
                // together too, "AMELIA WRIGHTFAIRBANKS" (blind23).
                var lastJoined = last.Replace(" ", string.Empty, StringComparison.Ordinal);
                foreach (var name in (string[])[p.FirstName, .. p.Nicknames ?? []])
                {
                    var runTogether = (name + p.LastName).Replace("-", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal);
                    var joined = CheckerModel.Key(runTogether);
                    if (joined.Length > lastJoined.Length && !joined.Contains(' ', StringComparison.Ordinal))
                    {
                        entries.Add(Entry(FullName, joined, source) with { Prefix = true });
                        entries.Add(Entry(FullName, CheckerModel.Key("team" + runTogether), source) with { Prefix = true });
                    }
                }

                if (lastJoined.Length != last.Length)
                {
                    foreach (var first in firsts)
                    {
                        entries.Add(Entry(FullName, $"{first} {lastJoined}", source));
                    }
                }

                // A team named for the family, as a tag: "#TeamHussain won the quiz" (blind9).
                if (!last.Contains(' ', StringComparison.Ordinal))
                {
                    entries.Add(Entry(Surname, "team" + last, source));
                }

                entries.Add(Entry(Surname, last, source, plainLast));
                if (!last.Contains(' ', StringComparison.Ordinal))
                {
                    foreach (var variant in misspelt)
                    {
                        entries.Add(Entry(SurnameHeard, variant, source));
                    }
                }
                if (!last.EndsWith('s') && !last.Contains(' ', StringComparison.Ordinal))
                {
                    // The family by its name, "the Hussains", or a possessive without its apostrophe (A.5.2; issue 3's blind sets).
                    entries.Add(Entry(Surname, $"{last}s", source, plainLast));
                }
            }
        }

        // A name the matcher has no letters for (another script, a ligature, a "*" or "#") cannot be looked for in
        // text. It is left out rather than allowed to stop the checker, and with it every post and comment of the school.
        entries.RemoveAll(e => !PhraseTrie.CanMatch(e.Pattern));
        return entries;
    }

    /// <summary>Shortest surname key whose one-letter-missing spellings are looked for beside a first name.</summary>
    private const int MinMisspeltLength = 6;

    /// <summary>The surname key with one letter left out, each distinct spelling once (none for a short surname).</summary>
    private static IEnumerable<string> OneLetterMissing(string last)
    {
        if (last.Length < MinMisspeltLength)
        {
            yield break;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal) { last };
        for (var i = 1; i < last.Length; i++)
        {
            if (!char.IsAsciiLetterLower(last[i]))
            {
                continue;
            }

            var variant = string.Concat(last.AsSpan(0, i), last.AsSpan(i + 1));
            if (seen.Add(variant))
            {
                yield return variant;
            }
        }
    }

    /// <summary>Sounds spelled another way, one at a time: w/v, ck/k, c/k, ph/f, y/i, s/z, c/s ("nowak" gives "novak", "isla" "izla", "kacper" "kasper").</summary>
    private static readonly (string From, string To)[] Sounds =
    [
        ("w", "v"), ("v", "w"), ("ck", "k"), ("k", "ck"), ("c", "k"), ("k", "c"), ("ph", "f"), ("f", "ph"), ("y", "i"), ("i", "y"),
        ("s", "z"), ("z", "s"), ("c", "s"),
    ];

    /// <summary>The key with one sound spelled another way (none for a name shorter than <paramref name="minLength"/>).</summary>
    private static IEnumerable<string> Heard(string key, int minLength)
    {
        if (key.Length < minLength || key.Contains(' ', StringComparison.Ordinal))
        {
            yield break;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal) { key };
        foreach (var (from, to) in Sounds)
        {
            // Not the first letter: "Kacper" and "Cacper" are not heard alike by a reader.
            for (var i = key.IndexOf(from, 1, StringComparison.Ordinal); i > 0; i = i + 1 < key.Length ? key.IndexOf(from, i + 1, StringComparison.Ordinal) : -1)
            {
                var variant = CheckerModel.Key(string.Concat(key.AsSpan(0, i), to, key.AsSpan(i + from.Length)));
                if (variant.Length > 0 && seen.Add(variant))
                {
                    yield return variant;
                }
            }
        }
    }

    /// <summary>The surname key with two letters next to each other swapped ("okonkow" for "okonkwo"), none for a short surname.</summary>
    private static IEnumerable<string> TwoLettersSwapped(string last)
    {
        if (last.Length < MinMisspeltLength)
        {
            yield break;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal) { last };
        for (var i = 1; i + 1 < last.Length; i++)
        {
            if (!char.IsAsciiLetterLower(last[i]) || !char.IsAsciiLetterLower(last[i + 1]) || last[i] == last[i + 1])
            {
                continue;
            }

            var chars = last.ToCharArray();
            (chars[i], chars[i + 1]) = (chars[i + 1], chars[i]);
            var variant = new string(chars);
            if (seen.Add(variant))
            {
                yield return variant;
            }
        }
    }

    /// <summary>The plain spelling of a first name or nickname whose key is <paramref name="key"/> (or run together to it: "elliemae").</summary>
    private static string PlainFor(KnownPerson p, string key)
    {
        foreach (var n in (string[])[p.FirstName, .. p.Nicknames ?? []])
        {
            if (CheckerModel.Key(n) is var k && (k == key || k.Replace(" ", string.Empty, StringComparison.Ordinal) == key))
            {
                return CheckerModel.Plain(n);
            }
        }

        throw new InvalidOperationException("No first name or nickname has the key.");
    }

    /// <summary>
    /// The strings in their first order, each once. Loops, not LINQ: `signpost check` builds its roster with nothing else
    /// from System.Linq, and so never loads it (~0.8 MB of its peak resident memory; docs/PERFORMANCE.md).
    /// </summary>
    internal static List<string> Unique(List<string> items)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var unique = new List<string>(items.Count);
        foreach (var item in items)
        {
            if (item.Length > 0 && seen.Add(item))
            {
                unique.Add(item);
            }
        }

        return unique;
    }

    /// <summary>The first letters of a surname key's parts, a space between: "w f" for "wright fairbanks".</summary>
    private static string SurnameInitials(string last)
    {
        var initials = new System.Text.StringBuilder();
        foreach (var part in last.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            initials.Append(initials.Length > 0 ? " " : string.Empty).Append(part[0]);
        }

        return initials.ToString();
    }

    /// <summary>A roster entry; <see cref="PhraseEntry.MessageKey"/> carries the plain name ("green") for the ordinary-word test.</summary>
    private static PhraseEntry Entry(string category, string pattern, string source, string plain = "") =>
        new(category, "A.5.2", Severity.Medium, plain, pattern, null, Prefix: false, source);
}
