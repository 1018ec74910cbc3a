namespace Signpost.Cli.Commands;

/// <summary>Dispatches the first argument to a command. Each command returns a process exit code.</summary>
public static class CliApp
{
    public const string Usage = """
        usage: signpost <command> [options]

          check [--roster FILE.csv]   the checker as a filter: JSON Lines in, JSON Lines out
          eval FILE.jsonl [--roster FILE.csv]
                                      score the checker on a labelled set (each line adds "expected": [categories]):
                                      precision, recall and F1 per category, false positives on clean lines
          audit verify                verify the audit log's hash chain (clauses 8.1-8.2)
          migrate                     apply database migrations (SQLite or PostgreSQL)
          backup [--out FILE.zip]     copy the database (SQLite online backup; pg_dump for PostgreSQL), the app's keys and
                                      a manifest of every table's rows into one file (default data/backups/)
          restore FILE.zip [--force]  put a backup back into an empty database (--force: over an existing one; stop the
                                      app first), then check every table's row count and the audit chain
          trust-officer add USERNAME --name "FULL NAME" [--email ADDRESS] [--password-stdin]
          trust-officer list | remove USERNAME
                                      the deployment's trust officers: they see every school's oversight figures at
                                      /trust (counts only) and nothing else
          school add SLUG --name "NAME" --local-authority "LA" --website https://… [--host HOST]
                     --head-username USER --head-first-name FIRST --head-last-name LAST --head-email ADDRESS
                     [--password-stdin]
          school list                 the schools this deployment hosts: add a second (or later) school with its
                                      Headteacher's account, as the web's first-run /setup does for the first

        Settings: Signpost__DataDirectory, Signpost__Database (sqlite|postgres), ConnectionStrings__Signpost,
        or the same keys as --Signpost:Database=postgres style arguments.
        """;

    public static Task<int> RunAsync(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr) =>
        args.Length > 0 && args[0] == "check"
            ? CheckCommand.RunAsync(args[1..], stdin, stdout, stderr)
            : RunOtherAsync(args, stdin, stdout, stderr);

    /// <summary>
    /// Every command but `check`, in a method of its own: compiling it loads the database commands' assemblies
    /// (Signpost.Data and what they use), which a `signpost check` process then never needs to map.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static async Task<int> RunOtherAsync(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            await stdout.WriteLineAsync(Usage);
            return args.Length == 0 ? 2 : 0;
        }

        var rest = args[1..];
        switch (args[0])
        {
            case "eval" when rest.Length > 0 && !rest[0].StartsWith("--", StringComparison.Ordinal):
                // `signpost eval FILE` is `signpost check --eval FILE` (issue 3 names it so).
                return await CheckCommand.RunAsync(["--eval", rest[0], .. rest[1..]], stdin, stdout, stderr);
            case "eval":
                await stderr.WriteLineAsync("signpost eval: give the labelled file, e.g. signpost eval tests/Signpost.Checking.Tests/Evaluation/corpus.jsonl");
                return 2;
            case "audit" when rest.Length > 0 && rest[0] == "verify":
                return await DataCommands.AuditVerifyAsync(rest[1..], stdout, stderr);
            case "migrate":
                return await DataCommands.MigrateAsync(rest, stdout);
            case "backup":
                return await BackupCommands.BackupAsync(rest, stdout, stderr);
            case "restore":
                return await BackupCommands.RestoreAsync(rest, stdout, stderr);
            case "trust-officer":
                return await TrustOfficerCommands.RunAsync(rest, stdin, stdout, stderr);
            case "school":
                return await SchoolCommands.RunAsync(rest, stdin, stdout, stderr);
            default:
                await stderr.WriteLineAsync($"signpost: unknown command '{args[0]}'.");
                await stderr.WriteLineAsync(Usage);
                return 2;
        }
    }
}
