using Signpost.Cli.Commands;

namespace Signpost.IntegrationTests.Features;

public class CliTests
{
    [Fact]
    public async Task Eval_scores_a_labelled_file_per_category()
    {
        var file = Path.GetTempFileName();
        await File.WriteAllLinesAsync(file,
        [
            """{"id":1,"text":"Ring me on 07700 900123","context":"pupil-comment","expected":["contact-details"]}""",
            """{"id":2,"text":"We planted sunflowers in the school garden.","context":"pupil-comment","expected":[]}""",
        ]);
        try
        {
            var stdout = new StringWriter();
            var code = await CliApp.RunAsync(["eval", file], TextReader.Null, stdout, TextWriter.Null);
            Assert.Equal(0, code);
            Assert.Contains("| contact-details | 1 | 0 | 0 |", stdout.ToString());
            Assert.Contains("false-positive rate 0.0", stdout.ToString());
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Eval_without_a_file_says_what_to_give()
    {
        var stderr = new StringWriter();
        Assert.Equal(2, await CliApp.RunAsync(["eval"], TextReader.Null, TextWriter.Null, stderr));
        Assert.Contains("give the labelled file", stderr.ToString());
    }

    [Fact]
    public async Task Unknown_command_prints_usage_and_exits_2()
    {
        var stderr = new StringWriter();
        Assert.Equal(2, await CliApp.RunAsync(["frobnicate"], TextReader.Null, TextWriter.Null, stderr));
        Assert.Contains("usage: signpost", stderr.ToString());
    }
}
