namespace Signpost.Checking.Detectors;

/// <summary>
/// A username given after the app or game it is for (A.4.9): "psn: cocoa_pops_lad", "sc: harvsta_11 add me", "IG 👉
/// bonfire.kid.cov", "epic id Willow-Wizard-77", "whats ur snap? mines daz.uk81" (blind16, blind17, blind18: eleven
/// such lines that no "@" and no "my snap is" gave away). The app's name comes from the lists (<see cref="CueCategory"/>);
/// after it, a few marks and words ("=", ":", "👉", "is", "id", "mine is") and then a word made like a username: parts
/// joined by "_", "." or "-", or letters with two or more digits after them. "Roblox is fun", "steam trains",
/// "snap cards" and "the Fortnite season ends 12.5" have no such word and stay quiet.
/// </summary>
internal static class PlatformHandle
{
    /// <summary>The lists' category for the apps' names (never a finding by themselves).</summary>
    public const string CueCategory = "handle-cue";

    /// <summary>How far after the app's name the username may start (folded chars).</summary>
    private const int Reach = 28;

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FillerLookup = new HashSet<string>(
        [
            "is", "id", "name", "username", "user", "tag", "its", "it", "mine", "mines", "me", "add", "on", "at", "handle", "account",
            "gamertag", "s", "code", "friend", "my", "search", "find", "follow", "as", "channel", "called", "im",
        ],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The lists' message key for an email provider's name ("gmail", "icloud"): the address is read before it.</summary>
    public const string ProviderKey = "provider";

    public static void Check(CheckInput input, Matching.PhraseMatch m)
    {
        if (m.Entry.MessageKey == ProviderKey)
        {
            Provider(input, m);
            return;
        }

        if (!ContextRules.Applies(Categories.ContactDetails, "handle", input.Context))
        {
            return;
        }

        var text = input.FoldedSpan;
        var (start, length) = input.Skeleton.ToFolded(m.Start, m.End);
        var i = start + length;
        var limit = Math.Min(text.Length, i + Reach);
        var words = 0;
        while (i < limit)
        {
            var c = text[i];
            if (c == '\n')
            {
                return;
            }

            if (!char.IsAsciiLetterOrDigit(c))
            {
                i++;
                continue;
            }

            var end = i;
            while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || (text[end] is '_' or '.' or '-' && end + 1 < text.Length && (char.IsAsciiLetterOrDigit(text[end + 1]) || text[end + 1] == '_'))))
            {
                end++;
            }

            // A Discord name with its number: "nightowl#2291" (blind26).
            if (end > i && end + 4 < text.Length && text[end] == '#' && DiscordNumber(text[(end + 1)..]))
            {
                input.Add(Categories.ContactDetails, "A.4.9", Severity.Medium, start, end + 5 - start, "handle");
                return;
            }

            var word = text[i..end];
            if (IsUsername(word))
            {
                input.Add(Categories.ContactDetails, "A.4.9", Severity.Medium, start, end - start, "handle");
                return;
            }

            if (words++ == 3 || word.Length > 16 || !IsFiller(word))
            {
                return;
            }

            i = end;
        }
    }

    private static bool IsFiller(ReadOnlySpan<char> word) => FillerLookup.Contains(word);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> JoinerLookup = new HashSet<string>(
        ["underscore", "dot", "dash", "hyphen"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// An email address with its provider named but no ".com" (A.4.9): "its rosebud2016 on gmail", "noahgreen2016 at
    /// icloud", "isla underscore loves underscore horses at icloud", "zainab_h_2015 {at} gmail {dot} com" (blind15,
    /// blind18, blind19): "at", "on" or "@" before the provider, and before that a word made like a username, or one
    /// joined to others by "underscore" or "dot". "we went on a trip at gmail's offices" has no such word.
    /// </summary>
    private static void Provider(CheckInput input, Matching.PhraseMatch m)
    {
        var text = input.FoldedSpan;
        var (start, length) = input.Skeleton.ToFolded(m.Start, m.End);
        var i = start - 1;
        while (i >= 0 && !char.IsAsciiLetterOrDigit(text[i]))
        {
            i--;
        }

        // "at", "on" or "@" (the "@" is a mark, already passed).
        var atEnd = i + 1;
        var word = WordBefore(text, atEnd);
        var joinedBy = text[atEnd..start];
        if (word.Length == 0)
        {
            return;
        }

        if (word.Equals("at", StringComparison.OrdinalIgnoreCase) || word.Equals("on", StringComparison.OrdinalIgnoreCase))
        {
            atEnd -= word.Length;
            while (atEnd > 0 && !char.IsAsciiLetterOrDigit(text[atEnd - 1]))
            {
                atEnd--;
            }

            word = WordBefore(text, atEnd);
        }
        else if (!joinedBy.Contains('@'))
        {
            return;
        }

        if (word.Length == 0)
        {
            return;
        }

        var from = atEnd - word.Length;
        var joined = false;
        // Back over "x underscore y dot z".
        for (var k = 0; k < 4; k++)
        {
            var gapEnd = from;
            while (gapEnd > 0 && text[gapEnd - 1] == ' ')
            {
                gapEnd--;
            }

            var joiner = WordBefore(text, gapEnd);
            if (joiner.Length == 0 || !JoinerLookup.Contains(joiner))
            {
                break;
            }

            var partEnd = gapEnd - joiner.Length;
            while (partEnd > 0 && text[partEnd - 1] == ' ')
            {
                partEnd--;
            }

            var part = WordBefore(text, partEnd);
            if (part.Length == 0)
            {
                break;
            }

            from = partEnd - part.Length;
            joined = true;
        }

        if (!joined && !IsUsername(word))
        {
            return;
        }

        var end = start + length;
        input.Add(Categories.ContactDetails, "A.4.9", Severity.High, from, end - from, "email-obfuscated");
    }

    /// <summary>The run of letters, digits, "_", "." and "-" that ends at <paramref name="end"/> (empty where none does).</summary>
    private static ReadOnlySpan<char> WordBefore(ReadOnlySpan<char> text, int end)
    {
        var k = end;
        while (k > 0 && (char.IsAsciiLetterOrDigit(text[k - 1]) || text[k - 1] is '_' or '.' or '-'))
        {
            k--;
        }

        while (k < end && text[k] is '.' or '-')
        {
            k++;
        }

        return text[k..end];
    }

    /// <summary>
    /// A word made like a username: five chars or more with letters in it, and an "_"; or parts joined by "." with two
    /// of letters ("bonfire.kid.cov") or letters and two digits ("frostbyte.09", "daz.uk81"); or joined by "-" with digits
    /// too ("Willow-Wizard-77", not "super-fun" or "season-5"); or letters with two digits or more after them ("harvsta11").
    /// </summary>
    /// <summary>Whether <paramref name="rest"/> starts with exactly four digits, a Discord name's number after "#".</summary>
    private static bool DiscordNumber(ReadOnlySpan<char> rest) =>
        rest.Length >= 4 && char.IsAsciiDigit(rest[0]) && char.IsAsciiDigit(rest[1]) && char.IsAsciiDigit(rest[2]) && char.IsAsciiDigit(rest[3])
        && (rest.Length == 4 || !char.IsAsciiLetterOrDigit(rest[4]));

    internal static bool IsUsername(ReadOnlySpan<char> word)
    {
        if (word.Length < 5 || word.Length > 40 || (word.IndexOfAnyInRange('a', 'z') < 0 && word.IndexOfAnyInRange('A', 'Z') < 0))
        {
            return false;
        }

        if (word.Contains('_'))
        {
            return true;
        }

        if (word.IndexOfAny('.', '-') > 0)
        {
            var letterParts = 0;
            var digits = 0;
            foreach (var range in word.SplitAny(".-"))
            {
                var part = word[range];
                if (part.Length == 0)
                {
                    return false;
                }

                letterParts += part.Length >= 2 && part.IndexOfAnyInRange('0', '9') < 0 ? 1 : 0;
                digits += Detector.DigitsIn(part);
            }

            return word.Contains('-') ? digits >= 2 && letterParts >= 1 : letterParts >= 2 || (letterParts >= 1 && digits >= 2);
        }

        // Words run together with capitals inside, as channel names are: "LegoKacperBuilds" (blind16).
        var innerCapitals = 0;
        for (var k = 1; k < word.Length; k++)
        {
            innerCapitals += char.IsAsciiLetterUpper(word[k]) && char.IsAsciiLetterLower(word[k - 1]) ? 1 : 0;
        }

        if (innerCapitals >= 2)
        {
            return true;
        }

        // Letters written with digits inside, as gamer names are: "Sw3atyN00dle", "sh4d0wfox" (blind23), not "b4" or "gr8"
        // (too short) or "2nd", "5th" (the digits first): two digit runs between letters, or one and a capital inside.
        var digitsInside = 0;
        for (var k = 1; k < word.Length - 1; k++)
        {
            if (char.IsAsciiDigit(word[k]) && char.IsAsciiLetter(word[k - 1]))
            {
                var e = k;
                while (e < word.Length && char.IsAsciiDigit(word[e]))
                {
                    e++;
                }

                digitsInside += e < word.Length && char.IsAsciiLetter(word[e]) ? 1 : 0;
                k = e;
            }
        }

        if (word.Length >= 6 && (digitsInside >= 2 || (digitsInside == 1 && innerCapitals >= 1)))
        {
            return true;
        }

        var digitsAtEnd = 0;
        for (var k = word.Length - 1; k >= 0 && char.IsAsciiDigit(word[k]); k--)
        {
            digitsAtEnd++;
        }

        return digitsAtEnd >= 2 && digitsAtEnd < word.Length && char.IsAsciiLetter(word[word.Length - digitsAtEnd - 1]);
    }
}
