namespace Signpost.Checking.Detectors;

/// <summary>
/// A pupil's name inside an email address or a username (A.5.2; 6.8 on a personal post): "amelia.wrightfairbanks2016@…",
/// "21rbaker@holbrook.sch.uk", "kacper(at)nowakfamily(dot)co(dot)uk", "@oakclass_kacper",
/// "mum.hussain@…" (blind12, blind21, blind24, blind26, blind27, blind28, blind29: fourteen such lines, the address found
/// and the pupil not). Read only in a text where contact details were found, in the words made like addresses (a digit,
/// "_", "@" or a dot inside): its letter runs name a pupil when they hold the first name and surname run together, a surname that
/// is no ordinary word, an initial run into the surname ("rbaker"), or the first name (or nickname) beside the class or
/// school ("oakclass_kacper"). A parent's surname is their child's. Staff are
/// never read for (their school address is theirs to give, A.4.8).
/// </summary>
internal static class NamesInAddresses
{
    /// <summary>The longest word read as an address (longer ones are no username).</summary>
    private const int LongestWord = 64;

    public static void Detect(CheckInput input)
    {
        // An address or username has "@", "_", "." or "(" in it, digits run into its letters ("harveypike2015"), or a
        // spoken " dot " after it; a
        // phone number has neither, and most texts with findings are read no further (the text first: the findings'
        // categories are compared as strings).
        var text = input.FoldedSpan;
        if (!input.NamedContact || (text.IndexOfAny(Marks) < 0 && (input.DigitCount == 0 || !PhoneNumberDetector.HasDigitBesideLetter(text)) && !text.Contains(" dot ", StringComparison.OrdinalIgnoreCase)))
        {
            return;
        }

        var names = input.Model.AddressNames;
        if (names.Length == 0 || ContextReaders.FirstWithout(input.Findings, Categories.PupilIdentity, Categories.ContactDetails) < 0)
        {
            return;
        }

        // A name's first two letters somewhere in the text, or no word of it can name anyone (a few table reads a char).
        var bigrams = input.Model.AddressBigrams;
        if (!HasNameBigram(text, bigrams))
        {
            return;
        }

        Span<char> letters = stackalloc char[LongestWord];
        Span<Range> runs = stackalloc Range[16];
        var i = 0;
        while (i < text.Length)
        {
            if (!IsAddressChar(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && IsAddressChar(text[i]))
            {
                i++;
            }

            var word = text[start..i].Trim("._-");
            if (word.Length < 4 || word.Length > LongestWord || !(MadeLikeAddress(word) || BeforeSpokenDot(text[i..])) || !HasNameBigram(word, bigrams))
            {
                continue;
            }

            // The word's letter runs, in lower case: "amelia.wrightfairbanks2016" is "amelia", "wrightfairbanks".
            var n = 0;
            var count = 0;
            var runStart = -1;
            for (var k = 0; k <= word.Length && count < runs.Length; k++)
            {
                var letter = k < word.Length && char.IsAsciiLetter(word[k]);
                if (letter)
                {
                    runStart = runStart < 0 ? n : runStart;
                    letters[n++] = char.ToLowerInvariant(word[k]);
                }
                else if (runStart >= 0)
                {
                    runs[count++] = runStart..n;
                    runStart = -1;
                }
            }

            if (count > 0 && Names(names, letters[..n], runs[..count], input.Model) is var named && named)
            {
                var clause = input.Context == CheckContext.PersonalPost ? "6.8" : "A.5.2";
                input.Add(Categories.PupilIdentity, clause, Severity.Medium, start, i - start, "pupil-in-address");
                return;
            }
        }
    }

    private static readonly System.Buffers.SearchValues<char> Marks = System.Buffers.SearchValues.Create("@_.(");

    /// <summary>
    /// Whether two letters in the word (any case) are the first two of some pupil's or parent's first name or surname, as
    /// every word <see cref="Names(AddressName, ReadOnlySpan{char}, ReadOnlySpan{Range}, CheckerModel)"/> names someone in
    /// has: most words are passed over with a few table reads ("jojo.fun" cost a handle's check ~300 ns without it).
    /// </summary>
    private static bool HasNameBigram(ReadOnlySpan<char> word, ulong[] bigrams)
    {
        for (var k = 0; k + 1 < word.Length; k++)
        {
            var a = (word[k] | 0x20) - 'a';
            var b = (word[k + 1] | 0x20) - 'a';
            if ((uint)a < 26 && (uint)b < 26 && (bigrams[((a * 26) + b) >> 6] & (1UL << ((a * 26) + b))) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first two letters of each pupil's and parent's first names and surname, as bits of a 26 by 26 table.</summary>
    public static ulong[] Bigrams(AddressName[] names)
    {
        var bits = new ulong[((26 * 26) + 63) / 64];
        foreach (var name in names)
        {
            foreach (var key in (string[])[name.Surname, .. name.Firsts])
            {
                if (key.Length >= 2 && (uint)(key[0] - 'a') < 26 && (uint)(key[1] - 'a') < 26)
                {
                    var at = ((key[0] - 'a') * 26) + (key[1] - 'a');
                    bits[at >> 6] |= 1UL << at;
                }
            }
        }

        return bits;
    }

    /// <summary>Whether " dot " follows: a host written out ("zainab at thehussains dot co dot uk").</summary>
    private static bool BeforeSpokenDot(ReadOnlySpan<char> rest) => rest.StartsWith(" dot ", StringComparison.OrdinalIgnoreCase);

    /// <summary>The chars an address or username is made of, and the "(at)"/"(dot)" brackets an address is written out with.</summary>
    private static bool IsAddressChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-' or '@' or '(' or ')';

    /// <summary>A digit, "_" or "@" inside, or a dot between letters: "harveypike2015", "k.nowak", not "Kacper" or "end.".</summary>
    private static bool MadeLikeAddress(ReadOnlySpan<char> word)
    {
        if (word.IndexOfAny('_', '@', '(') >= 0 || word.IndexOfAnyInRange('0', '9') >= 0)
        {
            return true;
        }

        for (var k = 1; k + 1 < word.Length; k++)
        {
            if (word[k] is '.' or '-' && char.IsAsciiLetter(word[k - 1]) && char.IsAsciiLetter(word[k + 1]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Names(AddressName[] names, ReadOnlySpan<char> letters, ReadOnlySpan<Range> runs, CheckerModel model)
    {
        foreach (var name in names)
        {
            if (Names(name, letters, runs, model))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Names(AddressName name, ReadOnlySpan<char> letters, ReadOnlySpan<Range> runs, CheckerModel model)
    {
        var surname = name.Surname.AsSpan();
        var first = false;
        var place = false;
        var surnameRun = false;
        foreach (var range in runs)
        {
            var run = letters[range];
            surnameRun |= run.SequenceEqual(surname);

            // The surname inside a run: "wrightfairbanks", "nowakfamily", "hussain"; an ordinary word ("baker") only with
            // a first name or an initial run into it ("rosebaker", "rbaker").
            var at = run.IndexOf(surname, StringComparison.Ordinal);
            if (at >= 0)
            {
                if (!name.CommonSurname)
                {
                    return true;
                }

                var before = run[..at];
                if ((before.Length == 1 && before[0] == name.FirstInitial) || name.IsFirst(before) || name.IsFirst(run[(at + surname.Length)..]))
                {
                    return true;
                }
            }

            first |= name.IsFirst(run);
            place |= IsPlace(run, model);
        }

        // The first name run into the whole surname is caught above; beside a class or the school ("oakclass_kacper") it
        // is the pupil. Beside the surname's initial ("rosie.b2015", "priya_c_2014") the blind sets' authors call it a
        // username and no more (thirteen lines of fifteen), so it is left to the contact finding.
        // A pupil's first name and surname as runs of their own ("rose.baker2015"), or the first name beside the class or
        // the school. A parent's own address with an ordinary-word surname ("sarah.baker@...") the blind sets leave as
        // contact details.
        return first && name.Role == KnownPersonRole.Pupil && (surnameRun || place);
    }

    /// <summary>Whether a letter run is the school's or a class's name run together ("oakclass", "holbrook").</summary>
    private static bool IsPlace(ReadOnlySpan<char> run, CheckerModel model)
    {
        foreach (var place in model.AddressPlaces)
        {
            if (run.Length >= 4 && run.SequenceEqual(place))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>A pupil's or parent's name as <see cref="NamesInAddresses"/> reads it in addresses: letters only, lower case.</summary>
internal sealed class AddressName(KnownPersonRole role, string[] firsts, string surname, bool commonSurname)
{
    public KnownPersonRole Role { get; } = role;

    /// <summary>The first name and nicknames ("millie", "amelia").</summary>
    public string[] Firsts { get; } = firsts;

    /// <summary>The surname's letters ("wrightfairbanks").</summary>
    public string Surname { get; } = surname;

    public bool CommonSurname { get; } = commonSurname;

    public char FirstInitial => Firsts.Length > 0 && Firsts[0].Length > 0 ? Firsts[0][0] : '\0';

    public bool IsFirst(ReadOnlySpan<char> run)
    {
        foreach (var f in Firsts)
        {
            if (run.SequenceEqual(f))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Letters only, lower case: "Wright-Fairbanks" is "wrightfairbanks", "Ellie-Mae" is "elliemae".</summary>
    public static string Letters(string name)
    {
        var folded = Normalisation.NormalisedText.From(name).Folded;
        var chars = new List<char>(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsAsciiLetter(c))
            {
                chars.Add(char.ToLowerInvariant(c));
            }
        }

        return new string([.. chars]);
    }

    /// <summary>The pupils and parents of a roster, with surnames of three letters or more (staff are never read for).</summary>
    public static AddressName[] Build(IReadOnlyList<KnownPerson> people, Func<string, bool> isCommon)
    {
        var names = new List<AddressName>();
        foreach (var p in people)
        {
            if (p.Role == KnownPersonRole.Staff)
            {
                continue;
            }

            var surname = Letters(p.LastName);
            if (surname.Length < 3)
            {
                continue;
            }

            var firsts = new List<string>();
            foreach (var f in (IEnumerable<string>)[p.FirstName, .. p.Nicknames ?? []])
            {
                var letters = Letters(f);
                if (letters.Length >= 3 && !firsts.Contains(letters))
                {
                    firsts.Add(letters);
                }
            }

            names.Add(new AddressName(p.Role, [.. firsts], surname, isCommon(surname) || surname.Length < 5));
        }

        return [.. names];
    }
}
