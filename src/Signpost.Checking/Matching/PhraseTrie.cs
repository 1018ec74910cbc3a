using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Numerics;
using Signpost.Checking.Normalisation;

namespace Signpost.Checking.Matching;

/// <summary>
/// Every word and phrase list compiled once into one trie over skeleton chars, walked from each word
/// start: one pass over the text finds every entry, whatever the number of lists. A choice in a pattern
/// is an edge into a shared sub-trie (<see cref="GroupTable"/>), so patterns do not multiply out.
/// Matches must end at a word boundary (unless the entry is a prefix entry), so "Scunthorpe" never
/// reaches a list word. Immutable after construction: one instance serves every thread.
/// </summary>
internal sealed class PhraseTrie
{
    private const int Width = 40;
    private const int SpaceIndex = 36;
    private const int AnyWordIndex = 37;
    private const int NameIndex = 38;
    private const int NumberIndex = 39;
    private const int MaxEnds = 16;

    /// <summary>
    /// Nodes in breadth-first order, one 8-byte link each: which of the 40 edges exist (a bit mask) and the number
    /// of the first child (the others follow it; up to 16 million nodes). A step of the walk reads one link and one
    /// flags byte: the ~48k-node trie is ~430 KB, half what 16-byte nodes took, so more of it stays in cache.
    /// </summary>
    private readonly ulong[] _links;

    /// <summary>Per node: <see cref="HasTerminal"/>, <see cref="HasBranches"/> and the other node flags.</summary>
    private readonly byte[] _flags;
    /// <summary>Per node with <see cref="HasTerminal"/>: its entries (a sparse map: ~7,500 of the shared trie's ~53k nodes).</summary>
    private readonly NodeMap<PhraseEntry[]> _terminals;

    /// <summary>
    /// Per node with <see cref="HasGroupEdges"/>: its choice edges, in the order they were added (Branch takes those whose
    /// group can start with the char; a sparse map: ~4,900 of the shared trie's ~53k nodes).
    /// </summary>
    private readonly NodeMap<(int Group, int Child)[]> _groupEdges;
    private readonly PhraseTrie[] _groups;
    private readonly ulong[] _groupFirst;

    /// <summary>Per node: whether every match below it passes a "{num}" slot, so a text with no number can skip it.</summary>
    private readonly bool[] _needsNumber;

    /// <summary>A trie as <see cref="CompiledLists"/> stored it (see <see cref="Read"/>).</summary>
    private PhraseTrie(ulong[] links, byte[] flags, NodeMap<PhraseEntry[]> terminals, NodeMap<(int Group, int Child)[]> groupEdges,
        PhraseTrie[] groups, ulong[] groupFirst, bool[] needsNumber, int entryCount, int rootName, int rootNumber)
    {
        _links = links;
        _flags = flags;
        _terminals = terminals;
        _groupEdges = groupEdges;
        _groups = groups;
        _groupFirst = groupFirst;
        _needsNumber = needsNumber;
        EntryCount = entryCount;
        _rootName = rootName;
        _rootNumber = rootNumber;
        _rootNameNext = RootNameNext(links, rootName);
        (_rootNameWordKeys, RootNameWords) = BuildRootNameWordKeys();
    }

    /// <summary>The choices' tries this trie's choice edges lead into (empty for a choice's own trie and a roster's).</summary>
    internal PhraseTrie[] Groups => _groups;

    /// <summary>
    /// Writes everything the trie keeps (but the pair table, built on the first match) for <see cref="CompiledLists"/>;
    /// entries are written as the numbers <paramref name="entryId"/> gives them.
    /// </summary>
    internal void Write(CompiledLists.Writer w, Func<PhraseEntry, int> entryId)
    {
        w.Int(EntryCount);
        w.Int(_rootName);
        w.Int(_rootNumber);
        w.Int(_groups.Length);
        w.ULongs(_links);
        w.Bytes(_flags);
        w.Bytes(MemoryMarshal.AsBytes(_needsNumber.AsSpan()));
        w.ULongs(_groupFirst);
        for (var node = 0; node < _links.Length; node++)
        {
            if (_terminals[node] is { } list)
            {
                w.Int(node);
                w.Int(list.Length);
                foreach (var e in list)
                {
                    w.Int(entryId(e));
                }
            }
        }

        w.Int(-1);
        for (var node = 0; node < _links.Length; node++)
        {
            if (_groupEdges[node] is { } edges)
            {
                w.Int(node);
                w.Int(edges.Length);
                foreach (var (group, child) in edges)
                {
                    w.Int(group);
                    w.Int(child);
                }
            }
        }

        w.Int(-1);
    }

    /// <summary>
    /// Reads a trie <see cref="Write"/> wrote. <paramref name="groups"/> is the choices' tries (read before this one);
    /// a trie written with choices gets all of them, as the shared trie was built with them all.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoOptimization)]
    internal static PhraseTrie Read(ref CompiledLists.Reader r, PhraseEntry[] entries, PhraseTrie[] groups)
    {
        var entryCount = r.Int();
        var rootName = r.Int();
        var rootNumber = r.Int();
        var groupCount = r.Int();
        if (groupCount != 0 && groupCount != groups.Length)
        {
            throw new FormatException("A trie's choices are not the stored choices.");
        }

        var links = r.ULongs();
        var nodes = links.Length;
        var flags = r.Bytes(nodes);
        var needsNumber = r.Bools(nodes);
        var groupFirst = r.ULongs();
        var terminals = new NodeMap<PhraseEntry[]>.Builder(nodes);
        for (var node = r.Int(); node >= 0; node = r.Int())
        {
            var list = new PhraseEntry[r.Count()];
            for (var i = 0; i < list.Length; i++)
            {
                list[i] = entries[r.Int()];
            }

            terminals.Add(node, list);
        }

        var groupEdges = new NodeMap<(int, int)[]>.Builder(nodes);
        for (var node = r.Int(); node >= 0; node = r.Int())
        {
            var edges = new (int, int)[r.Count()];
            for (var i = 0; i < edges.Length; i++)
            {
                edges[i] = (r.Int(), r.Int());
            }

            groupEdges.Add(node, edges);
        }

        return new PhraseTrie(links, flags, terminals.Build(), groupEdges.Build(), groupCount == 0 ? [] : groups, groupFirst, needsNumber,
            entryCount, rootName, rootNumber);
    }

