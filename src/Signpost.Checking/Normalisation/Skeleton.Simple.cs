using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Signpost.Checking.Normalisation;

internal sealed partial class Skeleton
{
    /// <summary>Room for <see cref="BuildSimple"/>'s copy of the text: a space, the text, then 64 spaces.</summary>
    private ushort[] _padded = new ushort[128];

    /// <summary>Whether the last <see cref="Fill(ReadOnlyMemory{char}, bool)"/> was done by <see cref="BuildSimple"/> (then <see cref="_tokenFolded"/> holds the map back).</summary>
    internal bool BuiltSimple { get; private set; }

    /// <summary>
    /// After <see cref="BuildSimple"/>: the gate words in the text (see <see cref="GateSearch"/>), found in its padded
    /// copy, so a text shorter than <see cref="GateSearch.FindWide"/> takes is searched 32 positions at a time too.
    /// (Inside the build's own loop, the same search cost twice what it costs on its own.)
    /// </summary>
    internal CheckInput.Gate Gates() =>
        _builtBytes ? GateSearch.FindPaddedBytes(_paddedBytes, _folded.Span) : GateSearch.FindPadded(_padded, _folded.Span);

    /// <summary>After <see cref="BuildSimple"/>: whether the text has an "@" (found in the same pass; CheckInput.Present).</summary>
    internal bool HasAtSign { get; private set; }

    /// <summary>After a simple build: whether the text has a "(" (found in the same pass; the echo "(((they)))" needs three).</summary>
    internal bool HasParen { get; private set; }

    /// <summary>
    /// After <see cref="BuildSimple"/>: whether the text has a "." with an ASCII letter or digit on both sides ("site.com"),
    /// the only dot a link can have (UrlDetector.MayHaveLink asks the same; CheckInput.Present).
    /// </summary>
    internal bool HasWordDot { get; private set; }

    /// <summary>After <see cref="BuildSimple"/>: the folded position of each token start (see <see cref="FoldedAt"/>).</summary>
    private int[] _tokenFolded = new int[16];

