using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace Signpost.Checking.Normalisation;

/// <summary>
/// The folded text reduced to what word lists match on: lower-case letters and digits, leetspeak read
/// as letters (only inside a token that has a real letter, so "455" stays a number), apostrophes
/// dropped ("don't" = "dont"; "Tom's" = "tom s"), every run of other characters one space, or
/// <see cref="SentenceBreak"/> at the end of a sentence. Runs of one letter are collapsed and their
/// length kept, so "fuuuck" reads "fuck" while "as" still differs from "ass".
/// Each skeleton char maps back to a range of the folded text.
/// </summary>
internal sealed partial class Skeleton
{
    public const char Space = ' ';
    public const char SentenceBreak = '|';
    public const char Wildcard = '*';

    /// <summary>Chars the buffers hold past the text: <see cref="BuildSimple"/> writes 32 chars at a time.</summary>
    private const int VectorSlack = 32;

    private Skeleton(int capacity)
    {
        Chars = new char[capacity];
        Runs = new byte[capacity];
        _foldedStart = new int[capacity];
        _foldedEnd = new int[capacity];
        Flags = new byte[capacity];
    }

    /// <summary>An empty skeleton whose buffers are reused by <see cref="Fill"/> (one per thread serves every check).</summary>
    public Skeleton()
        : this(64)
    {
    }

    public char[] Chars { get; private set; }

    public byte[] Runs { get; private set; }

    /// <summary>Per skeleton char, the first folded char it covers (written on first use: see <see cref="EnsureMap"/>).</summary>
    public int[] FoldedStart
    {
        get
        {
            EnsureMap();
            return _foldedStart;
        }
    }

    /// <summary>Per skeleton char, the end (exclusive) of the folded chars it covers.</summary>
    public int[] FoldedEnd
    {
        get
        {
            EnsureMap();
            return _foldedEnd;
        }
    }

    private int[] _foldedStart;
    private int[] _foldedEnd;

    /// <summary>The folded text this skeleton was built from, and whether the offset maps have been written for it.</summary>
    private ReadOnlyMemory<char> _folded;
    private bool _mapped;

    public byte[] Flags { get; private set; }

    /// <summary>
    /// Where each token starts, in order (the first <see cref="TokenCount"/> entries): the matchers visit these
    /// instead of testing every char's <see cref="Flags"/>, a third of the walk's time on short comments (issue 3).
    /// </summary>
    public int[] TokenStarts => _tokenStarts;

    public int TokenCount { get; private set; }

    private int[] _tokenStarts = new int[16];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void AddTokenStart(ref int count, int k)
    {
        if (count == _tokenStarts.Length)
        {
            Array.Resize(ref _tokenStarts, count * 2);
        }

        _tokenStarts[count++] = k;
    }

    public int Length { get; private set; }

    /// <summary>
    /// Whether a token is a word a phone number written out can start with (set by the list match, which finds those
    /// words as it finds list entries: <see cref="Detectors.PhoneInWordsDetector.StartWordEntries"/>).
    /// </summary>
    public bool HasPhoneStartWord { get; set; }

    /// <summary>Tokens of one letter ("f u c k" has four): the spelled-out check only runs when there are at least three.</summary>
    public int SingleLetterTokens { get; private set; }

    /// <summary>Whether any token has a * or # between letters ("f**k").</summary>
    public bool HasWildcard { get; private set; }

    /// <summary>Whether any token is a number ("{num}" slots can only match then).</summary>
    public bool HasDigits { get; private set; }

    public bool IsTokenStart(int i) => (Flags[i] & TokenFlags.Start) != 0;

    public bool IsBoundary(int i) => i >= Length || Chars[i] is Space or SentenceBreak;

    /// <summary>Folded range covered by skeleton range [start, end).</summary>
    public (int Start, int Length) ToFolded(int start, int end)
    {
        if (BuiltSimple)
        {
            var from = FoldedAt(start);
            return (from, FoldedAt(end - 1) + Runs[end - 1] - from);
        }

        EnsureMap();
        return (_foldedStart[start], _foldedEnd[end - 1] - _foldedStart[start]);
    }

