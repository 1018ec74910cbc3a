using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Running;
using Signpost.Benchmarks;
using Signpost.Checking;

if (args.Length > 0 && args[0] == "latency")
{
    // Engine start in this fresh process: the first check loads and compiles the embedded lists (and JITs the code).
    var cold = Stopwatch.StartNew();
    var coldCpu = Phases.ThreadCpuMs();
    var jitBefore = System.Runtime.JitInfo.GetCompilationTime(currentThread: true);
    var jitMethodsBefore = System.Runtime.JitInfo.GetCompiledMethodCount(currentThread: true);
    var checker = new ContentChecker(
        [new KnownPerson("Rose", "Baker", KnownPersonRole.Pupil), new KnownPerson("Oliver", "Okonkwo", KnownPersonRole.Pupil, ["Olly"])],
        new SchoolProfile(["Holbrook Primary", "Holbrook"], ["holbrook.sch.uk"], ["Oak Class"]));
    checker.Check("warm up", CheckContext.PupilComment);
    var coldMs = cold.Elapsed.TotalMilliseconds;
    coldCpu = Phases.ThreadCpuMs() - coldCpu;
    var coldJit = (System.Runtime.JitInfo.GetCompilationTime(currentThread: true) - jitBefore).TotalMilliseconds;
    var coldJitMethods = System.Runtime.JitInfo.GetCompiledMethodCount(currentThread: true) - jitMethodsBefore;

    // p50/p99 per comment of at most 1 KB, which BenchmarkDotNet's percentile columns do not give directly: the
    // benchmark comments, the 400-word staff post cut into pieces of up to 1 KB, and both evaluation sets.
    var comments = Samples.Batch(2_000_000)
        .Concat(Enumerable.Range(0, 2000).Select(i => Samples.StaffPost400Words.Substring(i % 1000, Math.Min(1024, Samples.StaffPost400Words.Length - (i % 1000)))))
        .ToArray();
    foreach (var c in comments.Take(20000))
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
        $"{comments.Length} comments of <= 1 KB: p50 {times[times.Length / 2]:0.0} µs, p99 {times[(int)(times.Length * 0.99)]:0.0} µs, p99.9 {times[(int)(times.Length * 0.999)]:0.0} µs, max {times[^1]:0.0} µs"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"engine start in a fresh process (first check: read the stored lists, JIT): {coldMs:0.0} ms wall clock, {coldCpu:0.0} ms thread CPU, of which JIT {coldJit:0.0} ms ({coldJitMethods} methods)"));
    var startup = Stopwatch.StartNew();
    var startupCpu = Phases.ThreadCpuMs();
    var stored = Signpost.Checking.Matching.CompiledLists.TryLoad(typeof(ContentChecker).Assembly);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"stored lists read again (Data/lists.bin, warm process): {startup.Elapsed.TotalMilliseconds:0.0} ms wall clock, {Phases.ThreadCpuMs() - startupCpu:0.0} ms thread CPU{(stored is null ? " -- NOT USED: stale or missing, the checker compiled the text" : string.Empty)}"));
    startup.Restart();
    startupCpu = Phases.ThreadCpuMs();
    var (entries, groups) = Signpost.Checking.Matching.PhraseLists.LoadEmbedded();
    _ = new Signpost.Checking.Matching.PhraseTrie(entries, groups);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"lists compiled from the text instead (as where Data/lists.bin is stale; its JIT included): {startup.Elapsed.TotalMilliseconds:0.0} ms wall clock, {Phases.ThreadCpuMs() - startupCpu:0.0} ms thread CPU"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"managed heap after loading and checking: {GC.GetTotalMemory(true) / 1024.0 / 1024.0:0.0} MB; process working set {Environment.WorkingSet / 1024.0 / 1024.0:0.0} MB"));
    return;
}

if (args.Length > 0 && args[0] == "startup")
{
    // The list load and compile, repeated (for a profiler), with the thread CPU of each round.
    for (var i = 0; i < (args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10); i++)
    {
        var t0 = Phases.ThreadCpuMs();
        var a0 = GC.GetAllocatedBytesForCurrentThread();
        var (entries, groups) = Signpost.Checking.Matching.PhraseLists.LoadEmbedded();
        var t1 = Phases.ThreadCpuMs();
        var a1 = GC.GetAllocatedBytesForCurrentThread();
        _ = new Signpost.Checking.Matching.PhraseTrie(entries, groups);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"load {t1 - t0:0.0} ms ({(a1 - a0) / 1e6:0.0} MB allocated), trie {Phases.ThreadCpuMs() - t1:0.0} ms ({(GC.GetAllocatedBytesForCurrentThread() - a1) / 1e6:0.0} MB allocated)"));
    }

    return;
}

