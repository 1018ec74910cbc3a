using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using Signpost.Checking.Matching;
using Signpost.Checking.Normalisation;

namespace Signpost.Checking;

/// <summary>
/// Everything one check works on: the original text, its folded form and skeleton (with offset maps),
/// the list hits found in one pass, and the findings so far. Built per call; never shared.
/// </summary>
internal sealed class CheckInput
{
    /// <summary>Words whose presence (any case) lets a detector's regex run at all: one vectorised scan finds them all.</summary>
    private static readonly string[] GateWords =
    [
        "dot", "liv", "address", "house", "born", "birth", "dob", "d.o.b", "name", "called",
        "primary", "school", "academy", "junior", "infant", "catholic", " ce", "c of e",
    ];

    /// <summary>The school words <see cref="Detectors.SelfIntroductionDetector"/> wants with their capital ("Primary", " CE").</summary>
    private static readonly string[] CapitalGateWords = ["Primary", "School", "Academy", "Junior", "Infant", "Catholic", " CE", "C of E"];

    private Gate _gates;

    /// <summary>A one-off input (tests, tools); <see cref="ContentChecker"/> reuses one per thread via <see cref="Reset"/>.</summary>
    public CheckInput(string original, CheckContext context, CheckerModel model)
        : this()
    {
        Reset(original, context, model);
    }

    /// <summary>An empty input whose buffers <see cref="Reset"/> fills and reuses.</summary>
    public CheckInput()
    {
        Model = null!;
    }

    [Flags]
    public enum Gate
    {
        None = 0,
        Dot = 1 << 0,
        Liv = 1 << 1,
        Address = 1 << 2,
        House = 1 << 3,
        Born = 1 << 4,
        Birth = 1 << 5,
        Dob = 1 << 6,
        DotDob = 1 << 7,
        Name = 1 << 8,
        Called = 1 << 9,

        /// <summary>Any of "Primary", "School", "Academy", "Junior", "Infant", "Catholic", " CE", "C of E" with that exact case.</summary>
        SchoolWord = 1 << 10,

        /// <summary>The words a street-address cue needs (<see cref="Detectors.StreetAddressDetector"/>).</summary>
        AddressWords = Liv | Address | House,

        /// <summary>The words a date-of-birth cue needs (<see cref="Detectors.DateOfBirthDetector"/>).</summary>
        BirthWords = Born | Birth | Dob | DotDob,

        /// <summary>The words a self-introduction needs (<see cref="Detectors.SelfIntroductionDetector"/>).</summary>
        NameWords = Name | Called,
    }

    /// <summary>Prepares this input for a new check, reusing every buffer.</summary>
    public void Reset(string original, CheckContext context, CheckerModel model)
    {
        Text.Fill(original);
        Prepare(context, model);
    }

    /// <summary><see cref="Reset(string, CheckContext, CheckerModel)"/> for a text given as chars (no string is made of it unless a detector asks).</summary>
    public void Reset(ReadOnlySpan<char> original, CheckContext context, CheckerModel model)
    {
        Text.Fill(original);
        Prepare(context, model);
    }

    private void Prepare(CheckContext context, CheckerModel model)
    {
        Context = context;
        Model = model;
        Skeleton.Fill(Text.FoldedMemory, Text.IsPlainAscii);
        DigitCount = Text.DigitCount;
        ListMatches.Clear();
        RosterMatches.Clear();
        AllowMatches.Clear();
        AllowMaxLength = 0;
        Findings.Clear();
        var folded = Text.FoldedSpan;
        _gates = Text.IsPlainAscii && Avx512F.IsSupported && folded.Length >= 34 ? FindGatesWide(folded) : FindGates(folded);
    }

    public CheckContext Context { get; private set; }

    public CheckerModel Model { get; private set; }

    public NormalisedText Text { get; } = new();

    /// <summary>The folded text as a string (made on first use when the text came as chars: see <see cref="FoldedSpan"/>).</summary>
    public string Folded => Text.Folded;

    /// <summary>The folded text's chars: what a detector's first, cheap tests should read.</summary>
    public ReadOnlySpan<char> FoldedSpan => Text.FoldedSpan;

    public Skeleton Skeleton { get; } = new();

    public int DigitCount { get; private set; }

    /// <summary>Whether the folded text contains <paramref name="gate"/>'s word (case-insensitive, anywhere, as string.Contains would).</summary>
    public bool Has(Gate gate) => (_gates & gate) != 0;