    /// <summary>
    /// The first folded char of skeleton char <paramref name="k"/> in a skeleton <see cref="BuildSimple"/> built: its
    /// token's folded start (kept per token) plus the runs of the chars before it in the token (or, for the gap after
    /// it, all of them). A finding is mapped back in a few steps, with no maps written for the whole text, which
    /// took ~10% of a check with a finding (issue 3's speed).
    /// </summary>
    private int FoldedAt(int k)
    {
        var t = LastAtOrBefore(_tokenStarts, TokenCount, k);
        var at = _tokenFolded[t];
        var from = _tokenStarts[t];

        // A char after a dropped apostrophe ("don't") starts a stretch of its own: the apostrophe is in the text, not in
        // the skeleton's runs.
        if (_anchorCount > 0)
        {
            var a = LastAtOrBefore(_anchorStarts, _anchorCount, k);
            if (a >= 0 && _anchorStarts[a] > from)
            {
                from = _anchorStarts[a];
                at = _anchorFolded[a];
            }
        }

        var runs = Runs;
        for (var i = from; i < k; i++)
        {
            at += runs[i];
        }

        return at;
    }

    /// <summary>
    /// The last of the first <paramref name="count"/> entries of <paramref name="sorted"/> (increasing) that is at or before
    /// <paramref name="k"/>, or -1. By hand: Array.BinarySearch went through the generic comparer for each step, ~10% of
    /// a check whose findings are mapped back this way (issue 3's speed).
    /// </summary>
    private static int LastAtOrBefore(int[] sorted, int count, int k)
    {
        var low = 0;
        var high = Math.Min(count, sorted.Length);
        while (low < high)
        {
            var mid = (int)((uint)(low + high) >> 1);
            if (sorted[mid] <= k)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low - 1;
    }

    /// <summary>
    /// Writes the offset maps. Most checks find nothing and never map a skeleton char back to the text, so
    /// <see cref="Fill"/> leaves the maps out (two of the five arrays it would write per char); the first
    /// caller that needs them builds the same skeleton again with the maps (issue 3's speed work).
    /// </summary>
    private void EnsureMap()
    {
        if (!_mapped)
        {
            if (_foldedStart.Length < Chars.Length)
            {
                _foldedStart = new int[Chars.Length];
                _foldedEnd = new int[Chars.Length];
            }

            Build<WithMap>(_folded.Span);
            _mapped = true;
        }
    }

    /// <summary>Skeleton char <paramref name="k"/> covers folded char <paramref name="at"/> (maps written only when <typeparamref name="TMap"/> says so).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void MapOne<TMap>(int[] start, int[] end, int k, int at)
        where TMap : struct, IMapMode
    {
        if (TMap.Enabled)
        {
            start[k] = at;
            end[k] = at + 1;
        }
    }

    /// <summary>Skeleton char <paramref name="k"/> now also covers folded char <paramref name="at"/> (a repeated letter).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void MapExtend<TMap>(int[] end, int k, int at)
        where TMap : struct, IMapMode
    {
        if (TMap.Enabled)
        {
            end[k] = at + 1;
        }
    }

    private interface IMapMode
    {
        static abstract bool Enabled { get; }
    }

    private struct WithMap : IMapMode
    {
        public static bool Enabled => true;
    }

    private struct WithoutMap : IMapMode
    {
        public static bool Enabled => false;
    }

    /// <summary>End (exclusive) of the token starting at <paramref name="i"/>.</summary>
    public int TokenEnd(int i)
    {
        // Most words are short: a plain loop over the first few chars, then a vectorised search for a long token.
        var chars = Chars;
        var stop = Math.Min(Length, i + 12);
        for (; i < stop; i++)
        {
            if (chars[i] is Space or SentenceBreak)
            {
                return i;
            }
        }

        if (i >= Length)
        {
            return Length;
        }

        var at = chars.AsSpan(i, Length - i).IndexOfAny(Space, SentenceBreak);
        return at < 0 ? Length : i + at;
    }

    /// <summary>
    /// The trie walk's pending branch points (node, position), kept here so a walk needs no buffer of its own:
    /// a walk pushes above <see cref="BranchTop"/> and sets it back when done.
    /// </summary>
    private long[] _branches = new long[64];

    public int BranchTop { get; set; }

    public void PushBranch(int node, int pos)
    {
        if (BranchTop == _branches.Length)
        {
            Array.Resize(ref _branches, _branches.Length * 2);
        }

        _branches[BranchTop++] = ((long)node << 32) | (uint)pos;
    }

    public (int Node, int Pos) Branch(int i) => ((int)(_branches[i] >> 32), (int)_branches[i]);

    /// <summary>The list match's notes of tokens that need more than their plain path (four ints a token), room for <paramref name="tokens"/>.</summary>
    private int[] _matchEvents = new int[64];

    public int[] MatchEvents(int tokens)
    {
        if (_matchEvents.Length < 4 * tokens)
        {
            _matchEvents = new int[Math.Max(4 * tokens, 2 * _matchEvents.Length)];
        }

        return _matchEvents;
    }

    public static Skeleton Build(string folded)
    {
        var skeleton = new Skeleton(folded.Length + VectorSlack);
        skeleton.Fill(folded);
        return skeleton;
    }

    /// <summary>
    /// Builds the skeleton of <paramref name="folded"/> into this instance, growing its buffers when needed.
    /// <paramref name="plainAscii"/>: the text is printable ASCII (and newlines) that folding left as it was
    /// (<see cref="NormalisedText.IsPlainAscii"/>), so <see cref="BuildSimple"/> may build it 32 chars at a time.
    /// </summary>
    public void Fill(string folded, bool plainAscii = false) => Fill(folded.AsMemory(), plainAscii);

    /// <summary>
    /// <see cref="Fill(string, bool)"/> for folded chars that stay as they are until the skeleton is filled again.
    /// <paramref name="mayBeAscii"/>: the AVX2 block build may try the text even when folding changed it (curly
    /// apostrophes, accents, full-width letters folded to ASCII); it hands back any text whose folded chars are not all
    /// ASCII. (The AVX-512 one takes only <paramref name="plainAscii"/> texts.)
    /// </summary>
    public void Fill(ReadOnlyMemory<char> folded, bool plainAscii = false, bool mayBeAscii = false)
    {
        var n = folded.Length;
        if (Chars.Length < n + VectorSlack)
        {
            var size = Math.Max(n + VectorSlack, Chars.Length * 2);
            Chars = new char[size];
            Runs = new byte[size];
            Flags = new byte[size];
        }

        _folded = folded;
        _mapped = false;
        HasPhoneStartWord = false;
        BranchTop = 0;
        BuiltSimple = false;
        _builtBytes = false;
        // The AVX-512 build takes plain ASCII without apostrophes; what it hands back, and a text that only folds to
        // ASCII, may still take the AVX2 one; anything else is built char by char.
        var simple = Avx512Vbmi2.IsSupported && !NarrowBlocks && plainAscii && BuildSimple(folded.Span);
        simple = simple || ((plainAscii || mayBeAscii) && Avx2.IsSupported && BuildSimpleBytes(folded.Span));
        if (!simple)
        {
            Build<WithoutMap>(folded.Span);
        }
    }

    /// <summary>The skeleton of <paramref name="folded"/>, with the offset maps when <typeparamref name="TMap"/> says so.</summary>
    private void Build<TMap>(ReadOnlySpan<char> folded)
        where TMap : struct, IMapMode
    {
        var n = folded.Length;
        var chars = Chars;
        var runs = Runs;
        var start = _foldedStart;
        var end = _foldedEnd;
        var flags = Flags;
        var k = 0;
        var pendingBreak = false;
        var singles = 0;
        var wildcard = false;
        var sentenceStart = true;
        var i = 0;
        var tokens = 0;
        _wildFrom = _wildTo = -1;
        if (n > chars.Length || n > runs.Length || n > flags.Length)
        {
            throw new InvalidOperationException("Skeleton buffers smaller than the text.");
        }

        runs.AsSpan(0, n).Fill(1);
        flags.AsSpan(0, n).Clear();
        while (i < n)
        {
            var f0 = folded[i];
            if (f0 == ' ' || (!char.IsAsciiLetterOrDigit(f0) && !IsTokenChar(folded, i)))
            {
                pendingBreak |= f0 != ' ' && IsSentenceEnd(folded, i);
                if (k > 0 && chars[k - 1] is not (Space or SentenceBreak))
                {
                    chars[k] = Space;
                    runs[k] = 1;
                    MapOne<TMap>(start, end, k, i);
                    flags[k] = 0;
                    k++;
                }

                if (pendingBreak && k > 0 && chars[k - 1] == Space)
                {
                    chars[k - 1] = SentenceBreak;
                }

                sentenceStart |= pendingBreak;
                pendingBreak = false;
                i++;
                continue;
            }

            // Fast path: a token of plain ASCII letters ends at a char that cannot continue a token (the usual
            // case). Anything else (digits, apostrophes, leet symbols, other letters) takes the general path
            // below from the token's start, so both give the same skeleton.
            if (char.IsAsciiLetter(f0))
            {
                // Every position from k on still has run 1 and no flags (set for the whole buffer below), so this
                // loop only writes each char (and a token start's flags), with no bounds checks: k <= j < n, and
                // the buffers hold n chars. A token it cannot finish is put back as it found it.
                var kStart = k;
                var j = i;
                var simpleFlags = (byte)(TokenFlags.Start
                    | (char.IsAsciiLetterUpper(f0) ? TokenFlags.Capital : 0)
                    | (sentenceStart ? TokenFlags.SentenceInitial : 0));
                ref var charAt = ref MemoryMarshal.GetArrayDataReference(chars);
                ref var runAt = ref MemoryMarshal.GetArrayDataReference(runs);
                var prev = (char)(f0 | 0x20);
                Unsafe.Add(ref charAt, k) = prev;
                MapOne<TMap>(start, end, k, j);
                flags[k] = simpleFlags;
                k++;
                j++;
                while (j < n)
                {
                    var c = (char)(folded[j] | 0x20);
                    if ((uint)(c - 'a') > 'z' - 'a')
                    {
                        break;
                    }

                    if (c == prev && Unsafe.Add(ref runAt, k - 1) < byte.MaxValue)
                    {
                        Unsafe.Add(ref runAt, k - 1)++;
                        MapExtend<TMap>(end, k - 1, j);
                    }
                    else
                    {
                        Unsafe.Add(ref charAt, k) = c;
                        MapOne<TMap>(start, end, k, j);
                        prev = c;
                        k++;
                    }

                    j++;
                }

                if (j >= n || folded[j] == ' ' || (!char.IsAsciiDigit(folded[j]) && !IsTokenChar(folded, j)))
                {
                    singles += j - i == 1 ? 1 : 0;
                    sentenceStart = false;
                    AddTokenStart(ref tokens, kStart);
                    i = j;
                    continue;
                }

                runs.AsSpan(kStart, k - kStart).Fill(1);
                flags.AsSpan(kStart, k - kStart).Clear();
                k = kStart;
            }

            var tokenEnd = i;
            var hasLetter = false;
            while (tokenEnd < n)
            {
                var t = folded[tokenEnd];
                if (char.IsAsciiLetterOrDigit(t))
                {
                    // Fast path for plain ASCII words: no calls.
                    hasLetter |= t > '9';
                }
                else if (IsTokenChar(folded, tokenEnd))
                {
                    hasLetter |= char.IsLetter(t);
                }
                else
                {
                    break;
                }

                tokenEnd++;
            }

            var tokenFlags = (byte)(TokenFlags.Start
                | (char.IsUpper(folded[i]) ? TokenFlags.Capital : 0)
                | (sentenceStart ? TokenFlags.SentenceInitial : 0));
            var first = true;
            for (var j = i; j < tokenEnd; j++)
            {
                var f = folded[j];
                var c = char.IsAsciiLetter(f) ? (char)(f | 0x20) : IsPossessive(folded, j, tokenEnd) ? Space : Map(f, hasLetter);
                if (c == '\0')
                {
                    continue;
                }

                if (c == Space)
                {
                    // "Tom's": the possessive 's becomes its own token so the name still matches.
                    chars[k] = Space;
                    runs[k] = 1;
                    MapOne<TMap>(start, end, k, j);
                    flags[k] = 0;
                    k++;
                    first = true;
                    tokenFlags = TokenFlags.Start;
                    continue;
                }

                if (!first && chars[k - 1] == c && runs[k - 1] < byte.MaxValue)
                {
                    runs[k - 1]++;
                    MapExtend<TMap>(end, k - 1, j);
                    continue;
                }

                chars[k] = c;
                runs[k] = 1;
                MapOne<TMap>(start, end, k, j);
                flags[k] = first ? tokenFlags : (byte)0;
                if (first && tokenFlags != 0)
                {
                    AddTokenStart(ref tokens, k);
                }

                wildcard |= c == Wildcard;
                first = false;
                k++;
            }

            singles += tokenEnd - i == 1 ? 1 : 0;
            sentenceStart = false;
            i = tokenEnd;
        }

        Length = k;
        TokenCount = tokens;
        HasDigits = chars.AsSpan(0, k).ContainsAnyInRange('0', '9');
        SingleLetterTokens = singles;
        HasWildcard = wildcard;
    }

    private static bool IsPossessive(ReadOnlySpan<char> s, int j, int tokenEnd) =>
        s[j] == '\'' && j + 2 == tokenEnd && s[j + 1] is 's' or 'S';

    private static bool IsSentenceEnd(ReadOnlySpan<char> s, int i) => s[i] switch
    {
        '!' or '?' or '\n' or ';' => true,
        '.' => i + 1 >= s.Length || !char.IsLetterOrDigit(s[i + 1]),
        _ => false,
    };
}
