using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using System.Text;

namespace Signpost.Checking.Normalisation;

internal sealed partial class Skeleton
{
    /// <summary>
    /// Build plain texts with AVX2 (<see cref="BuildSimpleBytes"/>) even where AVX-512 would take them: set by tests, so
    /// that both block builds are compared with the general one on any machine that has AVX2.
    /// </summary>
    internal bool NarrowBlocks { get; init; }

    /// <summary>Whether this machine builds plain texts in blocks at all (<see cref="BuildSimple"/>): AVX2 or better.</summary>
    internal static bool BlockBuildSupported => Avx2.IsSupported;

    /// <summary>
    /// <see cref="BuildSimpleBytes"/>'s copy of the text as bytes (ASCII narrows without loss): <see cref="BytePad"/>
    /// spaces, the text, then 64 spaces. <see cref="Gates"/> searches it afterwards.
    /// </summary>
    private byte[] _paddedBytes = new byte[128];

    /// <summary>Whether the last block build was <see cref="BuildSimpleBytes"/> (so <see cref="_paddedBytes"/> holds the text).</summary>
    private bool _builtBytes;

    /// <summary>
    /// After <see cref="BuildSimpleBytes"/>: each skeleton char that follows a dropped apostrophe ("t" in "don't"), in order,
    /// and its folded position, for <see cref="FoldedAt"/> (a token's runs alone would miss the apostrophe).
    /// </summary>
    private int[] _anchorStarts = new int[16];
    private int[] _anchorFolded = new int[16];
    private int _anchorCount;

    /// <summary>Bytes before the text in <see cref="_paddedBytes"/> (spaces), so a block can look two bytes back.</summary>
    internal const int BytePad = 2;

