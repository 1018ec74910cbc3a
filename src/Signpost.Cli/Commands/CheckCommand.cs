using System.Buffers;
using System.Buffers.Text;
using System.Runtime.Intrinsics;
using System.Text;
using System.Text.Json;
using Signpost.Checking;

namespace Signpost.Cli.Commands;

/// <summary>
/// `signpost check`: JSON Lines in on stdin, one JSON Lines result out per input line, same order
/// (CONTRACT.md). In the real process stdin and stdout are read and written as buffered UTF-8 bytes;
/// output is flushed whenever the input has no more data waiting (so a client that writes a line and
/// waits for the answer gets it at once), after every line when stdout is a terminal or with
/// --line-buffered, and at the end. A line that cannot be checked (bad JSON, missing text, unknown
/// context) gets an output line with its id when it can be read (else null), action "hold", no findings
/// and "error": {"line", "message"}; the run continues. Blank input lines are skipped (no output).
/// Exit codes (issue 3: "the exit code says whether any line failed"; CONTRACT.md names none for check):
/// 0 when every line was checked; 1 when any line could not be checked (each such line still has its error
/// line and the run went on to the end); 2 for bad arguments or a bad roster file (message on stderr, nothing
/// read). --strict is still accepted and changes nothing (it used to be needed for exit code 1).
/// </summary>
public static class CheckCommand
{
    public const string Usage = """
        usage: signpost check [--roster FILE.csv] [--school NAME]... [--school-domain DOMAIN]... [--class NAME]... [--strict] [--line-buffered]

          Reads JSON Lines {"id": any, "text": "...", "context": "pupil-comment|pupil-post|public-comment|staff-post|personal-post"}
          from stdin and writes one {"id", "action", "findings": [...]} line per input line to stdout.
          --roster FILE.csv      people to recognise: columns first_name,last_name,role (pupil|staff|parent)[,nicknames a|b]
          --school NAME          the school's name (repeat for short names), e.g. --school "Holbrook Primary" --school Holbrook
          --school-domain D      an email domain the school owns, e.g. holbrook.sch.uk
          --class NAME           a class name that identifies pupils, e.g. "Oak Class"
          --strict               accepted for old scripts; the exit code is 1 whenever an input line could not be checked
          --line-buffered        flush the output after every line (it is anyway whenever input is not waiting)
          --eval FILE.jsonl      instead of filtering, score the checker on a labelled set (each line adds
                                 "expected": ["category", ...]) and print precision, recall and F1 per category

          Exit code: 0 every line was checked; 1 a line could not be checked (its output line carries
          "error": {"line", "message"} and the run still goes to the end); 2 bad arguments or roster file.
        """;

    public static async Task<int> RunAsync(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var options = Options.Parse(args, out var problem);
        if (options is null)
        {
            await stderr.WriteLineAsync($"signpost check: {problem}");
            await stderr.WriteLineAsync(Usage);
            return 2;
        }

        if (options.Help)
        {
            await stdout.WriteLineAsync(Usage);
            return 0;
        }

        IReadOnlyList<KnownPerson> people = [];
        if (options.Roster is { } rosterPath)
        {
            try
            {
                people = RosterCsv.Load(rosterPath);
            }
            catch (RosterFormatException e)
            {
                await stderr.WriteLineAsync($"signpost check: roster {rosterPath}: {e.Message}");
                return 2;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                await stderr.WriteLineAsync($"signpost check: cannot read roster {rosterPath}: {e.Message}");
                return 2;
            }
        }

        var checker = people.Count == 0 && options.IsDefaultSchool
            ? ContentChecker.Default
            : new ContentChecker(people, new SchoolProfile(options.Schools, options.Domains, options.Classes));
        if (options.Eval is { } evalPath)
        {
            return await EvaluateAsync(checker, evalPath, stdout, stderr);
        }

        int failed;
        if (ReferenceEquals(stdin, Console.In) && ReferenceEquals(stdout, Console.Out))
        {
            // Building the checker (loading and compiling the word lists) leaves ~35 MB of short-lived garbage behind
            // and its survivors scattered over the GC's regions; the process would keep those pages for the whole run.
            // One compacting collection that also gives the free pages back: the process's peak resident memory
            // 62 -> 54 MB for one line and 63 -> 56 MB streaming 58 MB of JSON Lines, for a 6-7 ms pause
            // (docs/PERFORMANCE.md, issue 3 "<= 50 MB memory"). Only here: the web app builds its checkers in a
            // long-running process that has its own collections.
            GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);

            // The real process: bytes in and out, no per-line string decoding or flushing.
            await using var input = Console.OpenStandardInput();
            await using var output = Console.OpenStandardOutput();
            failed = Filter(LineChecker.For(checker), input, output, options.LineBuffered || !Console.IsOutputRedirected);
        }
        else
        {
            failed = await StreamAsync(checker, stdin, stdout);
        }