    // Runs once per process (and per roster): compiled fully optimised at once, since tiered compilation would
    // run its loops over ~48k nodes as unoptimised code first (engine start, issue 3).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public PhraseTrie(IEnumerable<PhraseEntry> entries, GroupTable? groups)
    {
        _groups = groups?.Tries ?? [];
        // While building, each node's edges are a list sorted by alphabet index: its first edge, and per edge the
        // next one (a node has one parent edge, so nine bytes a node in all). Rows of 40 child numbers a node took
        // ~9 MB for the shared lists, live until the layout below, and that was most of a process's peak memory.
        // The build keeps no object per node or per entry (lists, dictionaries): whatever outlives a gen-0
        // collection and dies later in the build raises the process's peak (`signpost check` <= 50 MB, issue 3).
        var entryCount = entries is ICollection<PhraseEntry> collection ? collection.Count : 16;
        var builder = new Builder(entryCount);

        // Each entry's end node and its number, sorted below: one array instead of a list per node.
        var ends = new long[Math.Max(entryCount, 1)];
        var entryList = new PhraseEntry[ends.Length];
        var total = 0;
        foreach (var entry in entries)
        {
            var node = 0;
            foreach (var c in entry.Pattern)
            {
                if (c >= PatternCompiler.FirstGroupChar && c < PatternCompiler.FirstGroupChar + PatternCompiler.MaxGroups)
                {
                    node = builder.GroupChildOrAdd(node, c - PatternCompiler.FirstGroupChar);
                    continue;
                }

                var index = Index(c);
                if (index < 0)
                {
                    throw new FormatException($"{entry.Where}: pattern char U+{(int)c:X4} cannot be matched.");
                }

                node = builder.ChildOrAdd(node, index);
            }

            if (total == ends.Length)
            {
                Array.Resize(ref ends, total * 2);
                Array.Resize(ref entryList, total * 2);
            }

            ends[total] = ((long)node << 32) | (uint)total;
            entryList[total++] = entry;
        }

        // Lay the nodes out breadth first: the children of a node then get consecutive numbers, so a child is
        // found from its parent alone (first child + the count of lower edges) with no edge table to read,
        // and the shallow nodes every walk starts through sit together in memory.
        var nodes = builder.Count;
        var newId = new int[nodes];
        Array.Fill(newId, -1);
        var order = new int[nodes];
        var count = 0;
        newId[0] = 0;
        order[count++] = 0;
        for (var head = 0; head < count; head++)
        {
            var old = order[head];
            for (var e = builder.FirstEdge(old); e >= 0; e = builder.NextEdge(e))
            {
                newId[e] = count;
                order[count++] = e;
            }

            for (var g = builder.FirstGroupEdge(old); g >= 0; g = builder.NextGroupEdge(g))
            {
                var target = builder.GroupEdgeChild(g);
                if (newId[target] < 0)
                {
                    newId[target] = count;
                    order[count++] = target;
                }
            }
        }

        if (nodes >= 1 << (64 - ChildShift))
        {
            throw new InvalidOperationException($"{nodes} trie nodes: more than a link can number.");
        }

        // Each node's entries in the order they were read: sorted by end node (its breadth-first number), then by number.
        for (var i = 0; i < total; i++)
        {
            ends[i] = ((long)newId[(int)(ends[i] >> 32)] << 32) | (uint)ends[i];
        }

        HeapSort(ends.AsSpan(0, total));
        var terminals = new NodeMap<PhraseEntry[]>.Builder(nodes);
        for (var i = 0; i < total;)
        {
            var node = (int)(ends[i] >> 32);
            var j = i;
            while (j < total && (int)(ends[j] >> 32) == node)
            {
                j++;
            }

            var list = new PhraseEntry[j - i];
            for (var k = i; k < j; k++)
            {
                list[k - i] = entryList[(int)(uint)ends[k]];
            }

            terminals.Add(node, list);
            i = j;
        }

        _terminals = terminals.Build();
        EntryCount = total;
        ends = null;
        entryList = null;

        _links = new ulong[nodes];
        _flags = new byte[nodes];
        for (var node = 0; node < nodes; node++)
        {
            var old = order[node];
            ulong mask = 0;
            var firstChild = 0;
            for (var e = builder.FirstEdge(old); e >= 0; e = builder.NextEdge(e))
            {
                firstChild = mask == 0 ? newId[e] : firstChild;
                mask |= 1UL << builder.EdgeIndex(e);
            }

            var flags = (_terminals[node] is not null ? HasTerminal : 0) | (builder.FirstGroupEdge(old) >= 0 ? HasGroupEdges | HasBranches : 0)
                | ((mask & SlotMask) != 0 ? HasBranches : 0);
            _links[node] = mask | ((ulong)firstChild << ChildShift)
                | ((flags & HasTerminal) != 0 ? TerminalBit : 0) | ((flags & HasBranches) != 0 ? BranchesBit : 0);
            _flags[node] = (byte)flags;
        }

        _groupFirst = new ulong[_groups.Length];
        for (var g = 0; g < _groups.Length; g++)
        {
            _groupFirst[g] = _groups[g].FirstCharMask();
        }

        // Per node with choice edges: its edges (choice, child) in the order they were added. Branch takes those whose
        // choice can start with the token's first char (_groupFirst). A table per node and char (36 references a node,
        // ~1.5 MB for the shared lists' ~4,900 such nodes, each table different as the children differ) was the
        // largest part of the build's survivors (issue 3, <= 50 MB).
        var groupEdges = new NodeMap<(int, int)[]>.Builder(nodes);
        for (var node = 0; node < nodes; node++)
        {
            var old = order[node];
            var edgeCount = 0;
            for (var g = builder.FirstGroupEdge(old); g >= 0; g = builder.NextGroupEdge(g))
            {
                edgeCount++;
            }

            if (edgeCount == 0)
            {
                continue;
            }

            var edges = new (int, int)[edgeCount];
            edgeCount = 0;
            for (var g = builder.FirstGroupEdge(old); g >= 0; g = builder.NextGroupEdge(g))
            {
                edges[edgeCount++] = (builder.GroupEdgeGroup(g), newId[builder.GroupEdgeChild(g)]);
            }

            groupEdges.Add(node, edges);
        }

        _groupEdges = groupEdges.Build();

        _needsNumber = new bool[nodes];
        var done = new bool[nodes];
        for (var node = 0; node < nodes; node++)
        {
            NeedsNumber(node, done);
        }

        for (var node = 0; node < nodes; node++)
        {
            var mask = _links[node] & EdgeBits;
            var slotFlags = ((mask & (1UL << AnyWordIndex)) != 0 ? HasAnySlot : 0)
                | ((mask & (1UL << NameIndex)) != 0 ? HasNameSlot | (_needsNumber[Child(node, NameIndex)] ? NameNeedsNumber : 0) : 0)
                | ((mask & (1UL << NumberIndex)) != 0 ? HasNumberSlot : 0);
            _flags[node] |= (byte)slotFlags;
        }

        _rootName = Child(0, NameIndex);
        _rootNumber = Child(0, NumberIndex);
        _rootNameNext = RootNameNext(_links, _rootName);
        (_rootNameWordKeys, RootNameWords) = BuildRootNameWordKeys();
    }

    /// <summary>
    /// Sorts in place, ascending (the keys are distinct). Array.Sort of longs compiled the framework's generic sorter at
    /// every start, about 1 KB of code under `signpost check`'s full optimisation (issue 3's engine start).
    /// </summary>
    private static void HeapSort(Span<long> keys)
    {
        for (var i = (keys.Length / 2) - 1; i >= 0; i--)
        {
            SiftDown(keys, i, keys.Length);
        }

        for (var end = keys.Length - 1; end > 0; end--)
        {
            (keys[0], keys[end]) = (keys[end], keys[0]);
            SiftDown(keys, 0, end);
        }
    }

    private static void SiftDown(Span<long> keys, int root, int count)
    {
        var value = keys[root];
        while (true)
        {
            var child = (2 * root) + 1;
            if (child >= count)
            {
                break;
            }

            if (child + 1 < count && keys[child + 1] > keys[child])
            {
                child++;
            }

            if (keys[child] <= value)
            {
                break;
            }

            keys[root] = keys[child];
            root = child;
        }

        keys[root] = value;
    }

    /// <summary>The root's "{name}" and "{num}" children (-1: none), read once for <see cref="RootSlots"/>.</summary>
    private readonly int _rootName;
    private readonly int _rootNumber;

    /// <summary>
    /// Where the root's "{name}" child goes on only through a space and then a plain char (the shared lists: "{name} is",
    /// "{name} at", "{name} was"...): bit i set for each alphabet index i that char may have. 0 where it goes on otherwise.
    /// </summary>
    private readonly ulong _rootNameNext;

    /// <summary>
    /// The first two steps after the root's "{name}" child, as a mask (see <see cref="_rootNameNext"/>): <see cref="CanFind"/>
    /// after the name is false unless the token after it starts with one of these chars right after a space. Every
    /// capitalised word at a sentence start ("The", "We", "Thank") took that test, its token end found first (issue 3's speed).
    /// </summary>
    private static ulong RootNameNext(ulong[] links, int rootName)
    {
        const ulong Alphanumeric = (1UL << 36) - 1;
        if (rootName < 0 || (links[rootName] & (TerminalBit | BranchesBit)) != 0 || (links[rootName] & EdgeBits) != 1UL << 36)
        {
            return 0;
        }

        var space = (int)(links[rootName] >> ChildShift);
        var link = links[space];
        var mask = link & EdgeBits;
        return (link & (TerminalBit | BranchesBit)) != 0 || mask == 0 || (mask & ~Alphanumeric) != 0 ? 0 : mask;
    }

