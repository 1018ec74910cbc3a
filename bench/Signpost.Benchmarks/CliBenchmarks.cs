using System.Text;
using BenchmarkDotNet.Attributes;
using Signpost.Checking;
using Signpost.Cli.Commands;

namespace Signpost.Benchmarks;

/// <summary>The same ~1 MB of comments through `signpost check` as JSON Lines (read, parse, check, write).</summary>
[MemoryDiagnoser]
public class CliBenchmarks
{
    private byte[] _input = [];

    [GlobalSetup]
    public void Setup()
    {
        _input = Encoding.UTF8.GetBytes(JsonLines(Samples.Batch(1_000_000)));
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

    /// <summary>The process's own path: UTF-8 bytes in, UTF-8 bytes out (what `signpost check` does on stdin/stdout).</summary>
    [Benchmark(Description = "CLI: 1 MB of comment text as JSON Lines")]
    public async Task<int> CheckJsonLines()
    {
        using var output = new MemoryStream(2 * _input.Length);
        return await CheckCommand.FilterAsync(ContentChecker.Default, new MemoryStream(_input), output, flushEachLine: false);
    }
}