if (args.Length > 0 && args[0] == "memory")
{
    // Where a fresh process's memory goes when it builds the checker (what `signpost check` does first): bytes
    // allocated, collections run, and the GC's committed memory and live heap after the first check.
    var a0 = GC.GetTotalAllocatedBytes(precise: true);
    var checker = new ContentChecker(
        [new KnownPerson("Rose", "Baker", KnownPersonRole.Pupil), new KnownPerson("Oliver", "Okonkwo", KnownPersonRole.Pupil, ["Olly"])],
        new SchoolProfile(["Holbrook Primary", "Holbrook"], ["holbrook.sch.uk"], ["Oak Class"]));
    checker.Check("warm up", CheckContext.PupilComment);
    var info = GC.GetGCMemoryInfo(GCKind.Any);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"allocated {(GC.GetTotalAllocatedBytes(precise: true) - a0) / 1e6:0.0} MB; collections gen0 {GC.CollectionCount(0)}, gen1 {GC.CollectionCount(1)}, gen2 {GC.CollectionCount(2)}; " +
        $"committed {info.TotalCommittedBytes / 1e6:0.0} MB, heap {info.HeapSizeBytes / 1e6:0.0} MB, live {GC.GetTotalMemory(false) / 1e6:0.0} MB; " +
        $"generations (size after last GC) {string.Join(" / ", info.GenerationInfo.ToArray().Select(g => (g.SizeAfterBytes / 1e6).ToString("0.0", CultureInfo.InvariantCulture)))} MB; process working set {Environment.WorkingSet / 1e6:0.0} MB"));
    foreach (var (k, v) in GC.GetConfigurationVariables().Where(kv => kv.Key is "GCGen0MaxBudget" or "GCgen0size" or "GCRegionSize" or "GCConserveMemory" or "ConcurrentGarbageCollection"))
    {
        Console.WriteLine($"  {k} = {v}");
    }

    return;
}

if (args.Length > 0 && args[0] == "pathological") { Pathological.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100_000); return; }

if (args.Length > 1 && args[0] == "dump") { Equivalence.Dump(args[1]); return; }

if (args.Length > 1 && args[0] == "jsonl")
{
    // `jsonl FILE [MB]`: the throughput workload's comments as JSON Lines (MB of comment text, default 32), to time the
    // real `signpost check` process on: `time signpost check < FILE > /dev/null`.
    var megabytes = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 32;
    var oneMegabyte = CliBenchmarks.JsonLines(Samples.Batch(1_000_000));
    using var file = new StreamWriter(args[1], append: false, new System.Text.UTF8Encoding(false));
    for (var m = 0; m < megabytes; m++)
    {
        file.Write(oneMegabyte);
    }

    return;
}

if (args.Length > 0 && args[0] == "phases") { Phases.Run(args.Length > 1); return; }

