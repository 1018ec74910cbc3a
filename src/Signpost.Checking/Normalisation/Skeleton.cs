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

    private Skeleton(char[] chars, byte[] runs, int[] start, int[] end, byte[] flags, int length)
    {
        Chars = chars;
        Runs = runs;
        FoldedStart = start;
        FoldedEnd = end;
        Flags = flags;
        Length = length;
    }

    public char[] Chars { get; }

    public byte[] Runs { get; }

    public int[] FoldedStart { get; }

    public int[] FoldedEnd { get; }

    public byte[] Flags { get; }

    public int Length { get; }

    /// <summary>Tokens of one letter ("f u c k" has four): the spelled-out check only runs when there are at least three.</summary>
    public int SingleLetterTokens { get; private init; }

    /// <summary>Whether any token has a * or # between letters ("f**k").</summary>
    public bool HasWildcard { get; private init; }

    public bool IsTokenStart(int i) => (Flags[i] & TokenFlags.Start) != 0;

    public bool IsBoundary(int i) => i >= Length || Chars[i] is Space or SentenceBreak;

    /// <summary>Folded range covered by skeleton range [start, end).</summary>
    public (int Start, int Length) ToFolded(int start, int end) =>
        (FoldedStart[start], FoldedEnd[end - 1] - FoldedStart[start]);

    /// <summary>End (exclusive) of the token starting at <paramref name="i"/>.</summary>
    public int TokenEnd(int i)
    {
        while (i < Length && Chars[i] is not (Space or SentenceBreak))
        {
            i++;
        }

        return i;
    }

    public static Skeleton Build(string folded)
    {
        var n = folded.Length;
        var chars = new char[n];
        var runs = new byte[n];
        var start = new int[n];
        var end = new int[n];
        var flags = new byte[n];
        var k = 0;
        var pendingBreak = false;
        var singles = 0;
        var wildcard = false;
        var sentenceStart = true;
        var i = 0;
        while (i < n)
        {
            if (!char.IsAsciiLetterOrDigit(folded[i]) && !IsTokenChar(folded, i))
            {
                pendingBreak |= IsSentenceEnd(folded, i);
                if (k > 0 && chars[k - 1] is not (Space or SentenceBreak))
                {
                    chars[k] = Space;
                    runs[k] = 1;
                    start[k] = i;
                    end[k] = i + 1;
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

        return new Skeleton(chars, runs, start, end, flags, k) { SingleLetterTokens = singles, HasWildcard = wildcard };
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
