using System.Globalization;
using System.Text;
using Signpost.Checking.Normalisation;

namespace Signpost.Checking.Tests;

/// <summary>
/// The folds Unicode decomposition gives (accents stripped, circled and mathematical letters made plain) are stored in
/// Normalisation/FoldData.cs, so the checker needs no ICU at run time. This test works them out again through .NET's
/// normalisation and fails when the stored table differs; `SIGNPOST_UPDATE_FOLDS=1 dotnet test --filter FoldData`
/// writes the file again.
/// </summary>
public class FoldDataTests
{
    [Fact]
    public void The_stored_folds_are_what_unicode_decomposition_gives()
    {
        var latin = Range(0xC0, 0x24F, c => CharFolding.StripAccent((char)c));
        var additional = Range(0x1E00, 0x1EFF, c => CharFolding.StripAccent((char)c));
        var circled = Range(0x2460, 0x24FF, c => ((char)c).ToString().Normalize(NormalizationForm.FormKC) is var k && k.Length == 1 && k[0] < 128 ? k[0] : '\0');
        var math = Range(0x1D400, 0x1D7FF, c => char.ConvertFromUtf32(c).Normalize(NormalizationForm.FormKC) is var k && k.Length == 1 && char.IsAsciiLetterOrDigit(k[0]) ? k[0] : ' ');
        var same = latin == FoldData.Latin && additional == FoldData.LatinAdditional && circled == FoldData.Circled && math == FoldData.MathAlpha;
        if (!same && Environment.GetEnvironmentVariable("SIGNPOST_UPDATE_FOLDS") == "1")
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Signpost.slnx")))
            {
                dir = dir.Parent;
            }

            Assert.True(dir is not null, "The repository's root (Signpost.slnx) is not above the test's folder.");
            File.WriteAllText(Path.Combine(dir.FullName, "src", "Signpost.Checking", "Normalisation", "FoldData.cs"), Source(latin, additional, circled, math));
            Assert.Fail("src/Signpost.Checking/Normalisation/FoldData.cs written again: build and run the tests again, and commit it.");
        }

        Assert.Equal(FoldData.Latin, latin);
        Assert.Equal(FoldData.LatinAdditional, additional);
        Assert.Equal(FoldData.Circled, circled);
        Assert.Equal(FoldData.MathAlpha, math);
    }

    [Fact]
    public void Squared_letters_fold_as_their_decomposition_says()
    {
        for (var c = 0x1F130; c <= 0x1F149; c++)
        {
            Assert.Equal(char.ConvertFromUtf32(c).Normalize(NormalizationForm.FormKC), NormalisedText.FoldAstral(c).ToString());
        }
    }

    [Theory]
    [InlineData("fück", "fuck")]
    [InlineData("Ŝhįt", "Shit")]
    [InlineData("ⓕⓤⓒⓚ", "fuck")]
    [InlineData("\U0001D41F\U0001D42E\U0001D41C\U0001D424", "fuck")]
    public void Stored_folds_read_disguised_letters(string text, string folded) =>
        Assert.Equal(folded, NormalisedText.From(text).Folded);

    private static string Range(int first, int last, Func<int, char> fold)
    {
        var chars = new char[last - first + 1];
        for (var c = first; c <= last; c++)
        {
            chars[c - first] = fold(c);
        }

        return new string(chars);
    }

    private static string Source(string latin, string additional, string circled, string math) =>
        $$"""
        // Written by tests/Signpost.Checking.Tests/FoldDataTests.cs (SIGNPOST_UPDATE_FOLDS=1) from .NET's Unicode normalisation.
        // Do not edit by hand: the test proves it against Unicode decomposition on every run.
        namespace Signpost.Checking.Normalisation;

        /// <summary>
        /// Folds that Unicode decomposition gives, stored so the checker needs no ICU at run time (CharFolding, NormalisedText):
        /// each string holds, for the chars from its First on, what the char folds to.
        /// </summary>
        internal static class FoldData
        {
            /// <summary>U+00C0..U+024F with accents stripped where what is left is ASCII, else the char itself.</summary>
            public const int LatinFirst = 0xC0;

            public const string Latin = "{{Escape(latin)}}";

            /// <summary>U+1E00..U+1EFF (Latin Extended Additional), as <see cref="Latin"/>.</summary>
            public const int LatinAdditionalFirst = 0x1E00;

            public const string LatinAdditional = "{{Escape(additional)}}";

            /// <summary>U+2460..U+24FF (circled letters and digits) as plain ASCII, or U+0000 where a char stays as it is.</summary>
            public const int CircledFirst = 0x2460;

            public const string Circled = "{{Escape(circled)}}";

            /// <summary>U+1D400..U+1D7FF (mathematical letters and digits) as plain ASCII, or a space.</summary>
            public const int MathAlphaFirst = 0x1D400;

            public const string MathAlpha = "{{Escape(math)}}";
        }

        """;

    private static string Escape(string s)
    {
        var b = new StringBuilder(s.Length * 2);
        foreach (var c in s)
        {
            b.Append(char.IsAsciiLetterOrDigit(c) || c == ' ' ? c.ToString() : $"\\u{(int)c:X4}");
        }

        return b.ToString();
    }
}