        return failed > 0 ? 1 : 0;
    }

    private static async Task<int> EvaluateAsync(ContentChecker checker, string path, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            var report = Signpost.Checking.Evaluation.Evaluator.Run(checker, File.ReadLines(path));
            await stdout.WriteLineAsync(report.ToTable());
            foreach (var miss in report.Misses)
            {
                await stderr.WriteLineAsync(miss);
            }

            return 0;
        }
        catch (Exception e) when (e is IOException or FormatException or UnauthorizedAccessException or JsonException)
        {
            await stderr.WriteLineAsync($"signpost check --eval {path}: {e.Message}");
            return 2;
        }
    }

    /// <summary>
    /// The filter over UTF-8 streams: one output line per input line (blank lines skipped), in order.
    /// Lines are split on \n, \r\n or \r as <see cref="TextReader.ReadLine"/> does; a UTF-8 byte order mark
    /// at the start is skipped. A line of the usual shape is read straight from its bytes; anything else
    /// (a malformed line, an escaped property name, a duplicate field, an object or array id, a lone
    /// surrogate escape) goes through <see cref="CheckerJson.TryParseLine"/>, so results and error objects
    /// are exactly those of the text path. Returns how many lines could not be checked.
    /// </summary>
    public static Task<int> FilterAsync(ContentChecker checker, Stream input, Stream output, bool flushEachLine) =>
        Task.FromResult(Filter(LineChecker.For(checker), input, output, flushEachLine));

    /// <summary>
    /// <see cref="FilterAsync(ContentChecker, Stream, Stream, bool)"/> with any check: the benchmarks pass one that
    /// replays stored results, to time what the filter itself costs (reading, decoding and writing lines).
    /// </summary>
    public static Task<int> FilterAsync(Func<ReadOnlySpan<char>, CheckContext, CheckResult> checker, Stream input, Stream output, bool flushEachLine) =>
        Task.FromResult(Filter(LineChecker.For(checker), input, output, flushEachLine));

    /// <summary>
    /// The filter itself, with blocking reads and writes: `signpost check` does nothing else meanwhile, and awaiting
    /// the console streams handed every read and write to a thread-pool thread and back (58 MB of JSON Lines: ~1,300
    /// context switches and 855-867 ms of process CPU, now ~46 and 778-793 ms). Output is still written out before
    /// every read that may wait.
    /// </summary>
    public static int Filter(LineChecker checker, Stream input, Stream output, bool flushEachLine)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        var outBuffer = new ArrayBufferWriter<byte>(64 * 1024);
        using var writer = new JsonOut(outBuffer);
        var start = 0;
        var end = 0;
        var eof = false;
        var atStart = true;
        var failed = 0;
        long lineNumber = 0;
        try
        {
            while (true)
            {
                if (!flushEachLine)
                {
                    // Every whole line already in the buffer, in one fully optimised call (see CheckLines).
                    var (consumed, lines, bad) = CheckLines(checker, buffer.AsSpan(start, end - start), eof, lineNumber, writer, outBuffer);
                    start += consumed;
                    lineNumber += lines;
                    failed += bad;
                    if (outBuffer.WrittenCount >= 48 * 1024)
                    {
                        WriteOut(output, outBuffer, flush: false);
                    }
                }

                var pending = buffer.AsSpan(start, end - start);
                var nl = pending.IndexOfAny((byte)'\n', (byte)'\r');
                if (nl < 0 || (pending[nl] == '\r' && nl + 1 == pending.Length && !eof))
                {
                    if (eof)
                    {
                        if (pending.Length > 0)
                        {
                            failed += WriteLine(checker, pending, ++lineNumber, writer, outBuffer) ? 0 : 1;
                        }

                        break;
                    }

                    // Need more input: make room, and flush what is written before a read that may wait.
                    if (start > 0)
                    {
                        pending.CopyTo(buffer);
                        end -= start;
                        start = 0;
                    }

                    if (end == buffer.Length)
                    {
                        var bigger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                        buffer.AsSpan(0, end).CopyTo(bigger);
                        ArrayPool<byte>.Shared.Return(buffer);
                        buffer = bigger;
                    }

                    WriteOut(output, outBuffer, flush: true);
                    var read = input.Read(buffer.AsSpan(end));
                    eof = read == 0;
                    end += read;
                    if (atStart && end >= 3)
                    {
                        atStart = false;
                        start = buffer.AsSpan(0, 3).SequenceEqual("\uFEFF"u8) ? 3 : 0;
                    }
                    else if (atStart && eof)
                    {
                        atStart = false;
                    }

                    continue;
                }

                var terminator = pending[nl] == '\r' && nl + 1 < pending.Length && pending[nl + 1] == '\n' ? 2 : 1;
                failed += WriteLine(checker, pending[..nl], ++lineNumber, writer, outBuffer) ? 0 : 1;
                start += nl + terminator;
                if (flushEachLine || outBuffer.WrittenCount >= 48 * 1024)
                {
                    WriteOut(output, outBuffer, flushEachLine);
                }
            }

            WriteOut(output, outBuffer, flush: true);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        return failed;
    }

    /// <summary>
    /// Checks every whole line at the start of <paramref name="pending"/> (a line ending in a lone \r at the very
    /// end waits for more input, which may be its \n, unless at end of input) and writes their output lines.
    /// Returns the bytes consumed, the lines read and how many could not be checked. Not async and compiled fully
    /// optimised at once: inside the async loop, which one run of the command enters only a few times, the same
    /// code never left the JIT's first, unoptimised tier.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static (int Consumed, long Lines, int Failed) CheckLines(
        LineChecker checker, ReadOnlySpan<byte> pending, bool eof, long lineNumber, JsonOut writer, ArrayBufferWriter<byte> outBuffer)
    {
        var consumed = 0;
        long lines = 0;
        var failed = 0;
        while (true)
        {
            var rest = pending[consumed..];
            var nl = rest.IndexOfAny((byte)'\n', (byte)'\r');
            if (nl < 0 || (rest[nl] == '\r' && nl + 1 == rest.Length && !eof))
            {
                return (consumed, lines, failed);
            }

            var terminator = rest[nl] == '\r' && nl + 1 < rest.Length && rest[nl + 1] == '\n' ? 2 : 1;
            lines++;
            failed += WriteLine(checker, rest[..nl], lineNumber + lines, writer, outBuffer) ? 0 : 1;
            consumed += nl + terminator;
        }
    }

    private static void WriteOut(Stream output, ArrayBufferWriter<byte> outBuffer, bool flush)
    {
        if (outBuffer.WrittenCount > 0)
        {
            output.Write(outBuffer.WrittenSpan);
            outBuffer.ResetWrittenCount();
            if (flush)
            {
                output.Flush();
            }
        }
    }

    /// <summary>Writes the output line for one input line (nothing for a blank one); false when the line could not be checked.</summary>
    private static bool WriteLine(LineChecker checker, ReadOnlySpan<byte> line, long lineNumber, JsonOut writer, ArrayBufferWriter<byte> outBuffer)
    {
        FastLine fast;
        if (!FastLine.TryScanCompact(line, out fast))
        {
            if (line.TrimStart(" \t\f\v"u8).IsEmpty)
            {
                return true;
            }

            if (!FastLine.TryScan(line, out fast) && !FastLine.TryRead(line, out fast))
            {
                return WriteOtherLine(checker, line, lineNumber, writer, outBuffer);
            }
        }

        var result = fast.Text is { } text ? checker.Check(text, fast.Context) : checker.CheckUtf8(fast.TextBytes(line), fast.Context);
        if (fast.TryWriteResultLine(outBuffer, line, result))
        {
            return true;
        }

        WriteResultLine(fast, line, result, writer, outBuffer);
        return true;
    }

    /// <summary>A result line the byte writer does not take (an id with escapes, an object id…), through the JSON writer.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static void WriteResultLine(FastLine fast, ReadOnlySpan<byte> line, CheckResult result, JsonOut json, ArrayBufferWriter<byte> outBuffer)
    {
        var writer = json.Writer;
        writer.Reset(outBuffer);
        writer.WriteStartObject();
        writer.WritePropertyName("id"u8);
        fast.WriteId(writer, line);
        CheckerJson.WriteResultFields(writer, result);
        writer.WriteEndObject();
        writer.Flush();
        outBuffer.Write("\n"u8);
    }

    /// <summary>
    /// The output's <see cref="Utf8JsonWriter"/>, made on first use: lines of the usual shape are read and written as
    /// bytes, and a run of them never loads System.Text.Json at all (each method that names its types is called only
    /// for other lines), which keeps ~2 MB of its code and data out of the process.
    /// </summary>
    private sealed class JsonOut(ArrayBufferWriter<byte> buffer) : IDisposable
    {
        /// <summary>The writer, typed object: a field of its own type would load System.Text.Json wherever it is read.</summary>
        private object? _writer;

        /// <summary>Called only by the methods for other lines, so that no method on the usual path names the type.</summary>
        public Utf8JsonWriter Writer => (Utf8JsonWriter)(_writer ??= new Utf8JsonWriter(buffer, CheckerJson.WriterOptions));

        public void Dispose()
        {
            if (_writer is not null)
            {
                DisposeWriter();
            }
        }

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        private void DisposeWriter() => Writer.Dispose();
    }

    /// <summary>A line neither quick reader takes (malformed, a lone surrogate escape…): the text path's parser and messages.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static bool WriteOtherLine(LineChecker checker, ReadOnlySpan<byte> line, long lineNumber, JsonOut json, ArrayBufferWriter<byte> outBuffer)
    {
        var writer = json.Writer;
        writer.Reset(outBuffer);
        var text = Encoding.UTF8.GetString(line);
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var ok = true;
        if (CheckerJson.TryParseLine(text, out var request, out var error))
        {
            CheckerJson.WriteResult(writer, request!.Id, checker.Check(request.Text, request.Context));
        }
        else
        {
            ok = false;
            CheckerJson.WriteError(writer, error!, lineNumber);
        }

        writer.Flush();
        outBuffer.Write("\n"u8);
        return ok;
    }

    /// <summary>
    /// What the filter checks each line's text with: as chars, or, for a line of the usual shape, as the UTF-8 bytes
    /// read in place (<see cref="ContentChecker.CheckUtf8"/>: decoded straight into the checker's buffer).
    /// </summary>
    public abstract class LineChecker
    {
        public abstract CheckResult Check(ReadOnlySpan<char> text, CheckContext context);

        public abstract CheckResult CheckUtf8(ReadOnlySpan<byte> text, CheckContext context);

        public static LineChecker For(ContentChecker checker) => new Engine(checker);

        /// <summary>Any check of chars (the benchmarks replay stored results through one); UTF-8 is decoded for it.</summary>
        public static LineChecker For(Func<ReadOnlySpan<char>, CheckContext, CheckResult> check) => new Function(check);

        private sealed class Engine(ContentChecker checker) : LineChecker
        {
            public override CheckResult Check(ReadOnlySpan<char> text, CheckContext context) => checker.Check(text, context);

            public override CheckResult CheckUtf8(ReadOnlySpan<byte> text, CheckContext context) => checker.CheckUtf8(text, context);
        }

        private sealed class Function(Func<ReadOnlySpan<char>, CheckContext, CheckResult> check) : LineChecker
        {
            private char[] _chars = new char[4096];

            public override CheckResult Check(ReadOnlySpan<char> text, CheckContext context) => check(text, context);

            public override CheckResult CheckUtf8(ReadOnlySpan<byte> text, CheckContext context)
            {
                if (_chars.Length < text.Length)
                {
                    _chars = new char[text.Length];
                }

                System.Text.Unicode.Utf8.ToUtf16(text, _chars, out _, out var written, replaceInvalidSequences: true);
                return check(_chars.AsSpan(0, written), context);
            }
        }
    }

    /// <summary>One input line of the usual shape, read from its UTF-8 bytes without building a document.</summary>
    private ref struct FastLine
    {
        /// <summary>The context names of CONTRACT.md in <see cref="CheckContext"/> order, as <see cref="CheckerJson.ContextNames"/> has them.</summary>
        internal static readonly byte[][] ContextBytes =
            ["pupil-comment"u8.ToArray(), "pupil-post"u8.ToArray(), "public-comment"u8.ToArray(), "staff-post"u8.ToArray(), "personal-post"u8.ToArray()];

        /// <summary>The text, or null when it is <see cref="TextBytes"/>: printable ASCII with no escapes, read in place.</summary>
        public string? Text;
        public CheckContext Context;
        private IdKind _idType;
        private int _idStart;
        private int _idLength;
        private int _textStart;
        private int _textLength;

        /// <summary>
        /// The text of a line <see cref="TryScanCompact"/> read: printable ASCII with no escapes, so its bytes are its
        /// UTF-8 and the checker decodes them straight into its own buffer (no string per line, no copy of the CLI's).
        /// </summary>
        public readonly ReadOnlySpan<byte> TextBytes(ReadOnlySpan<byte> line) => line.Slice(_textStart, _textLength);

        private static readonly SearchValues<byte> StringStops = SearchValues.Create(
            "\"\\\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F"u8);

        /// <summary>
        /// The commonest line, read with a few byte comparisons: {"id": integer or plain string, "text": "…",
        /// "context": "…"} in that order, spaces allowed between the parts, no escapes in the text. Anything
        /// else (another order, other fields, escapes, a fractional id, invalid UTF-8) returns false and goes
        /// to <see cref="TryRead"/>, which reads every valid shape, so both give the same answer.
        /// </summary>
        public static bool TryScan(ReadOnlySpan<byte> line, out FastLine result)
        {
            result = default;
            var i = Spaces(line, 0);
            if (!Expect(line, ref i, "{"u8) || !Expect(line, ref i, "\"id\""u8) || !Expect(line, ref i, ":"u8))
            {
                return false;
            }

            if (!ReadPlainId(line, ref i, ref result))
            {
                return false;
            }

            // The opening quote is matched without skipping what follows: spaces there are the text's own.
            if (!Expect(line, ref i, ","u8) || !Expect(line, ref i, "\"text\""u8) || !Expect(line, ref i, ":"u8) || !Quote(line, ref i))
            {
                return false;
            }

            var end = line[i..].IndexOfAny(StringStops);
            if (end < 0 || line[i + end] != '"' || !System.Text.Unicode.Utf8.IsValid(line.Slice(i, end)))
            {
                return false;
            }

            var text = line.Slice(i, end);
            i += end + 1;
            if (!Expect(line, ref i, ","u8) || !Expect(line, ref i, "\"context\""u8) || !Expect(line, ref i, ":"u8) || !Quote(line, ref i))
            {
                return false;
            }

            var nameEnd = line[i..].IndexOf((byte)'"');
            if (nameEnd < 0)
            {
                return false;
            }

            var name = line.Slice(i, nameEnd);
            var context = -1;
            for (var c = 0; c < ContextBytes.Length && context < 0; c++)
            {
                if (name.SequenceEqual(ContextBytes[c]))
                {
                    context = c;
                }
            }

            i += nameEnd + 1;
            if (context < 0 || !Expect(line, ref i, "}"u8) || Spaces(line, i) != line.Length)
            {
                return false;
            }

            result.Text = Encoding.UTF8.GetString(text);
            result.Context = (CheckContext)context;
            return true;
        }

        /// <summary>
        /// Reads an id at <paramref name="i"/> that can be copied as it is: a string of <see cref="PlainIdBytes"/> or an
        /// integer -?(0|[1-9][0-9]*) of at most 18 digits; false for anything else.
        /// </summary>
        private static bool ReadPlainId(ReadOnlySpan<byte> line, ref int i, ref FastLine result)
        {
            var idStart = i;
            if (i < line.Length && line[i] == '"')
            {
                var close = line[(i + 1)..].IndexOfAnyExcept(PlainIdBytes);
                if (close < 0 || line[i + 1 + close] != '"')
                {
                    return false;
                }

                result._idType = IdKind.String;
                result._idStart = i + 1;
                result._idLength = close;
                i += close + 2;
                return true;
            }

            // Ids are short: a plain loop (a vectorised search's set-up cost more than the digits it read).
            var j = i < line.Length && line[i] == '-' ? i + 1 : i;
            var digits = 0;
            while (j + digits < line.Length && digits <= 18 && char.IsAsciiDigit((char)line[j + digits]))
            {
                digits++;
            }

            if (digits == 0 || digits > 18 || (line[j] == '0' && digits > 1))
            {
                return false;
            }

            result._idType = IdKind.Number;
            result._idStart = idStart;
            result._idLength = j + digits - idStart;
            i = j + digits;
            return true;
        }

        /// <summary>
        /// The line exactly as JSON Lines writers usually print it: {"id":…,"text":"…","context":"…"} with no spaces,
        /// a plain id (<see cref="ReadPlainId"/>) and text of printable ASCII with no escapes, nothing after the
        /// closing brace. Every such line is one <see cref="TryScan"/> reads the same way; this reads it with fewer
        /// steps, and the text, being ASCII, is read in place (see <see cref="TextBytes"/>) without a UTF-8 check. False for anything else.
        /// </summary>
        public static bool TryScanCompact(ReadOnlySpan<byte> line, out FastLine result)
        {
            result = default;
            if (!line.StartsWith("{\"id\":"u8))
            {
                return false;
            }

            var i = 6;
            if (!ReadPlainId(line, ref i, ref result) || !line[i..].StartsWith(",\"text\":\""u8))
            {
                return false;
            }

            i += 9;
            var length = line[i..].IndexOfAnyExcept(PlainTextBytes);
            if (length < 0 || line[i + length] != '"')
            {
                return false;
            }

            var textStart = i;
            i += length + 1;
            if (!line[i..].StartsWith(",\"context\":\""u8) || !line.EndsWith("\"}"u8) || line.Length - 2 < i + 12)
            {
                return false;
            }

            var name = line[(i + 12)..^2];
            var context = -1;
            for (var c = 0; c < ContextBytes.Length && context < 0; c++)
            {
                if (name.SequenceEqual(ContextBytes[c]))
                {
                    context = c;
                }
            }

            if (context < 0)
            {
                return false;
            }

            result.Text = null;
            result._textStart = textStart;
            result._textLength = length;
            result.Context = (CheckContext)context;
            return true;
        }

        /// <summary>Bytes of a JSON string that stand for themselves: printable ASCII (and DEL) apart from the quote and the backslash.</summary>
        private static readonly SearchValues<byte> PlainTextBytes = SearchValues.Create(
            PlainTextByteList());

        /// <summary>A loop, not LINQ: `signpost check` never loads System.Linq (RosterEntries.Unique).</summary>
        private static byte[] PlainTextByteList()
        {
            var bytes = new List<byte>();
            for (var b = 0x20; b < 0x80; b++)
            {
                if (b is not ('"' or '\\'))
                {
                    bytes.Add((byte)b);
                }
            }

            return [.. bytes];
        }

        /// <summary>The findings as an array, by a loop (a spread compiles to LINQ's ToArray, and `signpost check` never loads System.Linq).</summary>
        private static Finding[] CopyOf(IReadOnlyList<Finding> findings)
        {
            var copy = new Finding[findings.Count];
            for (var i = 0; i < copy.Length; i++)
            {
                copy[i] = findings[i];
            }

            return copy;
        }

        private static int Spaces(ReadOnlySpan<byte> line, int i)
        {
            while (i < line.Length && line[i] == ' ')
            {
                i++;
            }

            return i;
        }

        /// <summary>Skips spaces, then the opening quote of a string value (and nothing after it).</summary>
        private static bool Quote(ReadOnlySpan<byte> line, ref int i)
        {
            i = Spaces(line, i);
            if (i >= line.Length || line[i] != '"')
            {
                return false;
            }

            i++;
            return true;
        }

        /// <summary>Skips spaces, then <paramref name="token"/> and the spaces after it.</summary>
        private static bool Expect(ReadOnlySpan<byte> line, ref int i, ReadOnlySpan<byte> token)
        {
            i = Spaces(line, i);
            if (!line[i..].StartsWith(token))
            {
                return false;
            }

            i = Spaces(line, i + token.Length);
            return true;
        }

        /// <summary>Reads {"id": number|string|true|false|null (optional), "text": string, "context": known name, other fields ignored}; false for anything else.</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        public static bool TryRead(ReadOnlySpan<byte> line, out FastLine result)
        {
            result = default;
            result._idType = IdKind.None;
            var reader = new Utf8JsonReader(line, new JsonReaderOptions { MaxDepth = 64 });
            string? text = null;
            var context = -1;
            var sawId = false;
            try
            {
                if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
                {
                    return false;
                }

                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    if (reader.ValueIsEscaped)
                    {
                        return false;
                    }

                    var name = reader.ValueSpan;
                    if (!reader.Read())
                    {
                        return false;
                    }

                    if (name.SequenceEqual("id"u8))
                    {
                        if (sawId || reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray || (reader.TokenType == JsonTokenType.String && reader.ValueIsEscaped))
                        {
                            return false;
                        }

                        sawId = true;
                        result._idType = reader.TokenType switch
                        {
                            JsonTokenType.Number => IdKind.Number,
                            JsonTokenType.String => IdKind.String,
                            JsonTokenType.True => IdKind.True,
                            JsonTokenType.False => IdKind.False,
                            _ => IdKind.Null,
                        };
                        result._idStart = (int)reader.TokenStartIndex + (reader.TokenType == JsonTokenType.String ? 1 : 0);
                        result._idLength = reader.ValueSpan.Length;
                    }
                    else if (name.SequenceEqual("text"u8))
                    {
                        if (text is not null || reader.TokenType != JsonTokenType.String)
                        {
                            return false;
                        }

                        text = reader.GetString();
                    }
                    else if (name.SequenceEqual("context"u8))
                    {
                        if (context >= 0 || reader.TokenType != JsonTokenType.String || reader.ValueIsEscaped)
                        {
                            return false;
                        }

                        for (var i = 0; i < ContextBytes.Length && context < 0; i++)
                        {
                            if (reader.ValueSpan.SequenceEqual(ContextBytes[i]))
                            {
                                context = i;
                            }
                        }

                        if (context < 0)
                        {
                            return false;
                        }
                    }
                    else if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                    {
                        reader.Skip();
                    }
                }

                if (reader.TokenType != JsonTokenType.EndObject || reader.Read() || text is null || context < 0)
                {
                    return false;
                }
            }
            catch (Exception e) when (e is JsonException or InvalidOperationException)
            {
                // Malformed JSON, a lone surrogate escape, trailing content: the text path says exactly what is wrong.
                return false;
            }

            result.Text = text;
            result.Context = (CheckContext)context;
            return true;
        }

        /// <summary>
        /// The whole output line for <paramref name="result"/>, {"id":…,"action":…,"findings":[…]} and a newline, written
        /// as bytes: exactly what <see cref="Utf8JsonWriter"/> with <see cref="CheckerJson.WriterOptions"/> writes through
        /// <see cref="WriteId"/> and <see cref="CheckerJson.WriteResultFields"/> (each finding's strings are escaped once by
        /// such a writer and kept, see <see cref="Encoded"/>). False, with nothing written, for an id that is not a
        /// number, true, false, null or a plain ASCII string, or a string the writer refuses (a lone surrogate).
        /// </summary>
        public readonly bool TryWriteResultLine(ArrayBufferWriter<byte> output, ReadOnlySpan<byte> line, CheckResult result)
        {
            // The commonest line out, a number id and nothing found: the id copied 16 bytes at a time (the line goes on
            // for 20+ bytes after it), the rest one 32-byte store and a newline.
            if (_idType == IdKind.Number && _idLength <= Vector128<byte>.Count && result.Findings is Finding[] { Length: 0 } && line.Length - _idStart >= Vector128<byte>.Count)
            {
                var clean = output.GetSpan(CleanStart.Length + Vector128<byte>.Count + CleanEnd.Length);
                CleanStart.CopyTo(clean);
                Vector128.Create(line.Slice(_idStart, Vector128<byte>.Count)).CopyTo(clean[CleanStart.Length..]);
                var end = CleanStart.Length + _idLength;
                Vector256.Create(CleanEnd[..Vector256<byte>.Count]).CopyTo(clean[end..]);
                clean[end + Vector256<byte>.Count] = (byte)'\n';
                output.Advance(end + CleanEnd.Length);
                return true;
            }

            var raw = line.Slice(_idStart, _idLength);
            ReadOnlySpan<byte> id;
            var quoted = false;
            switch (_idType)
            {
                case IdKind.Number:
                    id = raw;
                    break;
                case IdKind.String when raw.IndexOfAnyExcept(PlainIdBytes) < 0:
                    id = raw;
                    quoted = true;
                    break;
                case IdKind.True:
                    id = "true"u8;
                    break;
                case IdKind.False:
                    id = "false"u8;
                    break;
                case IdKind.None or IdKind.Null:
                    id = "null"u8;
                    break;
                default:
                    return false;
            }

            // The checker's results hold arrays: read them as a span, not through IReadOnlyList's interface calls.
            ReadOnlySpan<Finding> findings = result.Findings is Finding[] array ? array : CopyOf(result.Findings);
            var size = CleanStart.Length + id.Length + (quoted ? 2 : 0) + CleanEnd.Length;
            if (!findings.IsEmpty)
            {
                // Each finding: the fixed parts, two numbers of at most 11 bytes and its three strings.
                size += 16 + findings.Length * (FindingFixedLength + 22);
                foreach (var finding in findings)
                {
                    if (Encoded(finding.Category) is not { } category || Encoded(finding.Clause) is not { } clause || Encoded(finding.Message) is not { } message)
                    {
                        return false;
                    }

                    size += category.Length + clause.Length + message.Length;
                }
            }

            var span = output.GetSpan(size);
            CleanStart.CopyTo(span);
            var at = CleanStart.Length;
            if (quoted)
            {
                span[at++] = (byte)'"';
            }

            id.CopyTo(span[at..]);
            at += id.Length;
            if (quoted)
            {
                span[at++] = (byte)'"';
            }

            if (findings.IsEmpty)
            {
                CleanEnd.CopyTo(span[at..]);
                output.Advance(at + CleanEnd.Length);
                return true;
            }

            at += Put(span, at, ",\"action\":"u8);
            at += Put(span, at, ActionBytes[(int)result.Action]);
            at += Put(span, at, ",\"findings\":["u8);
            for (var f = 0; f < findings.Length; f++)
            {
                var finding = findings[f];
                if (f > 0)
                {
                    span[at++] = (byte)',';
                }

                at += Put(span, at, "{\"category\":"u8);
                at += Put(span, at, Encoded(finding.Category));
                at += Put(span, at, ",\"clause\":"u8);
                at += Put(span, at, Encoded(finding.Clause));
                at += Put(span, at, ",\"severity\":"u8);
                at += Put(span, at, SeverityBytes[(int)finding.Severity]);
                at += Put(span, at, ",\"start\":"u8);
                Utf8Formatter.TryFormat(finding.Start, span[at..], out var written);
                at += written;
                at += Put(span, at, ",\"length\":"u8);
                Utf8Formatter.TryFormat(finding.Length, span[at..], out written);
                at += written;
                at += Put(span, at, ",\"message\":"u8);
                at += Put(span, at, Encoded(finding.Message));
                span[at++] = (byte)'}';
            }

            at += Put(span, at, "]}\n"u8);
            output.Advance(at);
            return true;
        }

        /// <summary>Length of a finding's fixed parts: {"category":,"clause":,"severity":"high","start":,"length":,"message":} and a comma.</summary>
        private const int FindingFixedLength = 80;

        private static int Put(Span<byte> span, int at, ReadOnlySpan<byte> bytes)
        {
            bytes.CopyTo(span[at..]);
            return bytes.Length;
        }

        // Spelled here, not read from CheckerJson: touching CheckerJson's static fields loads System.Text.Json (+0.7 MB
        // for a run of usual lines, measured). The byte-for-byte tests of the fast and the writer paths keep them equal.
        private static readonly byte[][] ActionBytes = ["\"allow\""u8.ToArray(), "\"hold\""u8.ToArray(), "\"block\""u8.ToArray()];

        private static readonly byte[][] SeverityBytes = ["\"low\""u8.ToArray(), "\"medium\""u8.ToArray(), "\"high\""u8.ToArray()];

        /// <summary>
        /// A finding's strings as the output writer escapes them, quotes included, by string object: two-way, 1,024
        /// pairs of slots chosen by the object's hash. An entry is one immutable object written and read whole, so
        /// threads may share the table without locks (a race only costs an extra encoding).
        /// </summary>
        private static readonly EncodedString?[] EncodedCache = new EncodedString?[2048];

        private sealed record EncodedString(string Value, byte[] Bytes);

        /// <summary>
        /// <paramref name="value"/> written as a JSON string by a <see cref="Utf8JsonWriter"/> with the output's options,
        /// quotes included: the same bytes that writer puts after a property name. The checker's categories, clauses and
        /// messages are a few hundred fixed strings, so each is escaped once and kept (<see cref="EncodedCache"/>). Null
        /// when the writer refuses the string.
        /// </summary>
        private static byte[]? Encoded(string value)
        {
            var slot = (System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(value) & 1023) * 2;
            var cache = EncodedCache;
            if (cache[slot] is { } first && ReferenceEquals(first.Value, value))
            {
                return first.Bytes;
            }

            if (cache[slot + 1] is { } second && ReferenceEquals(second.Value, value))
            {
                return second.Bytes;
            }

            var bytes = PlainEncoded(value) ?? EncodedByWriter(value);
            if (bytes is not null)
            {
                cache[cache[slot] is null ? slot : slot + 1] = new EncodedString(value, bytes);
            }

            return bytes;
        }

        /// <summary>
        /// A string of printable ASCII without a quote or a backslash, in quotes: what the output's writer writes for it
        /// (its relaxed encoder escapes none of these; CheckCommandTests checks every such char), without loading it.
        /// </summary>
        private static byte[]? PlainEncoded(string value)
        {
            var bytes = new byte[value.Length + 2];
            bytes[0] = (byte)'"';
            bytes[^1] = (byte)'"';
            for (var i = 0; i < value.Length; i++)
            {
                var c = value[i];
                if (c is < ' ' or > '~' or '"' or '\\')
                {
                    return null;
                }

                bytes[i + 1] = (byte)c;
            }

            return bytes;
        }

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        private static byte[]? EncodedByWriter(string value)
        {
            var buffer = new ArrayBufferWriter<byte>(2 * value.Length + 8);
            try
            {
                using var writer = new Utf8JsonWriter(buffer, CheckerJson.WriterOptions);
                writer.WriteStringValue(value);
            }
            catch (ArgumentException)
            {
                return null;
            }

            return buffer.WrittenSpan.ToArray();
        }

        private static ReadOnlySpan<byte> CleanStart => "{\"id\":"u8;

        private static ReadOnlySpan<byte> CleanEnd => ",\"action\":\"allow\",\"findings\":[]}\n"u8;

        /// <summary>String id bytes that every JSON writer copies as they are.</summary>
        private static readonly SearchValues<byte> PlainIdBytes =
            SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.:"u8);

        /// <summary>Writes the id as <see cref="System.Text.Json.JsonElement.WriteTo"/> would for the same value.</summary>
        public readonly void WriteId(Utf8JsonWriter writer, ReadOnlySpan<byte> line)
        {
            var raw = line.Slice(_idStart, _idLength);
            switch (_idType)
            {
                case IdKind.Number:
                    writer.WriteRawValue(raw, skipInputValidation: true);
                    break;
                case IdKind.String:
                    writer.WriteStringValue(raw);
                    break;
                case IdKind.True:
                    writer.WriteBooleanValue(true);
                    break;
                case IdKind.False:
                    writer.WriteBooleanValue(false);
                    break;
                default:
                    writer.WriteNullValue();
                    break;
            }
        }
    }

    /// <summary>The JSON type of a line's id, as <see cref="FastLine"/> read it (None: the line has no id).</summary>
    private enum IdKind : byte
    {
        None,
        Number,
        String,
        True,
        False,
        Null,
    }

    /// <summary>Checks every line; returns how many lines could not be checked.</summary>
    private static async Task<int> StreamAsync(ContentChecker checker, TextReader stdin, TextWriter stdout)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using var writer = new Utf8JsonWriter(buffer, CheckerJson.WriterOptions);
        var failed = 0;
        long lineNumber = 0;
        while (await stdin.ReadLineAsync() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            buffer.ResetWrittenCount();
            writer.Reset(buffer);
            if (CheckerJson.TryParseLine(line, out var request, out var error))
            {
                CheckerJson.WriteResult(writer, request!.Id, checker.Check(request.Text, request.Context));
            }
            else
            {
                failed++;
                CheckerJson.WriteError(writer, error!, lineNumber);
            }

            writer.Flush();
            await stdout.WriteLineAsync(Encoding.UTF8.GetString(buffer.WrittenSpan));
            await stdout.FlushAsync();
        }

        return failed;
    }

    private sealed record Options(string? Roster, List<string> Schools, List<string> Domains, List<string> Classes, bool Strict, bool Help, string? Eval, bool LineBuffered)
    {
        public bool IsDefaultSchool => Schools.Count == 0 && Domains.Count == 0 && Classes.Count == 0;

        public static Options? Parse(string[] args, out string problem)
        {
            problem = string.Empty;
            string? roster = null;
            var schools = new List<string>();
            var domains = new List<string>();
            var classes = new List<string>();
            var strict = false;
            var lineBuffered = false;
            var help = false;
            string? eval = null;
            for (var i = 0; i < args.Length; i++)
            {
                var arg = args[i];
                var takesValue = arg is "--roster" or "--school" or "--school-domain" or "--class" or "--eval";
                if (takesValue && (i + 1 >= args.Length || args[i + 1].StartsWith("--", StringComparison.Ordinal)))
                {
                    problem = $"{arg} needs a value.";
                    return null;
                }

                switch (arg)
                {
                    case "--roster" when roster is not null:
                        problem = "--roster given twice.";
                        return null;
                    case "--roster":
                        roster = args[++i];
                        break;
                    case "--school":
                        schools.Add(args[++i]);
                        break;
                    case "--school-domain":
                        domains.Add(args[++i]);
                        break;
                    case "--class":
                        classes.Add(args[++i]);
                        break;
                    case "--eval":
                        eval = args[++i];
                        break;
                    case "--strict":
                        strict = true;
                        break;
                    case "--line-buffered":
                        lineBuffered = true;
                        break;
                    case "-h" or "--help":
                        help = true;
                        break;
                    default:
                        problem = $"unknown argument '{arg}'.";
                        return null;
                }
            }

            return new Options(roster, schools, domains, classes, strict, help, eval, lineBuffered);
        }
    }
}
