using System.Reflection;

namespace Signpost.Checking.Matching;

/// <summary>
/// Reads the word and phrase lists embedded from Data/*.txt. A file is a series of sections: a header
/// "[category severity clause message-key]" then one pattern a line ("#" starts a comment). A pattern
/// ending in "*" also matches longer words ("swear*"); "_" is any one word, "{name}" a capitalised
/// name, "{num}" a number; "(a|b|)" is a choice. The section "[allow]" lists innocent words and phrases
/// (Scunthorpe, "the cock crowed") that cancel any hit they overlap.
/// </summary>
internal static class PhraseLists
{
    public const string AllowCategory = "allow";

    /// <summary>
    /// Marker entries (<see cref="Detectors.PhoneInWordsDetector.StartWordEntries"/>): never a match, only a note on the
    /// skeleton that the text has a word a phone number written out can start with.
    /// </summary>
    public const string PhoneStartCategory = "phone-start-word";

    public static readonly string[] ResourceNames =
        ["wordlist.txt", "phrases.txt", "allowlist.txt"];

    public static (IReadOnlyList<PhraseEntry> Entries, GroupTable Groups) LoadEmbedded()
    {
        var assembly = typeof(PhraseLists).Assembly;
        var entries = new List<PhraseEntry>();
        var groups = new GroupTable();
        foreach (var name in ResourceNames)
        {
            entries.AddRange(Parse(ReadResource(assembly, name), name, groups));
        }

        groups.Seal();
        return (entries, groups);
    }

    /// <summary>An embedded Data file's bytes, or null where the assembly has no such file.</summary>
    public static byte[]? ReadResourceBytes(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream($"Signpost.Checking.Data.{name}");
        if (stream is null)
        {
            return null;
        }

        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }

    public static string ReadResource(Assembly assembly, string name)
    {
        var full = $"Signpost.Checking.Data.{name}";
        using var stream = assembly.GetManifestResourceStream(full)
            ?? throw new InvalidOperationException($"Embedded resource {full} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static IEnumerable<PhraseEntry> Parse(string text, string source, GroupTable groups)
    {
        string? category = null;
        var severity = Severity.Medium;
        var clause = string.Empty;
        var message = string.Empty;
        var lineNumber = 0;
        foreach (var raw in text.Split('\n'))
        {
            lineNumber++;
            var line = raw.Trim();
            var hash = line.IndexOf(" #", StringComparison.Ordinal);
            if (hash >= 0)
            {
                line = line[..hash].TrimEnd();
            }

            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (line[0] == '[')
            {
                var parts = line.Trim('[', ']').Split(' ', StringSplitOptions.RemoveEmptyEntries);
                category = parts[0];
                if (category == PhoneStartCategory)
                {
                    // The marker entries' category, told apart by reference in the list match: not for the lists.
                    throw new FormatException($"{source}:{lineNumber}: \"{PhoneStartCategory}\" is kept for the checker's own marker entries.");
                }

                if (category != AllowCategory)
                {
                    if (parts.Length != 4)
                    {
                        throw new FormatException($"{source}:{lineNumber}: a section header is [category severity clause message-key].");
                    }

                    // A switch, not Enum.Parse: that compiled a few generic methods at every start (issue 3's engine start).
                    severity = parts[1].ToLowerInvariant() switch
                    {
                        "low" => Severity.Low,
                        "medium" => Severity.Medium,
                        "high" => Severity.High,
                        _ => throw new FormatException($"{source}:{lineNumber}: severity \"{parts[1]}\" is not low, medium or high."),
                    };
                    clause = parts[2];
                    message = parts[3];
                }

                continue;
            }

            if (category is null)
            {
                throw new FormatException($"{source}:{lineNumber}: pattern before any [section] header.");
            }

            foreach (var compiled in PatternCompiler.Compile(line.ToLowerInvariant(), groups))
            {
                yield return new PhraseEntry(category, clause, severity, message, compiled.Pattern, compiled.Runs, compiled.Prefix, source, lineNumber);
            }
        }
    }
}