if (args.Length > 0 && args[0] == "throughput")
{
    // Quick Stopwatch medians for a shared machine (BenchmarkDotNet gives the same figures with more ceremony):
    // the 1 MB batch through the engine, and the same batch as JSON Lines through `signpost check`.
    var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 15;
    var checker = new ContentChecker(
        [new KnownPerson("Rose", "Baker", KnownPersonRole.Pupil), new KnownPerson("Oliver", "Okonkwo", KnownPersonRole.Pupil, ["Olly"])],
        new SchoolProfile(["Holbrook Primary", "Holbrook"], ["holbrook.sch.uk"], ["Oak Class"]));
    var batch = Samples.Batch(1_000_000);
    var chars = batch.Sum(c => (long)c.Length);
    var engine = new double[runs];
    var engineCpu = new double[runs];
    long allocated = 0;
    // Ten warm-up runs: with tiered compilation the hot methods reach their final (PGO-optimised) code only
    // after a few hundred thousand calls, and earlier runs would measure the JIT, not the checker. The runtime
    // starts counting calls only after 100 ms without new first-tier compilations (TC_CallCountingDelayMs), which
    // a run of the whole batch keeps putting off, so the warm-up also pauses three times: without the pauses the
    // measured runs were still partly first-tier code (engine ~52 MB/s here, against ~88 with them; a server
    // reaches the final code within its first seconds).
    for (var r = -10; r < runs; r++)
    {
        if (r is -7 or -4 or -1)
        {
            Thread.Sleep(300);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        var cpu = Phases.ThreadCpuMs();
        var sw = Stopwatch.StartNew();
        foreach (var c in batch)
        {
            checker.Check(c, CheckContext.PupilComment);
        }

        sw.Stop();
        if (r >= 0)
        {
            engine[r] = sw.Elapsed.TotalSeconds;
            engineCpu[r] = (Phases.ThreadCpuMs() - cpu) / 1000;
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        }
    }

    var input = System.Text.Encoding.UTF8.GetBytes(CliBenchmarks.JsonLines(batch));
    var inputBytes = input.Length;
    var cli = new double[Math.Max(3, runs / 3)];
    var cliCpu = new double[cli.Length];
    var filterCpu = new double[cli.Length];

    // The output goes to one memory stream made once (a pipe in the real process): allocating and zeroing 3.5 MB in
    // each timed run, as before 2026-11-25 06:55 UTC, added ~0.5-1 ms of page faults and clearing to the CLI's figure.
    using var output = new MemoryStream(2 * input.Length);

    // The filter alone: the same lines with each line's result replayed from the first run (reading, decoding and
    // writing lines, no checking).
    var results = new List<CheckResult>();
    await Signpost.Cli.Commands.CheckCommand.FilterAsync((t, c) => { var x = checker.Check(t, c); results.Add(x); return x; }, new MemoryStream(input), output, flushEachLine: false);
    var next = 0;
    Func<ReadOnlySpan<char>, CheckContext, CheckResult> replay = (_, _) => results[next++];
    for (var r = -10; r < cli.Length; r++)
    {
        // Thread CPU, as for the engine: the filter runs on this thread (memory streams complete at once), and the
        // process's total would add the JIT's and the GC's background threads, which other runs' noise dominates.
        output.SetLength(0);
        var cpu = Phases.ThreadCpuMs();
        var sw = Stopwatch.StartNew();
        await Signpost.Cli.Commands.CheckCommand.FilterAsync(checker, new MemoryStream(input), output, flushEachLine: false);
        sw.Stop();
        var cpuAfter = Phases.ThreadCpuMs();
        output.SetLength(0);
        next = 0;
        await Signpost.Cli.Commands.CheckCommand.FilterAsync(replay, new MemoryStream(input), output, flushEachLine: false);
        if (r >= 0)
        {
            cli[r] = sw.Elapsed.TotalSeconds;
            cliCpu[r] = (cpuAfter - cpu) / 1000;
            filterCpu[r] = (Phases.ThreadCpuMs() - cpuAfter) / 1000;
        }
    }

    Array.Sort(filterCpu);

    Array.Sort(engine);
    Array.Sort(engineCpu);
    Array.Sort(cli);
    Array.Sort(cliCpu);
    var e = engine[engine.Length / 2];
    var l = cli[cli.Length / 2];
    var ec = engineCpu[engineCpu.Length / 2];
    var lc = cliCpu[cliCpu.Length / 2];
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"engine: {batch.Length} comments, {chars / 1e6:0.00} MB of text: median {e * 1000:0.00} ms = {chars / 1e6 / e:0.0} MB/s (best {chars / 1e6 / engine[0]:0.0}), {(double)allocated / batch.Length:0} B allocated per comment"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"CLI check: {inputBytes / 1e6:0.00} MB of JSON Lines: median {l * 1000:0.00} ms = {chars / 1e6 / l:0.0} MB/s of text, {inputBytes / 1e6 / l:0.0} MB/s of input (best {chars / 1e6 / cli[0]:0.0} MB/s of text)"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"CPU time actually run (median; what a quiet core would take): engine {ec * 1000:0.00} ms = {chars / 1e6 / ec:0.0} MB/s; CLI {lc * 1000:0.00} ms = {chars / 1e6 / lc:0.0} MB/s of text"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"CLI filter alone (results replayed, CPU median): {filterCpu[filterCpu.Length / 2] * 1000:0.00} ms = {filterCpu[filterCpu.Length / 2] * 1e9 / batch.Length:0} ns a line, {filterCpu[filterCpu.Length / 2] * 1000 / (chars / 1e6):0.00} ms per MB of text"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"CPU time, best run: engine {chars / 1e6 / engineCpu[0]:0.0} MB/s; CLI {chars / 1e6 / cliCpu[0]:0.0} MB/s of text"));
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(CheckerBenchmarks).Assembly).Run(args);
