using BenchmarkDotNet.Attributes;
using Signpost.Checking;
using Signpost.Checking.Matching;

namespace Signpost.Benchmarks;

/// <summary>The whole check with every detector on (docs/PERFORMANCE.md "## Checker").</summary>
[MemoryDiagnoser]
public class CheckerBenchmarks
{
    private readonly ContentChecker _checker = new(
        [new KnownPerson("Rose", "Baker", KnownPersonRole.Pupil), new KnownPerson("Oliver", "Okonkwo", KnownPersonRole.Pupil, ["Olly"])],
        new SchoolProfile(["Holbrook Primary", "Holbrook"], ["holbrook.sch.uk"], ["Oak Class"]));

    private string[] _batch = [];

    [GlobalSetup]
    public void Setup()
    {
        _batch = Samples.Batch(1_000_000);
        _checker.Check("warm up", CheckContext.PupilComment);
    }

    [Benchmark(Description = "400-word staff post")]
    public CheckResult StaffPost() => _checker.Check(Samples.StaffPost400Words, CheckContext.StaffPost);

    [Benchmark(Description = "short clean pupil comment")]
    public CheckResult CleanComment() => _checker.Check(Samples.CleanComment, CheckContext.PupilComment);

    [Benchmark(Description = "short comment with findings")]
    public CheckResult DirtyComment() => _checker.Check("you're such an idiot, add me on snap, call 07700 900123", CheckContext.PupilComment);

    /// <summary>About 1 MB of comments; MB/s = 1 / (mean in seconds).</summary>
    [Benchmark(Description = "1 MB of comments")]
    public int Megabyte()
    {
        var findings = 0;
        foreach (var comment in _batch)
        {
            findings += _checker.Check(comment, CheckContext.PupilComment).Findings.Count;
        }

        return findings;
    }

    /// <summary>Engine start: reading the stored lists (Data/lists.bin), as every process does once.</summary>
    [Benchmark(Description = "engine start (read stored lists)")]
    public int EngineStart() => CompiledLists.TryLoad(typeof(ContentChecker).Assembly)?.Trie.NodeCount ?? -1;

    /// <summary>The same lists compiled from the text instead (only where Data/lists.bin is stale).</summary>
    [Benchmark(Description = "engine start (compile lists from text)")]
    public int EngineStartFromText()
    {
        var (entries, groups) = PhraseLists.LoadEmbedded();
        return new PhraseTrie(entries, groups).NodeCount;
    }
}
