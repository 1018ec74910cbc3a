using System.Text;
using BenchmarkDotNet.Attributes;
using Signpost.Checking;
using Signpost.Cli.Commands;

namespace Signpost.Benchmarks;

/// <summary>The same ~1 MB of comments through `signpost check` as JSON Lines (parse, check, write, flush per line).</summary>
[MemoryDiagnoser]
public class CliBenchmarks
{
    private string _input = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _input = JsonLines(Samples.Batch(1_000_000));
        ContentChecker.Default.Check("warm up", CheckContext.PupilComment);
    }

    /// <summary>Each comment as one contract input line {"id", "text", "context": "pupil-comment"}.</summary>
    public static string JsonLines(IEnumerable<string> comments)
    {
        var sb = new StringBuilder();
        var id = 0;
        foreach (var comment in comments)
        {
            sb.Append("{\"id\":").Append(++id).Append(",\"text\":\"").Append(comment).Append("\",\"context\":\"pupil-comment\"}\n");
        }

        return sb.ToString();
    }

    [Benchmark(Description = "CLI: 1 MB of comment text as JSON Lines")]
    public async Task<int> CheckJsonLines()
    {
        using var output = new StringWriter();
        return await CheckCommand.RunAsync([], new StringReader(_input), output, TextWriter.Null);
    }
}