    /// <summary>
    /// For a text with no digit: the words one of which the token after a "{name}" at the root must be for a match
    /// through that slot (the shared lists: "is" and "s", from "{name} is a …" and "{name}'s a …"; every other entry
    /// starting with a name needs a number), as a bit per <see cref="_pairNodes"/> key: a word of one letter with each
    /// char that is no letter or digit after it, a longer word by its first two letters. Null where the words are not
    /// known so simply (a choice or slot right after the name, a word that may go on as a prefix, many words): every
    /// text then takes the name test. All zero where no match through the slot can be without a number.
    /// </summary>
    private readonly ulong[]? _rootNameWordKeys;

    /// <summary>The words <see cref="_rootNameWordKeys"/> stands for (null: not known), for tests.</summary>
    internal IReadOnlyList<string>? RootNameWords { get; }

    /// <summary><see cref="_rootNameWordKeys"/> and the words it stands for, worked out once from the trie.</summary>
    private (ulong[]? Keys, IReadOnlyList<string>? Words) BuildRootNameWordKeys()
    {
        var name = _rootName;
        if (name < 0 || _needsNumber[name])
        {
            // No table of its own: a choice's trie (hundreds of them) and a roster's have no "{name}" at the root.
            return (NoWordKeys, []);
        }

        if ((_links[name] & (TerminalBit | BranchesBit)) != 0 || (_links[name] & EdgeBits) != 1UL << SpaceIndex)
        {
            return (null, null);
        }

        var space = Child(name, SpaceIndex);
        var words = new List<string>();
        if ((_links[space] & (TerminalBit | BranchesBit)) != 0 || !CollectNameWords(space, "", words))
        {
            return (null, null);
        }

        var keys = new ulong[128 * 128 / 64];
        foreach (var word in words)
        {
            for (var second = 0; second < 128; second++)
            {
                if (word.Length == 1 ? !char.IsAsciiLetterOrDigit((char)second) : second == word[1])
                {
                    var key = (word[0] << 7) | second;
                    keys[key >> 6] |= 1UL << key;
                }
            }
        }

        return (keys, words);
    }

    /// <summary>
    /// Adds to <paramref name="words"/> each word a match can read from <paramref name="node"/> (after <paramref name="prefix"/>)
    /// in a text with no digit: along letters only (a digit edge needs a digit), through nodes with a match below them
    /// that needs no number, to where the word may end (a space edge, or entries). False where that is not simple
    /// (more than 64 words among them).
    /// </summary>
    /// <summary>Whether any of the entries matches as a prefix (a loop: `signpost check` never loads System.Linq).</summary>
    private static bool AnyPrefix(PhraseEntry[] entries)
    {
        foreach (var e in entries)
        {
            if (e.Prefix)
            {
                return true;
            }
        }

        return false;
    }