    /// <summary>
    /// <see cref="Build{TMap}"/> without the offset maps, with the same result, for a folded text that is all ASCII (with
    /// AVX2; on a machine with AVX-512 VBMI2, for what <see cref="BuildSimple"/> hands back): the text narrowed to bytes,
    /// 32 of them at a time, so each test is one compare over the block and each mask one instruction. The kept chars are
    /// packed 8 at a time by a byte shuffle whose pattern is looked up by the 8 lanes' keep bits (<see cref="PackBytes"/>),
    /// widened back to chars and stored; token starts, a few a block, are written one by one. Unlike the AVX-512 build it
    /// takes words with apostrophes ("don't", "Tom's"), the commonest thing children's texts would otherwise hand back,
    /// and digits in words ("Y4", "1st", leetspeak).
    /// On a 2 GHz AVX2 machine the char-by-char build was a quarter of a clean check (issue 3's speed). Returns false for
    /// a text it does not take (as <see cref="BuildSimple"/>, and the apostrophes named below), which
    /// <see cref="Build{TMap}"/> then builds from scratch.
    /// </summary>
    private bool BuildSimpleBytes(ReadOnlySpan<char> folded)
    {
        var n = folded.Length;
        var chars = Chars;
        var runs = Runs;
        var flags = Flags;
        if (n + VectorSlack > chars.Length || n + VectorSlack > runs.Length || n + VectorSlack > flags.Length)
        {
            throw new InvalidOperationException("Skeleton buffers smaller than the text.");
        }

        // Two spaces, the text as bytes, then 64 spaces: every block can look two bytes back and three ahead.
        if (_paddedBytes.Length < BytePad + n + 64)
        {
            _paddedBytes = new byte[Math.Max(BytePad + n + 64, _paddedBytes.Length * 2)];
        }

        var padded = _paddedBytes;
        padded[0] = padded[1] = (byte)' ';
        if (Ascii.FromUtf16(folded, padded.AsSpan(BytePad, n), out _) != OperationStatus.Done)
        {
            return false;
        }

        padded.AsSpan(BytePad + n, 64).Fill((byte)' ');
        _builtBytes = true;

        // A token starts after a gap, so there are at most (n + 1) / 2 of them, and a block writes up to 32 places: the
        // lists are grown here, not in the loop (a call in the loop made the compiler keep its variables on the stack).
        var maxTokens = ((n + 1) / 2) + Vector256<byte>.Count;
        if (Math.Min(_tokenStarts.Length, _tokenFolded.Length) < maxTokens)
        {
            var size = Math.Max(maxTokens, _tokenStarts.Length * 2);
            Array.Resize(ref _tokenStarts, size);
            Array.Resize(ref _tokenFolded, size);
        }

        if (Math.Min(_anchorStarts.Length, _anchorFolded.Length) < maxTokens)
        {
            var size = Math.Max(maxTokens, _anchorStarts.Length * 2);
            Array.Resize(ref _anchorStarts, size);
            Array.Resize(ref _anchorFolded, size);
        }

        var starts = _tokenStarts;
        var folds = _tokenFolded;
        var anchorStarts = _anchorStarts;
        var anchorFolded = _anchorFolded;
        var anchors = 0;
        ref var text = ref MemoryMarshal.GetArrayDataReference(padded);
        ref var patterns = ref MemoryMarshal.GetArrayDataReference(PackBytes);
        // The vector stores below are unchecked: each writes at most 32 places past the current skeleton length k, and
        // k + 32 <= n + 32 <= every buffer's length (checked above), so none can pass a buffer's end.
        ref var charAt = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetArrayDataReference(chars));
        ref var runAt = ref MemoryMarshal.GetArrayDataReference(runs);
        ref var startAt = ref MemoryMarshal.GetArrayDataReference(starts);
        ref var foldAt = ref MemoryMarshal.GetArrayDataReference(folds);
        ref var flagAt = ref MemoryMarshal.GetArrayDataReference(flags);
        var k = 0;
        var tokens = 0;
        var singles = 0;
        var digits = false;
        var atSign = false;
        var paren = false;
        var wordDot = false;
        ulong sentenceCarry = 1;
        var letterCarry = 0u;
        // The previous block's words, digits and apostrophes (a lane's bit each; none before the text), so that what
        // stands just before a lane is read by shifting its bits, not by testing the bytes again.
        var lastWord = 0u;
        var lastDigit = 0u;
        var lastApostrophe = 0u;
        ref var classes = ref MemoryMarshal.GetArrayDataReference(ByteClasses);
        for (var b = 0; b < n; b += Vector256<byte>.Count)
        {
            var cur = Vector256.LoadUnsafe(ref text, (nuint)(b + BytePad));
            var prev = Vector256.LoadUnsafe(ref text, (nuint)(b + BytePad - 1));

            // This block's chars go to [k, k + 32) at most: their runs start at 1 and their flags at 0 (the buffers have
            // 32 to spare), as Build sets them for the whole text; token starts' flags are written below.
            Vector256.Create((byte)1).StoreUnsafe(ref runAt, (nuint)k);
            Vector256<byte>.Zero.StoreUnsafe(ref flagAt, (nuint)k);

            // Each test is made once, on the block's own bytes, as a lane bit; what stands before or after a lane is the
            // same bits shifted, with the previous block's last bits and the class of the byte after the block
            // (ByteClasses) shifted in. Testing the bytes before and after as vectors of their own took three times the
            // instructions and more vector registers than the machine has (issue 3's speed).
            var lowerCur = Lower(cur);
            var lowerPrev = Lower(prev);
            var curLetter = IsLetter(cur);
            var curDigit = IsDigit(cur);
            var curWord = curLetter | curDigit;
            var letterBits = Bits(curLetter);
            var rawDigitBits = Bits(curDigit);
            var digitBits = rawDigitBits;
            var wordBits = letterBits | rawDigitBits;
            var apostropheBits = Bits(Is(cur, '\''));
            var dotBits = Bits(Is(cur, '.'));
            var following = (uint)Unsafe.Add(ref classes, Unsafe.Add(ref text, b + BytePad + 32));
            var prevWord = (wordBits << 1) | (lastWord >> 31);
            var nextWord = (wordBits >> 1) | ((following & WordClass) << 31);
            var prevDigitBits = (rawDigitBits << 1) | (lastDigit >> 31);
            var valid = n - b >= Vector256<byte>.Count ? uint.MaxValue : (1u << (n - b)) - 1;
            paren |= (Bits(Is(cur, '(')) & valid) != 0;

            // What only the general build reads right (as in BuildSimple, but for digits beside letters: below).
            var refused = 0u;
            if ((Bits(Is(cur, '!') | Is(cur, '|') | Is(cur, '@') | Is(cur, '$') | Is(cur, '*') | Is(cur, '#')) & valid) != 0)
            {
                refused = (Bits(Is(cur, '!') | Is(cur, '|')) & prevWord & nextWord)
                    | (Bits(Is(cur, '@') | Is(cur, '$')) & (prevWord | nextWord))
                    | Bits(Is(cur, '*') | Is(cur, '#'));
                atSign |= (Bits(Is(cur, '@')) & valid) != 0;
            }

            // An apostrophe between letters belongs to the word (IsTokenChar): dropped ("don't" reads "dont"), or, before
            // an "s" that ends the word, a possessive, which splits the "s" off as a word of its own ("Tom's" reads "tom s").
            // Worked out only for a block with an apostrophe at or beside it (most blocks have none).
            var dropped = 0u;
            var possessiveS = 0u;
            var prevDropped = 0u;
            var nextInner = 0u;
            if ((apostropheBits | (lastApostrophe >> 31) | (following & ApostropheClass)) != 0)
            {
                // Two bytes either side: bit j of these is the byte at b - 2 + j.
                var followingTwo = (ulong)Unsafe.Add(ref classes, Unsafe.Add(ref text, b + BytePad + 33));
                var words = (lastWord >> 30) | ((ulong)wordBits << 2) | ((ulong)(following & WordClass) << 34) | ((followingTwo & WordClass) << 35);
                var apostrophes = (lastApostrophe >> 30) | ((ulong)apostropheBits << 2)
                    | ((ulong)((following & ApostropheClass) != 0 ? 1 : 0) << 34) | ((ulong)((followingTwo & ApostropheClass) != 0 ? 1 : 0) << 35);
                var sBits = Bits(Is(lowerCur, 's'));
                var nextS = (sBits >> 1) | ((following & SClass) != 0 ? 1u << 31 : 0);
                var afterWord = (uint)(words >> 4);
                var inner = apostropheBits & prevWord & nextWord;
                dropped = inner & ~(nextS & ~afterWord);

                // The same, seen from the char after the apostrophe: whether the char before it is one a word goes on through.
                var prevInner = (uint)(apostrophes >> 1) & (uint)words & wordBits;
                possessiveS = prevInner & sBits & ~nextWord;
                prevDropped = prevInner & ~possessiveS;
                nextInner = (uint)(apostrophes >> 3) & afterWord & wordBits;

                // The apostrophes the general build reads differently: one beside a digit (a word with a letter reads its
                // digits as leetspeak), a possessive "s" followed by another apostrophe (which would carry the word on), and
                // a repeat across a dropped one ("l'l": its run would hide the apostrophe from the map back).
                var nextDigit = (rawDigitBits >> 1) | ((following & DigitClass) != 0 ? 1u << 31 : 0);
                var before = Vector256.LoadUnsafe(ref text, (nuint)(b + BytePad - 2));
                refused |= (inner & (prevDigitBits | nextDigit))
                    | (inner & nextS & (uint)(apostrophes >> 4))
                    | (prevDropped & Bits(Vector256.Equals(lowerCur, Lower(before))));
            }

            if ((refused & valid) != 0)
            {
                return false;
            }

            var prevWordish = prevWord | prevDropped;

            // A digit in a word with a letter is leetspeak ("h3llo" reads "hello", "Y4" "ya", "1st" "ist"), as the general
            // build reads it; a word of digits stays a number. Whether a run of letters and digits has a letter, before or
            // after a lane, here or across the block's ends (the run from the block before is carried in; the run into the
            // next block is read from it), is found by two prefix scans over the lane bits, only for a block with a digit
            // beside a letter or digit (the one before the block included). An apostrophe inside a word never joins a
            // digit's run to another (one beside a digit was handed back above).
            if (((digitBits & valid) | prevDigitBits) != 0)
            {
                var nextBlock = Vector256.LoadUnsafe(ref text, (nuint)(b + BytePad + 32));
                var nextLetters = Bits(IsLetter(nextBlock));
                var nextWords = nextLetters | Bits(IsDigit(nextBlock));
                if (nextWords == uint.MaxValue && (wordBits >> 31) != 0)
                {
                    // A word running past the next block's end: left to the general build.
                    return false;
                }

                var words = wordBits | ((ulong)nextWords << 32);
                var letters = letterBits | ((ulong)nextLetters << 32);
                var forward = ScanWithin(letters | (letterCarry & wordBits & 1), words, left: true);
                var backward = ScanWithin(letters, words, left: false);
                letterCarry = (uint)(forward >> 31) & 1;
                var withLetter = (uint)(forward | backward);
                if (((digitBits | (prevDigitBits & wordBits)) & withLetter) != 0)
                {
                    // A letter equal to the one before it is looked for with both read as leetspeak where their run has a
                    // letter (the char before the block is in lane 0's run when both are in a word).
                    var hasLetter = Spread(withLetter);
                    lowerCur = Vector256.ConditionalSelect(curDigit & hasLetter, Leet(cur), lowerCur);
                    lowerPrev = Vector256.ConditionalSelect(IsDigit(prev) & hasLetter, Leet(prev), lowerPrev);
                    digitBits = Bits(IsDigit(lowerCur) & curDigit);
                }
            }
            else
            {
                // Only the carry for the next block: whether the run reaching this block's end has a letter (or, when the
                // whole block is one run, the run coming in had one).
                var runStart = 32 - BitOperations.LeadingZeroCount(~wordBits);
                letterCarry = (wordBits >> 31) == 0 ? 0u
                    : (letterBits >> runStart) != 0 || (runStart == 0 && letterCarry != 0) ? 1u : 0u;
            }

            // A letter equal to the one before it adds to that one's run; the first char of a gap after a word is one space,
            // and so is a possessive apostrophe.
            var repeat = wordBits & prevWord & Bits(Vector256.Equals(lowerCur, lowerPrev));
            var keepBits = ((wordBits & ~repeat) | (~(wordBits | dropped) & prevWord)) & valid;
            var values = Vector256.ConditionalSelect(curWord, lowerCur, Vector256.Create((byte)Space));

            // Each 8 bytes' kept ones packed to the front of their half of a 16-byte lane by one shuffle, widened to
            // chars and stored where the kept chars go: the lanes past them are overwritten by the next store or lie
            // past the skeleton's end.
            k = Pack(values.GetLower(), keepBits & 0xFFFF, ref patterns, ref charAt, k);
            k = Pack(values.GetUpper(), keepBits >> 16, ref patterns, ref charAt, k);
            var blockStart = k - BitOperations.PopCount(keepBits);

            for (var repeats = repeat & valid; repeats != 0; repeats &= repeats - 1)
            {
                var at = blockStart + BitOperations.PopCount(keepBits & ((1u << BitOperations.TrailingZeroCount(repeats)) - 1)) - 1;
                if (runs[at] == byte.MaxValue)
                {
                    return false;
                }

                runs[at]++;
            }

            // Token starts and the sentences they begin (the carry as in BuildSimple): each start's place in the
            // skeleton (its rank among the kept chars), in the text, and its flags.
            var startBits = wordBits & ~prevWordish & valid;
            var endBits = (Bits(Is(cur, '!') | Is(cur, '?') | Is(cur, '\n') | Is(cur, ';')) | (dotBits & ~nextWord)) & valid;
            var gaps = (ulong)~(startBits | endBits);
            var carried = gaps + (((ulong)endBits << 1) | sentenceCarry);
            var sentenceBits = (uint)(carried & ~gaps) & startBits & ~possessiveS;
            sentenceCarry = (carried >> 32) & 1;
            if (startBits != 0)
            {
                // A possessive "s" is a word of its own but never a capital or a sentence's first (as the general build).
                var capitals = Bits(Vector256.LessThanOrEqual(cur - Vector256.Create((byte)'A'), Vector256.Create((byte)('Z' - 'A')))) & ~possessiveS;
                // Each start's flags from its lane's bits with no branch (whether a token is a capital or a sentence's first
                // is no pattern a predictor learns); the lists were grown above for every start a block can have, and a
                // start's place is below k + 32, so the writes are unchecked.
                var byCapital = (ulong)capitals << 1;
                var bySentence = (ulong)sentenceBits << 2;
                for (var s = startBits; s != 0; s &= s - 1)
                {
                    var lane = BitOperations.TrailingZeroCount(s);
                    var at = blockStart + BitOperations.PopCount(keepBits & ((1u << lane) - 1));
                    Unsafe.Add(ref startAt, tokens) = at;
                    Unsafe.Add(ref foldAt, tokens) = b + lane;
                    tokens++;
                    Unsafe.Add(ref flagAt, at) = (byte)(TokenFlags.Start
                        | ((byCapital >> lane) & TokenFlags.Capital)
                        | ((bySentence >> lane) & TokenFlags.SentenceInitial));
                }
            }

            // The chars after dropped apostrophes (kept: a repeat there was handed back), for FoldedAt.
            for (var a = prevDropped & valid; a != 0; a &= a - 1)
            {
                var lane = BitOperations.TrailingZeroCount(a);
                anchorStarts[anchors] = blockStart + BitOperations.PopCount(keepBits & ((1u << lane) - 1));
                anchorFolded[anchors] = b + lane;
                anchors++;
            }

            for (var ends = endBits; ends != 0; ends &= ends - 1)
            {
                var at = blockStart + BitOperations.PopCount(keepBits & (uint)((2UL << BitOperations.TrailingZeroCount(ends)) - 1)) - 1;
                if (at >= 0)
                {
                    chars[at] = SentenceBreak;
                }
            }

            // One-letter words, as the general build counts them: a word the text has as one letter ("I'm" is three, and the
            // "s" split off "Tom's" is not counted).
            singles += BitOperations.PopCount(startBits & ~(nextWord | nextInner | possessiveS));
            digits |= (digitBits & valid) != 0;
            wordDot |= (dotBits & prevWord & nextWord & valid) != 0;
            lastWord = wordBits;
            lastDigit = rawDigitBits;
            lastApostrophe = apostropheBits;
        }

