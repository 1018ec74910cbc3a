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

    [Fact]
    public void Text_given_as_utf8_gets_the_result_its_decoded_string_gets()
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "Evaluation");
        var checker = new ContentChecker(RosterCsv.Load(Path.Combine(dir, "roster.csv")), new SchoolProfile(["Holbrook Primary", "Holbrook"], ["holbrook.sch.uk"], ["Oak Class", "Willow Class"]));
        var texts = File.ReadLines(Path.Combine(dir, "corpus.jsonl")).Concat(File.ReadLines(Path.Combine(dir, "holdout.jsonl")))
            .Select(line => System.Text.Encoding.UTF8.GetBytes(System.Text.Json.JsonDocument.Parse(line).RootElement.GetProperty("text").GetString()!))
            .Concat([[0x66, 0xFF, 0x75, 0x63, 0x6B], [0xE2, 0x82], [0xC3, 0xA9, 0x20, 0x73, 0x68, 0x69, 0x74], [0xF0, 0x9F, 0x98, 0x80, 0x20, 0x66, 0x75, 0x63, 0x6B]])
            .ToList();
        var compared = 0;
        foreach (var bytes in texts)
        {
            foreach (var context in Enum.GetValues<CheckContext>())
            {
                // Invalid sequences (a stray 0xFF, a cut-off character) read as U+FFFD, as Encoding.UTF8 decodes them.
                var expected = checker.Check(System.Text.Encoding.UTF8.GetString(bytes), context);
                var actual = checker.CheckUtf8(bytes, context);
                Assert.Equal(expected.Action, actual.Action);
                Assert.Equal(expected.Findings, actual.Findings);
                compared++;
            }
        }

        Assert.True(compared > 2_500, $"{compared} compared");
    }
}

/// <summary>
/// Findings from several detectors are merged per category, most severe then longest first (FindingMerger): sorting a
/// check's few findings directly (issue 3's speed) must give exactly what sorting them with List.Sort gave, ties included.
/// </summary>
public class FindingMergerTests
{
    [Fact]
    public void Merging_gives_what_list_sort_gave_for_every_order_of_ties()
    {
        var random = new Random(20261125);
        string[] categories = [Categories.Profanity, Categories.Bullying, Categories.ContactDetails, Categories.PupilIdentity];
        var merged = 0;
        for (var n = 0; n < 20_000; n++)
        {
            var count = random.Next(0, n % 50 == 0 ? 40 : 8);
            var findings = new List<Finding>();
            for (var i = 0; i < count; i++)
            {
                // Few starts, lengths and categories, so equal keys (ties) are common; the message tells them apart.
                findings.Add(new Finding(categories[random.Next(categories.Length)], "5.2", (Severity)random.Next(3), random.Next(4), random.Next(1, 4), $"m{i}"));
            }

            var expected = Reference([.. findings]);
            var actual = FindingMerger.Merge([.. findings]);
            Assert.Equal(expected, actual);
            merged += actual.Length > 1 ? 1 : 0;
        }

        Assert.True(merged > 10_000, $"{merged} merges of two or more");
    }

    /// <summary>The merge as it was written with List.Sort.</summary>
    private static Finding[] Reference(List<Finding> findings)
    {
        if (findings.Count < 2)
        {
            return [.. findings];
        }

        findings.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
        var result = new List<Finding>(findings.Count);
        foreach (var f in findings)
        {
            var i = result.Count - 1;
            while (i >= 0 && !string.Equals(result[i].Category, f.Category, StringComparison.Ordinal))
            {
                i--;
            }

            if (i >= 0 && f.Start < result[i].Start + result[i].Length)
            {
                var a = result[i];
                result[i] = a.Severity != f.Severity ? (a.Severity > f.Severity ? a : f) : (f.Length > a.Length ? f : a);
                continue;
            }

            result.Add(f);
        }

        result.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : string.CompareOrdinal(a.Category, b.Category));
        return [.. result];
    }
}