    private bool CollectNameWords(int node, string prefix, List<string> words)
    {
        for (var i = 0; i < 26; i++)
        {
            var child = Child(node, i);
            if (child < 0 || _needsNumber[child])
            {
                continue;
            }

            var word = prefix + (char)('a' + i);
            var link = _links[child];
            if (word.Length > 8 || (link & BranchesBit) != 0
                || ((link & TerminalBit) != 0 && AnyPrefix(_terminals[child]!)))
            {
                return false;
            }

            if ((link & TerminalBit) != 0 || (link & (1UL << SpaceIndex)) != 0)
            {
                words.Add(word);
            }

            if (words.Count > 64 || !CollectNameWords(child, word, words))
            {
                return false;
            }
        }

        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool NeedsNumber(int node, bool[] done)
    {
        if (done[node])
        {
            return _needsNumber[node];
        }

        var needs = _terminals[node] is null;
        for (var i = 0; i < Width && needs; i++)
        {
            if (i != NumberIndex && Child(node, i) is var child and >= 0 && !NeedsNumber(child, done))
            {
                needs = false;
            }
        }

        foreach (var (group, child) in _groupEdges[node] ?? [])
        {
            if (needs && !_groups[group]._needsNumber[0] && !NeedsNumber(child, done))
            {
                needs = false;
            }
        }

        _needsNumber[node] = needs;
        done[node] = true;
        return needs;
    }

    public int EntryCount { get; }

    /// <summary>In <see cref="_pairs"/>: no walk from this token start can find anything.</summary>
    private const int PairDead = -1;

    /// <summary>In <see cref="_pairs"/>: the node after the first char has entries of its own; take the full walk.</summary>
    private const int PairWalk = -2;

    /// <summary>Columns of <see cref="_pairs"/>: the 37 alphabet indexes a second char can have, and one for "none".</summary>
    private const int PairColumns = 38;

    /// <summary>
    /// The first two steps of every walk from a token start, done once when the trie is built: per first char
    /// (a letter or digit) and second char (or none), the node two steps down, <see cref="PairDead"/> or
    /// <see cref="PairWalk"/>. One read of this 5 KB table replaces two dependent steps through the trie, and a
    /// token no entry starts like ("xq", or most words for a roster's trie) costs no walk at all (issue 3's speed).
    /// </summary>
    /// <remarks>
    /// Built on the first <see cref="Match"/>: a choice's own trie is never matched from token starts and needs none
    /// (there are hundreds of those: 5.5 KB each). Two threads may both build it; they build the same table.
    /// </remarks>
    private int[]? _pairs;

    private int[] BuildPairs()
    {
        var pairs = new int[36 * PairColumns];
        for (var first = 0; first < 36; first++)
        {
            var n1 = Child(0, first);
            for (var second = 0; second < PairColumns; second++)
            {
                int value;
                if (n1 < 0)
                {
                    value = PairDead;
                }
                else if ((_links[n1] & TerminalBit) != 0 && (second >= 36 || AnyPrefix(_terminals[n1]!)))
                {
                    // Entries of one char: only where the token may end after it (a gap or the text's end follows), or
                    // for an entry that may go on ("o*"). Before a letter or digit a whole-word entry cannot match,
                    // and the walk goes on from two steps down as for any other token ("of", "on", "our" past "o").
                    value = PairWalk;
                }
                else
                {
                    var n2 = second < 37 ? Child(n1, second) : -1;
                    value = n2 >= 0 ? n2 : PairDead;
                }

                pairs[(first * PairColumns) + second] = value;
            }
        }

        return pairs;
    }

    /// <summary>In <see cref="_pairNodes"/>: the token starts with a char no entry has (no walk, nothing to note).</summary>
    private const int PairSkip = -3;

    /// <summary>In <see cref="_pairNodes"/>: the token needs <see cref="MatchToken"/> itself (<see cref="PairWalk"/>, or a first char past the letters and digits).</summary>
    private const int PairSlow = -4;

    /// <summary>In <see cref="PlainPaths"/>, the second char of a token that has none (the text ends after its first).</summary>
    private const char NoSecond = '\0';

    /// <summary>
    /// <see cref="_pairs"/> looked up by the token's first two chars themselves (each below 128; the second
    /// <see cref="NoSecond"/> where there is none): the node two steps down, <see cref="PairDead"/>,
    /// <see cref="PairSkip"/> or <see cref="PairSlow"/>. One read instead of two alphabet look-ups, a multiply and
    /// the pair table's read, all on the path every token's walk waits for (issue 3's speed). 64 KB, of which a text of
    /// letters and digits reads a few KB. Built on the first <see cref="Match"/>, as <see cref="_pairs"/>.
    /// </summary>
    private int[]? _pairNodes;

    private int[] BuildPairNodes()
    {
        var pairs = _pairs ??= BuildPairs();
        var table = IndexTable;
        var nodes = new int[128 * 128];
        for (var c0 = 0; c0 < 128; c0++)
        {
            for (var c1 = 0; c1 < 128; c1++)
            {
                var index = table[c0];
                var second = table[c1];
                // A second char past the pair table's columns (a slot's own char, never in a skeleton): the general walk.
                nodes[(c0 << 7) | c1] = index < 0 ? PairSkip
                    : index >= 36 || second >= PairColumns - 1 ? PairSlow
                    : pairs[(index * PairColumns) + (second < 0 ? PairColumns - 1 : second)] is var node && node == PairWalk ? PairSlow
                    : node;
            }
        }

        return nodes;
    }

    /// <summary>
    /// For the roster's trie, matched beside the lists' in <see cref="PlainPaths"/>: a bit per <see cref="_pairNodes"/>
    /// key, set where a token starting with those two chars needs the roster's own walk (its pair node is not
    /// <see cref="PairDead"/>, or the trie has branches, which every token may take). 2 KB, where the pair table it
    /// stands for is 64 KB, read beside the lists' own 64 KB pair table for every token (issue 3's speed).
    /// </summary>
    private ulong[]? _pairStarts;

    private ulong[] BuildPairStarts()
    {
        // The roster's own pair-node table is needed only here: not kept (64 KB a checker).
        var nodes = _pairNodes ?? BuildPairNodes();
        var branches = (_flags[0] & HasBranches) != 0;
        var starts = new ulong[nodes.Length / 64];
        for (var key = 0; key < nodes.Length; key++)
        {
            if (branches || nodes[key] != PairDead)
            {
                starts[key >> 6] |= 1UL << key;
            }
        }

        return starts;
    }

    public int NodeCount => _links.Length;

    /// <summary>Adds every match in <paramref name="skeleton"/> to <paramref name="matches"/>.</summary>
    public void Match(Skeleton skeleton, CheckerModel names, List<PhraseMatch> matches) => Match(skeleton, names, matches, null, null);

    /// <summary>
    /// Adds every match in <paramref name="skeleton"/> to <paramref name="matches"/>, and, in the same pass over the
    /// tokens, every match of <paramref name="also"/> (the roster's trie) to <paramref name="alsoMatches"/>: each list
    /// gets its matches in the order the trie's own pass would give them.
    /// </summary>
    public void Match(Skeleton skeleton, CheckerModel names, List<PhraseMatch> matches, PhraseTrie? also, List<PhraseMatch>? alsoMatches)
    {
        var chars = skeleton.Chars;
        var length = Math.Min(skeleton.Length, Math.Min(chars.Length, skeleton.Flags.Length));
        var starts = skeleton.TokenStarts;
        var count = Math.Min(skeleton.TokenCount, starts.Length);
        var alsoPairs = also is null ? null : also._pairs ??= also.BuildPairs();
        var alsoStarts = also is null ? null : also._pairStarts ??= also.BuildPairStarts();
        var pairNodes = _pairNodes ??= BuildPairNodes();
        var alsoBranches = also is not null && (also._flags[0] & HasBranches) != 0;
        var events = skeleton.MatchEvents(count);
        // The root's name slot can find something only in a text with a digit, or with a word a match through it needs
        // without one (the shared lists: "Mia is a …", "Tom's a …"; _rootNameWordKeys): most texts have neither, and get
        // a plain-path loop with no name test at all (~8% of a batch's time).
        var rootFlags = _flags[0];
        var nameTest = (rootFlags & HasBranches) != 0 && NameSlotMayTake(rootFlags, skeleton);
        var wordKeys = !nameTest ? NoWordKeys : skeleton.HasDigits ? null : _rootNameWordKeys;
        var plain = wordKeys is null ? ~0L : PlainPaths<No>(skeleton, names, 0, 0, count, length, pairNodes, alsoStarts, events, wordKeys);
        int found;
        if (plain < 0)
        {
            // A text with a digit (from its first token), or one of the words at token t (the loop without the test
            // stopped there): the loop with the test from the token before it, whose note (if any) is made again.
            var t = (int)(~plain >> 32);
            found = (int)(uint)~plain;
            var from = Math.Max(t - 1, 0);
            if (t > 0 && found >= 4 && events[found - 4] == starts[from])
            {
                found -= 4;
            }

            found = (int)PlainPaths<Yes>(skeleton, names, from, found, count, length, pairNodes, alsoStarts, events, NoWordKeys);
        }
        else
        {
            found = (int)plain;
        }

        for (var e = 0; e < found; e += 4)
        {
            var p = events[e];
            var kind = events[e + 1];
            var index = Index(chars[p]);
            var second = p + 1 < length ? Index(chars[p + 1]) : -1;
            var column = second < 0 ? PairColumns - 1 : second;
            if ((kind & EventSlow) != 0)
            {
                // Exactly the token-by-token pass's steps for this token.
                if (index < 0)
                {
                    continue;
                }

                MatchToken(skeleton, names, matches, p, index, column, length);
                if (alsoPairs is not null && ((uint)index >= 36 || alsoBranches || alsoPairs[(index * PairColumns) + column] != PairDead))
                {
                    also!.MatchToken(skeleton, names, alsoMatches!, p, index, column, length);
                }

                continue;
            }

            if ((kind & EventWalk) != 0)
            {
                Walk(skeleton, names, matches, events[e + 2], events[e + 3], p);
            }

            if ((kind & EventRootBranch) != 0)
            {
                RootBranch(skeleton, names, matches, p, index);
            }

            if ((kind & EventRoster) != 0)
            {
                also!.MatchToken(skeleton, names, alsoMatches!, p, index, column, length);
            }
        }
    }

    /// <summary>In <see cref="CountPlainSteps"/>' counts: the last index of steps (nine or more), then the other outcomes.</summary>
    internal const int StepsMost = 9;
    internal const int StepsPastAscii = 10;
    internal const int StepsNoEntry = 11;
    internal const int StepsFullWalk = 12;
    internal const int StepCounts = 13;

    /// <summary>
    /// For measuring (`PHASES_TOKENS=1 ... phases`): how the skeleton's tokens start their plain paths, without matching:
    /// tokens with a char past 127 in their first two (<see cref="StepsPastAscii"/>), tokens whose first two chars no
    /// entry starts with (<see cref="StepsNoEntry"/>) or that need the full walk (<see cref="StepsFullWalk"/>), and for
    /// the rest, how many steps past the first two chars the plain path goes before it ends or reaches a node with
    /// entries or branches (up to <see cref="StepsMost"/>: that many or more). The same steps as <see cref="PlainPaths"/>
    /// takes, in a copy of its loop kept out of it (the loop runs for every word of every text, with no call in it);
    /// <c>ListMatchTests</c> checks the counts.
    /// </summary>
    internal void CountPlainSteps(Skeleton skeleton, long[] counts)
    {
        var pairNodes = _pairNodes ??= BuildPairNodes();
        var chars = skeleton.Chars;
        var length = Math.Min(skeleton.Length, chars.Length);
        for (var t = 0; t < skeleton.TokenCount; t++)
        {
            var p = skeleton.TokenStarts[t];
            var c0 = chars[p];
            var c1 = p + 1 < length ? chars[p + 1] : NoSecond;
            if ((c0 | c1) >= 128)
            {
                counts[StepsPastAscii]++;
                continue;
            }

            var node = pairNodes[(c0 << 7) | c1];
            if (node < 0)
            {
                counts[node == PairDead ? StepsNoEntry : StepsFullWalk]++;
                continue;
            }

            var pos = p + 2;
            while ((uint)node < (uint)_links.Length)
            {
                var link = _links[node];
                if ((link & (TerminalBit | BranchesBit)) != 0 || pos >= length || chars[pos] >= 128)
                {
                    break;
                }

                var bit = EdgeBitTable[chars[pos]];
                if ((link & bit) == 0)
                {
                    break;
                }

                node = (int)(link >> ChildShift) + BitOperations.PopCount(link & (bit - 1));
                pos++;
            }

            counts[Math.Min(pos - p - 2, StepsMost)]++;
        }
    }

    /// <summary>
    /// The token-by-token pass <see cref="Match"/> stands for (<see cref="MatchToken"/> at every token start, with no
    /// plain-path loop and none of its shortcuts): tests compare the two on random texts.
    /// </summary>
    internal void MatchEachToken(Skeleton skeleton, CheckerModel names, List<PhraseMatch> matches)
    {
        _pairs ??= BuildPairs();
        var chars = skeleton.Chars;
        var length = Math.Min(skeleton.Length, Math.Min(chars.Length, skeleton.Flags.Length));
        for (var t = 0; t < skeleton.TokenCount; t++)
        {
            var p = skeleton.TokenStarts[t];
            var index = Index(chars[p]);
            if (index < 0)
            {
                continue;
            }

            var second = p + 1 < length ? Index(chars[p + 1]) : -1;
            MatchToken(skeleton, names, matches, p, index, second < 0 ? PairColumns - 1 : second, length);
        }
    }

    /// <summary>
    /// <see cref="Match"/>'s first loop: every token's plain path, with no call at all (a call anywhere in the loop's
    /// method made the compiler keep its variables on the stack, and this loop runs for every word of every text). A
    /// token that needs more (a walk from a node with entries or branches, the root's slots or choices, the roster, or
    /// anything unusual) is noted in <paramref name="events"/>: its start, what it needs, and where its walk goes on.
    /// From token <paramref name="fromToken"/>, after <paramref name="found"/> ints already written. Returns the ints
    /// written; the copy without the name test stops at the first of <paramref name="wordKeys"/>' words and returns the
    /// complement of that token's number (high half) and the ints written before it (low half).
    /// </summary>
    private long PlainPaths<TRootName>(Skeleton skeleton, CheckerModel names, int fromToken, int found, int count, int length, int[] pairNodes, ulong[]? alsoStarts, int[] events, ulong[] wordKeys)
        where TRootName : struct, IConstant
    {
        var chars = skeleton.Chars;
        var tokenFlags = skeleton.Flags;
        var starts = skeleton.TokenStarts;
        var links = _links;
        var table = IndexTable;
        var rosterFirstPairs = names.RosterFirstPairs;

        // MayBranch at the root, taken apart: what holds for every token, and what depends on the token.
        var rootFlags = _flags[0];
        var rootBranches = (rootFlags & HasBranches) != 0;
        var rootAlways = rootBranches && (rootFlags & (HasGroupEdges | HasAnySlot)) != 0;
        var rootNumber = rootBranches && (rootFlags & HasNumberSlot) != 0;
        var rootNameNext = _rootNameNext;
        var bits = EdgeBitTable;
        for (var t = fromToken; t < count; t++)
        {
            var p = starts[t];
            var c0 = chars[p];
            var c1 = p + 1 < length ? chars[p + 1] : NoSecond;
            if ((c0 | c1) >= 128)
            {
                if (!TRootName.Value && c0 < 128 && (wordKeys[c0 << 1] & 1) != 0)
                {
                    // A word of one letter may end here (its key with NoSecond, bit 0 of its first char's row).
                    return ~(((long)t << 32) | (uint)found);
                }

                found = Note(events, found, p, EventSlow, 0, 0);
                continue;
            }

            var key = (c0 << 7) | c1;
            if (!TRootName.Value && (wordKeys[key >> 6] & (1UL << key)) != 0)
            {
                // A word a "{name}" before it can go on with: this text needs the loop with the name test.
                return ~(((long)t << 32) | (uint)found);
            }

            var node = pairNodes[key];
            if (node < PairDead)
            {
                if (node == PairSlow)
                {
                    found = Note(events, found, p, EventSlow, 0, 0);
                }

                continue;
            }

            // CheckerModel.MayBeName: a capital, or a roster first name's first two chars. A capitalised token is a name
            // only if its letters are all a-z and it has two or more (CheckerModel.IsName), so its second char is a
            // letter ("I" is not tried).
            var nameBranch = TRootName.Value
                && (((tokenFlags[p] & Skeleton.TokenFlags.Capital) != 0 && (uint)(c1 - 'a') < 26)
                    || (p + 1 < chars.Length && (rosterFirstPairs[c0 & 63] & (1UL << (chars[p + 1] & 63))) != 0));
            if (nameBranch && rootNameNext != 0)
            {
                // RootSlots' name test can find something only where the next token follows a space and starts with a
                // char the name child's path goes on with (a letter after a space always starts a token).
                nameBranch = false;
                if (t + 1 < count)
                {
                    var n = starts[t + 1];
                    if ((uint)(n - 1) < (uint)length && chars[n - 1] == Skeleton.Space && chars[n] < 128)
                    {
                        var nextIndex = table[chars[n]];
                        nameBranch = nextIndex >= 0 && ((rootNameNext >> nextIndex) & 1) != 0;
                    }
                }
            }

            // A token starting with a digit (its first char is a letter or digit here).
            var rootBranch = rootAlways || nameBranch || (rootNumber && (uint)(c0 - '0') < 10);
            var kind = (rootBranch ? EventRootBranch : 0)
                | (alsoStarts is not null && (alsoStarts[key >> 6] & (1UL << key)) != 0 ? EventRoster : 0);
            var pos = p + 2;
            while ((uint)node < (uint)links.Length)
            {
                var link = links[node];
                if ((link & (TerminalBit | BranchesBit)) != 0)
                {
                    kind |= EventWalk;
                    break;
                }

                if ((uint)pos >= (uint)length || (uint)pos >= (uint)chars.Length)
                {
                    break;
                }

                var c = chars[pos];
                if (c >= 128)
                {
                    // A char past 127 in a word: the general walk works out its index (rare).
                    kind = EventSlow;
                    break;
                }

                var bit = bits[c];
                if ((link & bit) == 0)
                {
                    break;
                }

                node = (int)(link >> ChildShift) + BitOperations.PopCount(link & (bit - 1));
                pos++;
            }

            if (kind != 0)
            {
                found = Note(events, found, p, kind, node, pos);
            }
        }

        return found;
    }

    /// <summary>For <see cref="PlainPaths"/>: no word stops its loop.</summary>
    private static readonly ulong[] NoWordKeys = new ulong[128 * 128 / 64];

    /// <summary>A compile-time true or false for a generic method's struct argument: each gets its own compiled code.</summary>
    private interface IConstant
    {
        static abstract bool Value { get; }
    }

    private readonly struct Yes : IConstant
    {
        public static bool Value => true;
    }

    private readonly struct No : IConstant
    {
        public static bool Value => false;
    }

    private const int EventWalk = 1;
    private const int EventRootBranch = 2;
    private const int EventRoster = 4;

    /// <summary>The token needs <see cref="MatchToken"/> itself: its first step is a full walk, or it has a char past 127.</summary>
    private const int EventSlow = 8;

    /// <summary>Notes a token for <see cref="Match"/>'s second loop: its start, what it needs, and where its walk goes on.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Note(int[] events, int found, int p, int kind, int node, int pos)
    {
        events[found] = p;
        events[found + 1] = kind;
        events[found + 2] = node;
        events[found + 3] = pos;
        return found + 4;
    }

    /// <summary>The root's slot or choice edges at the token at <paramref name="p"/>, taken after its plain path (see <see cref="MatchToken"/>).</summary>
    private void RootBranch(Skeleton skeleton, CheckerModel names, List<PhraseMatch> matches, int p, int index)
    {
        if ((_flags[0] & (HasGroupEdges | HasAnySlot)) == 0)
        {
            RootSlots(skeleton, names, matches, p);
        }
        else
        {
            Branch(skeleton, names, matches, 0, p, p, index);
        }
    }

    /// <summary>Every match starting at the token at <paramref name="p"/> (first char's index, second char's pair column).</summary>
    private void MatchToken(Skeleton skeleton, CheckerModel names, List<PhraseMatch> matches, int p, int index, int column, int length)
    {
        if ((uint)index >= 36)
        {
            Walk(skeleton, names, matches, 0, p, p);
            return;
        }

        // The plain chars start two steps down (see _pairs), or not at all; the root's slot or choice edges, when
        // they may apply here, are taken after the plain path, as Walk takes a branch point after the path
        // beyond it (the root's is the last one a walk from here takes).
        var rootFlags = _flags[0];
        var rootBranch = (rootFlags & HasBranches) != 0 && MayBranch(rootFlags, skeleton, names, 0, p, index);
        var node = _pairs![(index * PairColumns) + column];
        if (node == PairWalk)
        {
            Walk(skeleton, names, matches, 0, p, p);
            return;
        }

        // Most walks die within the first word without passing a node with entries or branches: follow the
        // plain chars here, and hand over to Walk (which would have done exactly the same steps so far) at the
        // first node where anything can be found or branched. The steps are CanFind's; a helper shared with it
        // (returning the node and position) cost ~2% of the whole check under PGO, even inlined (measured, issue 3).
        var links = _links;
        var table = IndexTable;
        var chars = skeleton.Chars;
        var pos = p + 2;
        while ((uint)node < (uint)links.Length)
        {
            var link = links[node];
            if ((link & (TerminalBit | BranchesBit)) != 0)
            {
                Walk(skeleton, names, matches, node, pos, p);
                break;
            }

            if ((uint)pos >= (uint)length || (uint)pos >= (uint)chars.Length)
            {
                break;
            }

            var c = chars[pos];
            var i = c < 128 ? table[c] : IndexOf(c);
            var bit = 1UL << i;
            if (i < 0 || (link & bit) == 0)
            {
                break;
            }

            node = (int)(link >> ChildShift) + BitOperations.PopCount(link & (bit - 1));
            pos++;
        }

        if (rootBranch)
        {
            if ((rootFlags & (HasGroupEdges | HasAnySlot)) == 0)
            {
                RootSlots(skeleton, names, matches, p);
            }
            else
            {
                Branch(skeleton, names, matches, 0, p, p, index);
            }
        }
    }

    /// <summary>
    /// <see cref="Branch"/> at the root of a trie whose root has no choice edges and no "_" slot (the shared lists: only
    /// "{name}" and "{num}"), taking the same steps in the same order with the root's slot children read once. Every
    /// capitalised word reaches here, and the general branch's look-ups were ~0.5 ms a MB (issue 3's speed).
    /// </summary>
    private void RootSlots(Skeleton sk, CheckerModel names, List<PhraseMatch> matches, int pos)
    {
        var tokenEnd = -1;
        var name = _rootName;
        if (name >= 0 && (sk.HasDigits || !_needsNumber[name]) && names.MayBeName(sk, pos))
        {
            tokenEnd = sk.TokenEnd(pos);
            if (CanFind(sk, name, tokenEnd) && names.IsName(sk, pos, tokenEnd))
            {
                Walk(sk, names, matches, name, tokenEnd, pos);
            }
        }

        var number = _rootNumber;
        if (number >= 0 && char.IsAsciiDigit(sk.Chars[pos]))
        {
            tokenEnd = tokenEnd < 0 ? sk.TokenEnd(pos) : tokenEnd;
            if (IsNumber(sk, pos, tokenEnd))
            {
                Walk(sk, names, matches, number, tokenEnd, pos);
            }
        }
    }

    /// <summary>
    /// A value for some nodes, null for the others, read in O(1): a bit per node, the count of set bits before each
    /// 64 nodes, and the values of the set nodes in node order. An array of one reference per node was ~420 KB each
    /// for the shared trie (~53k nodes, a few thousand with a value), on the large-object heap (issue 3, <= 50 MB).
    /// </summary>
    private readonly struct NodeMap<T>
        where T : class
    {
        private readonly ulong[] _bits;
        private readonly int[] _ranks;
        private readonly T[] _values;

        private NodeMap(ulong[] bits, int[] ranks, T[] values)
        {
            _bits = bits;
            _ranks = ranks;
            _values = values;
        }

        public T? this[int node]
        {
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            get
            {
                var word = node >> 6;
                var bits = _bits[word];
                var bit = 1UL << node;
                return (bits & bit) == 0 ? null : _values[_ranks[word] + BitOperations.PopCount(bits & (bit - 1))];
            }
        }

        /// <summary>Collects the values in increasing node order.</summary>
        public sealed class Builder(int nodes)
        {
            private readonly ulong[] _bits = new ulong[(nodes + 63) >> 6];
            private readonly List<T> _values = [];
            private int _last = -1;

            public void Add(int node, T value)
            {
                if (node <= _last)
                {
                    throw new InvalidOperationException("Node values must be added in increasing node order.");
                }

                _bits[node >> 6] |= 1UL << node;
                _values.Add(value);
                _last = node;
            }

            public NodeMap<T> Build()
            {
                var ranks = new int[_bits.Length];
                var rank = 0;
                for (var w = 0; w < _bits.Length; w++)
                {
                    ranks[w] = rank;
                    rank += BitOperations.PopCount(_bits[w]);
                }

                return new NodeMap<T>(_bits, ranks, [.. _values]);
            }
        }
    }

    /// <summary>
    /// The trie while it is built: node n's plain edges are a list sorted by alphabet index, starting at
    /// <c>_first[n]</c>; an edge is named by the node it leads to (each node but the root has exactly one parent
    /// edge), which holds the edge's index and the next edge of the same parent. Choice edges are kept apart.
    /// </summary>
    private sealed class Builder
    {
        private int[] _first;
        private int[] _next;
        private byte[] _index;

        /// <summary>Choice edges: per node its first and last (-1 for none); per edge its group, child and next.</summary>
        private int[] _groupFirst;
        private int[] _groupLast;
        private int[] _groupNext = new int[64];
        private int[] _groupOf = new int[64];
        private int[] _groupChild = new int[64];
        private int _groupEdges;

        /// <summary>Sized for the shared lists' ~53k nodes at ~6.5 a pattern: growing by doubling left each old array as garbage.</summary>
        public Builder(int entries)
        {
            var capacity = (int)Math.Clamp((long)entries * 13 / 2, 64, 1 << 20);
            _first = new int[capacity];
            _next = new int[capacity];
            _index = new byte[capacity];
            _groupFirst = new int[capacity];
            _groupLast = new int[capacity];
            NewNode();
        }

        public int Count { get; private set; }

        public int NewNode()
        {
            if (Count == _first.Length)
            {
                var size = Count + (Count / 2);
                Array.Resize(ref _first, size);
                Array.Resize(ref _next, size);
                Array.Resize(ref _index, size);
                Array.Resize(ref _groupFirst, size);
                Array.Resize(ref _groupLast, size);
            }

            _first[Count] = -1;
            _next[Count] = -1;
            _groupFirst[Count] = -1;
            _groupLast[Count] = -1;
            return Count++;
        }

        public int FirstEdge(int node) => _first[node];

        public int NextEdge(int edge) => _next[edge];

        public int EdgeIndex(int edge) => _index[edge];

        public int FirstGroupEdge(int node) => _groupFirst[node];

        public int NextGroupEdge(int edge) => _groupNext[edge];

        public int GroupEdgeGroup(int edge) => _groupOf[edge];

        public int GroupEdgeChild(int edge) => _groupChild[edge];

        /// <summary>The child of <paramref name="node"/> along the choice <paramref name="group"/>, added (last) when missing.</summary>
        public int GroupChildOrAdd(int node, int group)
        {
            for (var e = _groupFirst[node]; e >= 0; e = _groupNext[e])
            {
                if (_groupOf[e] == group)
                {
                    return _groupChild[e];
                }
            }

            var child = NewNode();
            if (_groupEdges == _groupOf.Length)
            {
                Array.Resize(ref _groupNext, _groupEdges * 2);
                Array.Resize(ref _groupOf, _groupEdges * 2);
                Array.Resize(ref _groupChild, _groupEdges * 2);
            }

            var edge = _groupEdges++;
            _groupOf[edge] = group;
            _groupChild[edge] = child;
            _groupNext[edge] = -1;
            if (_groupLast[node] < 0)
            {
                _groupFirst[node] = edge;
            }
            else
            {
                _groupNext[_groupLast[node]] = edge;
            }

            _groupLast[node] = edge;
            return child;
        }

        /// <summary>The child of <paramref name="node"/> along <paramref name="index"/>, added (in index order) when missing.</summary>
        public int ChildOrAdd(int node, int index)
        {
            var previous = -1;
            var edge = _first[node];
            while (edge >= 0 && _index[edge] < index)
            {
                previous = edge;
                edge = _next[edge];
            }

            if (edge >= 0 && _index[edge] == index)
            {
                return edge;
            }

            var child = NewNode();
            _index[child] = (byte)index;
            _next[child] = edge;
            if (previous < 0)
            {
                _first[node] = child;
            }
            else
            {
                _next[previous] = child;
            }

            return child;
        }
    }

    /// <summary>Bit i set when a match can start with alphabet index i (all bits if it starts with a slot).</summary>
    private ulong FirstCharMask()
    {
        ulong mask = 0;
        for (var i = 0; i < Width; i++)
        {
            if (Child(0, i) >= 0)
            {
                mask |= i >= AnyWordIndex ? ulong.MaxValue : 1UL << i;
            }
        }

        return mask;
    }

    /// <summary>
    /// Walks the trie from <paramref name="node"/> along the skeleton from <paramref name="pos"/>, adding every
    /// match that started at <paramref name="start"/>. Plain chars are followed in a loop; the token starts on
    /// the way where a slot ("_", "{name}", "{num}") or a choice could also be taken are kept and tried after
    /// the plain path, deepest first (the order the recursive walk found matches in).
    /// </summary>
    private void Walk(Skeleton sk, CheckerModel names, List<PhraseMatch> matches, int node, int pos, int start)
    {
        var stackBase = sk.BranchTop;
        var chars = sk.Chars;
        var tokenFlags = sk.Flags;
        var length = Math.Min(sk.Length, Math.Min(chars.Length, tokenFlags.Length));
        var links = _links;
        var nodeFlags = _flags;
        var table = IndexTable;
        while ((uint)node < (uint)links.Length)
        {
            // One load a step: the link carries the node's "terminal" and "branches" flags beside its edges.
            var link = links[node];
            if ((link & TerminalBit) != 0 && pos > start)
            {
                AddTerminals(sk, matches, node, pos, start);
            }

            if ((uint)pos >= (uint)length)
            {
                break;
            }

            var c = chars[pos];
            int index = c < 128 ? table[c] : IndexOf(c);
            if (index < 0)
            {
                break;
            }

            if ((link & BranchesBit) != 0 && (tokenFlags[pos] & Skeleton.TokenFlags.Start) != 0 && MayBranch(nodeFlags[node], sk, names, node, pos, index))
            {
                sk.PushBranch(node, pos);
            }

            var bit = 1UL << index;
            if ((link & bit) == 0)
            {
                break;
            }

            node = (int)(link >> ChildShift) + BitOperations.PopCount(link & (bit - 1));
            pos++;
        }

        // Each branch's own walk pushes above this walk's entries and pops back before returning.
        for (var i = sk.BranchTop - 1; i >= stackBase; i--)
        {
            var (branchNode, at) = sk.Branch(i);
            Branch(sk, names, matches, branchNode, at, start, Index(chars[at]));
        }

        sk.BranchTop = stackBase;
    }

    /// <summary>
    /// Whether <see cref="Branch"/> could take any edge at this token start: a choice starting with its first
    /// char, "_", "{name}" when the token may be a name (and a number is in the text, where every match below
    /// needs one), "{num}" when it starts with a digit. At the root, "{name}" is there for every word, and
    /// most words are lower case: those are not kept as branch points at all.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool MayBranch(int flags, Skeleton sk, CheckerModel names, int node, int pos, int index)
    {
        if ((flags & (HasGroupEdges | HasAnySlot)) != 0)
        {
            return true;
        }

        return (NameSlotMayTake(flags, sk) && names.MayBeName(sk, pos))
            || ((flags & HasNumberSlot) != 0 && index is >= 26 and < 36);
    }

    /// <summary>Whether a node with these flags has a "{name}" edge a name in this text could take: every entry below it that needs a number needs a digit in the text.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool NameSlotMayTake(int flags, Skeleton sk) =>
        (flags & HasNameSlot) != 0 && (sk.HasDigits || (flags & NameNeedsNumber) == 0);

    private void AddTerminals(Skeleton sk, List<PhraseMatch> matches, int node, int pos, int start)
    {
        foreach (var entry in _terminals[node]!)
        {
            if ((entry.Prefix || sk.IsBoundary(pos)) && RunsAllow(sk, entry, start))
            {
                if (ReferenceEquals(entry.Category, PhraseLists.PhoneStartCategory))
                {
                    // A marker, not a hit: the text has a word a phone number can start with (Needs.PhoneStartWord).
                    sk.HasPhoneStartWord = true;
                    continue;
                }

                matches.Add(new PhraseMatch(entry, start, pos));
            }
        }
    }

    /// <summary>The choice and slot edges of <paramref name="node"/> taken by the token starting at <paramref name="pos"/>.</summary>
    private void Branch(Skeleton sk, CheckerModel names, List<PhraseMatch> matches, int node, int pos, int start, int index)
    {
        var flags = _flags[node];
        if (index < 36 && (flags & HasGroupEdges) != 0 && _groupEdges[node] is { } edges)
        {
            Span<int> ends = stackalloc int[MaxEnds];
            var bit = 1UL << index;
            foreach (var (group, next) in edges)
            {
                // Only the choices that can start with this char (most nodes have one choice edge).
                if ((_groupFirst[group] & bit) == 0)
                {
                    continue;
                }

                var found = 0;
                _groups[group].CollectEnds(sk, names, 0, pos, pos, ends, ref found);
                for (var i = 0; i < found; i++)
                {
                    Walk(sk, names, matches, next, ends[i], start);
                }
            }
        }

        if ((_links[node] & SlotMask) == 0)
        {
            return;
        }

        var any = Child(node, AnyWordIndex);
        var name = Child(node, NameIndex);
        var number = Child(node, NumberIndex);
        if (any < 0 && name < 0 && number < 0)
        {
            return;
        }

        // The token's end is found only when a slot may take it (at the root, "{name}" is tried at every word).
        var tokenEnd = -1;
        if (any >= 0)
        {
            tokenEnd = sk.TokenEnd(pos);
            Walk(sk, names, matches, any, tokenEnd, start);
        }

        if (name >= 0 && (sk.HasDigits || !_needsNumber[name]) && names.MayBeName(sk, pos))
        {
            tokenEnd = tokenEnd < 0 ? sk.TokenEnd(pos) : tokenEnd;
            if (CanFind(sk, name, tokenEnd) && names.IsName(sk, pos, tokenEnd))
            {
                Walk(sk, names, matches, name, tokenEnd, start);
            }
        }

        if (number >= 0 && char.IsAsciiDigit(sk.Chars[pos]))
        {
            tokenEnd = tokenEnd < 0 ? sk.TokenEnd(pos) : tokenEnd;
            if (IsNumber(sk, pos, tokenEnd))
            {
                Walk(sk, names, matches, number, tokenEnd, start);
            }
        }
    }

    /// <summary>
    /// Whether a walk from <paramref name="node"/> at <paramref name="pos"/> (just after a token) could find
    /// anything: the plain chars are followed until a node with entries or branches (true) or a char with no
    /// edge (false: the walk would certainly find nothing), so the "{name}" test of the token before (hash
    /// lookups) is made only when it can matter.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private bool CanFind(Skeleton sk, int node, int pos)
    {
        var links = _links;
        var chars = sk.Chars;
        var length = Math.Min(sk.Length, chars.Length);
        while ((uint)node < (uint)links.Length)
        {
            var link = links[node];
            if ((link & (TerminalBit | BranchesBit)) != 0)
            {
                return true;
            }

            if ((uint)pos >= (uint)length)
            {
                return false;
            }

            var index = Index(chars[pos]);
            var bit = 1UL << index;
            if (index < 0 || (link & bit) == 0)
            {
                return false;
            }

            node = (int)(link >> ChildShift) + BitOperations.PopCount(link & (bit - 1));
            pos++;
        }

        return false;
    }

    /// <summary>
    /// Within a group's own trie (no nested groups): where its options, matched from pos, end. The plain chars are
    /// followed in a loop (a call per char took ~15% of a check of a text with several choices, issue 3's speed);
    /// the nodes on the way where a slot ("_", "{name}", "{num}") may take the token there are kept and tried after
    /// the plain path, deepest first, which is the order the recursive walk found ends in.
    /// </summary>
    private void CollectEnds(Skeleton sk, CheckerModel names, int node, int pos, int start, Span<int> ends, ref int found)
    {
        const int MaxSlotPoints = 8;
        Span<long> slotPoints = stackalloc long[MaxSlotPoints];
        var slotCount = 0;
        var links = _links;
        var chars = sk.Chars;
        while (true)
        {
            var link = links[node];
            if ((link & TerminalBit) != 0)
            {
                AddEnd(sk, node, pos, start, ends, ref found);
            }

            if (pos >= sk.Length)
            {
                break;
            }

            if ((link & SlotMask) != 0 && sk.IsTokenStart(pos))
            {
                if (slotCount == MaxSlotPoints)
                {
                    // More slot points on one path than kept here (no list has them): the rest of the path as before.
                    CollectEndsFrom(sk, names, node, pos, start, ends, ref found);
                    break;
                }

                slotPoints[slotCount++] = ((long)node << 32) | (uint)pos;
            }

            var index = Index(chars[pos]);
            var bit = 1UL << index;
            if (index < 0 || (link & bit) == 0)
            {
                break;
            }

            node = (int)(link >> ChildShift) + BitOperations.PopCount(link & (bit - 1));
            pos++;
        }

        for (var i = slotCount - 1; i >= 0; i--)
        {
            CollectSlotEnds(sk, names, (int)(slotPoints[i] >> 32), (int)slotPoints[i], start, ends, ref found);
        }
    }

    /// <summary>Records <paramref name="pos"/> as an end of the choice when one of the terminal <paramref name="node"/>'s options ends there.</summary>
    private void AddEnd(Skeleton sk, int node, int pos, int start, Span<int> ends, ref int found)
    {
        if (pos > start && sk.IsBoundary(pos) && found < ends.Length && _terminals[node] is { } terminal)
        {
            foreach (var entry in terminal)
            {
                if (RunsAllow(sk, entry, start))
                {
                    ends[found++] = pos;
                    return;
                }
            }
        }
    }

    /// <summary>The recursive form of <see cref="CollectEnds"/>, for a path with more slot points than it keeps.</summary>
    private void CollectEndsFrom(Skeleton sk, CheckerModel names, int node, int pos, int start, Span<int> ends, ref int found)
    {
        if ((_links[node] & TerminalBit) != 0)
        {
            AddEnd(sk, node, pos, start, ends, ref found);
        }

        if (pos >= sk.Length)
        {
            return;
        }

        var index = Index(sk.Chars[pos]);
        if (index >= 0 && Child(node, index) is var child and >= 0)
        {
            CollectEndsFrom(sk, names, child, pos + 1, start, ends, ref found);
        }

        if (sk.IsTokenStart(pos) && (_links[node] & SlotMask) != 0)
        {
            CollectSlotEnds(sk, names, node, pos, start, ends, ref found);
        }
    }

    /// <summary>The slot edges ("_", "{name}", "{num}") of <paramref name="node"/> the token at pos can take, in that order (no list is made for them).</summary>
    private void CollectSlotEnds(Skeleton sk, CheckerModel names, int node, int pos, int start, Span<int> ends, ref int found)
    {
        var any = Child(node, AnyWordIndex);
        var name = Child(node, NameIndex);
        var number = Child(node, NumberIndex);
        if (any < 0 && name < 0 && number < 0)
        {
            return;
        }

        var end = sk.TokenEnd(pos);
        var takeName = name >= 0 && names.IsName(sk, pos, end);
        var takeNumber = number >= 0 && IsNumber(sk, pos, end);
        if (any >= 0)
        {
            CollectEnds(sk, names, any, end, start, ends, ref found);
        }

        if (takeName)
        {
            CollectEnds(sk, names, name, end, start, ends, ref found);
        }

        if (takeNumber)
        {
            CollectEnds(sk, names, number, end, start, ends, ref found);
        }
    }

    private static bool RunsAllow(Skeleton sk, PhraseEntry entry, int start)
    {
        if (entry.Runs is not { } runs)
        {
            return true;
        }

        for (var i = 0; i < runs.Length; i++)
        {
            if (sk.Runs[start + i] < runs[i])
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsNumber(Skeleton sk, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!char.IsAsciiDigit(sk.Chars[i]))
            {
                return false;
            }
        }

        return true;
    }

    private const ulong SlotMask = (1UL << AnyWordIndex) | (1UL << NameIndex) | (1UL << NumberIndex);

    /// <summary>The child of <paramref name="node"/> along edge <paramref name="index"/>, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Child(int node, int index)
    {
        var link = _links[node];
        var bit = 1UL << index;
        return (link & bit) == 0 ? -1 : (int)(link >> ChildShift) + BitOperations.PopCount(link & (bit - 1));
    }

    private const int HasTerminal = 1;
    private const int HasGroupEdges = 2;

    /// <summary>The node has choice edges or slot edges, which a token start may take besides its plain char.</summary>
    private const int HasBranches = 4;
    private const int HasAnySlot = 8;
    private const int HasNameSlot = 16;
    private const int HasNumberSlot = 32;

    /// <summary>Every match below the node's "{name}" edge needs a number.</summary>
    private const int NameNeedsNumber = 64;

    /// <summary>
    /// A node's link: its edge mask in the low 40 bits, then <see cref="HasTerminal"/> and <see cref="HasBranches"/>
    /// (the two flags every step of the walk tests), then the number of its first child (22 bits: 4 million nodes).
    /// </summary>
    private const int ChildShift = 42;
    private const ulong EdgeBits = (1UL << 40) - 1;
    private const ulong TerminalBit = 1UL << 40;
    private const ulong BranchesBit = 1UL << 41;

    /// <summary>Alphabet index of each ASCII char (-1: not in the alphabet); see <see cref="IndexOf"/>.</summary>
    private static readonly sbyte[] IndexTable = BuildIndexTable();

    private static sbyte[] BuildIndexTable()
    {
        var table = new sbyte[128];
        for (var c = 0; c < table.Length; c++)
        {
            table[c] = (sbyte)IndexOf((char)c);
        }

        return table;
    }

    /// <summary>
    /// Each ASCII char's edge bit in a link (1 shifted by its alphabet index; 0 for a char not in the alphabet): one read,
    /// and a char with no edge fails the same test as a char whose edge the node lacks.
    /// </summary>
    private static readonly ulong[] EdgeBitTable = BuildEdgeBitTable();

    private static ulong[] BuildEdgeBitTable()
    {
        var bits = new ulong[IndexTable.Length];
        for (var c = 0; c < bits.Length; c++)
        {
            bits[c] = IndexTable[c] < 0 ? 0 : 1UL << IndexTable[c];
        }

        return bits;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Index(char c) => c < 128 ? IndexTable[c] : IndexOf(c);

    /// <summary>Whether every char of a plain pattern (no groups) has an edge in the trie, so it can be added.</summary>
    public static bool CanMatch(string pattern)
    {
        foreach (var c in pattern)
        {
            if (Index(c) < 0)
            {
                return false;
            }
        }

        return pattern.Length > 0;
    }

    private static int IndexOf(char c) => c switch
    {
        >= 'a' and <= 'z' => c - 'a',
        >= '0' and <= '9' => 26 + (c - '0'),
        Skeleton.Space => 36,
        Slot.AnyWord => AnyWordIndex,
        Slot.Name => NameIndex,
        Slot.Number => NumberIndex,
        _ => -1,
    };
}

/// <summary>Decides whether a token can be a person's name for the "{name}" slot.</summary>
internal interface INameOracle
{
    bool IsName(Skeleton skeleton, int start, int end);

    /// <summary>A cheap test before <see cref="IsName"/>: false only when the token at <paramref name="start"/> cannot be a name.</summary>
    bool MayBeName(Skeleton skeleton, int start);
}
