using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using Signpost.Checking.Normalisation;
using static Signpost.Checking.CheckInput;

namespace Signpost.Checking;

/// <summary>
/// The gate words (<see cref="Gate"/>): which of them a folded text contains, case-insensitively anywhere as
/// string.Contains would find them. A detector whose regex needs one of them runs only when it is there.
/// </summary>
internal static class GateSearch
{
    /// <summary>Words whose presence (any case) lets a detector's regex run at all: one vectorised scan finds them all.</summary>
    private static readonly string[] GateWords =
    [
        "dot", "liv", "address", "house", "born", "birth", "dob", "d.o.b", "name", "called",
        "primary", "school", "academy", "junior", "infant", "catholic", " ce", "c of e",
    ];

    /// <summary>The school words <see cref="Detectors.SelfIntroductionDetector"/> wants with their capital ("Primary", " CE").</summary>
    private static readonly string[] CapitalGateWords = ["Primary", "School", "Academy", "Junior", "Infant", "Catholic", " CE", "C of E"];

    /// <summary>The first ten gate words, the only ones whose case-insensitive presence sets a gate.</summary>
    private static readonly SearchValues<string> LowerGateSearch = SearchValues.Create(GateWords.AsSpan(0, 10), StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> CapitalGateSearch = SearchValues.Create(CapitalGateWords, StringComparison.Ordinal);

    /// <summary>The first three chars of each gate word as <c>c0 | c1 &lt;&lt; 8 | c2 &lt;&lt; 16</c>: the ten in lower case, then the capital ones as written.</summary>
    private static readonly uint[] GateKeys = BuildGateKeys();

    /// <summary>A loop, not a query: a query over a value type is compiled at start for it (issue 3's engine start).</summary>
    private static uint[] BuildGateKeys()
    {
        var keys = new uint[10 + CapitalGateWords.Length];
        for (var w = 0; w < 10; w++)
        {
            keys[w] = Key3(GateWords[w].ToLowerInvariant());
        }

        for (var w = 0; w < CapitalGateWords.Length; w++)
        {
            keys[10 + w] = Key3(CapitalGateWords[w]);
        }

        return keys;
    }

    private static uint Key3(string word) => word[0] | ((uint)word[1] << 8) | ((uint)word[2] << 16);

    /// <summary>
    /// <see cref="Find"/> for plain ASCII text of 34 chars or more, with the same result, 32 positions at a
    /// time: each position's next three chars as one number (in lower case for the ten words that count in any
    /// case), hashed to one of 16 slots and compared with the one gate word's first three chars kept in that slot;
    /// only where one agrees are the words compared. The general string search took about a tenth of a clean check;
    /// comparing each position with all 18 words, 48 ns a comment; a slot look-up, 24 (issue 3's speed).
    /// </summary>
    internal static Gate FindWide(ReadOnlySpan<char> text)
    {
        var span = text;
        var n = span.Length;
        ref var at = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(span));
        var gates = Gate.None;
        var (lowerTable, capitalTable) = Tables();
        for (var i = 0; ; i += Vector512<ushort>.Count)
        {
            // The last block is moved back to end at the text's end (it may look at some positions twice).
            var from = Math.Min(i, n - Vector512<ushort>.Count - 2);
            var mask = BlockHits(
                Vector512.LoadUnsafe(ref at, (nuint)from), Vector512.LoadUnsafe(ref at, (nuint)(from + 1)), Vector512.LoadUnsafe(ref at, (nuint)(from + 2)), lowerTable, capitalTable);
            while (mask != 0)
            {
                gates |= GatesAt(span[(from + BitOperations.TrailingZeroCount(mask))..]);
                mask &= mask - 1;
            }

            if (from + Vector512<ushort>.Count + 2 >= n)
            {
                return gates;
            }
        }
    }

