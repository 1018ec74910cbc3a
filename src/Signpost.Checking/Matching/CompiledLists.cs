using System.Buffers.Binary;
using System.IO.Compression;
using System.Reflection;
using System.Runtime.InteropServices;

namespace Signpost.Checking.Matching;

/// <summary>
/// The shared lists' trie as it is compiled from Data/*.txt, stored as Data/lists.bin and read back at start instead of
/// parsing the lists, expanding their choices and building the trie (issue 3's engine start: the parse, the build and
/// the JIT compiling them were ~150 of the ~225 ms a fully optimised process took to its first check).
/// </summary>
/// <remarks>
/// The text lists stay the source: the file holds a hash of them, and where it does not match (a list was edited and
/// the file not remade) or the file is damaged (a hash of its own bytes), the checker compiles the lists from the text
/// as before, so a list edited without remaking the file costs start time, never a finding. A change to the code that
/// compiles the lists (the pattern compiler, the trie's build, the marker words) is not in that hash:
/// <c>CompiledListsTests</c> catches it, failing while the file is not byte for byte what the lists and the code
/// compile to now; <c>SIGNPOST_UPDATE_LISTS=1 dotnet test tests/Signpost.Checking.Tests --filter CompiledLists</c>
/// rewrites it. Layout (little-endian): magic, version, the lists' hash, the payload's hash; then the payload: a string
/// table, every entry, the choices' tries, the shared trie, the starred-word candidates.
/// </remarks>
internal static class CompiledLists
{
    public const string ResourceName = "lists.bin";
    private const uint Magic = 0x544C5053; // "SPLT"
    private const uint PackMagic = 0x424C5053; // "SPLB"

    /// <summary>Raised whenever the layout, or what a trie keeps, changes.</summary>
    private const int Version = 3;

    /// <summary>Magic, version, the lists' hash, the payload's hash: the bytes before the payload.</summary>
    private const int HeaderLength = 24;

    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;

    public sealed record Lists(PhraseTrie Trie, (string Word, PhraseEntry Entry)[] StarCandidates);

    /// <summary>A 64-bit FNV-1a hash of the text lists (the bytes of each embedded file, in order) and the layout's version.</summary>
    public static ulong SourceHash(Assembly assembly)
    {
        var files = new List<byte[]>();
        foreach (var name in PhraseLists.ResourceNames)
        {
            files.Add(PhraseLists.ReadResourceBytes(assembly, name)
                ?? throw new InvalidOperationException($"Embedded resource {name} is missing."));
        }

        return Hash(files);
    }

    /// <summary>
    /// FNV-1a over every byte of the files, each followed by a byte no UTF-8 text has (so moving a line from one file to
    /// the next changes it too). Each step is a bijection of the state, so texts that differ in one byte always differ.
    /// </summary>
    public static ulong Hash(IEnumerable<byte[]> files)
    {
        var hash = FnvOffset ^ Version;
        foreach (var bytes in files)
        {
            hash = FnvBytes(hash, bytes);
            hash = (hash ^ 0xFF) * FnvPrime;
        }

        return hash;
    }

    /// <summary>The stored lists, or null where there is no usable file (missing, another version, stale, unreadable).</summary>
    public static Lists? TryLoad(Assembly assembly)
    {
        if (!BitConverter.IsLittleEndian)
        {
            return null;
        }

        using var stream = assembly.GetManifestResourceStream($"Signpost.Checking.Data.{ResourceName}");
        if (stream is UnmanagedMemoryStream mapped)
        {
            return ReadPacked(Mapped(mapped), SourceHash(assembly));
        }

        var bytes = PhraseLists.ReadResourceBytes(assembly, ResourceName);
        return bytes is null ? null : ReadPacked(bytes, SourceHash(assembly));
    }

    /// <summary>The resource's bytes where the runtime mapped them (the assembly's own image, alive while it is).</summary>
    private static unsafe ReadOnlySpan<byte> Mapped(UnmanagedMemoryStream stream) =>
        new(stream.PositionPointer, checked((int)(stream.Length - stream.Position)));

