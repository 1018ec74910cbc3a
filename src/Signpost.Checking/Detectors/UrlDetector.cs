using System.Text.RegularExpressions;

namespace Signpost.Checking.Detectors;

/// <summary>
/// Links. A link to a social or messaging profile is contact details (A.4.9) anywhere; any other link is
/// spam for pupils (A.2.2: a link can lead a child off the site; CONTRACT.md: "links ... where the site does not
/// allow them", as every blind set's author labelled them) and in a public comment (A.5.1: comments do not take
/// links without a look). Staff posts and personal posts may carry links.
/// </summary>
internal sealed partial class UrlDetector : Detector
{
    public UrlDetector()
        : base(Needs.Dot, new UnfinishedRead(Categories.ContactDetails, "A.4.9", "links", "link"))
    {
    }

    public override void Detect(CheckInput input)
    {
        if (!MayHaveLink(input.FoldedSpan))
        {
            return;
        }

        if (!MayHaveReportedLink(input.FoldedSpan))
        {
            ServerIp(input);
            return;
        }

        var text = input.Folded;

        foreach (var m in RegexSafety.Matches(input, Url(), text))
        {
            var url = m.Value.TrimEnd('.', ',', ')', '!', '?');
            if (!IsLink(url))
            {
                continue;
            }

            // The host of an address written out ("zaynab_art (at) example.org") is the EmailDetector's, not a link.
            if (AfterAt(text.AsSpan(0, m.Index)))
            {
                continue;
            }

            var length = url.Length;
            if (RegexSafety.IsMatch(input, Social(), url))
            {
                input.Add(Categories.ContactDetails, "A.4.9", Severity.Medium, m.Index, length, "link-social");
            }
            else if (IsGameServer(text.AsSpan(), m.Index, url))
            {
                // A game server's address is where its players meet and talk (blind12, blind17, blind27: "my server is
                // play.kacpercraft.net come on it after school"): contact details, and a link for a pupil as well.
                input.Add(Categories.ContactDetails, "A.4.9", Severity.Medium, m.Index, length, "link-server");
                if (input.ForPupil)
                {
                    input.Add(Categories.Spam, "A.2.2", Severity.Medium, m.Index, length, "link-pupil");
                }
            }
            else if (input.ForPupil)
            {
                input.Add(Categories.Spam, "A.2.2", Severity.Medium, m.Index, length, "link-pupil");
            }
            else if (input.Context == CheckContext.PublicComment)
            {
                input.Add(Categories.Spam, "A.5.1", Severity.Medium, m.Index, length, "link");
            }
        }
    }

    /// <summary>How far before an address (folded chars) the word "server" or "ip" may stand.</summary>
    private const int ServerReach = 40;

