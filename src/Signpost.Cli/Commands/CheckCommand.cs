namespace Signpost.Cli.Commands;

/// <summary>`signpost check`: JSON Lines in on stdin, one JSON Lines result out per input line (CONTRACT.md).</summary>
public static class CheckCommand
{
    public static async Task<int> RunAsync(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        _ = args; _ = stdin; _ = stdout;
        await stderr.WriteLineAsync("signpost check: not implemented yet (issue 3).");
        return 1;
    }
}
