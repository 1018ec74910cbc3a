using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Running;
using Signpost.Benchmarks;
using Signpost.Checking;

if (args.Length > 0 && args[0] == "latency")
{
    // p50/p99 per comment of at most 1 KB, which BenchmarkDotNet's percentile columns do not give directly.
    var checker = new ContentChecker();
    var comments = Samples.Batch(2_000_000);
    foreach (var c in comments.Take(2000))
    {
        checker.Check(c, CheckContext.PupilComment);
    }

    var times = new double[comments.Length];
    var sw = new Stopwatch();
    for (var i = 0; i < comments.Length; i++)
    {
        sw.Restart();
        checker.Check(comments[i], CheckContext.PupilComment);
        times[i] = sw.Elapsed.TotalMicroseconds;
    }

    Array.Sort(times);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{comments.Length} comments: p50 {times[times.Length / 2]:0.0} µs, p99 {times[(int)(times.Length * 0.99)]:0.0} µs, max {times[^1]:0.0} µs"));
    var startup = Stopwatch.StartNew();
    var (entries, groups) = Signpost.Checking.Matching.PhraseLists.LoadEmbedded();
    _ = new Signpost.Checking.Matching.PhraseTrie(entries, groups);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"list load and compile (warm process): {startup.Elapsed.TotalMilliseconds:0.0} ms"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"managed heap after: {GC.GetTotalMemory(true) / 1024.0 / 1024.0:0.0} MB"));
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(CheckerBenchmarks).Assembly).Run(args);
