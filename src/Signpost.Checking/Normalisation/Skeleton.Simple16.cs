using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Signpost.Checking.Normalisation;

internal sealed partial class Skeleton
{
    /// <summary>
    /// Build plain texts 16 chars at a time (<see cref="BuildSimple16"/>) even where AVX-512 would take 32: set by tests,
    /// so that both builds are compared with the general one on any machine that has AVX2.
    /// </summary>
    internal bool NarrowBlocks { get; init; }

    /// <summary>Whether this machine builds plain texts in blocks at all (<see cref="BuildSimple"/>): AVX2 or better.</summary>
    internal static bool BlockBuildSupported => Avx2.IsSupported;

    /// <summary>
    /// <see cref="BuildSimple"/> for machines with AVX2 but not AVX-512 VBMI2 (its compress instruction): the same
    /// steps on 16 chars at a time, with the same result. The kept chars are packed 8 at a time by a byte shuffle
    /// whose pattern is looked up by the 8 lanes' keep bits (<see cref="PackPatterns"/>); token starts, a few a block,
    /// are written one by one. On a 2 GHz AVX2 machine the char-by-char build was a quarter of a clean check
    /// (issue 3's speed).
    /// </summary>
    private bool BuildSimple16(ReadOnlySpan<char> folded)
    {
        var n = folded.Length;
        var chars = Chars;
        var runs = Runs;
        var flags = Flags;
        if (n + VectorSlack > chars.Length || n + VectorSlack > runs.Length || n + VectorSlack > flags.Length)
        {
            throw new InvalidOperationException("Skeleton buffers smaller than the text.");
        }

        ref var text = ref Pad(folded);
        ref var patterns = ref MemoryMarshal.GetArrayDataReference(PackPatterns);
        var charBytes = MemoryMarshal.AsBytes(chars.AsSpan());
        var k = 0;
        var tokens = 0;
        var singles = 0;
        var digits = false;
        var atSign = false;
        var wordDot = false;
        ulong sentenceCarry = 1;
        for (var b = 0; b < n; b += Vector256<ushort>.Count)
        {
            var cur = Vector256.LoadUnsafe(ref text, (nuint)(b + 1));
            var prev = Vector256.LoadUnsafe(ref text, (nuint)b);
            var next = Vector256.LoadUnsafe(ref text, (nuint)(b + 2));

            // This block's chars go to [k, k + 16) at most: their runs start at 1 and their flags at 0 (the buffers
            // have 32 to spare), as Build sets them for the whole text; token starts' flags are written below.
            Vector128.Create((byte)1).CopyTo(runs.AsSpan(k));
            Vector128<byte>.Zero.CopyTo(flags.AsSpan(k));
            var curLetter = IsLetter(cur);
            var curDigit = IsDigit(cur);
            var prevLetter = IsLetter(prev);
            var nextLetter = IsLetter(next);
            var curWord = curLetter | curDigit;
            var prevWord = prevLetter | IsDigit(prev);
            var nextWord = nextLetter | IsDigit(next);
            var valid = n - b >= Vector256<ushort>.Count ? 0xFFFFu : (1u << (n - b)) - 1;

            // What only the general build reads right (as in BuildSimple).
            var refused = (curDigit & (prevLetter | nextLetter))
                | ((Is(cur, '\'') | Is(cur, '!') | Is(cur, '|')) & prevWord & nextWord)
                | ((Is(cur, '@') | Is(cur, '$')) & (prevWord | nextWord))
                | Is(cur, '*') | Is(cur, '#');
            if ((Bits(refused) & valid) != 0)
            {
                return false;
            }

            var lower = cur | Vector256.Create((ushort)0x20);
            var repeat = curWord & prevWord & Vector256.Equals(lower, prev | Vector256.Create((ushort)0x20));
            var keep = (curWord & ~repeat) | (~curWord & prevWord);
            var keepBits = Bits(keep) & valid;
            var values = Vector256.ConditionalSelect(curWord, lower, Vector256.Create((ushort)Space)).AsByte();

            // The kept chars of each half, packed to its front by one shuffle, stored where the kept chars go: the
            // lanes past them are overwritten by the next store or lie past the skeleton's end.
            var low = keepBits & 0xFF;
            var lowCount = BitOperations.PopCount(low);
            Ssse3.Shuffle(values.GetLower(), Vector128.LoadUnsafe(ref patterns, (nuint)(low * 16))).CopyTo(charBytes[(2 * k)..]);
            Ssse3.Shuffle(values.GetUpper(), Vector128.LoadUnsafe(ref patterns, (nuint)((keepBits >> 8) * 16))).CopyTo(charBytes[(2 * (k + lowCount))..]);

            for (var repeats = Bits(repeat) & valid; repeats != 0; repeats &= repeats - 1)
            {
                var at = k + BitOperations.PopCount(keepBits & ((1u << BitOperations.TrailingZeroCount(repeats)) - 1)) - 1;
                if (runs[at] == byte.MaxValue)
                {
                    return false;
                }

                runs[at]++;
            }

            // Token starts and the sentences they begin (the carry as in BuildSimple, over 16 lanes): each start's
            // place in the skeleton (its rank among the kept chars), in the text, and its flags.
            var startBits = Bits(curWord & ~prevWord) & valid;
            var endBits = Bits(Is(cur, '!') | Is(cur, '?') | Is(cur, '\n') | Is(cur, ';') | (Is(cur, '.') & ~nextWord)) & valid;
            var gaps = (ulong)(~(startBits | endBits) & 0xFFFF);
            var carried = gaps + (((ulong)endBits << 1) | sentenceCarry);
            var sentenceBits = (uint)(carried & ~gaps) & startBits;
            sentenceCarry = (carried >> 16) & 1;
            if (startBits != 0)
            {
                var capitals = Bits(Vector256.LessThanOrEqual(cur - Vector256.Create((ushort)'A'), Vector256.Create((ushort)('Z' - 'A'))));
                if (tokens + Vector256<ushort>.Count > Math.Min(_tokenStarts.Length, _tokenFolded.Length))
                {
                    var size = Math.Max(tokens + Vector256<ushort>.Count, _tokenStarts.Length * 2);
                    Array.Resize(ref _tokenStarts, size);
                    Array.Resize(ref _tokenFolded, size);
                }

                var starts = _tokenStarts;
                var folds = _tokenFolded;
                for (var s = startBits; s != 0; s &= s - 1)
                {
                    var lane = BitOperations.TrailingZeroCount(s);
                    var at = k + BitOperations.PopCount(keepBits & ((1u << lane) - 1));
                    starts[tokens] = at;
                    folds[tokens] = b + lane;
                    tokens++;
                    flags[at] = (byte)(TokenFlags.Start
                        | (((capitals >> lane) & 1) != 0 ? TokenFlags.Capital : 0)
                        | (((sentenceBits >> lane) & 1) != 0 ? TokenFlags.SentenceInitial : 0));
                }
            }

            for (var ends = endBits; ends != 0; ends &= ends - 1)
            {
                var at = k + BitOperations.PopCount(keepBits & (uint)((2UL << BitOperations.TrailingZeroCount(ends)) - 1)) - 1;
                if (at >= 0)
                {
                    chars[at] = SentenceBreak;
                }
            }

            singles += BitOperations.PopCount(startBits & ~Bits(nextWord));
            digits |= (Bits(curDigit) & valid) != 0;
            atSign |= (Bits(Is(cur, '@')) & valid) != 0;
            wordDot |= (Bits(Is(cur, '.') & prevWord & nextWord) & valid) != 0;
            k += BitOperations.PopCount(keepBits);
        }

        Length = k;
        TokenCount = tokens;
        HasDigits = digits;
        HasAtSign = atSign;
        HasWordDot = wordDot;
        SingleLetterTokens = singles;
        HasWildcard = false;
        _wildFrom = _wildTo = -1;
        BuiltSimple = true;
        return true;
    }

