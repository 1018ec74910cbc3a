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
        Assert.Equal(0, code);
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

    [Fact]
    public async Task Strict_mode_exits_non_zero_when_a_line_failed()
    {
        var (code, lines, _) = await RunAsync("not json\n", "--strict");
        Assert.Equal(1, code);
        Assert.Single(lines);
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
