using System.Text.Json;
using Signpost.Cli.Commands;

namespace Signpost.Checking.Tests;

public class CheckCommandTests
{
    private static async Task<(int Code, string[] Lines, string Error)> RunAsync(string input, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await CheckCommand.RunAsync(args, new StringReader(input), stdout, stderr);
        return (code, stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries), stderr.ToString());
    }

    [Fact]
    public async Task One_line_out_per_line_in_in_the_same_order()
    {
        var input = string.Join('\n', Enumerable.Range(1, 50).Select(i =>
            $$"""{"id": {{i}}, "text": "{{(i % 3 == 0 ? "shit" : i % 5 == 0 ? "you f@g" : "Lovely trip")}}", "context": "pupil-comment"}"""));
        var (code, lines, _) = await RunAsync(input);
        Assert.Equal(0, code);
        Assert.Equal(50, lines.Length);
        for (var i = 0; i < 50; i++)
        {
            using var doc = JsonDocument.Parse(lines[i]);
            var n = i + 1;
            Assert.Equal(n, doc.RootElement.GetProperty("id").GetInt32());
            var expected = n % 3 == 0 ? "hold" : n % 5 == 0 ? "block" : "allow";
            Assert.Equal(expected, doc.RootElement.GetProperty("action").GetString());
        }
    }

    [Fact]
    public async Task A_malformed_line_gets_an_error_line_and_the_stream_continues()
    {
        var input = """
            {"id": 1, "text": "hello", "context": "pupil-comment"}
            {"id": 2, "text": "oops"
            {"id": 3, "text": "hi", "context": "nowhere"}

            {"id": 4, "text": "07700 900123", "context": "pupil-comment"}
            """;
        var (code, lines, _) = await RunAsync(input);
        Assert.Equal(1, code);
        Assert.Equal(4, lines.Length);
        using var bad = JsonDocument.Parse(lines[1]);
        Assert.Equal(JsonValueKind.Null, bad.RootElement.GetProperty("id").ValueKind);
        Assert.Equal("hold", bad.RootElement.GetProperty("action").GetString());
        Assert.Equal(2, bad.RootElement.GetProperty("error").GetProperty("line").GetInt32());
        using var unknown = JsonDocument.Parse(lines[2]);
        Assert.Equal(3, unknown.RootElement.GetProperty("id").GetInt32());
        Assert.Contains("nowhere", unknown.RootElement.GetProperty("error").GetProperty("message").GetString(), StringComparison.Ordinal);
        using var last = JsonDocument.Parse(lines[3]);
        Assert.Equal(4, last.RootElement.GetProperty("id").GetInt32());
        Assert.Equal("hold", last.RootElement.GetProperty("action").GetString());
    }

    /// <summary>Issue 3: the exit code says whether any line failed (1), after every line was answered; 0 when all were checked.</summary>
    [Theory]
    [InlineData("{\"id\": 1, \"text\": \"hello\", \"context\": \"pupil-comment\"}\n{\"id\": 2, \"text\": \"shit\", \"context\": \"pupil-comment\"}\n", 0, 2)]
    [InlineData("not json\n", 1, 1)]
    [InlineData("{\"id\": 1, \"text\": \"hello\", \"context\": \"pupil-comment\"}\n[1]\n{\"id\": 3, \"text\": \"hi\", \"context\": \"pupil-comment\"}\n", 1, 3)]
    [InlineData("{\"id\": 1, \"text\": \"hello\", \"context\": \"blog\"}", 1, 1)]
    [InlineData("\n\n", 0, 0)]
    public async Task The_exit_code_says_whether_any_line_failed(string input, int expectedCode, int expectedLines)
    {
        foreach (var args in new[] { Array.Empty<string>(), ["--strict"] })
        {
            var (code, lines, _) = await RunAsync(input, args);
            Assert.Equal(expectedCode, code);
            Assert.Equal(expectedLines, lines.Length);

            // The process's own byte path says the same.
            var output = new MemoryStream();
            var failed = await CheckCommand.FilterAsync(ContentChecker.Default, new MemoryStream(System.Text.Encoding.UTF8.GetBytes(input)), output, flushEachLine: false);
            Assert.Equal(expectedCode, failed > 0 ? 1 : 0);
        }
    }

    /// <summary>
    /// The process reads stdin as UTF-8 bytes (<see cref="CheckCommand.FilterAsync"/>): for every kind of line
    /// (ids of each JSON type, fields in any order, extra and duplicate fields, escapes, lone surrogates,
    /// malformed JSON, unknown contexts, blank and whitespace-only lines, CRLF, CR, a BOM, no final newline)
    /// its output is byte for byte what the text path writes, line numbers included.
    /// </summary>
    [Fact]
    public async Task The_byte_stream_filter_writes_exactly_what_the_text_path_writes()
    {
        string[] lines =
        [
            """{"id": 1, "text": "Lovely trip", "context": "pupil-comment"}""",
            """{"text": "call me on 07700 900123", "context": "pupil-comment", "id": "a\"b"}""",
            """{"id": "caf\u00e9", "text": "shit", "context": "public-comment"}""",
            """{"id": "émoji 😀", "text": "Rose Baker in Year 4", "context": "pupil-post"}""",
            """{"id": -1.50e3, "text": "x", "context": "staff-post"}""",
            """{"id": true, "text": "as a teacher at Holbrook", "context": "personal-post"}""",
            """{"id": false, "text": "", "context": "pupil-comment"}""",
            """{"id": null, "text": "my dad hits me", "context": "pupil-comment"}""",
            """{"text": "no id here", "context": "pupil-comment"}""",
            """{"id": {"a": [1, 2]}, "text": "object id", "context": "pupil-comment"}""",
            """{"id": [1, "x"], "text": "array id", "context": "pupil-comment"}""",
            """{"id": 2, "id": 3, "text": "duplicate id", "context": "pupil-comment"}""",
            """{"id": 4, "text": "a", "text": "duplicate text you idiot", "context": "pupil-comment"}""",
            """{"id": 5, "text": "lone \ud800 surrogate shit", "context": "pupil-comment"}""",
            """{"id": 6, "text": "escaped \n\t\"quote\" \u0066uck", "context": "pupil-comment"}""",
            """{"id": 7, "text": "extra", "context": "pupil-comment", "extra": {"deep": [1, {"x": null}]}}""",
            """{"\u0069d": 8, "text": "escaped name", "context": "pupil-comment"}""",
            """{"id": 9, "text": "spaced context", "context": " Pupil-Comment "}""",
            """{"id": 10, "text": "unknown", "context": "blog"}""",
            """{"id": 11, "text": 42, "context": "pupil-comment"}""",
            """{"id": 12, "context": "pupil-comment"}""",
            """{"id": 13, "text": "no context"}""",
            """{"id": 14, "text": "trailing", "context": "pupil-comment"} x""",
            """{"id": 15, "text": "trailing comma", "context": "pupil-comment",}""",
            """[1, 2]""",
            """not json at all""",
            "{\"id\": 16, \"text\": \"oops\"",
            "   	  ",
            "  ",
            "",
            """  {"id": 17, "text": "padded", "context": "pupil-comment"}  """,
            """{"id": 18, "text": "f​u​c​k", "context": "pupil-comment"}""",

            // The quick scanner's shapes and the ones it must hand on to the full reader.
            """{"id":19,"text":"clean words","context":"pupil-comment"}""",
            """{"id":"abc-1.x:y_Z","text":"nice","context":"pupil-comment"}""",
            """{"id":"a b","text":"space in id","context":"pupil-comment"}""",
            """{"id":-0,"text":"minus zero","context":"pupil-comment"}""",
            """{"id":01,"text":"leading zero","context":"pupil-comment"}""",
            """{"id":-,"text":"minus alone","context":"pupil-comment"}""",
            """{"id":1.5,"text":"fraction","context":"pupil-comment"}""",
            """{"id":2e3,"text":"exponent","context":"pupil-comment"}""",
            """{"id":1234567890123456789012,"text":"long id","context":"pupil-comment"}""",

            // Number ids of every length around the clean line's 16-byte copy, negative ones too.
            """{"id":1234567890123456,"text":"sixteen digits","context":"pupil-comment"}""",
            """{"id":-123456789012345,"text":"sixteen bytes","context":"pupil-comment"}""",
            """{"id":12345678901234567,"text":"seventeen digits","context":"pupil-comment"}""",
            """{"id":123456789012345678,"text":"eighteen digits","context":"pupil-comment"}""",
            """{"id":1234567890123456789,"text":"nineteen digits","context":"pupil-comment"}""",
            """{"id":-7,"text":"","context":"pupil-comment"}""",
            """{"id":8,"text":"x","context":"pupil-post"}""",
            """{"id":	20,"text":"tab","context":"pupil-comment"}""",
            """{"id":21,"text":"del  and é and 😀 you idiot","context":"pupil-comment"}""",
            """{"id":22,"text":"clean","context":"pupil-comment"}   """,
            """{"id":23,"text":"clean","context":"pupil-comment"}}""",
            """{"id":24,"text":"clean","context":"pupil-comment\u0020"}""",
            """{"id":25,"text":"clean","context":"staff-post","more":1}""",
            """{"id":26,"context":"pupil-comment","text":"order"}""",

            // Spaces at the start of the text are the text's own (the finding's start counts them), on every path.
            """{"id":27,"text":"   Essex shit","context":"staff-post"}""",
            """{"id": 28, "text": "   Essex shit", "context": "staff-post"}""",
            """{"id": 29, "text": "  é shit", "context": "pupil-comment"}""",
            """{"id":30,"text":"  shit","context":"pupil-comment","x":1}""",

            // The compact shape with findings, written as bytes: several findings, each action, escapes in no
            // string, ids of every plain kind; and the shapes it hands on.
            """{"id":31,"text":"call 07700 900123 or jo@example.com, you idiot","context":"pupil-comment"}""",
            """{"id":"c-32","text":"my dad hits me","context":"pupil-comment"}""",
            """{"id":44,"text":"Rose Baker is 8, my number is 07700 900123","context":"pupil-post"}""",
            """{"id":-33,"text":"you f*cking n1gger","context":"public-comment"}""",
            """{"id":"","text":"as a teacher at Holbrook, vote Labour","context":"personal-post"}""",
            """{"id":"a\u0062","text":"shit","context":"pupil-comment"}""",
            """{"id":"é","text":"shit","context":"pupil-comment"}""",
            """{"id":35,"text":"tab\there shit","context":"pupil-comment"}""",
            """{"id":36,"text":"DEL  shit","context":"pupil-comment"}""",
            """{"id":37,"text":"","context":"pupil-comment"}""",
            """{"id":38,"text":"shit","context":"pupil-comment" }""",
            """{"id":39,"text":"shit","context":"pupil-comment""",
            """{"id":40,"text":"shit","context":""}""",
            """{"id":41,"text":"shit","context":"pupil-commentx"}""",
            """{"id":42,"text":"shit","context":"pupil-commen"}""",
            """{"id":43,"text":"shit","context":"}""",
        ];
        foreach (var (separator, bom, finalNewline) in new[] { ("\n", false, true), ("\r\n", true, false), ("\r", false, false) })
        {
            var input = string.Join(separator, lines) + (finalNewline ? separator : string.Empty);
            var expected = new StringWriter();
            var expectedCode = await CheckCommand.RunAsync([], new StringReader(input), expected, new StringWriter());

            var bytes = (bom ? "\uFEFF"u8.ToArray() : []).Concat(System.Text.Encoding.UTF8.GetBytes(input)).ToArray();
            var output = new MemoryStream();
            var failed = await CheckCommand.FilterAsync(ContentChecker.Default, new MemoryStream(bytes), output, flushEachLine: false);

            Assert.Equal(1, expectedCode);
            Assert.Equal(expected.ToString().ReplaceLineEndings("\n"), System.Text.Encoding.UTF8.GetString(output.ToArray()));
            Assert.Equal(17, failed);
        }
    }

    /// <summary>
    /// The byte path writes a finding's category, clause and message of printable ASCII straight into quotes, without
    /// the JSON writer: that is only right while the output's writer leaves every such char as it is.
    /// </summary>
    [Fact]
    public void The_output_writer_leaves_printable_ascii_but_quote_and_backslash_unescaped()
    {
        for (var c = ' '; c <= '~'; c++)
        {
            var buffer = new System.Buffers.ArrayBufferWriter<byte>();
            using (var writer = new System.Text.Json.Utf8JsonWriter(buffer, CheckerJson.WriterOptions))
            {
                writer.WriteStringValue($"a{c}b");
            }

            var expected = c is '"' or '\\' ? $"\"a\\{c}b\"" : $"\"a{c}b\"";
            Assert.Equal(expected, System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan));
        }
    }

    /// <summary>Input arriving in small pieces (a pipe) still gives one whole line out per line in, in order.</summary>
    [Fact]
    public async Task The_byte_stream_filter_handles_lines_split_across_reads()
    {
        var input = string.Concat(Enumerable.Range(1, 300).Select(i => $$"""{"id": {{i}}, "text": "line {{i}} shit\r\n", "context": "pupil-comment"}""" + "\r\n"));
        var output = new MemoryStream();
        await CheckCommand.FilterAsync(ContentChecker.Default, new TrickleStream(System.Text.Encoding.UTF8.GetBytes(input)), output, flushEachLine: true);
        var lines = System.Text.Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(300, lines.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            using var doc = JsonDocument.Parse(lines[i]);
            Assert.Equal(i + 1, doc.RootElement.GetProperty("id").GetInt32());
            Assert.Equal("hold", doc.RootElement.GetProperty("action").GetString());
        }
    }

    /// <summary>A stream that returns at most 7 bytes per read, so lines and CRLF pairs straddle reads.</summary>
    private sealed class TrickleStream(byte[] data) : MemoryStream(data)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, 7));

        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, 7)]);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, 7)], cancellationToken);
    }

    [Fact]
    public async Task A_roster_adds_pupil_names()
    {
        var path = Path.Combine(Path.GetTempPath(), $"roster-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(path, "first_name,last_name,role\nKacper,Nowakowski,pupil\n");
        try
        {
            var line = """{"id": 1, "text": "Kacper Nowakowski won", "context": "pupil-post"}""";
            var (_, without, _) = await RunAsync(line);
            var (code, with, _) = await RunAsync(line, "--roster", path);
            Assert.Equal(0, code);
            Assert.Contains("\"action\":\"allow\"", without[0], StringComparison.Ordinal);
            Assert.Contains("\"category\":\"pupil-identity\"", with[0], StringComparison.Ordinal);
            Assert.Contains("\"start\":0,\"length\":17", with[0], StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task A_bad_roster_file_is_exit_code_2_with_the_line()
    {
        var path = Path.Combine(Path.GetTempPath(), $"roster-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(path, "first_name,last_name,role\nKacper,Nowak,headteacher\n");
        try
        {
            var (code, lines, error) = await RunAsync("""{"id":1,"text":"x","context":"pupil-post"}""", "--roster", path);
            Assert.Equal(2, code);
            Assert.Empty(lines);
            Assert.Contains("Line 2", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("--roster")]
    [InlineData("--bogus")]
    [InlineData("--roster", "/nonexistent/roster.csv")]
    public async Task Bad_arguments_are_exit_code_2(params string[] args)
    {
        var (code, _, error) = await RunAsync(string.Empty, args);
        Assert.Equal(2, code);
        Assert.StartsWith("signpost check:", error, StringComparison.Ordinal);
    }
}
