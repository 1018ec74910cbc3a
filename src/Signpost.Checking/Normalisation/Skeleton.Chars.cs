namespace Signpost.Checking.Normalisation;

internal sealed partial class Skeleton
{
    /// <summary>Per-token flags, set on a token's first skeleton char.</summary>
    internal static class TokenFlags
    {
        public const byte Start = 1;
        public const byte Capital = 2;
        public const byte SentenceInitial = 4;
    }

    /// <summary>The run of * and # last looked at by <see cref="WildcardRunTouchesWord"/> (inclusive) and its answer.</summary>
    private int _wildFrom = -1;
    private int _wildTo = -1;
    private bool _wildTouches;

    /// <summary>
    /// Per ASCII char: 1 when it is always a token char (a letter or digit), 2 when that depends on its neighbours
    /// (an apostrophe, a leet symbol, * or #), 0 when it never is (space, comma, full stop...): most punctuation is
    /// then answered with one look-up (issue 3's speed).
    /// </summary>
    private static readonly byte[] AsciiTokenKind = BuildAsciiTokenKind();

    private static byte[] BuildAsciiTokenKind()
    {
        var kinds = new byte[128];
        for (var c = 0; c < kinds.Length; c++)
        {
            kinds[c] = char.IsLetterOrDigit((char)c) ? (byte)1 : (char)c is '\'' or '@' or '$' or '!' or '|' or '*' or '#' ? (byte)2 : (byte)0;
        }

        return kinds;
    }

    /// <summary>Whether folded[i] belongs to a word: letters, digits, apostrophes inside words, and leet symbols.</summary>
    private bool IsTokenChar(ReadOnlySpan<char> s, int i)
    {
        var c = s[i];
        if (c < 128 && AsciiTokenKind[c] != 2)
        {
            return AsciiTokenKind[c] == 1;
        }

        if (char.IsLetterOrDigit(c))
        {
            return true;
        }

        var prevWord = i > 0 && char.IsLetterOrDigit(s[i - 1]);
        var nextWord = i + 1 < s.Length && char.IsLetterOrDigit(s[i + 1]);
        return c switch
        {
            '\'' => prevWord && nextWord,
            '@' or '$' => nextWord || prevWord,
            '!' or '|' => prevWord && nextWord,
            '#' when IsHashtagMark(s, i) => false,
            '*' or '#' => WildcardRunTouchesWord(s, i),
            _ => false,
        };
    }

    /// <summary>
    /// "#RoseBaker", "#pakis out": a lone "#" that starts a word (nothing of a word before it, a letter or digit after)
    /// is a hashtag's mark, a gap between words, not a hidden letter: read as a letter it hid every name and slur behind
    /// it (issue 3; A.5.2, A.5.6). A "#" inside or after a word ("f#ck", "sh##") still hides one.
    /// </summary>
    private static bool IsHashtagMark(ReadOnlySpan<char> s, int i) =>
        i + 1 < s.Length && char.IsLetterOrDigit(s[i + 1])
        && (i == 0 || !(char.IsLetterOrDigit(s[i - 1]) || s[i - 1] is '*' or '#' or '@' or '$' or '\'' or '!' or '|'));

    /// <summary>
    /// "f**k", "sh*t": a run of * or # counts as letters when a letter sits right before or after it. The run's
    /// answer is kept, so a long run (a line of a million stars) is read once, not once per star.
    /// </summary>
    private bool WildcardRunTouchesWord(ReadOnlySpan<char> s, int i)
    {
        if (i >= _wildFrom && i <= _wildTo)
        {
            return _wildTouches;
        }

        var a = i;
        while (a > 0 && s[a - 1] is '*' or '#')
        {
            a--;
        }

        var b = i;
        while (b + 1 < s.Length && s[b + 1] is '*' or '#')
        {
            b++;
        }

        _wildFrom = a;
        _wildTo = b;
        _wildTouches = (a > 0 && char.IsLetter(s[a - 1])) || (b + 1 < s.Length && char.IsLetter(s[b + 1]));
        return _wildTouches;
    }

    /// <summary>One folded token char to its skeleton char; '\0' drops it, a space splits the token.</summary>
    private static char Map(char c, bool tokenHasLetter)
    {
        if (char.IsAsciiLetter(c))
        {
            return (char)(c | 0x20);
        }

        if (char.IsAsciiDigit(c))
        {
            if (!tokenHasLetter)
            {
                return c;
            }

            return c switch
            {
                '0' => 'o',
                '1' => 'i',
                '3' => 'e',
                '4' => 'a',
                '5' => 's',
                '6' => 'g',
                '7' => 't',
                '8' => 'b',
                '9' => 'g',
                _ => c,
            };
        }

        return c switch
        {
            '\'' => '\0',
            '@' => 'a',
            '$' => 's',
            '!' or '|' => 'i',
            '*' or '#' => Wildcard,
            _ => char.ToLowerInvariant(c),
        };
    }
}