    /// <summary>What this text has of what detectors need (<see cref="Detectors.Detector.Requires"/>).</summary>
    public Detectors.Needs Present()
    {
        var text = FoldedSpan;
        var sk = Skeleton;
        return (DigitCount > 0 ? Detectors.Needs.Digits : 0)
            | (ListMatches.Count > 0 ? Detectors.Needs.ListHits : 0)
            | (RosterMatches.Count > 0 ? Detectors.Needs.RosterHits : 0)
            | (text.Contains('@') ? Detectors.Needs.At : 0)
            | (text.Contains('.') ? Detectors.Needs.Dot : 0)
            | (Has(Gate.Dot) ? Detectors.Needs.DotWord : 0)
            | (Has(Gate.AddressWords) ? Detectors.Needs.AddressWords : 0)
            | (Has(Gate.BirthWords) ? Detectors.Needs.BirthWords : 0)
            | (Has(Gate.NameWords) ? Detectors.Needs.NameWords : 0)
            | (Has(Gate.SchoolWord) ? Detectors.Needs.SchoolWord : 0)
            | (Context == CheckContext.PersonalPost ? Detectors.Needs.PersonalPost : 0)
            | (sk.SingleLetterTokens >= Detectors.DisguisedWordDetector.MinLetters || sk.HasWildcard ? Detectors.Needs.SpelledOrStarred : 0);
    }

    /// <summary>The first ten gate words, the only ones whose case-insensitive presence sets a gate.</summary>
    private static readonly SearchValues<string> LowerGateSearch = SearchValues.Create(GateWords.AsSpan(0, 10), StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> CapitalGateSearch = SearchValues.Create(CapitalGateWords, StringComparison.Ordinal);

    /// <summary>
    /// Which gate words the text contains: each of the first ten in any case, and any school word with its capital.
    /// (The school words in any case set no gate of their own, so they are not searched for: two smaller searches
    /// cost less than one over every word; issue 3's speed.)
    /// </summary>
    /// <summary>The first three chars of each gate word as <c>c0 | c1 &lt;&lt; 8 | c2 &lt;&lt; 16</c>: the ten in lower case, then the capital ones as written.</summary>
    private static readonly uint[] GateKeys =
    [
        .. GateWords.Take(10).Select(w => Key3(w.ToLowerInvariant())),
        .. CapitalGateWords.Select(Key3),
    ];

    private static uint Key3(string word) => word[0] | ((uint)word[1] << 8) | ((uint)word[2] << 16);

    /// <summary>
    /// <see cref="FindGates"/> for plain ASCII text of 34 chars or more, with the same result, 32 positions at a
    /// time: each position's next three chars as one number (in lower case for the ten words that count in any
    /// case), hashed to one of 16 slots and compared with the one gate word's first three chars kept in that slot;
    /// only where one agrees are the words compared. The general string search took about a tenth of a clean check;
    /// comparing each position with all 18 words, 48 ns a comment; a slot look-up, 24 (issue 3's speed).
    /// </summary>
    internal static Gate FindGatesWide(ReadOnlySpan<char> text)
    {
        var span = text;
        var n = span.Length;
        ref var at = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(span));
        var lower = Vector512.Create(0x00202020u);
        var lowerTable = LowerKeyTable;
        var capitalTable = CapitalKeyTable;
        var lowerMultiplier = Vector512.Create(LowerKeyHash);
        var capitalMultiplier = Vector512.Create(CapitalKeyHash);
        var gates = Gate.None;
        for (var i = 0; ; i += Vector512<ushort>.Count)
        {
            // The last block is moved back to end at the text's end (it may look at some positions twice).
            var from = Math.Min(i, n - Vector512<ushort>.Count - 2);
            var (a0, a1) = Vector512.Widen(Vector512.LoadUnsafe(ref at, (nuint)from));
            var (b0, b1) = Vector512.Widen(Vector512.LoadUnsafe(ref at, (nuint)(from + 1)));
            var (c0, c1) = Vector512.Widen(Vector512.LoadUnsafe(ref at, (nuint)(from + 2)));
            var k0 = a0 | Vector512.ShiftLeft(b0, 8) | Vector512.ShiftLeft(c0, 16);
            var k1 = a1 | Vector512.ShiftLeft(b1, 8) | Vector512.ShiftLeft(c1, 16);
            var l0 = k0 | lower;
            var l1 = k1 | lower;

            // Each position's key hashed to one of 16 slots, where the one gate word that can have it waits.
            var hit0 = Vector512.Equals(l0, Slot(lowerTable, Vector512.ShiftRightLogical(l0 * lowerMultiplier, 28)))
                | Vector512.Equals(k0, Slot(capitalTable, Vector512.ShiftRightLogical(k0 * capitalMultiplier, 28)));
            var hit1 = Vector512.Equals(l1, Slot(lowerTable, Vector512.ShiftRightLogical(l1 * lowerMultiplier, 28)))
                | Vector512.Equals(k1, Slot(capitalTable, Vector512.ShiftRightLogical(k1 * capitalMultiplier, 28)));
            if ((hit0 | hit1) != Vector512<uint>.Zero)
            {
                var mask = hit0.ExtractMostSignificantBits() | (hit1.ExtractMostSignificantBits() << Vector512<uint>.Count);
                while (mask != 0)
                {
                    gates |= GatesAt(span[(from + BitOperations.TrailingZeroCount(mask))..]);
                    mask &= mask - 1;
                }
            }

            if (from + Vector512<ushort>.Count + 2 >= n)
            {
                return gates;
            }
        }
    }

