using System.Diagnostics;
using Signpost.Checking;
using Signpost.Checking.Detectors;
using Signpost.Checking.Matching;
using Signpost.Checking.Normalisation;

namespace Signpost.Benchmarks;

/// <summary>
/// `phases`: thread CPU time of each stage of a check (folding, skeleton, list walk, roster walk, each
/// detector) over the 1 MB batch, best of 7, to see where the time goes; `phases profile` just loops the
/// whole check for `perf record` (DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0). Stage figures
/// use one input per comment, so they miss the cache more than the real check does.
/// </summary>
public static class Phases
{
    [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential)]
    private struct Timespec { public long Sec; public long Nsec; }

#pragma warning disable SYSLIB1054, CA5392
    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGettime(int clock, out Timespec ts);
#pragma warning restore SYSLIB1054, CA5392

    /// <summary>CPU time this thread has run (CLOCK_THREAD_CPUTIME_ID): waiting for a core on a loaded machine does not count.</summary>
    public static double ThreadCpuMs()
    {
        _ = ClockGettime(3, out var ts);
        return (ts.Sec * 1e3) + (ts.Nsec / 1e6);
    }

    public static void Run(bool profileOnly = false)
    {
        var checker = new ContentChecker(
            [new KnownPerson("Rose", "Baker", KnownPersonRole.Pupil), new KnownPerson("Oliver", "Okonkwo", KnownPersonRole.Pupil, ["Olly"])],
            new SchoolProfile(["Holbrook Primary", "Holbrook"], ["holbrook.sch.uk"], ["Oak Class"]));
        var model = (CheckerModel)typeof(ContentChecker).GetField("_model", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!.GetValue(checker)!;
        var detectors = (Detector[])typeof(ContentChecker).GetField("Detectors", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!.GetValue(null)!;
        var batch = Samples.Batch(1_000_000);
        if (Environment.GetEnvironmentVariable("BATCH_FLAGGED") == "1")
        {
            // BATCH_FLAGGED=1: only the batch's texts with something to find (one in eight), to see where their time goes.
            batch = batch.Where(t => Array.IndexOf(Samples.Comments, t) >= 10).ToArray();
        }

        if (Environment.GetEnvironmentVariable("BATCH_GROUPED") == "1")
        {
            // BATCH_GROUPED=1: the same texts, the clean ones first: how much the mix itself costs (caches, branch history).
            batch = batch.OrderBy(t => Array.IndexOf(Samples.Comments, t) >= 10 ? 1 : 0).ToArray();
        }
        if (profileOnly && Environment.GetEnvironmentVariable("PROFILE_CLI") == "1")
        {
            // `PROFILE_CLI=1 ... phases profile`: the CLI's byte path instead, 40 times (or PROFILE_RUNS) over the batch as JSON Lines.
            var input = System.Text.Encoding.UTF8.GetBytes(CliBenchmarks.JsonLines(batch));
            var cliRuns = int.TryParse(Environment.GetEnvironmentVariable("PROFILE_RUNS"), out var n) ? n : 40;
            // PROFILE_REPLAY=1: each line's result replayed from the first run, so the profile shows the filter alone.
            var results = new List<CheckResult>();
            var next = 0;
            // Without it, the checker itself, as `signpost check` calls it (each line's text as UTF-8 read in place).
            var check = Environment.GetEnvironmentVariable("PROFILE_REPLAY") == "1"
                ? Signpost.Cli.Commands.CheckCommand.LineChecker.For((t, c) =>
                {
                    if (next == results.Count)
                    {
                        results.Add(checker.Check(t, c));
                    }

                    return results[next++];
                })
                : Signpost.Cli.Commands.CheckCommand.LineChecker.For(checker);
            using var output = new MemoryStream(2 * input.Length);
            for (var r = 0; r < cliRuns; r++)
            {
                output.SetLength(0);
                next = 0;
                Signpost.Cli.Commands.CheckCommand.Filter(check, new MemoryStream(input), output, flushEachLine: false);
            }

            return;
        }

        if (profileOnly && Environment.GetEnvironmentVariable("PROFILE_TEXTS") is { } which)
        {
            // `PROFILE_TEXTS=10,11,12 ... phases profile`: loop only these sample comments.
            // PROFILE_TEXTS=text:hello there: that text itself.
            var texts = which.StartsWith("text:", StringComparison.Ordinal) ? [which[5..]]
                : which.Split(',').Select(w => Samples.Comments[int.Parse(w, System.Globalization.CultureInfo.InvariantCulture)]).ToArray();
            var textRuns = int.TryParse(Environment.GetEnvironmentVariable("PROFILE_RUNS"), out var tr) ? tr : 400_000;
            if (Environment.GetEnvironmentVariable("PROFILE_UTF8") == "1")
            {
                // PROFILE_UTF8=1: each text given as UTF-8, as `signpost check` gives it.
                var utf8 = texts.Select(t => System.Text.Encoding.UTF8.GetBytes(t)).ToArray();
                for (var r = 0; r < textRuns; r++)
                {
                    checker.CheckUtf8(utf8[r % utf8.Length], CheckContext.PupilComment);
                }

                return;
            }

            for (var r = 0; r < textRuns; r++)
            {
                checker.Check(texts[r % texts.Length], CheckContext.PupilComment);
            }

            return;
        }

        if (profileOnly)
        {
            // `PROFILE_RUNS=N ... phases profile`: N times over the batch (60 unless told).
            var batchRuns = int.TryParse(Environment.GetEnvironmentVariable("PROFILE_RUNS"), out var br) ? br : 60;
            for (var r = 0; r < batchRuns; r++)
            {
                foreach (var t in batch)
                {
                    checker.Check(t, CheckContext.PupilComment);
                }
            }

            return;
        }

        if (Environment.GetEnvironmentVariable("PHASES_TOKENS") == "1")
        {
            // `PHASES_TOKENS=1 ... phases`: how the batch's tokens start their plain paths in the list match (one pass).
            var counts = new long[PhraseTrie.StepCounts];
            foreach (var text in batch)
            {
                model.Lists.CountPlainSteps(new CheckInput(text, CheckContext.PupilComment, model).Skeleton, counts);
            }

            var tokens = counts.Sum();
            string Share(long n) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{n:N0} ({100.0 * n / tokens:F1}%)");
            Console.WriteLine($"tokens: {tokens:N0} ({(double)tokens / batch.Length:F1} a comment)");
            Console.WriteLine($"  a char past 127 in the first two: {Share(counts[PhraseTrie.StepsPastAscii])}");
            Console.WriteLine($"  no entry starts with the first two chars: {Share(counts[PhraseTrie.StepsNoEntry])}");
            Console.WriteLine($"  the full walk from the first char (one-char entries): {Share(counts[PhraseTrie.StepsFullWalk])}");
            for (var steps = 0; steps <= PhraseTrie.StepsMost; steps++)
            {
                Console.WriteLine($"  plain path {(steps == PhraseTrie.StepsMost ? $"{steps}+" : steps.ToString(System.Globalization.CultureInfo.InvariantCulture))} steps past the first two chars: {Share(counts[steps])}");
            }

            return;
        }

        if (Environment.GetEnvironmentVariable("PHASES_CUMULATIVE") == "1")
        {
            // Marginal cost of each stage inside the real loop (one reused input, as ContentChecker does).
            var one = new CheckInput();
            var foldedBatch = batch.Select(t => NormalisedText.From(t)).Select(t => (t.Folded, t.IsPlainAscii)).ToArray();
            var stageList = new List<(string, Action)>
            {
                ("Text.Fill", () => { foreach (var t in batch) one.Text.Fill(t); }),
                ("+ Skeleton.Fill", () => { foreach (var t in batch) { one.Text.Fill(t); one.Skeleton.Fill(one.Text.Folded, one.Text.IsPlainAscii); } }),
                ("Skeleton.Fill alone", () => { foreach (var (f, plain) in foldedBatch) one.Skeleton.Fill(f, plain); }),
                ("Skeleton.Fill alone, general", () => { foreach (var (f, _) in foldedBatch) one.Skeleton.Fill(f); }),
                ("Reset (fold, skeleton, gates)", () => { foreach (var t in batch) one.Reset(t, CheckContext.PupilComment, model); }),
                ("+ Lists.Match", () => { foreach (var t in batch) { one.Reset(t, CheckContext.PupilComment, model); model.Lists.Match(one.Skeleton, model, one.ListMatches); } }),
                ("+ Roster.Match", () => { foreach (var t in batch) { one.Reset(t, CheckContext.PupilComment, model); model.Lists.Match(one.Skeleton, model, one.ListMatches); model.Roster?.Match(one.Skeleton, model, one.RosterMatches); } }),
                ("+ Roster.Match x2", () => { foreach (var t in batch) { one.Reset(t, CheckContext.PupilComment, model); model.Lists.Match(one.Skeleton, model, one.ListMatches); model.Roster?.Match(one.Skeleton, model, one.RosterMatches); model.Roster?.Match(one.Skeleton, model, one.RosterMatches); } }),
                ("+ Lists.Match x2", () => { foreach (var t in batch) { one.Reset(t, CheckContext.PupilComment, model); model.Lists.Match(one.Skeleton, model, one.ListMatches); model.Lists.Match(one.Skeleton, model, one.ListMatches); } }),
            };
            for (var upTo = 1; upTo <= detectors.Length; upTo++)
            {
                var n = upTo;
                stageList.Add(($"+ {detectors[n - 1].GetType().Name}", () =>
                {
                    foreach (var t in batch)
                    {
                        one.Reset(t, CheckContext.PupilComment, model);
                        model.Lists.Match(one.Skeleton, model, one.ListMatches);
                        model.Roster?.Match(one.Skeleton, model, one.RosterMatches);
                        foreach (var m in one.ListMatches) { if (m.Entry.IsAllow) { one.AllowMatches.Add(m); } }
                        for (var d = 0; d < n; d++) detectors[d].Detect(one);
                    }
                }));
            }

            stageList.Add(("whole Check", () => { foreach (var t in batch) checker.Check(t, CheckContext.PupilComment); }));
            var clean = batch.Where((_, k) => k % 8 != 7).ToArray();
            stageList.Add(("clean only: Reset+Lists+Roster", () => { foreach (var t in clean) { one.Reset(t, CheckContext.PupilComment, model); model.Lists.Match(one.Skeleton, model, one.ListMatches); model.Roster?.Match(one.Skeleton, model, one.RosterMatches); } }));
            stageList.Add(("clean only: whole Check", () => { foreach (var t in clean) checker.Check(t, CheckContext.PupilComment); }));
            stageList.Add(("whole Check, text as chars", () => { foreach (var t in batch) checker.Check(t.AsSpan(), CheckContext.PupilComment); }));
            var utf8Batch = batch.Select(t => System.Text.Encoding.UTF8.GetBytes(t)).ToArray();
            stageList.Add(("whole Check, text as UTF-8", () => { foreach (var t in utf8Batch) checker.CheckUtf8(t, CheckContext.PupilComment); }));
            var plainLong = batch.Where(t => t.Length >= 34).ToArray();
            stageList.Add(($"gates, general search ({plainLong.Length} texts)", () => { foreach (var t in plainLong) CheckInput.FindGates(t); }));
            stageList.Add(($"gates, wide search ({plainLong.Length} texts)", () => { foreach (var t in plainLong) CheckInput.FindGatesWide(t); }));
            // One reused skeleton, as a thread's checker has: its block build, then each search of its padded copy.
            var gateSkeleton = new Skeleton();
            stageList.Add(("gates: block build alone", () => { foreach (var (f, plain) in foldedBatch) gateSkeleton.Fill(f, plain); }));
            stageList.Add(("gates: block build + general search", () => { foreach (var (f, plain) in foldedBatch) { gateSkeleton.Fill(f, plain); CheckInput.FindGates(f); } }));
            stageList.Add(("gates: block build + padded search", () => { foreach (var (f, plain) in foldedBatch) { gateSkeleton.Fill(f, plain); if (gateSkeleton.BuiltSimple) gateSkeleton.Gates(); } }));
            var narrowSkeleton = new Skeleton { NarrowBlocks = true };
            stageList.Add(("gates: AVX2 block build alone", () => { foreach (var (f, plain) in foldedBatch) narrowSkeleton.Fill(f, plain); }));
            stageList.Add(("gates: AVX2 block build + padded search", () => { foreach (var (f, plain) in foldedBatch) { narrowSkeleton.Fill(f, plain); if (narrowSkeleton.BuiltSimple) narrowSkeleton.Gates(); } }));
            foreach (var tiny in new[] { "a", "hello there", "hello there, how are you all today", "I don't think it's fair, we're all going and I'm not", "It\u2019s my friend\u2019s party and I can\u2019t wait", "Y4 trip on the 2nd, back by 3pm, bring 10 pounds" })
            {
                stageList.Add(($"  tiny \"{tiny}\"", () => { for (var r = 0; r < batch.Length; r++) checker.Check(tiny, CheckContext.PupilComment); }));
            }

            for (var c = 0; c < Samples.Comments.Length; c++)
            {
                var text = Samples.Comments[c];
                stageList.Add(($"  #{c,2} x{batch.Length} {text[..Math.Min(30, text.Length)]}", () => { for (var r = 0; r < batch.Length; r++) checker.Check(text, CheckContext.PupilComment); }));
            }
            PrintBest(stageList, rounds: 9, batch.Length, width: 32);
            return;
        }

        var inputs = batch.Select(t => { var i = new CheckInput(t, CheckContext.PupilComment, model); model.Lists.Match(i.Skeleton, model, i.ListMatches); model.Roster?.Match(i.Skeleton, model, i.RosterMatches); return i; }).ToArray();
        var folded = inputs.Select(i => i.Folded).ToArray();
        var names = new List<(string, Action)>
        {
            ("whole Check", () => { foreach (var t in batch) checker.Check(t, CheckContext.PupilComment); }),
            ("NormalisedText", () => { foreach (var t in batch) NormalisedText.From(t); }),
            ("Skeleton", () => { foreach (var f in folded) Skeleton.Build(f); }),
            ("CheckInput ctor", () => { foreach (var t in batch) _ = new CheckInput(t, CheckContext.PupilComment, model).DigitCount; }),
            ("Lists.Match", () => { var l = new List<PhraseMatch>(); foreach (var i in inputs) { l.Clear(); model.Lists.Match(i.Skeleton, model, l); } }),
            ("Roster.Match", () => { var l = new List<PhraseMatch>(); foreach (var i in inputs) { l.Clear(); model.Roster!.Match(i.Skeleton, model, l); } }),
        };
        foreach (var d in detectors)
        {
            names.Add((d.GetType().Name, () => { foreach (var i in inputs) { i.Findings.Clear(); d.Detect(i); } }));
        }

        PrintBest(names, rounds: 7, batch.Length, width: 28);
    }

    /// <summary>Runs every stage <paramref name="rounds"/> times in turn and prints each one's best thread-CPU time.</summary>
    private static void PrintBest(List<(string Name, Action Run)> stages, int rounds, int comments, int width)
    {
        // PHASES_ONLY=a,b: only the stages whose names contain one of these (a quicker look at a few).
        if (Environment.GetEnvironmentVariable("PHASES_ONLY") is { Length: > 0 } only)
        {
            var keep = only.Split(',');
            stages = [.. stages.Where(s => keep.Any(k => s.Name.Contains(k, StringComparison.Ordinal)))];
        }

        var best = new double[stages.Count];
        Array.Fill(best, double.MaxValue);
        for (var round = 0; round < rounds; round++)
        {
            for (var k = 0; k < stages.Count; k++)
            {
                var t0 = ThreadCpuMs();
                stages[k].Run();
                best[k] = Math.Min(best[k], ThreadCpuMs() - t0);
            }
        }

        for (var k = 0; k < stages.Count; k++)
        {
            Console.WriteLine($"{stages[k].Name.PadRight(width)} {best[k],8:0.00} ms/MB  {best[k] * 1e6 / comments,8:0} ns/comment");
        }
    }
}
