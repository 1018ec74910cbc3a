using Signpost.Checking.Normalisation;

namespace Signpost.Checking.Matching;

/// <summary>
/// Compiles the small pattern language of the data files into skeleton form. A choice "(a|b|c)" becomes
/// one group char (a private-use char naming a shared sub-trie in <see cref="GroupTable"/>) rather than
/// being multiplied out, so "(my|our) (dad|mum|...) (hits|kicks|...) me" stays one trie path. A choice
/// with an empty option is optional: the pattern is compiled with and without it. Groups do not nest.
/// </summary>
internal static class PatternCompiler
{
    // The compiler's intermediate values are small classes, not value tuples: a generic collection or query of a value
    // tuple is compiled for it at start (`signpost check` compiles everything fully optimised, and ~90 such methods were
    // a quarter of the engine start's JIT time; issue 3), while one of a class shares the framework's precompiled code.

    /// <summary>A compiled pattern: skeleton chars, the least run of each (null when it has a slot), and whether it may go on.</summary>
    public sealed record Compiled(string Pattern, byte[]? Runs, bool Prefix);

    /// <summary>A literal in skeleton form (see <see cref="CompileLiteral"/>).</summary>
    public sealed record Literal(string Text, byte[] Runs, bool HasSlot);

    /// <summary>One part of a pattern: a literal, or a choice's options.</summary>
    private sealed record Item(string? Text, string[]? Options);

    /// <summary>A phrase being multiplied out by <see cref="Expand"/>.</summary>
    private sealed record Prefix(List<char> Chars, List<byte> Runs, bool Slot);

    public const char FirstGroupChar = '\uE000';
    public const int MaxGroups = 6000;

    public static IEnumerable<Compiled> Compile(string pattern, GroupTable groups)
    {
        var prefix = pattern.EndsWith('*');
        if (prefix)
        {
            pattern = pattern[..^1];
        }

        var items = Split(pattern);
        var optional = 0;
        foreach (var item in items)
        {
            optional += item.Options is { } o && o.Contains(string.Empty) ? 1 : 0;
        }

        for (var mask = 0; mask < 1 << optional; mask++)
        {
            // Choose this variant's items: an optional choice is either left out or kept without its empty option.
            var chosen = new List<string[]>();
            var bit = 0;
            foreach (var item in items)
            {
                var options = item.Options ?? [item.Text!];
                if (options.Contains(string.Empty))
                {
                    if ((mask >> bit++ & 1) == 0)
                    {
                        continue;
                    }

                    options = [.. options.Where(x => x.Length > 0)];
                }

                chosen.Add(options);
            }

            foreach (var compiled in Expand(chosen, groups, prefix))
            {
                yield return compiled;
            }
        }
    }

    /// <summary>
    /// Leading choices are multiplied out into plain trie paths (up to <see cref="ExpandLimit"/> phrases), so the
    /// walk from each word start follows chars rather than trying every choice; later choices stay group edges.
    /// </summary>
    private static List<Compiled> Expand(List<string[]> items, GroupTable groups, bool prefix)
    {
        var prefixes = new List<Prefix> { new([], [], false) };
        var expanding = true;
        foreach (var options in items)
        {
            expanding &= options.Length == 1 || prefixes.Count * options.Length <= ExpandLimit;
            var next = new List<Prefix>();
            foreach (var (chars, runs, slot) in prefixes)
            {
                if (!expanding)
                {
                    var (c, r) = (new List<char>(chars), new List<byte>(runs));
                    Separate(c, r);
                    c.Add((char)(FirstGroupChar + groups.Intern(options)));
                    r.Add(1);
                    next.Add(new(c, r, true));
                    continue;
                }

                foreach (var option in options)
                {
                    var (text, optionRuns, hasSlot) = groups.CompileLiteral(option);
                    var (c, r) = (new List<char>(chars), new List<byte>(runs));
                    Separate(c, r);
                    c.AddRange(text);
                    r.AddRange(optionRuns);
                    next.Add(new(c, r, slot || hasSlot));
                }
            }

            prefixes = next;
        }

        var compiled = new List<Compiled>(prefixes.Count);
        foreach (var p in prefixes)
        {
            if (p.Chars.Count > 0)
            {
                compiled.Add(new(new string([.. p.Chars]), p.Slot ? null : p.Runs.ToArray(), prefix));
            }
        }

        return compiled;
    }