    /// <summary>
    /// The file as stored: <see cref="Write"/>'s bytes compressed (Brotli), after a magic and their length. Stored whole,
    /// the 3.6 MB were mapped into the process and stayed resident after the load, and copying them out took another
    /// 3.6 MB: together most of what `signpost check` needed of issue 3's 50 MB beyond the runtime's own. Packed they
    /// are ~0.6 MB, unpacked by one call into memory that is freed as soon as the trie is read (a zlib stream's layers
    /// cost ~20 ms of start to compile; docs/PERFORMANCE.md round 17).
    /// </summary>
    public static byte[] Pack(byte[] bytes, int quality = 11)
    {
        var packed = new byte[8 + BrotliEncoder.GetMaxCompressedLength(bytes.Length)];
        BinaryPrimitives.WriteUInt32LittleEndian(packed, PackMagic);
        BinaryPrimitives.WriteInt32LittleEndian(packed.AsSpan(4), bytes.Length);
        if (!BrotliEncoder.TryCompress(bytes, packed.AsSpan(8), out var written, quality, window: 24))
        {
            throw new InvalidOperationException("The lists could not be packed.");
        }

        return packed[..(8 + written)];
    }

    /// <summary><see cref="Pack"/>'s input back, or null where these are not packed lists (damaged, cut short, too long).</summary>
    public static byte[]? Unpack(byte[] packed)
    {
        var length = PackedLength(packed);
        if (length < 0)
        {
            return null;
        }

        var bytes = new byte[length];
        return Inflate(packed, bytes) ? bytes : null;
    }

    /// <summary>Reads packed lists, unpacked into native memory that is freed before returning.</summary>
    private static unsafe Lists? ReadPacked(ReadOnlySpan<byte> packed, ulong sourceHash)
    {
        var length = PackedLength(packed);
        if (length < 0)
        {
            return null;
        }

        var memory = NativeMemory.Alloc((nuint)length);
        try
        {
            var bytes = new Span<byte>(memory, length);
            return Inflate(packed, bytes) ? ReadOrNull(bytes, sourceHash) : null;
        }
        finally
        {
            NativeMemory.Free(memory);
        }
    }

    /// <summary>The unpacked length a packed file's head gives, or -1 where it is not one (or asks for more than 64 MB).</summary>
    private static int PackedLength(ReadOnlySpan<byte> packed)
    {
        if (packed.Length < 8 || BinaryPrimitives.ReadUInt32LittleEndian(packed) != PackMagic)
        {
            return -1;
        }

        var length = BinaryPrimitives.ReadInt32LittleEndian(packed[4..]);
        return length is >= HeaderLength and <= 64 << 20 ? length : -1;
    }

    /// <summary>Fills <paramref name="bytes"/> from the Brotli data after the head; false where it is damaged, shorter or longer.</summary>
    private static bool Inflate(ReadOnlySpan<byte> packed, Span<byte> bytes) =>
        BrotliDecoder.TryDecompress(packed[8..], bytes, out var written) && written == bytes.Length;

    /// <summary><see cref="Read"/>, with a damaged file (cut short, counts past its end) read as no file: null, never an exception.</summary>
    public static Lists? ReadOrNull(ReadOnlySpan<byte> bytes, ulong sourceHash)
    {
        try
        {
            return Read(bytes, sourceHash);
        }
        catch (Exception e) when (e is FormatException or ArgumentException or IndexOutOfRangeException or InvalidOperationException or OverflowException)
        {
            // Compile from the text instead.
            return null;
        }
    }

