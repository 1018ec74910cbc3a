using System.Buffers;
using System.Text;
using System.Text.Json;
using Signpost.Checking;

namespace Signpost.Cli.Commands;

/// <summary>
/// `signpost check`: JSON Lines in on stdin, one JSON Lines result out per input line, same order,
/// flushed line by line (CONTRACT.md). A line that cannot be checked (bad JSON, missing text, unknown
/// context) gets an output line with its id when it can be read (else null), action "hold", no findings
/// and "error": {"line", "message"}; the run continues. Blank input lines are skipped (no output).
/// Exit codes: 0 when every line was processed; 1 with --strict if any line had an error; 2 for bad
/// arguments or a bad roster file (message on stderr).
/// </summary>
public static class CheckCommand
{
    public const string Usage = """
        usage: signpost check [--roster FILE.csv] [--school NAME]... [--school-domain DOMAIN]... [--class NAME]... [--strict]

          Reads JSON Lines {"id": any, "text": "...", "context": "pupil-comment|pupil-post|public-comment|staff-post|personal-post"}
          from stdin and writes one {"id", "action", "findings": [...]} line per input line to stdout.
          --roster FILE.csv      people to recognise: columns first_name,last_name,role (pupil|staff|parent)[,nicknames a|b]
          --school NAME          the school's name (repeat for short names), e.g. --school "Holbrook Primary" --school Holbrook
          --school-domain D      an email domain the school owns, e.g. holbrook.sch.uk
          --class NAME           a class name that identifies pupils, e.g. "Oak Class"
          --strict               exit 1 if any input line could not be checked
          --eval FILE.jsonl      instead of filtering, score the checker on a labelled set (each line adds
                                 "expected": ["category", ...]) and print precision, recall and F1 per category
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

        var failed = await StreamAsync(checker, stdin, stdout);
        return options.Strict && failed > 0 ? 1 : 0;
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

    private sealed record Options(string? Roster, List<string> Schools, List<string> Domains, List<string> Classes, bool Strict, bool Help, string? Eval)
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
                    case "-h" or "--help":
                        help = true;
                        break;
                    default:
                        problem = $"unknown argument '{arg}'.";
                        return null;
                }
            }

            return new Options(roster, schools, domains, classes, strict, help, eval);
        }
    }
}