    /// <summary>
    /// Whether a link is a game server's address: a host starting "play.", "mc." or "join." ("play.blockyworld.net"), or
    /// any host after "server", "realm" or "ip" ("my server is blocky.net").
    /// </summary>
    private static bool IsGameServer(ReadOnlySpan<char> text, int at, string url)
    {
        if (url.StartsWith("play.", StringComparison.OrdinalIgnoreCase) || url.StartsWith("mc.", StringComparison.OrdinalIgnoreCase)
            || url.StartsWith("join.", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return ServerWordBefore(text[Math.Max(0, at - ServerReach)..at]);
    }

    private static bool ServerWordBefore(ReadOnlySpan<char> before) =>
        before.Contains("server", StringComparison.OrdinalIgnoreCase) || before.Contains("realm", StringComparison.OrdinalIgnoreCase)
        || WordIp(before);

    /// <summary>Whether "ip" stands as a word ("the ip is", "IP:").</summary>
    private static bool WordIp(ReadOnlySpan<char> text)
    {
        for (var i = text.IndexOf("ip", StringComparison.OrdinalIgnoreCase); i >= 0;)
        {
            if ((i == 0 || !char.IsAsciiLetterOrDigit(text[i - 1])) && (i + 2 == text.Length || !char.IsAsciiLetterOrDigit(text[i + 2])))
            {
                return true;
            }

            var next = text[(i + 2)..].IndexOf("ip", StringComparison.OrdinalIgnoreCase);
            i = next < 0 ? -1 : i + 2 + next;
        }

        return false;
    }

    /// <summary>
    /// A server's numeric address after "server" or "ip" ("the ip is 86.143.22.9 come on after tea": blind13): four
    /// numbers of up to three digits joined by dots. A version number or a score has fewer parts, and no "server" before it.
    /// </summary>
    private static void ServerIp(CheckInput input)
    {
        var text = input.FoldedSpan;
        if (input.DigitCount < 4 || !ContextRules.Applies(Categories.ContactDetails, "link-server", input.Context))
        {
            return;
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsAsciiDigit(text[i]) || (i > 0 && (char.IsAsciiLetterOrDigit(text[i - 1]) || text[i - 1] == '.')))
            {
                continue;
            }

            var end = i;
            var parts = 0;
            while (parts < 4)
            {
                var digits = 0;
                while (end < text.Length && char.IsAsciiDigit(text[end]) && digits < 4)
                {
                    end++;
                    digits++;
                }

                if (digits is 0 or > 3)
                {
                    break;
                }

                parts++;
                if (parts < 4 && end + 1 < text.Length && text[end] == '.' && char.IsAsciiDigit(text[end + 1]))
                {
                    end++;
                    continue;
                }

                break;
            }

            var after = end < text.Length ? text[end] : ' ';
            if (parts == 4 && !char.IsAsciiLetterOrDigit(after) && !(after == '.' && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1]))
                && ServerWordBefore(text[Math.Max(0, i - ServerReach)..i]))
            {
                input.Add(Categories.ContactDetails, "A.4.9", Severity.Medium, i, end - i, "link-server");
                return;
            }

            i = end;
        }
    }

    /// <summary>Whether the text before a link ends in "@", "(at)" or "[at]" (spaces allowed).</summary>
    private static bool AfterAt(ReadOnlySpan<char> before)
    {
        before = before.TrimEnd(' ');
        return before.EndsWith("@") || before.EndsWith("(at)", StringComparison.OrdinalIgnoreCase) || before.EndsWith("[at]", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Cheap gate: a dot with a letter or digit on both sides ("site.com"), which prose ("end. Next") rarely has.</summary>
    private static bool MayHaveLink(ReadOnlySpan<char> text)
    {
        if (text.Length < 3)
        {
            return false;
        }

        for (var from = 1; from < text.Length - 1;)
        {
            var at = text[from..].IndexOf('.');
            var i = from + at;
            if (at < 0 || i >= text.Length - 1)
            {
                break;
            }

            if (char.IsAsciiLetterOrDigit(text[i - 1]) && char.IsAsciiLetterOrDigit(text[i + 1]))
            {
                return true;
            }

            from = i + 1;
        }

        return false;
    }

    /// <summary>
    /// Whether the regexes could find a link this detector reports (<see cref="IsLink"/>): one starting "http" or "www.",
    /// or a host whose last part is a known top-level domain. That part is, in the text, a dot, then letters, digits and
    /// dashes as far as they go, then a char that is not "_" or "@" (a host goes on through none of them): so a text
    /// with no "http", no "www." and no such known domain after a dot reports nothing, and "its jojo.fun" or "e.g. this"
    /// skips the regexes and their matches (2-3 µs a text on a 2 GHz machine; issue 3's speed). A text with any char past
    /// ASCII is left to the regexes: their case-insensitive classes take a few such chars ("K", the Kelvin sign).
    /// </summary>
    internal static bool MayHaveReportedLink(ReadOnlySpan<char> text)
    {
        if (text.IndexOfAny(LinkStarts) >= 0 || !System.Text.Ascii.IsValid(text))
        {
            return true;
        }

        var domains = Tlds.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var dot = text.IndexOf('.'); dot >= 0;)
        {
            var end = dot + 1;
            while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] == '-'))
            {
                end++;
            }

            if (end > dot + 1 && (end == text.Length || text[end] is not ('_' or '@')) && domains.Contains(text[(dot + 1)..end]))
            {
                return true;
            }

            var next = text[end..].IndexOf('.');
            dot = next < 0 ? -1 : end + next;
        }

        return false;
    }

    private static readonly System.Buffers.SearchValues<string> LinkStarts =
        System.Buffers.SearchValues.Create(["http", "www."], StringComparison.OrdinalIgnoreCase);

    private static readonly HashSet<string> Tlds = new(StringComparer.OrdinalIgnoreCase)
    {
        "com", "uk", "org", "net", "io", "ly", "me", "tv", "gg", "app", "info", "biz", "xyz", "online", "site", "shop", "link", "to", "co",
    };

    /// <summary>A bare host counts as a link only when it ends in a common top-level domain ("fun.the" is a typo, not a link).</summary>
    internal static bool IsLink(string value) =>
        value.StartsWith("http", StringComparison.OrdinalIgnoreCase) || value.StartsWith("www.", StringComparison.OrdinalIgnoreCase)
        || Tlds.Contains(value.Split('/')[0].Split('.')[^1]);

    // Atomic groups: a word start that is not a host fails at once, with no backtracking over the word.
    [GeneratedRegex(@"\b(?:(?:https?://|www\.)[^\s<>""']{2,300}|(?<![@\w.\-])(?>[a-z0-9][a-z0-9\-]{0,62}(?:\.[a-z0-9\-]{1,63}){1,4})(?![@\w])(?:/[^\s<>""']{0,300})?)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexSafety.TimeoutMs)]
    internal static partial Regex Url();

    [GeneratedRegex(@"(?:instagram\.com|tiktok\.com|snapchat\.com|facebook\.com|fb\.com|fb\.me|twitter\.com|\bx\.com|discord\.gg|discord\.com|wa\.me|whatsapp\.com|t\.me|twitch\.tv|kik\.me|youtube\.com/@|threads\.net|roblox\.com/users)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexSafety.TimeoutMs)]
    private static partial Regex Social();
}