    /// <summary>The file's bytes for these lists (deterministic: the same lists and code give the same bytes).</summary>
    public static byte[] Write(Lists lists, ulong sourceHash)
    {
        var w = new Writer();
        var trie = lists.Trie;
        var groups = trie.Groups;
        var entries = new Numbering<PhraseEntry>(ReferenceEqualityComparer.Instance);
        var strings = new Numbering<string>(StringComparer.Ordinal);

        // Tries and stars first, into a body of their own, to number the entries; then the tables, then the body.
        var body = new Writer();
        body.Int(groups.Length);
        foreach (var g in groups)
        {
            if (g.Groups.Length != 0)
            {
                throw new InvalidOperationException("A choice's trie has choices of its own.");
            }

            g.Write(body, entries.Id);
        }

        trie.Write(body, entries.Id);
        body.Int(lists.StarCandidates.Length);
        foreach (var (word, entry) in lists.StarCandidates)
        {
            body.String(word);
            body.Int(entries.Id(entry));
        }

        foreach (var e in entries.Items)
        {
            strings.Id(e.Category);
            strings.Id(e.Clause);
            strings.Id(e.MessageKey);
            strings.Id(e.Source);
        }

        w.Int(strings.Items.Count);
        foreach (var s in strings.Items)
        {
            w.String(s);
        }

        w.Int(entries.Items.Count);
        foreach (var e in entries.Items)
        {
            w.Int(strings.Id(e.Category));
            w.Int(strings.Id(e.Clause));
            w.Int((int)e.Severity);
            w.Int(strings.Id(e.MessageKey));
            w.String(e.Pattern);
            w.Int(e.Runs is null ? -1 : e.Runs.Length);
            w.Bytes(e.Runs ?? []);
            w.Int(e.Prefix ? 1 : 0);
            w.Int(strings.Id(e.Source));
            w.Int(e.Line);
        }

        w.Append(body);
        var bytes = w.ToArray();

        // The header's last field: a hash of everything after it, so a damaged file is refused, not half read.
        var header = new Writer();
        header.UInt(Magic);
        header.Int(Version);
        header.ULong(sourceHash);
        header.ULong(PayloadHash(bytes));
        return [.. header.ToArray(), .. bytes];
    }

    /// <summary>
    /// FNV-1a over the payload 8 bytes at a time (then the last few one by one): each step is a bijection of the state,
    /// so a payload that differs in any one 8-byte word, or in its length, always gives another hash (~0.3 ms for 1.5 MB).
    /// </summary>
    public static ulong PayloadHash(ReadOnlySpan<byte> payload)
    {
        var hash = FnvOffset ^ (ulong)payload.Length;
        var words = MemoryMarshal.Cast<byte, ulong>(payload);
        foreach (var word in words)
        {
            hash = (hash ^ word) * FnvPrime;
        }

        return FnvBytes(hash, payload[(words.Length * 8)..]);
    }

    private static ulong FnvBytes(ulong hash, ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            hash = (hash ^ b) * FnvPrime;
        }