    /// <summary>The table's entry at each lane's index (0-15): one permute where the machine has it (the checker uses this search only there; tests run it anywhere).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<uint> Slot(Vector512<uint> table, Vector512<uint> index) =>
        Avx512F.IsSupported ? Avx512F.PermuteVar16x32(table, index) : Vector512.Shuffle(table, index);

    /// <summary>Multipliers whose top four bits of <c>key * multiplier</c> give each gate key a slot of its own (found at start).</summary>
    private static readonly uint LowerKeyHash = FindHash(GateKeys.AsSpan(0, 10));

    private static readonly uint CapitalKeyHash = FindHash(GateKeys.AsSpan(10));

    /// <summary>The 16 slots: each key at its hash, and a value no key of ASCII chars can have elsewhere.</summary>
    private static readonly Vector512<uint> LowerKeyTable = KeyTable(GateKeys.AsSpan(0, 10), LowerKeyHash);

    private static readonly Vector512<uint> CapitalKeyTable = KeyTable(GateKeys.AsSpan(10), CapitalKeyHash);

    private static uint FindHash(ReadOnlySpan<uint> keys)
    {
        Span<bool> used = stackalloc bool[16];
        for (var m = 0x9E3779B1u; ; m += 2)
        {
            used.Clear();
            var ok = true;
            foreach (var key in keys)
            {
                var slot = (key * m) >> 28;
                ok &= !used[(int)slot];
                used[(int)slot] = true;
            }

            if (ok)
            {
                return m;
            }
        }
    }

    private static Vector512<uint> KeyTable(ReadOnlySpan<uint> keys, uint multiplier)
    {
        Span<uint> slots = stackalloc uint[16];
        slots.Fill(uint.MaxValue);
        foreach (var key in keys)
        {
            slots[(int)((key * multiplier) >> 28)] = key;
        }

        return Vector512.Create<uint>(slots);
    }

    /// <summary>The gates whose words start at the beginning of <paramref name="at"/>.</summary>
    private static Gate GatesAt(ReadOnlySpan<char> at)
    {
        var gates = Gate.None;
        for (var w = 0; w < 10; w++)
        {
            if (at.StartsWith(GateWords[w], StringComparison.OrdinalIgnoreCase))
            {
                gates |= (Gate)(1 << w);
            }
        }

        foreach (var word in CapitalGateWords)
        {
            if (at.StartsWith(word, StringComparison.Ordinal))
            {
                gates |= Gate.SchoolWord;
            }
        }

        return gates;
    }

    internal static Gate FindGates(ReadOnlySpan<char> text)
    {
        var gates = Gate.None;
        var span = text;
        var from = 0;
        while (from < span.Length)
        {
            var i = span[from..].IndexOfAny(LowerGateSearch);
            if (i < 0)
            {
                break;
            }

            gates |= GatesAt(span[(from + i)..]);
            from += i + 1;
        }

        if (span.IndexOfAny(CapitalGateSearch) >= 0)
        {
            gates |= Gate.SchoolWord;
        }

        return gates;
    }

    public List<PhraseMatch> ListMatches { get; } = [];

    public List<PhraseMatch> RosterMatches { get; } = [];

    /// <summary>Allow-list hits ("Dick Whittington"), kept apart so each list hit checks only these.</summary>
    public List<PhraseMatch> AllowMatches { get; } = [];

    /// <summary>The longest allow-list hit, in skeleton chars (how far back an overlapping one can start).</summary>
    public int AllowMaxLength { get; set; }

    public List<Finding> Findings { get; } = [];

    /// <summary>Pupils write on pupil sites; their messages are child-friendly.</summary>
    public bool ForPupil => Context is CheckContext.PupilComment or CheckContext.PupilPost;

    public bool IsOfficial => Context != CheckContext.PersonalPost;

    /// <summary>Adds a finding for folded range [start, start+length).</summary>
    public void Add(string category, string clause, Severity severity, int foldedStart, int foldedLength, string messageKey)
    {
        if (!Detectors.ContextRules.Applies(category, messageKey, Context))
        {
            return;
        }

        var (start, length) = Text.ToOriginal(foldedStart, foldedLength);
        Findings.Add(new Finding(category, clause, severity, start, length, Messages.For(messageKey, ForPupil)));
    }

    /// <summary>Adds a finding for skeleton range [start, end).</summary>
    public void AddSkeleton(string category, string clause, Severity severity, int start, int end, string messageKey)
    {
        var (fs, fl) = Skeleton.ToFolded(start, end);
        Add(category, clause, severity, fs, fl, messageKey);
    }

    /// <summary>The token at skeleton [start, end) with runs expanded, e.g. "fuuck" for "fuuuck" when runs say so.</summary>
    public string TokenText(int start, int end) => new(Skeleton.Chars, start, end - start);
}