    /// <summary>
    /// <see cref="FindWide"/> at any length, on the block skeleton build's padded copy of the text (a space before it,
    /// spaces after it, which take the place of the moved-back last block).
    /// </summary>
    internal static Gate FindPadded(ushort[] padded, ReadOnlySpan<char> folded)
    {
        if (!Avx512F.IsSupported)
        {
            return Find(folded);
        }

        ref var text = ref MemoryMarshal.GetArrayDataReference(padded);
        var n = folded.Length;
        var gates = Gate.None;
        var (lowerTable, capitalTable) = Tables();
        for (var b = 0; b < n; b += Vector512<ushort>.Count)
        {
            var valid = n - b >= Vector512<ushort>.Count ? uint.MaxValue : (1u << (n - b)) - 1;
            var hits = BlockHits(
                Vector512.LoadUnsafe(ref text, (nuint)(b + 1)), Vector512.LoadUnsafe(ref text, (nuint)(b + 2)), Vector512.LoadUnsafe(ref text, (nuint)(b + 3)), lowerTable, capitalTable);
            for (hits &= valid; hits != 0; hits &= hits - 1)
            {
                gates |= GatesAt(folded[(b + BitOperations.TrailingZeroCount(hits))..]);
            }
        }

        return gates;
    }

    /// <summary>
    /// <see cref="FindPadded"/> on the AVX2 block build's copy of the text as bytes (two spaces before it, 64 after it), 32
    /// positions at a time, for machines without AVX-512: each position's three bytes (in lower case for the ten words
    /// that count in any case) pick one of 16 slots by table look-ups of their low four bits (<see cref="NibbleHash"/>),
    /// and are compared with the three bytes of the one gate word kept in that slot; only where all three agree are the
    /// words compared. About 40 vector instructions per 32 positions.
    /// </summary>
    internal static Gate FindPaddedBytes(byte[] padded, ReadOnlySpan<char> folded)
    {
        if (!Avx2.IsSupported)
        {
            return Find(folded);
        }

        ref var text = ref MemoryMarshal.GetArrayDataReference(padded);
        ref var tables = ref MemoryMarshal.GetArrayDataReference(NibbleTables);
        var lowerHash0 = Vector256.LoadUnsafe(ref tables, 0 * 32);
        var lowerHash1 = Vector256.LoadUnsafe(ref tables, 1 * 32);
        var lowerHash2 = Vector256.LoadUnsafe(ref tables, 2 * 32);
        var lowerKey0 = Vector256.LoadUnsafe(ref tables, 3 * 32);
        var lowerKey1 = Vector256.LoadUnsafe(ref tables, 4 * 32);
        var lowerKey2 = Vector256.LoadUnsafe(ref tables, 5 * 32);
        var capitalHash0 = Vector256.LoadUnsafe(ref tables, 6 * 32);
        var capitalHash1 = Vector256.LoadUnsafe(ref tables, 7 * 32);
        var capitalHash2 = Vector256.LoadUnsafe(ref tables, 8 * 32);
        var capitalKey0 = Vector256.LoadUnsafe(ref tables, 9 * 32);
        var capitalKey1 = Vector256.LoadUnsafe(ref tables, 10 * 32);
        var capitalKey2 = Vector256.LoadUnsafe(ref tables, 11 * 32);
        var nibble = Vector256.Create((byte)0x0F);
        var lowerCase = Vector256.Create((byte)0x20);
        var n = folded.Length;
        var gates = Gate.None;
        for (var b = 0; b < n; b += Vector256<byte>.Count)
        {
            var x0 = Vector256.LoadUnsafe(ref text, (nuint)(b + Skeleton.BytePad));
            var x1 = Vector256.LoadUnsafe(ref text, (nuint)(b + Skeleton.BytePad + 1));
            var x2 = Vector256.LoadUnsafe(ref text, (nuint)(b + Skeleton.BytePad + 2));
            var n0 = x0 & nibble;
            var n1 = x1 & nibble;
            var n2 = x2 & nibble;
            var lowerSlot = Avx2.Shuffle(lowerHash0, n0) ^ Avx2.Shuffle(lowerHash1, n1) ^ Avx2.Shuffle(lowerHash2, n2);
            var lowerHit = Vector256.Equals(Avx2.Shuffle(lowerKey0, lowerSlot), x0 | lowerCase)
                & Vector256.Equals(Avx2.Shuffle(lowerKey1, lowerSlot), x1 | lowerCase)
                & Vector256.Equals(Avx2.Shuffle(lowerKey2, lowerSlot), x2 | lowerCase);
            var capitalSlot = Avx2.Shuffle(capitalHash0, n0) ^ Avx2.Shuffle(capitalHash1, n1) ^ Avx2.Shuffle(capitalHash2, n2);
            var capitalHit = Vector256.Equals(Avx2.Shuffle(capitalKey0, capitalSlot), x0)
                & Vector256.Equals(Avx2.Shuffle(capitalKey1, capitalSlot), x1)
                & Vector256.Equals(Avx2.Shuffle(capitalKey2, capitalSlot), x2);
            var valid = n - b >= Vector256<byte>.Count ? uint.MaxValue : (1u << (n - b)) - 1;
            for (var hits = (lowerHit | capitalHit).ExtractMostSignificantBits() & valid; hits != 0; hits &= hits - 1)
            {
                gates |= GatesAt(folded[(b + BitOperations.TrailingZeroCount(hits))..]);
            }
        }

        return gates;
    }

