namespace Signpost.Checking.Matching;

/// <summary>
/// The choices "(a|b|c)" of all patterns, each compiled once into a small trie of its options and shared
/// by every pattern that uses the same choice. Built while the lists load, then read-only.
/// </summary>
internal sealed class GroupTable
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<string[]> _options = [];

    /// <summary>Each option's compiled form, kept while the lists load: the same word is in many choices and prefixes.</summary>
    private readonly Dictionary<string, PatternCompiler.Literal> _literals = new(StringComparer.Ordinal);

    public int Count => _options.Count;

    /// <summary><see cref="PatternCompiler.CompileLiteral"/>, once per distinct option (the runs array is shared: read only).</summary>
    public PatternCompiler.Literal CompileLiteral(string literal)
    {
        if (!_literals.TryGetValue(literal, out var compiled))
        {
            _literals[literal] = compiled = PatternCompiler.CompileLiteral(literal);
        }

        return compiled;
    }

    public PhraseTrie[] Tries { get; private set; } = [];

    public int Intern(string[] options)
    {
        var key = string.Join('|', options);
        if (_ids.TryGetValue(key, out var id))
        {
            return id;
        }

        if (_options.Count >= PatternCompiler.MaxGroups)
        {
            throw new FormatException($"More than {PatternCompiler.MaxGroups} distinct choices in the lists.");
        }

        id = _options.Count;
        _ids[key] = id;
        _options.Add(options);
        return id;
    }

    /// <summary>Compiles every group's options into its own trie. Call once, after all patterns are read.</summary>
    public void Seal()
    {
        var tries = new PhraseTrie[_options.Count];
        var entries = new List<PhraseEntry>();
        for (var g = 0; g < tries.Length; g++)
        {
            entries.Clear();
            foreach (var o in _options[g])
            {
                var (text, runs, hasSlot) = CompileLiteral(o);
                if (text.Length > 0)
                {
                    entries.Add(new PhraseEntry("group", string.Empty, Severity.Low, string.Empty, text, hasSlot ? null : runs, false, o));
                }
            }

            tries[g] = new PhraseTrie(entries, null);
        }

        Tries = tries;
        _literals.Clear();
        _literals.TrimExcess();
    }
}
