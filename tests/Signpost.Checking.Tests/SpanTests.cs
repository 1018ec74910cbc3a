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
