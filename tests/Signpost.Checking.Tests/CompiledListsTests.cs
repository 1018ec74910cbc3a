using System.Collections;
using System.Reflection;
using System.Text;
using System.Text.Json;
using Signpost.Checking.Matching;

namespace Signpost.Checking.Tests;

/// <summary>
/// Data/lists.bin, the shared word and phrase lists as compiled (issue 3's engine start): it must be exactly what
/// Data/*.txt compile to with today's code, be read back whole, be ignored when stale or damaged, and a checker over
/// it must find what a checker over the text lists finds (the lists' findings cite A.5.6, A.2.2, A.2.3, A.4.9...).
/// </summary>
public class CompiledListsTests
{
    private static readonly Assembly Engine = typeof(ContentChecker).Assembly;
    private static readonly Lazy<CompiledLists.Lists> FromText = new(CheckerModel.SharedLists.Compile);

    /// <summary>The embedded file's bytes unpacked (none where it is missing or not packed: the first test below then fails, or makes it).</summary>
    private static byte[] StoredBytes() => CompiledLists.Unpack(PackedBytes()) ?? [];

    /// <summary>The embedded file's bytes as stored.</summary>
    private static byte[] PackedBytes()
    {
        using var stream = Engine.GetManifestResourceStream($"Signpost.Checking.Data.{CompiledLists.ResourceName}");
        if (stream is null)
        {
            return [];
        }

        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }

    [Fact]
    public void The_stored_lists_are_what_the_text_lists_compile_to_now()
    {
        var expected = CompiledLists.Write(FromText.Value, CompiledLists.SourceHash(Engine));
        if (expected.AsSpan().SequenceEqual(StoredBytes()))
        {
            return;
        }

        if (Environment.GetEnvironmentVariable("SIGNPOST_UPDATE_LISTS") == "1")
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Signpost.slnx")))
            {
                dir = dir.Parent;
            }

            Assert.True(dir is not null, "The repository's root (Signpost.slnx) is not above the test's folder.");
            File.WriteAllBytes(Path.Combine(dir.FullName, "src", "Signpost.Checking", "Data", CompiledLists.ResourceName), CompiledLists.Pack(expected));
            Assert.Fail("src/Signpost.Checking/Data/lists.bin remade: this run's assembly still holds the old file, so run the "
                + "tests again (they build it in) and commit the file with the lists.");
        }