        Length = k;
        TokenCount = tokens;
        _anchorCount = anchors;
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

    /// <summary>In <see cref="ByteClasses"/>: a letter or digit (its bit is the lowest, so it shifts straight into a lane mask).</summary>
    private const uint WordClass = 1;

    /// <summary>In <see cref="ByteClasses"/>: a digit.</summary>
    private const uint DigitClass = 2;

    /// <summary>In <see cref="ByteClasses"/>: an apostrophe.</summary>
    private const uint ApostropheClass = 4;

    /// <summary>In <see cref="ByteClasses"/>: "s" or "S".</summary>
    private const uint SClass = 8;

    /// <summary>
    /// Per byte, what <see cref="BuildSimpleBytes"/> needs to know of the byte or two after a block (the lane tests are
    /// made on the block's own bytes only): <see cref="WordClass"/>, <see cref="DigitClass"/>,
    /// <see cref="ApostropheClass"/>, <see cref="SClass"/>.
    /// </summary>
    private static readonly byte[] ByteClasses = BuildByteClasses();

    private static byte[] BuildByteClasses()
    {
        var classes = new byte[256];
        for (var c = 0; c < 128; c++)
        {
            classes[c] = (byte)((char.IsAsciiLetterOrDigit((char)c) ? WordClass : 0)
                | (char.IsAsciiDigit((char)c) ? DigitClass : 0)
                | (c == '\'' ? ApostropheClass : 0)
                | (c is 's' or 'S' ? SClass : 0));
        }

        return classes;
    }