    /// <summary>
    /// For <see cref="FindPaddedBytes"/>, twelve 32-byte tables (each 16 entries, repeated for both lanes of a vector, as
    /// the byte shuffle looks up within a lane): for the ten any-case words, then for the capital ones, three tables
    /// that give each of a position's bytes' low four bits a value whose exclusive or is the slot (found at start so
    /// that every word has a slot of its own), then the first, second and third bytes of the word in each slot (0xFF,
    /// which no ASCII byte is, in the empty slots).
    /// </summary>
    private static readonly byte[] NibbleTables = BuildNibbleTables();

    // Runs once per process: compiled quickly rather than well (signpost check compiles everything fully optimised; issue 3's engine start).
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoOptimization)]
    private static byte[] BuildNibbleTables()
    {
        var tables = new byte[12 * 32];
        NibbleHash(GateKeys.AsSpan(0, 10), tables.AsSpan(0, 6 * 32), seed: 1);
        NibbleHash(GateKeys.AsSpan(10), tables.AsSpan(6 * 32, 6 * 32), seed: 2);
        return tables;
    }

    /// <summary>Fills three hash tables and three key tables (see <see cref="NibbleTables"/>) for <paramref name="keys"/>.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoOptimization)]
    private static void NibbleHash(ReadOnlySpan<uint> keys, Span<byte> tables, int seed)
    {
        var random = new Random(seed);
        Span<byte> hash = stackalloc byte[48];
        Span<bool> used = stackalloc bool[16];
        while (true)
        {
            for (var i = 0; i < hash.Length; i++)
            {
                hash[i] = (byte)random.Next(16);
            }

            used.Clear();
            var ok = true;
            foreach (var key in keys)
            {
                var slot = hash[(int)(key & 0xF)] ^ hash[16 + (int)((key >> 8) & 0xF)] ^ hash[32 + (int)((key >> 16) & 0xF)];
                ok &= !used[slot];
                used[slot] = true;
            }

            if (ok)
            {
                break;
            }
        }

        tables[(3 * 32)..].Fill(0xFF);
        for (var t = 0; t < 3; t++)
        {
            for (var i = 0; i < 16; i++)
            {
                tables[(t * 32) + i] = tables[(t * 32) + 16 + i] = hash[(t * 16) + i];
            }
        }

        foreach (var key in keys)
        {
            var slot = hash[(int)(key & 0xF)] ^ hash[16 + (int)((key >> 8) & 0xF)] ^ hash[32 + (int)((key >> 16) & 0xF)];
            for (var c = 0; c < 3; c++)
            {
                tables[((3 + c) * 32) + slot] = tables[((3 + c) * 32) + 16 + slot] = (byte)(key >> (8 * c));
            }
        }
    }

    /// <summary>
    /// Of 32 positions, given the chars at each (<paramref name="c0"/>), the one after (<paramref name="c1"/>) and the
    /// one after that (<paramref name="c2"/>), a bit for each position where a gate word's first three chars stand
    /// (in any case for the ten that count in any case): each position's key is hashed to one of 16 slots, where the
    /// one gate word that can have it waits. Only there are the words compared (<see cref="GatesAt"/>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static uint BlockHits(Vector512<ushort> c0, Vector512<ushort> c1, Vector512<ushort> c2, Vector512<uint> lowerTable, Vector512<uint> capitalTable)
    {
        var (a0, a1) = Vector512.Widen(c0);
        var (b0, b1) = Vector512.Widen(c1);
        var (d0, d1) = Vector512.Widen(c2);
        var k0 = a0 | Vector512.ShiftLeft(b0, 8) | Vector512.ShiftLeft(d0, 16);
        var k1 = a1 | Vector512.ShiftLeft(b1, 8) | Vector512.ShiftLeft(d1, 16);
        var lower = Vector512.Create(0x00202020u);
        var l0 = k0 | lower;
        var l1 = k1 | lower;
        var lowerMultiplier = Vector512.Create(LowerKeyHash);
        var capitalMultiplier = Vector512.Create(CapitalKeyHash);
        var hit0 = Vector512.Equals(l0, Slot(lowerTable, Vector512.ShiftRightLogical(l0 * lowerMultiplier, 28)))
            | Vector512.Equals(k0, Slot(capitalTable, Vector512.ShiftRightLogical(k0 * capitalMultiplier, 28)));
        var hit1 = Vector512.Equals(l1, Slot(lowerTable, Vector512.ShiftRightLogical(l1 * lowerMultiplier, 28)))
            | Vector512.Equals(k1, Slot(capitalTable, Vector512.ShiftRightLogical(k1 * capitalMultiplier, 28)));
        return (uint)hit0.ExtractMostSignificantBits() | ((uint)hit1.ExtractMostSignificantBits() << Vector512<uint>.Count);
    }

    /// <summary>
    /// The two key tables, read from arrays into registers once per search: kept as static vectors and read inside the
    /// loop, the same search ran 16, 40 or 57 ns a comment from one process to the next (where the constants landed).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static (Vector512<uint> Lower, Vector512<uint> Capital) Tables() =>
        (Vector512.LoadUnsafe(ref MemoryMarshal.GetArrayDataReference(KeyTables)), Vector512.LoadUnsafe(ref MemoryMarshal.GetArrayDataReference(KeyTables), (nuint)Vector512<uint>.Count));

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

    /// <summary>Both tables, one after the other, in an array (see <see cref="Tables"/>).</summary>
    private static readonly uint[] KeyTables = BothTables();

    private static uint[] BothTables()
    {
        var tables = new uint[2 * Vector512<uint>.Count];
        LowerKeyTable.CopyTo(tables);
        CapitalKeyTable.CopyTo(tables, Vector512<uint>.Count);
        return tables;
    }

    // Runs once per process: compiled quickly rather than well (signpost check compiles everything fully optimised; issue 3's engine start).
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoOptimization)]
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
    internal static Gate GatesAt(ReadOnlySpan<char> at)
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

    /// <summary>
    /// Which gate words the text contains: each of the first ten in any case, and any school word with its capital.
    /// (The school words in any case set no gate of their own, so they are not searched for: two smaller searches
    /// cost less than one over every word; issue 3's speed.)
    /// </summary>
    internal static Gate Find(ReadOnlySpan<char> text)
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
}
