using System.Text.Json;

namespace Signpost.Checking.Tests;

public class CheckerJsonTests
{
    [Theory]
    [InlineData("pupil-comment", CheckContext.PupilComment)]
    [InlineData("pupil-post", CheckContext.PupilPost)]
    [InlineData("public-comment", CheckContext.PublicComment)]
    [InlineData("staff-post", CheckContext.StaffPost)]
    [InlineData("personal-post", CheckContext.PersonalPost)]
    public void Contract_context_names_parse(string name, CheckContext context)
    {
        var request = CheckerJson.ParseLine($$"""{"id": 7, "text": "hi", "context": "{{name}}"}""");
        Assert.Equal(context, request.Context);
        Assert.Equal(name, CheckerJson.ContextName(context));
    }

    [Theory]
    [InlineData("""{"id": "a-1", "text": "x", "context": "pupil-post"}""", "\"a-1\"")]
    [InlineData("""{"id": {"n": [1, 2]}, "text": "x", "context": "pupil-post"}""", """{"n":[1,2]}""")]
    [InlineData("""{"id": null, "text": "x", "context": "pupil-post"}""", "null")]
    [InlineData("""{"text": "x", "context": "pupil-post"}""", "null")]
    public void Any_JSON_id_is_echoed_unchanged(string line, string idJson)
    {
        var request = CheckerJson.ParseLine(line);
        var output = CheckerJson.FormatResult(request.Id, new CheckResult(CheckAction.Allow, []));
        Assert.Equal($$"""{"id":{{idJson}},"action":"allow","findings":[]}""", output);
    }

    [Theory]
    [InlineData("not json", "not valid JSON")]
    [InlineData("[1,2]", "Expected a JSON object")]
    [InlineData("""{"id": 1, "context": "pupil-post"}""", "\"text\" field is missing")]
    [InlineData("""{"id": 1, "text": 5, "context": "pupil-post"}""", "must be a string")]
    [InlineData("""{"id": 1, "text": "x"}""", "\"context\" field is missing")]
    [InlineData("""{"id": 1, "text": "x", "context": "blog"}""", "Unknown context \"blog\"")]
    public void Bad_input_lines_get_a_clear_message(string line, string expected)
    {
        Assert.False(CheckerJson.TryParseLine(line, out _, out var error));
        Assert.Contains(expected, error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_id_is_recovered_from_a_line_with_a_bad_field()
    {
        Assert.False(CheckerJson.TryParseLine("""{"id": "keep-me", "text": 5, "context": "pupil-post"}""", out _, out var error));
        Assert.Equal("keep-me", error!.Id!.Value.GetString());
    }

    [Fact]
    public void A_lone_surrogate_escape_in_the_text_is_still_checked()
    {
        var request = CheckerJson.ParseLine("""{"id": 1, "text": "bad \ud800 sh1t \n\"q\"", "context": "pupil-comment"}""");
        Assert.Equal("bad \ud800 sh1t \n\"q\"", request.Text);
        Assert.Contains(ContentChecker.Default.Check(request.Text, request.Context).Findings, f => f.Category == Categories.Profanity);
    }

    [Fact]
    public void Output_has_exactly_the_contract_shape()
    {
        const string text = "shit, call 07700 900123";
        var result = ContentChecker.Default.Check(text, CheckContext.PupilComment);
        using var doc = JsonDocument.Parse(CheckerJson.FormatResult(JsonDocument.Parse("42").RootElement, result));
        var root = doc.RootElement;
        Assert.Equal(["id", "action", "findings"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(42, root.GetProperty("id").GetInt32());
        Assert.Equal("hold", root.GetProperty("action").GetString());
        foreach (var f in root.GetProperty("findings").EnumerateArray())
        {
            Assert.Equal(["category", "clause", "severity", "start", "length", "message"], f.EnumerateObject().Select(p => p.Name));
            Assert.Contains(f.GetProperty("severity").GetString(), new[] { "low", "medium", "high" });
            Assert.InRange(f.GetProperty("start").GetInt32() + f.GetProperty("length").GetInt32(), 1, text.Length);
        }

        Assert.Equal(result.Findings.Count, root.GetProperty("findings").GetArrayLength());
    }

    [Fact]
    public void An_error_line_is_held_with_the_line_number()
    {
        var output = CheckerJson.FormatError(new CheckInputError(null, "The line is not valid JSON."), 3);
        Assert.Equal("""{"id":null,"action":"hold","findings":[],"error":{"line":3,"message":"The line is not valid JSON."}}""", output);
    }

    [Theory]
    [InlineData(CheckAction.Allow, "allow")]
    [InlineData(CheckAction.Hold, "hold")]
    [InlineData(CheckAction.Block, "block")]
    public void Actions_are_written_in_lower_case(CheckAction action, string name) => Assert.Equal(name, CheckerJson.ActionName(action));
}