    /// <summary>
    /// Stores the bytes of <paramref name="values"/> whose bits are set in <paramref name="keep"/> (16 bits) as chars from
    /// skeleton position <paramref name="k"/> on, in order; returns the position after them. Each half's pattern puts
    /// its kept bytes first in that half; the halves are widened and stored one after the other.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Pack(Vector128<byte> values, uint keep, ref ulong patterns, ref ushort chars, int k)
    {
        var low = keep & 0xFF;
        var high = keep >> 8;
        var pattern = Vector128.Create(Unsafe.Add(ref patterns, low), Unsafe.Add(ref patterns, high) + 0x0808080808080808UL).AsByte();
        var packed = Ssse3.Shuffle(values, pattern);
        Sse41.ConvertToVector128Int16(packed).AsUInt16().StoreUnsafe(ref chars, (nuint)k);
        k += BitOperations.PopCount(low);
        Sse2.UnpackHigh(packed, Vector128<byte>.Zero).AsUInt16().StoreUnsafe(ref chars, (nuint)k);
        return k + BitOperations.PopCount(high);
    }

    /// <summary>
    /// Per 8-bit mask, 8 shuffle indexes (one byte each, the first in the lowest byte) that pack the masked bytes of an
    /// 8-byte group to its front and fill the rest with zeros (index 0x80; 0x88 once 8 is added for a lane's upper half).
    /// </summary>
    private static readonly ulong[] PackBytes = BuildPackBytes();

