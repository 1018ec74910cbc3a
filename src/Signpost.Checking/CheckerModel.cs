using Signpost.Checking.Matching;
using Signpost.Checking.Normalisation;

namespace Signpost.Checking;

/// <summary>
/// The compiled, immutable state of a checker: the word/phrase trie built from the embedded lists (shared
/// by every checker), the roster trie for this school's people, and the word sets the name detectors use.
/// </summary>
internal sealed class CheckerModel : INameOracle
{
    private static readonly Lazy<SharedLists> Shared = new(SharedLists.Load);

    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _commonLookup;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _rosterFirstLookup;

    // Runs once per checker: compiled quickly rather than well (signpost check compiles everything fully optimised; issue 3's engine start).
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoOptimization)]
    public CheckerModel(IEnumerable<KnownPerson> people, SchoolProfile profile)
        : this(people, profile, Shared.Value)
    {
    }

    /// <summary>A model over the given shared lists (tests compare lists read from Data/lists.bin with lists compiled from the text).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoOptimization)]
    internal CheckerModel(IEnumerable<KnownPerson> people, SchoolProfile profile, SharedLists shared)
    {
        _shared = shared;
        Profile = profile;
        People = [.. people];
        Lists = shared.Trie;
        CommonWords = shared.CommonWords;
        _commonLookup = CommonWords.GetAlternateLookup<ReadOnlySpan<char>>();
        var roster = RosterEntries.Build(People);
        Roster = roster.Count > 0 ? new PhraseTrie(roster, null) : null;
        RosterFirstNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in roster)
        {
            if (e.Category == RosterEntries.FirstName)
            {
                RosterFirstNames.Add(e.Pattern);
            }
        }

        _rosterFirstLookup = RosterFirstNames.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var first in RosterFirstNames)
        {
            _rosterFirstChars |= first.Length > 0 ? 1UL << (first[0] & 63) : 0;
            if (first.Length > 0)
            {
                // A one-char name takes whatever follows it; a longer one, its second char.
                _rosterFirstPairs[first[0] & 63] |= first.Length == 1 ? ulong.MaxValue : 1UL << (first[1] & 63);
            }
        }

        // Loops, not LINQ: `signpost check` then never loads System.Linq (RosterEntries.Unique).
        var schoolNames = new List<string>();
        foreach (var name in profile.Names ?? [])
        {
            schoolNames.AddRange(ShortNames(name));
        }

        var keys = new List<string>();
        var hashtags = new List<string>();
        foreach (var name in schoolNames)
        {
            keys.Add(Key(name));
            var letters = new System.Text.StringBuilder();
            foreach (var c in name.ToLowerInvariant())
            {
                if (char.IsAsciiLetterOrDigit(c))
                {
                    letters.Append(c);
                }
            }

            hashtags.Add(letters.Length >= 4 ? letters.ToString() : string.Empty);
        }

        SchoolNames = RosterEntries.Unique(keys);
        var classNames = new List<string>();
        foreach (var name in profile.ClassNames ?? [])
        {
            if (Key(name) is { Length: > 0 } key)
            {
                classNames.Add(key);
            }
        }

        ClassNames = classNames;
        SchoolTags = Joined(SchoolNames);
        ClassTags = Joined(ClassNames);
        SchoolHashtags = RosterEntries.Unique(hashtags);
        var domains = new List<string>();
        foreach (var domain in profile.EmailDomains ?? [])
        {
            if (domain.Trim().TrimStart('@').ToLowerInvariant() is { Length: > 0 } d)
            {
                domains.Add(d);
            }
        }

        EmailDomains = domains;
        PlaceNames = [.. SchoolNames, .. ClassNames, .. SchoolTags, .. ClassTags];
        SchoolNamesAndTags = [.. SchoolNames, .. SchoolTags];
    }

    public SchoolProfile Profile { get; }

    public IReadOnlyList<KnownPerson> People { get; }

    private Detectors.AddressName[]? _addressNames;

    private string[]? _addressPlaces;

    /// <summary>Pupils' and parents' names as <see cref="Detectors.NamesInAddresses"/> reads them (made on first use: most checks never need them).</summary>
    internal Detectors.AddressName[] AddressNames => _addressNames ??= Detectors.AddressName.Build(People, w => IsCommonWord(w));

    private ulong[]? _addressBigrams;

    /// <summary>The first two letters of the names <see cref="AddressNames"/> holds (<see cref="Detectors.NamesInAddresses"/>' quick test).</summary>
    internal ulong[] AddressBigrams => _addressBigrams ??= Detectors.NamesInAddresses.Bigrams(AddressNames);

    /// <summary>The school's and classes' names as letters run together ("holbrook", "oakclass", "willow").</summary>
    internal string[] AddressPlaces => _addressPlaces ??= BuildAddressPlaces();

    private string[] BuildAddressPlaces()
    {
        var places = new List<string>();
        foreach (var name in (IEnumerable<string>)[.. Profile.Names ?? [], .. Profile.ClassNames ?? []])
        {
            places.Add(Detectors.AddressName.Letters(name));
            foreach (var part in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var letters = Detectors.AddressName.Letters(part);
                if (letters.Length >= 4 && !letters.Equals("class", StringComparison.Ordinal) && !letters.Equals("primary", StringComparison.Ordinal)
                    && !letters.Equals("school", StringComparison.Ordinal))
                {
                    places.Add(letters);
                }
            }
        }

        return [.. RosterEntries.Unique(places)];
    }

    public PhraseTrie Lists { get; }

    public PhraseTrie? Roster { get; }

    public HashSet<string> CommonWords { get; }

    public HashSet<string> RosterFirstNames { get; }

    /// <summary>School names and class names in skeleton form ("holbrok primary"), for phrase search.</summary>
    public IReadOnlyList<string> SchoolNames { get; }

    public IReadOnlyList<string> ClassNames { get; }

    /// <summary>The school's names of more than one word written as one, as a hashtag writes them ("holbrokprimary").</summary>
    public IReadOnlyList<string> SchoolTags { get; }

    /// <summary>Class names written as one word, as in hashtags ("#OakClass": "oakclas").</summary>
    public IReadOnlyList<string> ClassTags { get; }

    /// <summary>The names of more than one word, written as one ("holbrok primary": "holbrokprimary").</summary>
    private static List<string> Joined(IReadOnlyList<string> names)
    {
        var joined = new List<string>();
        foreach (var n in names)
        {
            if (n.Contains(' ', StringComparison.Ordinal))
            {
                joined.Add(n.Replace(" ", string.Empty, StringComparison.Ordinal));
            }
        }

        return RosterEntries.Unique(joined);
    }

    /// <summary>The school's and classes' names, and each run together: every place a pupil's first name may be named beside.</summary>
    public string[] PlaceNames { get; }

    /// <summary>The school's names, and each run together.</summary>
    public string[] SchoolNamesAndTags { get; }

    /// <summary>The school's names in lower-case ASCII letters and digits only ("holbrookprimary"), for hashtags in the folded text.</summary>
    public IReadOnlyList<string> SchoolHashtags { get; }

    public IReadOnlyList<string> EmailDomains { get; }

    public static int SharedEntryCount => Shared.Value.Trie.EntryCount;

    /// <summary>
    /// Single listed words, spelled out in full, for matching starred-out words ("f**k"): an array, walked with no
    /// enumerator (a foreach over the list's interface cost ~160 ns of a check with a starred word, issue 3's speed).
    /// </summary>
    public (string Word, PhraseEntry Entry)[] StarCandidates => _shared.StarCandidates;

    private readonly SharedLists _shared;

    private static readonly string[] GenericSchoolWords =
    [
        "primary school", "primary academy", "junior school", "infant school", "infants school", "church of england",
        "c of e", "ce", "catholic", "academy", "primary", "school", "juniors", "infants", "junior", "infant",
    ];

    /// <summary>"Holbrook Primary School" is also called "Holbrook" (unless what is left is an ordinary word, like "Park").</summary>
    private IEnumerable<string> ShortNames(string name)
    {
        yield return name;
        var shorter = name.Trim();
        bool changed;
        do
        {
            changed = false;
            foreach (var generic in GenericSchoolWords)
            {
                if (shorter.EndsWith(" " + generic, StringComparison.OrdinalIgnoreCase))
                {
                    shorter = shorter[..^(generic.Length + 1)].TrimEnd();
                    changed = true;
                }
            }
        }
        while (changed);

        if (shorter.Length >= 3 && !shorter.Equals(name.Trim(), StringComparison.OrdinalIgnoreCase) && !IsCommonWord(Plain(shorter)))
        {
            yield return shorter;
        }
    }

    /// <summary>Text in skeleton form, as a key to compare with skeleton tokens.</summary>
    public static string Key(string text)
    {
        var sk = Skeleton.Build(NormalisedText.From(text).Folded);
        return new string(sk.Chars, 0, sk.Length).Replace(Skeleton.SentenceBreak, Skeleton.Space).Trim();
    }

    /// <summary>Whether a plain lower-case word ("been", "baker") is an ordinary word.</summary>
    public bool IsCommonWord(ReadOnlySpan<char> word) => _commonLookup.Contains(word);

    /// <summary>Whether the skeleton token [start, end) is an ordinary word, with its repeated letters put back ("ben" is not "been").</summary>
    public bool IsCommonToken(Skeleton skeleton, int start, int end)
    {
        var length = 0;
        for (var i = start; i < end; i++)
        {
            length += skeleton.Runs[i];
        }

        if (length > 32)
        {
            return false;
        }

        Span<char> word = stackalloc char[length];
        var k = 0;
        for (var i = start; i < end; i++)
        {
            word.Slice(k, skeleton.Runs[i]).Fill(skeleton.Chars[i]);
            k += skeleton.Runs[i];
        }

        return _commonLookup.Contains(word);
    }

    /// <summary>Folded, lower-case form of a word for <see cref="IsCommonWord"/>.</summary>
    public static string Plain(string text) => NormalisedText.From(text.Trim()).Folded.ToLowerInvariant();

    public bool IsRosterFirstName(ReadOnlySpan<char> token) => _rosterFirstLookup.Contains(token);

    /// <summary>Bit (c &amp; 63) set for the first char c of every roster first name.</summary>
    private readonly ulong _rosterFirstChars;

    /// <summary>
    /// Per first char (c &amp; 63), bit (c &amp; 63) set for the second char of every roster first name starting with it
    /// (all bits for a one-char name): a lower-case word is tested as a name only where a roster name starts with
    /// its first two chars. With the first char alone, nearly every word of a school's text was (issue 3's speed).
    /// </summary>
    private readonly ulong[] _rosterFirstPairs = new ulong[64];

    /// <summary>Per first char (low six bits), the second chars (low six bits) a roster first name has: <see cref="MayBeName"/>'s table, read by the list match too.</summary>
    internal ulong[] RosterFirstPairs => _rosterFirstPairs;

    /// <summary>
    /// Before <see cref="IsName"/>: a capitalised token, or one whose first two chars start a roster first name (the
    /// skeleton's buffers reach past its end, so the char after a one-char token can always be read).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool MayBeName(Skeleton skeleton, int start)
    {
        var chars = skeleton.Chars;
        return (skeleton.Flags[start] & Skeleton.TokenFlags.Capital) != 0
            || (start + 1 < chars.Length && (_rosterFirstPairs[chars[start] & 63] & (1UL << (chars[start + 1] & 63))) != 0);
    }

    /// <summary>The "{name}" slot: a roster first name, or a capitalised word that is not an ordinary word.</summary>
    public bool IsName(Skeleton skeleton, int start, int end)
    {
        var token = skeleton.Chars.AsSpan(start, end - start);
        if (RosterFirstNames.Count > 0 && token.Length > 0 && (_rosterFirstChars & (1UL << (token[0] & 63))) != 0 && IsRosterFirstName(token))
        {
            return true;
        }

        if ((skeleton.Flags[start] & Skeleton.TokenFlags.Capital) == 0 || end - start < 2 || IsCommonToken(skeleton, start, end))
        {
            return false;
        }

        foreach (var c in token)
        {
            if (!char.IsAsciiLetterLower(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether this process's shared lists were read from Data/lists.bin (false: compiled from the text, the file being stale).</summary>
    internal static bool SharedListsFromFile => Shared.Value.FromFile;

    internal sealed record SharedLists(PhraseTrie Trie, HashSet<string> CommonWords, (string Word, PhraseEntry Entry)[] StarCandidates, bool FromFile)
    {
        /// <summary>The lists as Data/lists.bin stores them, or compiled from the text where that file is stale (<see cref="CompiledLists"/>).</summary>
        public static SharedLists Load()
        {
            var stored = CompiledLists.TryLoad(typeof(CheckerModel).Assembly);
            return From(stored ?? Compile(), stored is not null);
        }

        public static SharedLists From(CompiledLists.Lists lists, bool fromFile) => new(lists.Trie, LoadCommonWords(), lists.StarCandidates, fromFile);

        /// <summary>The lists compiled from Data/*.txt: parsed, their choices expanded, the trie built.</summary>
        public static CompiledLists.Lists Compile()
        {
            var (entries, groups) = PhraseLists.LoadEmbedded();
            var trie = new PhraseTrie(entries.Concat(Detectors.PhoneInWordsDetector.StartWordEntries()), groups);
            var stars = new List<(string, PhraseEntry)>();
            foreach (var e in entries)
            {
                if (e.Runs is { } runs && e.Category is Categories.Profanity or Categories.ExtremeOffence && !e.Pattern.Contains(' ', StringComparison.Ordinal))
                {
                    var sb = new System.Text.StringBuilder();
                    for (var i = 0; i < e.Pattern.Length; i++)
                    {
                        sb.Append(e.Pattern[i], runs[i]);
                    }

                    stars.Add((sb.ToString(), e));
                }
            }

            return new CompiledLists.Lists(trie, [.. stars]);
        }

        private static HashSet<string> LoadCommonWords()
        {
            var words = new HashSet<string>(StringComparer.Ordinal);
            var text = PhraseLists.ReadResource(typeof(CheckerModel).Assembly, "commonwords.txt");
            foreach (var line in text.Split('\n'))
            {
                if (line.StartsWith('#'))
                {
                    continue;
                }

                foreach (var word in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    words.Add(Plain(word));
                }
            }

            return words;
        }
    }
}