        Assert.Fail("src/Signpost.Checking/Data/lists.bin is not what Data/*.txt compile to with this code (a list or the trie "
            + "changed): remake it with `SIGNPOST_UPDATE_LISTS=1 dotnet test tests/Signpost.Checking.Tests --filter CompiledLists` "
            + "and commit it. Until then every process compiles the lists from the text at start (slower, same findings).");
    }

    [Fact]
    public void This_process_reads_the_stored_lists_instead_of_compiling_them()
    {
        Assert.True(CheckerModel.SharedListsFromFile, "The checker compiled its lists from the text: Data/lists.bin is missing, stale or unreadable.");
    }

    [Fact]
    public void The_stored_lists_are_read_back_whole()
    {
        var hash = CompiledLists.SourceHash(Engine);
        var read = CompiledLists.Read(CompiledLists.Write(FromText.Value, hash), hash);
        Assert.NotNull(read);

        // Every field of every trie, choice trie, node map and entry (by reflection, so a field added to the trie and
        // not to the file fails here), then the starred-word candidates.
        AssertSame(FromText.Value.Trie, read.Trie, "trie");

        // The list match tells its marker entries by reference to their category: read back, they must still be told.
        var markers = AllEntries(read.Trie).Where(e => ReferenceEquals(e.Category, PhraseLists.PhoneStartCategory)).Select(e => e.Pattern);
        Assert.Equal(AllEntries(FromText.Value.Trie).Where(e => ReferenceEquals(e.Category, PhraseLists.PhoneStartCategory)).Select(e => e.Pattern), markers);
        Assert.Equal(Signpost.Checking.Detectors.PhoneInWordsDetector.StartWords.Order(), markers.Order());
        Assert.Equal(FromText.Value.StarCandidates.Length, read.StarCandidates.Length);
        for (var i = 0; i < read.StarCandidates.Length; i++)
        {
            Assert.Equal(FromText.Value.StarCandidates[i].Word, read.StarCandidates[i].Word);
            AssertSame(FromText.Value.StarCandidates[i].Entry, read.StarCandidates[i].Entry, $"star {i}");
        }
    }

    [Fact]
    public void Packed_lists_unpack_to_their_bytes_and_damaged_packs_to_nothing()
    {
        var bytes = CompiledLists.Write(FromText.Value, CompiledLists.SourceHash(Engine));
        // A quick packing (the stored file is packed at the smallest size, which takes seconds).
        var packed = CompiledLists.Pack(bytes, quality: 4);
        Assert.Equal(bytes, CompiledLists.Unpack(packed));
        Assert.True(packed.Length < bytes.Length / 3, $"Packed {packed.Length} bytes of {bytes.Length}: the packing should save most of it.");

        // The stored file is a pack too (its magic), and unpacks whole.
        Assert.NotNull(CompiledLists.Unpack(PackedBytes()));

        // Not a pack, cut short, a length that is not the content's, bytes after the stream, damage in the stream: null.
        Assert.Null(CompiledLists.Unpack(bytes));
        Assert.Null(CompiledLists.Unpack([]));
        foreach (var cut in new[] { 3, 8, 20, packed.Length / 2, packed.Length - 8 })
        {
            Assert.Null(CompiledLists.Unpack(packed[..cut]));
        }

        // Cut at its very end: the bytes come back whole (the payload's own hash vouches for them) or not at all, never other bytes.
        var lastCut = CompiledLists.Unpack(packed[..^1]);
        Assert.True(lastCut is null || lastCut.AsSpan().SequenceEqual(bytes));

        var longer = (byte[])packed.Clone();
        longer[4]++;
        Assert.Null(CompiledLists.Unpack(longer));
        var shorter = (byte[])packed.Clone();
        shorter[4]--;
        Assert.Null(CompiledLists.Unpack(shorter));
        var huge = (byte[])packed.Clone();
        huge[7] = 0x7F;
        Assert.Null(CompiledLists.Unpack(huge));

        // Damage inside the compressed stream is caught by Brotli's decoder or, failing that, the payload's hash.
        var random = new Random(61207);
        var hash = CompiledLists.SourceHash(Engine);
        for (var i = 0; i < 40; i++)
        {
            var damaged = (byte[])packed.Clone();
            var at = 8 + random.Next(damaged.Length - 8);
            damaged[at] = (byte)(damaged[at] ^ (1 + random.Next(255)));
            var unpacked = CompiledLists.Unpack(damaged);
            Assert.True(unpacked is null || CompiledLists.ReadOrNull(unpacked, hash) is null, $"Damage at byte {at} was read as lists.");
        }
    }

    [Fact]
    public void Stale_or_damaged_stored_lists_are_not_used()
    {
        var hash = CompiledLists.SourceHash(Engine);
        var bytes = CompiledLists.Write(FromText.Value, hash);

        // Lists edited since the file was made: another hash.
        Assert.Null(CompiledLists.Read(bytes, hash ^ 1));

        // Another layout's version, or not the file at all.
        var otherVersion = (byte[])bytes.Clone();
        otherVersion[4] ^= 0x40;
        Assert.Null(CompiledLists.Read(otherVersion, hash));
        Assert.Null(CompiledLists.Read(Encoding.UTF8.GetBytes("[profanity high A.5.6 profanity]\nword\n"), hash));

        // Cut short anywhere, or with bytes after its end: an error (TryLoad then compiles the text), never a half trie.
        foreach (var cut in new[] { 10, 17, bytes.Length / 3, bytes.Length / 2, bytes.Length - 5, bytes.Length - 1 })
        {
            Assert.Throws<FormatException>(() => CompiledLists.Read(bytes.AsSpan(0, cut), hash));
        }

        Assert.Throws<FormatException>(() => CompiledLists.Read([.. bytes, 0], hash));

        // Damage anywhere after the header (a count, a link, a flag, a char): refused by the payload's hash, never a
        // half-read or wrong trie, never an exception out of the start.
        var random = new Random(61206);
        for (var i = 0; i < 300; i++)
        {
            var damaged = (byte[])bytes.Clone();
            for (var k = 0; k < 1 + random.Next(4); k++)
            {
                var at = 24 + random.Next(damaged.Length - 24);
                damaged[at] = (byte)(damaged[at] ^ (1 + random.Next(255)));
            }

            Assert.Null(CompiledLists.ReadOrNull(damaged, hash));
            Assert.Null(CompiledLists.ReadOrNull(damaged.AsSpan(0, random.Next(damaged.Length)), hash));
        }
    }

    [Fact]
    public void A_list_may_not_use_the_marker_entries_category()
    {
        // Read back from the file such a section would be taken for markers (told by reference), compiled from the text
        // for hits (A.4.9): the two would differ, so the lists may not have it.
        var e = Assert.Throws<FormatException>(() => PhraseLists.Parse("[phone-start-word high A.4.9 phone]\nzero\n", "test.txt", new GroupTable()).ToList());
        Assert.Contains("test.txt:1", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_lists_hash_changes_with_any_byte_and_any_line_moved_between_files()
    {
        // The file is used only where its hash matches the text lists': an edit it missed would keep a stale trie.
        var files = PhraseLists.ResourceNames.Select(n => Encoding.UTF8.GetBytes(PhraseLists.ReadResource(Engine, n))).ToList();
        var hash = CompiledLists.Hash(files);
        Assert.Equal(CompiledLists.SourceHash(Engine), hash);
        var random = new Random(20261206);
        for (var i = 0; i < 2000; i++)
        {
            var f = random.Next(files.Count);
            var edited = files.Select(b => (byte[])b.Clone()).ToList();
            var at = random.Next(edited[f].Length);
            edited[f][at] = (byte)(edited[f][at] ^ (1 + random.Next(255)));
            Assert.NotEqual(hash, CompiledLists.Hash(edited));
        }

        // The first file's last line moved to the start of the second: the same bytes in all, split elsewhere.
        var zero = files[0];
        var cut = Array.LastIndexOf(zero, (byte)'\n', zero.Length - 2) + 1;
        Assert.True(cut > 0 && cut < zero.Length, "The first list has more than one line.");
        var moved = new List<byte[]>(files) { [0] = zero[..cut], [1] = [.. zero[cut..], .. files[1]] };
        Assert.Equal(files.SelectMany(b => b), moved.SelectMany(b => b));
        Assert.NotEqual(hash, CompiledLists.Hash(moved));
    }

    [Fact]
    public void A_checker_over_the_stored_lists_finds_what_one_over_the_text_lists_finds()
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "Evaluation");
        var roster = RosterCsv.Load(Path.Combine(dir, "roster.csv"));
        var school = new SchoolProfile(["Holbrook Primary", "Holbrook"], ["holbrook.sch.uk"], ["Oak Class", "Willow Class"]);
        var hash = CompiledLists.SourceHash(Engine);
        var stored = CompiledLists.Read(StoredBytes(), hash);
        Assert.True(stored is not null, "Data/lists.bin is missing or stale: remake it (see the first test).");
        var fromFile = new ContentChecker(CheckerModel.SharedLists.From(stored, fromFile: true), roster, school);
        var fromText = new ContentChecker(CheckerModel.SharedLists.From(FromText.Value, fromFile: false), roster, school);

        var texts = File.ReadLines(Path.Combine(dir, "corpus.jsonl")).Concat(File.ReadLines(Path.Combine(dir, "holdout.jsonl")))
            .Where(l => l.Trim().Length > 0)
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("text").GetString()!)
            .ToList();
        Assert.True(texts.Count > 500, "The evaluation sets should give hundreds of texts.");
        var flagged = 0;
        foreach (var text in texts)
        {
            foreach (var context in Enum.GetValues<CheckContext>())
            {
                var expected = Describe(fromText.Check(text, context));
                Assert.Equal(expected, Describe(fromFile.Check(text, context)));
                flagged += expected.Length > 0 ? 1 : 0;
            }
        }

        Assert.True(flagged > 1000, $"Only {flagged} checks found anything: the comparison would prove little.");
    }

    /// <summary>Every entry of the trie's nodes (by reflection: the per-node map's values).</summary>
    private static IEnumerable<Matching.PhraseEntry> AllEntries(PhraseTrie trie)
    {
        var map = typeof(PhraseTrie).GetField("_terminals", BindingFlags.Instance | BindingFlags.NonPublic)!.GetValue(trie)!;
        var values = (Matching.PhraseEntry[][])map.GetType().GetField("_values", BindingFlags.Instance | BindingFlags.NonPublic)!.GetValue(map)!;
        return values.SelectMany(v => v);
    }

    private static string Describe(CheckResult result) => string.Join("\n", result.Findings.Select(f =>
        $"{f.Category} {f.Clause} {f.Severity} {f.Start} {f.Length} {f.Message}")) + (result.Findings.Count > 0 ? $"\n{result.Action}" : string.Empty);

    private static void AssertSame(object? expected, object? actual, string path)
    {
        if (expected is null || actual is null)
        {
            Assert.True(expected is null && actual is null, $"{path}: one is null");
            return;
        }

        var type = expected.GetType();
        Assert.True(type == actual.GetType(), $"{path}: {type.Name} against {actual.GetType().Name}");
        if (type.IsPrimitive || type.IsEnum || expected is string)
        {
            Assert.True(expected.Equals(actual), $"{path}: {expected} against {actual}");
            return;
        }

        if (expected is Array a)
        {
            var b = (Array)actual;
            Assert.True(a.Length == b.Length, $"{path}: {a.Length} items against {b.Length}");
            if (type.GetElementType()!.IsPrimitive)
            {
                Assert.True(StructuralComparisons.StructuralEqualityComparer.Equals(a, b), $"{path}: the items differ");
                return;
            }

            for (var i = 0; i < a.Length; i++)
            {
                AssertSame(a.GetValue(i), b.GetValue(i), $"{path}[{i}]");
            }

            return;
        }

        if (expected is IList list)
        {
            var other = (IList)actual;
            Assert.True(list.Count == other.Count, $"{path}: {list.Count} items against {other.Count}");
            for (var i = 0; i < list.Count; i++)
            {
                AssertSame(list[i], other[i], $"{path}[{i}]");
            }

            return;
        }

        var fields = type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic);
        Assert.True(fields.Length > 0, $"{path}: {type.Name} has no fields to compare");
        foreach (var field in fields)
        {
            if (field.Name is "_pairs" or "_pairNodes")
            {
                // Built on the first match from the other fields.
                continue;
            }

            AssertSame(field.GetValue(expected), field.GetValue(actual), $"{path}.{field.Name}");
        }
    }
}