    /// <summary>
    /// <see cref="Build{TMap}"/> without the offset maps, 32 chars at a time, with exactly the same result, for the
    /// usual text: plain ASCII whose words are all letters or all digits. Each block's chars are sorted into word
    /// chars and the rest with a few vector compares; the chars to keep (a word char that does not repeat the one
    /// before, and the first char of each gap after a word) are packed together with one compress instruction and
    /// stored at once, and so are the token starts' flags, places and text positions; only sentence ends and
    /// repeated letters, a few a comment, are visited one by one (issue 3's speed: the char-by-char build was about
    /// a quarter of a clean check).
    /// Returns false for a text it does not take, which <see cref="Build{TMap}"/> then builds from scratch: a word
    /// mixing letters and digits ("h3llo", "year4": leetspeak), an apostrophe, "!" or "|" inside a word, "@" or "$"
    /// beside one, any "*" or "#", a letter repeated 256 times or more, or a machine without AVX-512 VBMI2. Without it
    /// (or with <see cref="NarrowBlocks"/>) <see cref="Fill(ReadOnlyMemory{char}, bool)"/> takes the same build on the text as
    /// bytes instead (<see cref="BuildSimpleBytes"/>, AVX2).
    /// </summary>
    private bool BuildSimple(ReadOnlySpan<char> folded)
    {
        BuiltSimple = false;
        if (!Avx512Vbmi2.IsSupported)
        {
            return false;
        }

        var n = folded.Length;
        var chars = Chars;
        var runs = Runs;
        var flags = Flags;
        if (n + VectorSlack > chars.Length || n > runs.Length || n > flags.Length)
        {
            throw new InvalidOperationException("Skeleton buffers smaller than the text.");
        }

        ref var text = ref Pad(folded);

        // Every store below is a checked copy (a vector into a span): a buffer too short throws rather than writes past it.
        var k = 0;
        var tokens = 0;
        var singles = 0;
        var digits = false;
        var atSign = false;
        var paren = false;
        var wordDot = false;
        ulong sentenceCarry = 1;
        for (var b = 0; b < n; b += Vector512<ushort>.Count)
        {
            var cur = Vector512.LoadUnsafe(ref text, (nuint)(b + 1));
            var prev = Vector512.LoadUnsafe(ref text, (nuint)b);
            var next = Vector512.LoadUnsafe(ref text, (nuint)(b + 2));

            // This block's chars go to [k, k + 32) at most: their runs start at 1 (the buffers have 32 to spare), as
            // Build sets them for the whole text; their flags are written below, 0 but at token starts.
            Vector256.Create((byte)1).CopyTo(runs.AsSpan(k));
            var curLetter = IsLetter(cur);
            var curDigit = IsDigit(cur);
            var prevLetter = IsLetter(prev);
            var nextLetter = IsLetter(next);
            var curWord = curLetter | curDigit;
            var prevWord = prevLetter | IsDigit(prev);
            var nextWord = nextLetter | IsDigit(next);
            var valid = n - b >= Vector512<ushort>.Count ? uint.MaxValue : (1u << (n - b)) - 1;

            // What only the general build reads right: a digit beside a letter, and the chars that belong to a word
            // depending on their neighbours (Skeleton.Chars.cs, IsTokenChar).
            var refused = (curDigit & (prevLetter | nextLetter))
                | ((Is(cur, '\'') | Is(cur, '!') | Is(cur, '|')) & prevWord & nextWord)
                | ((Is(cur, '@') | Is(cur, '$')) & (prevWord | nextWord))
                | Is(cur, '*') | Is(cur, '#');
            if ((Bits(refused) & valid) != 0)
            {
                return false;
            }

            // A word char equal to the one before it (in lower case) adds to that char's run; a gap after a word is
            // one space (a sentence break when the gap ends a sentence, below).
            var lower = cur | Vector512.Create((ushort)0x20);
            var repeat = curWord & prevWord & Vector512.Equals(lower, prev | Vector512.Create((ushort)0x20));
            var keep = (curWord & ~repeat) | (~curWord & prevWord);
            var keepBits = Bits(keep) & valid;
            var values = Vector512.ConditionalSelect(curWord, lower, Vector512.Create((ushort)Space));
            Avx512Vbmi2.Compress(Vector512<ushort>.Zero, keep, values).CopyTo(MemoryMarshal.Cast<char, ushort>(chars.AsSpan(k)));

            for (var repeats = Bits(repeat) & valid; repeats != 0; repeats &= repeats - 1)
            {
                var at = k + BitOperations.PopCount(keepBits & ((1u << BitOperations.TrailingZeroCount(repeats)) - 1)) - 1;
                if (runs[at] == byte.MaxValue)
                {
                    return false;
                }

                runs[at]++;
            }

            // Token starts: each one's flags go where its char went (the same compress), and its place in the skeleton
            // (its rank among the kept chars, spread to the kept lanes and packed from the start lanes) and in the
            // text go to the lists, 32 lanes at a time. A token starts a sentence when a sentence end comes after the
            // token before it: an end's bit is carried up through the lanes that are neither (an addition) and lands
            // on the next token start, or leaves the block and waits for the next one.
            var validLanes = n - b >= Vector512<ushort>.Count ? Vector512<ushort>.AllBitsSet : Vector512.LessThan(Vector512<ushort>.Indices, Vector512.Create((ushort)(n - b)));
            var start = curWord & ~prevWord & validLanes;
            var startBits = Bits(start);
            var endBits = Bits(Is(cur, '!') | Is(cur, '?') | Is(cur, '\n') | Is(cur, ';') | (Is(cur, '.') & ~nextWord)) & valid;
            var gaps = (ulong)~(startBits | endBits);
            var carried = gaps + (((ulong)endBits << 1) | sentenceCarry);
            var sentenceBits = (uint)(carried & ~gaps) & startBits;
            sentenceCarry = (carried >> 32) & 1;
            var sentence = Vector512.Equals(Vector512.Create(Vector256.Create((ushort)sentenceBits), Vector256.Create((ushort)(sentenceBits >> 16))) & LaneBits, LaneBits);
            var tokenFlags = (start & Vector512.Create((ushort)TokenFlags.Start))
                | (start & Vector512.LessThanOrEqual(cur - Vector512.Create((ushort)'A'), Vector512.Create((ushort)('Z' - 'A'))) & Vector512.Create((ushort)TokenFlags.Capital))
                | (sentence & Vector512.Create((ushort)TokenFlags.SentenceInitial));
            Avx512BW.ConvertToVector256Byte(Avx512Vbmi2.Compress(Vector512<ushort>.Zero, keep, tokenFlags)).CopyTo(flags.AsSpan(k));
            if (startBits != 0)
            {
                // Both lists take 32 entries from here (the general build grows the first one alone).
                if (tokens + Vector512<ushort>.Count > Math.Min(_tokenStarts.Length, _tokenFolded.Length))
                {
                    var size = Math.Max(tokens + Vector512<ushort>.Count, _tokenStarts.Length * 2);
                    Array.Resize(ref _tokenStarts, size);
                    Array.Resize(ref _tokenFolded, size);
                }

                var ranks = Avx512Vbmi2.Compress(Vector512<ushort>.Zero, start, Avx512Vbmi2.Expand(Vector512<ushort>.Zero, keep, Vector512<ushort>.Indices));
                var lanes = Avx512Vbmi2.Compress(Vector512<ushort>.Zero, start, Vector512<ushort>.Indices);
                var (ranksLow, ranksHigh) = Vector512.Widen(ranks);
                var (lanesLow, lanesHigh) = Vector512.Widen(lanes);
                var skeletonBase = Vector512.Create((uint)k);
                var textBase = Vector512.Create((uint)b);
                (ranksLow + skeletonBase).AsInt32().CopyTo(_tokenStarts.AsSpan(tokens));
                (ranksHigh + skeletonBase).AsInt32().CopyTo(_tokenStarts.AsSpan(tokens + Vector512<uint>.Count));
                (lanesLow + textBase).AsInt32().CopyTo(_tokenFolded.AsSpan(tokens));
                (lanesHigh + textBase).AsInt32().CopyTo(_tokenFolded.AsSpan(tokens + Vector512<uint>.Count));
                tokens += BitOperations.PopCount(startBits);
            }

            // A sentence end makes its gap's space a sentence break: the last char kept at or before it (none while
            // no word has come yet). A few a text.
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
            paren |= (Bits(Is(cur, '(')) & valid) != 0;
            wordDot |= (Bits(Is(cur, '.') & prevWord & nextWord) & valid) != 0;
            k += BitOperations.PopCount(keepBits);
        }

        Length = k;
        TokenCount = tokens;
        _anchorCount = 0;
        HasDigits = digits;
        HasAtSign = atSign;
        HasParen = paren;
        HasWordDot = wordDot;
        SingleLetterTokens = singles;
        HasWildcard = false;
        _wildFrom = _wildTo = -1;
        BuiltSimple = true;
        return true;
    }