    private static ulong[] BuildPackBytes()
    {
        var patterns = new ulong[256];
        for (var mask = 0; mask < 256; mask++)
        {
            ulong pattern = 0;
            var o = 0;
            for (var lane = 0; lane < 8; lane++)
            {
                if ((mask & (1 << lane)) != 0)
                {
                    pattern |= (ulong)lane << (8 * o++);
                }
            }

            for (; o < 8; o++)
            {
                pattern |= 0x80UL << (8 * o);
            }

            patterns[mask] = pattern;
        }

        return patterns;
    }

    /// <summary>
    /// A prefix scan within runs: bit i of the result is set when some bit j of <paramref name="generate"/> is set with
    /// every bit from j to i of <paramref name="within"/> set, j at or below i (<paramref name="left"/>: scanning up) or at
    /// or above it (scanning down). Six steps of doubling span (a Kogge-Stone scan).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong ScanWithin(ulong generate, ulong within, bool left)
    {
        var g = generate & within;
        var p = within;
        for (var shift = 1; shift < 64; shift <<= 1)
        {
            if (left)
            {
                g |= p & (g << shift);
                p &= p << shift;
            }
            else
            {
                g |= p & (g >> shift);
                p &= p >> shift;
            }
        }

        return g;
    }

    /// <summary>A byte mask with lane i all ones where bit i of <paramref name="bits"/> is set.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<byte> Spread(uint bits)
    {
        // Each lane takes the byte of the mask that holds its bit, then tests its own bit in it.
        var bytes = Vector256.Create(bits).AsByte();
        var spread = Avx2.Shuffle(bytes, Vector256.Create(
            (byte)0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3));
        var bit = Vector256.Create((byte)1, 2, 4, 8, 16, 32, 64, 128, 1, 2, 4, 8, 16, 32, 64, 128, 1, 2, 4, 8, 16, 32, 64, 128, 1, 2, 4, 8, 16, 32, 64, 128);
        return Vector256.Equals(spread & bit, bit);
    }

