namespace Signpost.Checking.Tests;

/// <summary>Spans index the original string in UTF-16 code units, whatever the normaliser removed or folded.</summary>
public class SpanTests
{
    [Theory]
    [InlineData("😀😀 shit 😀", "shit")]
    [InlineData("👍🏽 call 07700 900123 👍🏽", "07700 900123")]
    [InlineData("sh\u200Bi\u200Dt here", "sh\u200Bi\u200Dt")]
    [InlineData("ｓｈｉｔ！", "ｓｈｉｔ")]
    [InlineData("𝐬𝐡𝐢𝐭 now", "𝐬𝐡𝐢𝐭")]
    [InlineData("\u202Eshit\u202C ok", "shit")]
    [InlineData("s\u0301h\u0301i\u0301t", "s\u0301h\u0301i\u0301t")]
    public void Profanity_span_points_at_the_original_characters(string text, string span) =>
        CheckerAssert.Finds(text, span.Contains('0', StringComparison.Ordinal) ? Categories.ContactDetails : Categories.Profanity,
            span.Contains('0', StringComparison.Ordinal) ? "A.4.9" : "5.2", span);

    [Fact]
    public void Span_after_emoji_and_full_width_digits_is_exact()
    {
        const string text = "🎉🎉 Rose Baker ＣＶ１ ２ＡＢ 🎉";
        CheckerAssert.Finds(text, Categories.PupilIdentity, "A.5.2", "Rose Baker");
        CheckerAssert.Finds(text, Categories.ContactDetails, "A.4.9", "ＣＶ１ ２ＡＢ");
    }

    [Fact]
    public void Span_of_a_phone_number_with_zero_width_spaces_is_exact()
    {
        const string text = "ring 0\u200B7700 900\u200B123 now";
        CheckerAssert.Finds(text, Categories.ContactDetails, "A.4.9", "0\u200B7700 900\u200B123");
    }

    [Fact]
    public void Every_span_lies_inside_the_input()
    {
        const string text = "😀 f u c k 😀 my dad hits me 😀 07700 900123 😀 Rose Baker";
        foreach (var f in CheckerAssert.Check(text).Findings)
        {
            Assert.InRange(f.Start, 0, text.Length);
            Assert.InRange(f.Start + f.Length, f.Start + 1, text.Length);
            Assert.False(char.IsLowSurrogate(text[f.Start]), "A span must not start inside a surrogate pair.");
        }
    }
}

/// <summary>
/// `signpost check` hands the checker each line's text as chars in a reused buffer, not as a string (issue 3's
/// speed): every finding (category, clause, severity, span, message) and action must be what the string gives.
/// </summary>
public class CharsInputTests
{
    [Fact]
    public void Text_given_as_chars_gets_the_same_result_as_the_string()
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "Evaluation");
        var checker = new ContentChecker(RosterCsv.Load(Path.Combine(dir, "roster.csv")), new SchoolProfile(["Holbrook Primary", "Holbrook"], ["holbrook.sch.uk"], ["Oak Class", "Willow Class"]));
        var texts = File.ReadLines(Path.Combine(dir, "corpus.jsonl")).Concat(File.ReadLines(Path.Combine(dir, "holdout.jsonl")))
            .Select(line => System.Text.Json.JsonDocument.Parse(line).RootElement.GetProperty("text").GetString()!)
            .Concat(["😀 f u c k 😀 my dad hits me 😀 07700 900123 😀 Rose Baker", "Ｒｏｓｅ Ｂａｋｅｒ", "\uD800 lone", "a", "x.com/me"])
            .ToList();
        var buffer = new char[64 * 1024];
        var compared = 0;
        var withFindings = 0;
        foreach (var text in texts)
        {
            foreach (var context in Enum.GetValues<CheckContext>())
            {
                var expected = checker.Check(text, context);

                // The chars sit in a larger buffer whose rest holds another text, as the CLI's buffer does.
                "zzzz shit 07700 900123 ".AsSpan().CopyTo(buffer.AsSpan(text.Length));
                text.CopyTo(buffer);
                var actual = checker.Check(buffer.AsSpan(0, text.Length), context);
                Assert.Equal(expected.Action, actual.Action);
                Assert.Equal(expected.Findings, actual.Findings);
                compared++;
                withFindings += expected.Findings.Count > 0 ? 1 : 0;
            }
        }

        Assert.True(compared > 2_500, $"{compared} compared");
        Assert.True(withFindings > 1_000, $"{withFindings} with findings");
    }
}
