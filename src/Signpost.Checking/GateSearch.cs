using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
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
    private static readonly uint[] GateKeys =
    [
        .. GateWords.Take(10).Select(w => Key3(w.ToLowerInvariant())),
        .. CapitalGateWords.Select(Key3),
    ];

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
            return Avx2.IsSupported ? FindPadded16(padded, folded) : Find(folded);
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
    /// <see cref="FindPadded"/> 16 positions at a time, for machines with AVX2 but not AVX-512 (where 512-bit vectors
    /// would be emulated): the same hashing, the 16-slot tables read as two halves of eight.
    /// </summary>
    internal static Gate FindPadded16(ushort[] padded, ReadOnlySpan<char> folded)
    {
        ref var text = ref MemoryMarshal.GetArrayDataReference(padded);
        ref var tables = ref MemoryMarshal.GetArrayDataReference(KeyTables);
        var lowerLow = Vector256.LoadUnsafe(ref tables);
        var lowerHigh = Vector256.LoadUnsafe(ref tables, 8);
        var capitalLow = Vector256.LoadUnsafe(ref tables, 16);
        var capitalHigh = Vector256.LoadUnsafe(ref tables, 24);
        var n = folded.Length;
        var gates = Gate.None;
        for (var b = 0; b < n; b += Vector256<ushort>.Count)
        {
            var valid = n - b >= Vector256<ushort>.Count ? 0xFFFFu : (1u << (n - b)) - 1;
            var hits = BlockHits16(
                Vector256.LoadUnsafe(ref text, (nuint)(b + 1)), Vector256.LoadUnsafe(ref text, (nuint)(b + 2)), Vector256.LoadUnsafe(ref text, (nuint)(b + 3)),
                lowerLow, lowerHigh, capitalLow, capitalHigh);
            for (hits &= valid; hits != 0; hits &= hits - 1)
            {
                gates |= GatesAt(folded[(b + BitOperations.TrailingZeroCount(hits))..]);
            }
        }

        return gates;
    }

    /// <summary><see cref="BlockHits"/> for 16 positions with AVX2.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint BlockHits16(
        Vector256<ushort> c0, Vector256<ushort> c1, Vector256<ushort> c2,
        Vector256<uint> lowerLow, Vector256<uint> lowerHigh, Vector256<uint> capitalLow, Vector256<uint> capitalHigh)
    {
        var (a0, a1) = Vector256.Widen(c0);
        var (b0, b1) = Vector256.Widen(c1);
        var (d0, d1) = Vector256.Widen(c2);
        var k0 = a0 | Vector256.ShiftLeft(b0, 8) | Vector256.ShiftLeft(d0, 16);
        var k1 = a1 | Vector256.ShiftLeft(b1, 8) | Vector256.ShiftLeft(d1, 16);
        var lower = Vector256.Create(0x00202020u);
        var l0 = k0 | lower;
        var l1 = k1 | lower;
        var lowerMultiplier = Vector256.Create(LowerKeyHash);
        var capitalMultiplier = Vector256.Create(CapitalKeyHash);
        var hit0 = Vector256.Equals(l0, Slot16(lowerLow, lowerHigh, l0 * lowerMultiplier))
            | Vector256.Equals(k0, Slot16(capitalLow, capitalHigh, k0 * capitalMultiplier));
        var hit1 = Vector256.Equals(l1, Slot16(lowerLow, lowerHigh, l1 * lowerMultiplier))
            | Vector256.Equals(k1, Slot16(capitalLow, capitalHigh, k1 * capitalMultiplier));
        return hit0.ExtractMostSignificantBits() | (hit1.ExtractMostSignificantBits() << Vector256<uint>.Count);
    }

    /// <summary>
    /// The entry of a 16-slot table (as two halves of eight) at each lane's slot, the top four bits of
    /// <paramref name="hash"/>: both halves permuted by its low three bits, then one picked by the fourth (the sign
    /// bit once shifted up).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<uint> Slot16(Vector256<uint> low, Vector256<uint> high, Vector256<uint> hash)
    {
        var index = Vector256.ShiftRightLogical(hash, 28);
        return Avx.BlendVariable(
            Avx2.PermuteVar8x32(low, index).AsSingle(),
            Avx2.PermuteVar8x32(high, index).AsSingle(),
            Vector256.ShiftLeft(index, 28).AsSingle()).AsUInt32();
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