    /// <summary>Digits read as the letters leetspeak writes with them (0 o, 1 i, 3 e, 4 a, 5 s, 6 g, 7 t, 8 b, 9 g; 2 stays), as <see cref="Map"/>; for digit lanes only.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<byte> Leet(Vector256<byte> v) =>
        Avx2.Shuffle(
            Vector256.Create((byte)'o', (byte)'i', (byte)'2', (byte)'e', (byte)'a', (byte)'s', (byte)'g', (byte)'t', (byte)'b', (byte)'g', 0, 0, 0, 0, 0, 0,
                (byte)'o', (byte)'i', (byte)'2', (byte)'e', (byte)'a', (byte)'s', (byte)'g', (byte)'t', (byte)'b', (byte)'g', 0, 0, 0, 0, 0, 0),
            v & Vector256.Create((byte)0x0F));

    /// <summary>ASCII letters in lower case (other bytes with their 0x20 bit set).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<byte> Lower(Vector256<byte> v) => v | Vector256.Create((byte)0x20);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<byte> IsLetter(Vector256<byte> v) =>
        Vector256.LessThanOrEqual((v | Vector256.Create((byte)0x20)) - Vector256.Create((byte)'a'), Vector256.Create((byte)('z' - 'a')));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<byte> IsDigit(Vector256<byte> v) =>
        Vector256.LessThanOrEqual(v - Vector256.Create((byte)'0'), Vector256.Create((byte)9));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<byte> Is(Vector256<byte> v, char c) => Vector256.Equals(v, Vector256.Create((byte)c));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Bits(Vector256<byte> mask) => mask.ExtractMostSignificantBits();
}