        return hash;
    }

    /// <summary>Reads a file made by <see cref="Write"/>; null when it is not for these lists (hash) or this layout.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoOptimization)]
    public static Lists? Read(ReadOnlySpan<byte> bytes, ulong sourceHash)
    {
        var r = new Reader(bytes);
        if (r.UInt() != Magic || r.Int() != Version || r.ULong() != sourceHash)
        {
            return null;
        }

        if (r.ULong() != PayloadHash(bytes[HeaderLength..]))
        {
            throw new FormatException("The compiled lists are damaged (their hash does not match).");
        }

        var strings = new string[r.Count()];
        for (var i = 0; i < strings.Length; i++)
        {
            // The list match tells its marker entries by reference to their category (PhraseLists.PhoneStartCategory).
            var text = r.String();
            strings[i] = text == PhraseLists.PhoneStartCategory ? PhraseLists.PhoneStartCategory : text;
        }

        var entries = new PhraseEntry[r.Count()];
        for (var i = 0; i < entries.Length; i++)
        {
            var category = strings[r.Int()];
            var clause = strings[r.Int()];
            var severity = r.Int() switch
            {
                (int)Severity.Low => Severity.Low,
                (int)Severity.Medium => Severity.Medium,
                (int)Severity.High => Severity.High,
                _ => throw new FormatException("Unknown severity."),
            };
            var message = strings[r.Int()];
            var pattern = r.String();
            var runsLength = r.Int();
            var runs = runsLength < 0 ? null : r.Bytes(runsLength);
            var prefix = r.Int() != 0;
            var source = strings[r.Int()];
            entries[i] = new PhraseEntry(category, clause, severity, message, pattern, runs, prefix, source, r.Int());
        }

        var groups = new PhraseTrie[r.Count()];
        for (var g = 0; g < groups.Length; g++)
        {
            groups[g] = PhraseTrie.Read(ref r, entries, groups);
        }

        var trie = PhraseTrie.Read(ref r, entries, groups);
        var stars = new (string, PhraseEntry)[r.Count()];
        for (var i = 0; i < stars.Length; i++)
        {
            var word = r.String();
            stars[i] = (word, entries[r.Int()]);
        }

        if (!r.AtEnd)
        {
            throw new FormatException("Bytes after the end of the compiled lists.");
        }

        return new Lists(trie, stars);
    }

    /// <summary>Numbers items in the order they are first seen (entries by reference, strings by value).</summary>
    private sealed class Numbering<T>(IEqualityComparer<T> comparer)
        where T : class
    {
        private readonly Dictionary<T, int> _ids = new(comparer);
        private readonly List<T> _items = [];

        public IReadOnlyList<T> Items => _items;

        public int Id(T item)
        {
            if (!_ids.TryGetValue(item, out var id))
            {
                id = _items.Count;
                _ids[item] = id;
                _items.Add(item);
            }

            return id;
        }
    }

    /// <summary>Appends little-endian values to a growing buffer.</summary>
    internal sealed class Writer
    {
        private byte[] _buffer = new byte[1 << 16];
        private int _length;

        private Span<byte> Take(int count)
        {
            if (_length + count > _buffer.Length)
            {
                Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + count));
            }

            var span = _buffer.AsSpan(_length, count);
            _length += count;
            return span;
        }

        public void Int(int value) => BinaryPrimitives.WriteInt32LittleEndian(Take(4), value);

        public void UInt(uint value) => BinaryPrimitives.WriteUInt32LittleEndian(Take(4), value);

        public void ULong(ulong value) => BinaryPrimitives.WriteUInt64LittleEndian(Take(8), value);

        public void Bytes(ReadOnlySpan<byte> bytes) => bytes.CopyTo(Take(bytes.Length));

        public void ULongs(ulong[] values)
        {
            Int(values.Length);
            Bytes(MemoryMarshal.AsBytes(values.AsSpan()));
        }

        public void String(string s)
        {
            Int(s.Length);
            Bytes(MemoryMarshal.AsBytes(s.AsSpan()));
        }

        public void Append(Writer other) => Bytes(other._buffer.AsSpan(0, other._length));

        public byte[] ToArray() => _buffer.AsSpan(0, _length).ToArray();
    }

    /// <summary>Reads what <see cref="Writer"/> wrote; any read past the end throws <see cref="FormatException"/>.</summary>
    internal ref struct Reader(ReadOnlySpan<byte> bytes)
    {
        private readonly ReadOnlySpan<byte> _bytes = bytes;
        private int _position;

        public readonly bool AtEnd => _position == _bytes.Length;

        private ReadOnlySpan<byte> Take(int count)
        {
            if (count < 0 || count > _bytes.Length - _position)
            {
                throw new FormatException("The compiled lists end too soon.");
            }

            var span = _bytes.Slice(_position, count);
            _position += count;
            return span;
        }

        public int Int() => BinaryPrimitives.ReadInt32LittleEndian(Take(4));

        public uint UInt() => BinaryPrimitives.ReadUInt32LittleEndian(Take(4));

        public ulong ULong() => BinaryPrimitives.ReadUInt64LittleEndian(Take(8));

        /// <summary>A count: never negative, and never more than the bytes left (every item counted takes at least one), so a damaged file cannot ask for a huge array.</summary>
        public int Count()
        {
            var n = Int();
            return n >= 0 && n <= _bytes.Length - _position ? n : throw new FormatException("A count past the end of the compiled lists.");
        }

        public byte[] Bytes(int count) => Take(count).ToArray();

        /// <summary>Bools written as their bytes (0 or 1; the payload's hash vouches for them).</summary>
        public bool[] Bools(int count) => MemoryMarshal.Cast<byte, bool>(Take(count)).ToArray();

        public ulong[] ULongs() => MemoryMarshal.Cast<byte, ulong>(Take(checked(Count() * 8))).ToArray();

        public string String() => new(MemoryMarshal.Cast<byte, char>(Take(checked(Count() * 2))));
    }
}
