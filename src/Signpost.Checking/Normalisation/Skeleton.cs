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

    private Skeleton(int capacity)
    {
        Chars = new char[capacity];
        Runs = new byte[capacity];
        FoldedStart = new int[capacity];
        FoldedEnd = new int[capacity];
        Flags = new byte[capacity];
    }

    /// <summary>An empty skeleton whose buffers are reused by <see cref="Fill"/> (one per thread serves every check).</summary>
    public Skeleton()
        : this(64)
    {
    }

    public char[] Chars { get; private set; }

    public byte[] Runs { get; private set; }

    public int[] FoldedStart { get; private set; }

    public int[] FoldedEnd { get; private set; }

    public byte[] Flags { get; private set; }

    public int Length { get; private set; }

    /// <summary>Tokens of one letter ("f u c k" has four): the spelled-out check only runs when there are at least three.</summary>
    public int SingleLetterTokens { get; private set; }

    /// <summary>Whether any token has a * or # between letters ("f**k").</summary>
    public bool HasWildcard { get; private set; }

    /// <summary>Whether any token is a number ("{num}" slots can only match then).</summary>
    public bool HasDigits { get; private set; }

    public bool IsTokenStart(int i) => (Flags[i] & TokenFlags.Start) != 0;

    public bool IsBoundary(int i) => i >= Length || Chars[i] is Space or SentenceBreak;

    /// <summary>Folded range covered by skeleton range [start, end).</summary>
    public (int Start, int Length) ToFolded(int start, int end) =>
        (FoldedStart[start], FoldedEnd[end - 1] - FoldedStart[start]);

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

    public static Skeleton Build(string folded)
    {
        var skeleton = new Skeleton(folded.Length);
        skeleton.Fill(folded);
        return skeleton;
    }

    /// <summary>Builds the skeleton of <paramref name="folded"/> into this instance, growing its buffers when needed.</summary>
    public void Fill(string folded)
    {
        var n = folded.Length;
        if (Chars.Length < n)
        {
            var size = Math.Max(n, Chars.Length * 2);
            Chars = new char[size];
            Runs = new byte[size];
            FoldedStart = new int[size];
            FoldedEnd = new int[size];
            Flags = new byte[size];
        }

        var chars = Chars;
        var runs = Runs;
        var start = FoldedStart;
        var end = FoldedEnd;
        var flags = Flags;
        var k = 0;
        var pendingBreak = false;
        var singles = 0;
        var wildcard = false;
        var sentenceStart = true;
        var i = 0;
        _wildFrom = _wildTo = -1;
        BranchTop = 0;
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
                    start[k] = i;
                    end[k] = i + 1;
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
                var kStart = k;
                var j = i;
                var simpleFlags = (byte)(TokenFlags.Start
                    | (char.IsAsciiLetterUpper(f0) ? TokenFlags.Capital : 0)
                    | (sentenceStart ? TokenFlags.SentenceInitial : 0));
                chars[k] = (char)(f0 | 0x20);
                runs[k] = 1;
                start[k] = j;
                end[k] = j + 1;
                flags[k] = simpleFlags;
                k++;
                j++;
                while (j < n && char.IsAsciiLetter(folded[j]))
                {
                    var c = (char)(folded[j] | 0x20);
                    if (chars[k - 1] == c && runs[k - 1] < byte.MaxValue)
                    {
                        runs[k - 1]++;
                        end[k - 1] = j + 1;
                    }
                    else
                    {
                        chars[k] = c;
                        runs[k] = 1;
                        start[k] = j;
                        end[k] = j + 1;
                        flags[k] = 0;
                        k++;
                    }

                    j++;
                }

                if (j >= n || folded[j] == ' ' || (!char.IsAsciiDigit(folded[j]) && !IsTokenChar(folded, j)))
                {
                    singles += j - i == 1 ? 1 : 0;
                    sentenceStart = false;
                    i = j;
                    continue;
                }

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
                    start[k] = j;
                    end[k] = j + 1;
                    flags[k] = 0;
                    k++;
                    first = true;
                    tokenFlags = TokenFlags.Start;
                    continue;
                }

                if (!first && chars[k - 1] == c && runs[k - 1] < byte.MaxValue)
                {
                    runs[k - 1]++;
                    end[k - 1] = j + 1;
                    continue;
                }

                chars[k] = c;
                runs[k] = 1;
                start[k] = j;
                end[k] = j + 1;
                flags[k] = first ? tokenFlags : (byte)0;
                wildcard |= c == Wildcard;
                first = false;
                k++;
            }

            singles += tokenEnd - i == 1 ? 1 : 0;
            sentenceStart = false;
            i = tokenEnd;
        }

        Length = k;
        HasDigits = chars.AsSpan(0, k).ContainsAnyInRange('0', '9');
        SingleLetterTokens = singles;
        HasWildcard = wildcard;
    }

    private static bool IsPossessive(string s, int j, int tokenEnd) =>
        s[j] == '\'' && j + 2 == tokenEnd && s[j + 1] is 's' or 'S';

    private static bool IsSentenceEnd(string s, int i) => s[i] switch
    {
        '!' or '?' or '\n' or ';' => true,
        '.' => i + 1 >= s.Length || !char.IsLetterOrDigit(s[i + 1]),
        _ => false,
    };
}