    /// <summary>
    /// Copies the text into <see cref="_padded"/> between spaces, so every block can look one char back and two ahead:
    /// before the text there is no word, and after it every char is a gap (64 of them, two blocks of 32).
    /// </summary>
    private ref ushort Pad(ReadOnlySpan<char> folded)
    {
        var n = folded.Length;
        if (_padded.Length < n + 1 + (2 * Vector512<ushort>.Count))
        {
            _padded = new ushort[Math.Max(n + 1 + (2 * Vector512<ushort>.Count), _padded.Length * 2)];
        }

        var padded = _padded;
        padded[0] = ' ';
        MemoryMarshal.Cast<char, ushort>(folded).CopyTo(padded.AsSpan(1));
        padded.AsSpan(n + 1, 2 * Vector512<ushort>.Count).Fill(' ');
        return ref MemoryMarshal.GetArrayDataReference(padded);
    }

    /// <summary>Lane i's bit of a 32-bit mask spread over two 16-bit halves: 1 &lt;&lt; (i % 16).</summary>
    private static readonly Vector512<ushort> LaneBits = Vector512.Create(BuildLaneBits());

    /// <summary>A loop, not a query: a query over a value type is compiled at start for it (every start, AVX-512 or not).</summary>
    private static ushort[] BuildLaneBits()
    {
        var bits = new ushort[32];
        for (var i = 0; i < bits.Length; i++)
        {
            bits[i] = (ushort)(1 << (i % 16));
        }

        return bits;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<ushort> IsLetter(Vector512<ushort> v) =>
        Vector512.LessThanOrEqual((v | Vector512.Create((ushort)0x20)) - Vector512.Create((ushort)'a'), Vector512.Create((ushort)('z' - 'a')));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<ushort> IsDigit(Vector512<ushort> v) =>
        Vector512.LessThanOrEqual(v - Vector512.Create((ushort)'0'), Vector512.Create((ushort)9));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<ushort> Is(Vector512<ushort> v, char c) => Vector512.Equals(v, Vector512.Create((ushort)c));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Bits(Vector512<ushort> mask) => (uint)mask.ExtractMostSignificantBits();
}
