using Signpost.Checking.Detectors;
using Signpost.Checking.Normalisation;

namespace Signpost.Checking.Tests;

public class NormalisationTests
{
    /// <summary>Accents are stripped from the stored folds (FoldData), with or without ICU in the process.</summary>
    [Fact]
    public void Accents_are_folded_in_this_process() =>
        CheckerAssert.Finds("fück this", Categories.Profanity, "5.2", "fück");

    [Theory]
    [InlineData("ＡＢＣ", "ABC")]
    [InlineData("Zoë Ńowak", "Zoe Nowak")]
    [InlineData("f\u200Bu\u200Dc\uFEFFk", "fuck")]
    [InlineData("\u0441\u043E\u0440", "cop")]
    [InlineData("😀a", " a")]
    [InlineData("𝐟𝐮𝐧", "fun")]
    public void Folding_removes_disguises_and_keeps_a_map_to_the_original(string original, string folded)
    {
        var text = NormalisedText.From(original);
        Assert.Equal(folded, text.Folded);
        var (start, length) = text.ToOriginal(0, text.Folded.Length);
        Assert.Equal(0, start);
        Assert.Equal(original.TrimEnd('\uFEFF').Length, start + length);
    }

    [Theory]
    [InlineData("Don't TELL", "dont tel")]
    [InlineData("Tom's cake", "tom s cake")]
    [InlineData("sh1t 455", "shit 45")]
    [InlineData("end. Next", "end|next")]
    public void The_skeleton_reads_leetspeak_apostrophes_and_sentences(string text, string skeleton)
    {
        var sk = Skeleton.Build(NormalisedText.From(text).Folded);
        Assert.Equal(skeleton, new string(sk.Chars, 0, sk.Length));
    }

    [Theory]
    [InlineData("9434765919", true)]
    [InlineData("9434765918", false)]
    [InlineData("0000000000", false)]
    public void NHS_numbers_use_the_modulus_11_check(string number, bool valid) => Assert.Equal(valid, NhsNumberDetector.IsValid(number));

    [Theory]
    [InlineData("B801200005001", true)]
    [InlineData("A801200005001", false)]
    public void UPNs_use_the_modulus_23_check_letter(string upn, bool valid) => Assert.Equal(valid, UniquePupilNumberDetector.IsValid(upn));

    [Fact]
    public void Digits_are_counted_at_every_length_and_place()
    {
        // The digit count gates the number detectors (a text must have one, some need ten); plain ASCII text counts
        // them 16 chars at a time. Every length to 70 and every place of a digit, beside chars just outside '0'-'9'.
        var random = new Random(20261208);
        const string Chars = "0123456789/:a Z~";
        for (var length = 0; length <= 70; length++)
        {
            for (var round = 0; round < 40; round++)
            {
                var chars = new char[length];
                for (var i = 0; i < length; i++)
                {
                    chars[i] = Chars[random.Next(Chars.Length)];
                }

                var text = new string(chars);
                Assert.Equal(text.Count(char.IsAsciiDigit), NormalisedText.From(text).DigitCount);
            }
        }
    }
}