    private const int ExpandLimit = 64;

    private static void Separate(List<char> chars, List<byte> runs)
    {
        if (chars.Count > 0)
        {
            chars.Add(Skeleton.Space);
            runs.Add(1);
        }
    }

    /// <summary>A literal phrase (no choices) in skeleton form: slots kept, each word normalised like the text.</summary>
    public static Literal CompileLiteral(string literal)
    {
        var chars = new List<char>();
        var runs = new List<byte>();
        var hasSlot = false;
        foreach (var token in literal.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var slot = token switch { "_" => Slot.AnyWord, "{name}" => Slot.Name, "{num}" => Slot.Number, _ => '\0' };
            var start = chars.Count;
            if (slot != '\0')
            {
                chars.Add(slot);
                runs.Add(1);
                hasSlot = true;
            }
            else
            {
                // A word with a mark at its edge ("100%", "teachers'") ends or starts with a gap in skeleton form; in a text
                // that gap and the space beside it read as one gap, so the word's own is dropped and the separator kept
                // (the pattern "10  fre", two gaps, never matched the text "100% free", one).
                var sk = Skeleton.Build(NormalisedText.From(token).Folded);
                var from = 0;
                var to = sk.Length;
                while (from < to && sk.Chars[from] is Skeleton.Space or Skeleton.SentenceBreak)
                {
                    from++;
                }

                while (to > from && sk.Chars[to - 1] is Skeleton.Space or Skeleton.SentenceBreak)
                {
                    to--;
                }

                for (var i = from; i < to; i++)
                {
                    chars.Add(sk.Chars[i] == Skeleton.SentenceBreak ? Skeleton.Space : sk.Chars[i]);
                    runs.Add(sk.Runs[i]);
                }
            }

            if (chars.Count > start && start > 0)
            {
                chars.Insert(start, Skeleton.Space);
                runs.Insert(start, 1);
            }
        }

        return new(new string([.. chars]), [.. runs], hasSlot);
    }

    private static List<Item> Split(string pattern)
    {
        var items = new List<Item>();
        var i = 0;
        while (i < pattern.Length)
        {
            var open = pattern.IndexOf('(', i);
            var literal = (open < 0 ? pattern[i..] : pattern[i..open]).Trim();
            if (literal.Length > 0)
            {
                items.Add(new(literal, null));
            }

            if (open < 0)
            {
                break;
            }

            var close = MatchingClose(pattern, open);
            var options = TopLevelOptions(pattern[(open + 1)..close])
                .SelectMany(Flatten)
                .Select(o => string.Join(' ', o.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
                .Distinct(StringComparer.Ordinal)
                .ToArray();
            items.Add(new(null, options));
            i = close + 1;
        }

        return items;
    }

    /// <summary>A choice inside a choice ("shut your (mouth|face)") is multiplied out within its option.</summary>
    private static IEnumerable<string> Flatten(string option)
    {
        var open = option.IndexOf('(', StringComparison.Ordinal);
        if (open < 0)
        {
            return new[] { option };
        }

        var close = MatchingClose(option, open);
        var head = option[..open];
        var tails = Flatten(option[(close + 1)..]).ToList();
        return TopLevelOptions(option[(open + 1)..close])
            .SelectMany(Flatten)
            .SelectMany(mid => tails.Select(tail => head + mid + tail));
    }

    private static List<string> TopLevelOptions(string inner)
    {
        var options = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < inner.Length; i++)
        {
            depth += inner[i] switch { '(' => 1, ')' => -1, _ => 0 };
            if (inner[i] == '|' && depth == 0)
            {
                options.Add(inner[start..i].Trim());
                start = i + 1;
            }
        }

        options.Add(inner[start..].Trim());
        return options;
    }

    private static int MatchingClose(string pattern, int open)
    {
        var depth = 0;
        for (var i = open; i < pattern.Length; i++)
        {
            depth += pattern[i] switch { '(' => 1, ')' => -1, _ => 0 };
            if (depth == 0)
            {
                return i;
            }
        }

        throw new FormatException($"Unclosed '(' in pattern \"{pattern}\".");
    }
}