    /// <summary>
    /// Per 8-bit mask, 16 shuffle indexes that pack the masked 16-bit lanes of a vector to its front (both bytes of each,
    /// in order) and fill the rest with zeros (index 0x80): 256 patterns, 4 KB.
    /// </summary>
    private static readonly byte[] PackPatterns = BuildPackPatterns();

    private static byte[] BuildPackPatterns()
    {
        var patterns = new byte[256 * 16];
        for (var mask = 0; mask < 256; mask++)
        {
            var o = 0;
            for (var lane = 0; lane < 8; lane++)
            {
                if ((mask & (1 << lane)) != 0)
                {
                    patterns[(mask * 16) + o++] = (byte)(2 * lane);
                    patterns[(mask * 16) + o++] = (byte)((2 * lane) + 1);
                }
            }

            for (; o < 16; o++)
            {
                patterns[(mask * 16) + o] = 0x80;
            }
        }

        return patterns;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<ushort> IsLetter(Vector256<ushort> v) =>
        Vector256.LessThanOrEqual((v | Vector256.Create((ushort)0x20)) - Vector256.Create((ushort)'a'), Vector256.Create((ushort)('z' - 'a')));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<ushort> IsDigit(Vector256<ushort> v) =>
        Vector256.LessThanOrEqual(v - Vector256.Create((ushort)'0'), Vector256.Create((ushort)9));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<ushort> Is(Vector256<ushort> v, char c) => Vector256.Equals(v, Vector256.Create((ushort)c));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Bits(Vector256<ushort> mask) => mask.ExtractMostSignificantBits();
}
