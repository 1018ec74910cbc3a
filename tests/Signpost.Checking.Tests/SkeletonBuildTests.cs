using System.Text;
using Signpost.Checking.Normalisation;

namespace Signpost.Checking.Tests;

/// <summary>
/// Plain ASCII texts are built into skeletons 32 chars at a time with AVX-512, 16 with AVX2 (issue 3's speed). Every word-list, roster and
/// disguise finding (A.5.2, A.5.6, 5.5) reads the skeleton, so that build must give exactly what the general one
/// gives, char for char, run for run and flag for flag, and map every range back to the same folded chars, or
/// hand the text back to it.
/// </summary>
public class SkeletonBuildTests
{
    private static readonly string[] Pieces =
    [
        "the", "The", "THE", "cat", "Year", "yes", "all", "well", "BOOK", "Zoo", "a", "I", "x", "aaaa", "llama",
        "4", "07700", "900123", "2026", "1", "00", "jo.fun", "a.b", "e.g.", "3.14", " @ ",
        " ", " ", " ", "  ", ".", ". ", "!", "! ", "?", ";", ",", ", ", ":", "-", "\n", "(", ")", "\"", "...",
        "'", "h3llo", "sh1t", "year4", "4u", "don't", "Tom's", "we're", "@", "@sam", "$", "f**k", "#", "|", "h!t", "a|b", "~", "=", "/",
    ];

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_block_build_gives_what_the_general_build_gives(bool narrow)
    {
        var random = new Random(20261125);
        var simple = 0;
        var handedBack = 0;
        var reused = new Skeleton { NarrowBlocks = narrow };
        for (var n = 0; n < 20_000; n++)
        {
            var text = new StringBuilder();
            var target = random.Next(1, n % 10 == 0 ? 400 : 90);
            // Half the texts use only the first pieces (words, numbers, spaces and plain punctuation), which the
            // block build should take; the rest add what it hands back.
            var pieces = n % 2 == 0 ? Array.IndexOf(Pieces, "'") : Pieces.Length;
            while (text.Length < target)
            {
                text.Append(Pieces[random.Next(pieces)]);
                if (random.Next(2) == 0)
                {
                    text.Append(' ');
                }
            }

            var s = text.ToString();
            var folded = NormalisedText.From(s);
            Assert.True(folded.IsPlainAscii, s);
            var general = new Skeleton();
            general.Fill(folded.Folded);

            // One skeleton reused for every text, as each thread's checker reuses one: its buffers grown by one kind
            // of build must serve the other (the general build grows the token list alone).
            reused.Fill(folded.Folded, plainAscii: true);
            var block = reused;
            AssertSame(general, block, s);
            if (block.BuiltSimple)
            {
                // What the build also notes for the checker's needs (CheckInput.Present): an "@", and a "." between
                // ASCII letters or digits (the only dot a link has).
                Assert.True(block.HasAtSign == s.Contains('@'), $"@ differs for \"{s}\"");
                var wordDot = Enumerable.Range(1, Math.Max(0, s.Length - 2)).Any(i => s[i] == '.' && char.IsAsciiLetterOrDigit(s[i - 1]) && char.IsAsciiLetterOrDigit(s[i + 1]));
                Assert.True(block.HasWordDot == wordDot, $"word dot differs for \"{s}\"");
            }

            simple += block.BuiltSimple ? 1 : 0;
            handedBack += block.BuiltSimple ? 0 : 1;
        }

        if (Skeleton.BlockBuildSupported)
        {
            Assert.InRange(simple, 4_000, 16_000);
            Assert.InRange(handedBack, 4_000, 16_000);
        }
    }

    /// <summary>Random pieces joined up to <paramref name="target"/> chars, two in three followed by a space.</summary>
    private static string PieceText(Random random, string[] pieces, int target)
    {
        var text = new StringBuilder();
        while (text.Length < target)
        {
            text.Append(pieces[random.Next(pieces.Length)]);
            if (random.Next(3) != 0)
            {
                text.Append(' ');
            }
        }

        return text.ToString();
    }

    private static readonly string[] ApostrophePieces =
    [
        "don't", "Tom's", "it's", "I'm", "we're", "'s", "s'", "''", "'", "l'l", "ll'l", "a'b", "x's'y", "Rose's", "JAMES'S",
        "90's", "o'clock", "rock'n'roll", "'tis", "n'", "can't", "Won't", "isn't", "a's", "S's", "s's", "ss's", "I", "a",
        "the", "cat", "7", "12", " ", " ", " ", ".", "!", "?", ",", "\n", "e.g.", "it's.", "Tom's!", "'s'", "9'", "'9",
    ];

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Apostrophes_read_the_same_in_both_builds(bool narrow)
    {
        // Words with apostrophes ("don't", "Tom's", "I'm") are what children write most; the AVX2 block build takes them
        // (an apostrophe inside a word is dropped, a possessive splits its "s" off) and must read them as the general one.
        var random = new Random(20261206);
        var simple = 0;
        var reused = new Skeleton { NarrowBlocks = narrow };
        for (var n = 0; n < 20_000; n++)
        {
            var s = PieceText(random, ApostrophePieces, random.Next(1, n % 10 == 0 ? 300 : 80));
            var general = new Skeleton();
            general.Fill(s);
            reused.Fill(s, plainAscii: true);
            AssertSame(general, reused, s);
            Assert.True(!reused.BuiltSimple || reused.Gates() == CheckInput.FindGates(s), $"gates differ for \"{s}\"");
            simple += reused.BuiltSimple ? 1 : 0;
        }

        // Without AVX-512 (or narrow) most of these texts take the block build; the AVX-512 one still hands them back.
        if (Skeleton.BlockBuildSupported && (narrow || !System.Runtime.Intrinsics.X86.Avx512Vbmi2.IsSupported))
        {
            Assert.InRange(simple, 3_000, 20_000);
        }
    }

    private static readonly string[] LeetPieces =
    [
        "1st", "2nd", "3rd", "10am", "3pm", "Y4", "y4", "year4", "h3llo", "sh1t", "h00t", "c00l", "1i", "ii1", "l33t", "4u", "b4",
        "gr8", "m8", "007", "90", "2026", "4", "0", "x", "a", "Oo0", "o0o", "abc123def", "12ab34", "26", "62a", "a26",
        "0123456789abcdefghij0123456789", "abcdefghijklmnopqrstuvwxyz012345678", "9999999999999999999999999999999999a",
        " ", " ", " ", ".", ",", "!", "?", "\n", "-", "it's", "Tom's",
    ];

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Digits_in_words_read_the_same_in_both_builds(bool narrow)
    {
        // A digit in a word with a letter is leetspeak ("h3llo", "1st", "Y4"); a word of digits is a number. Texts run to
        // 300 chars so that words cross the 32-char blocks (the AVX2 build carries a run's letter from block to block and
        // reads the next block for the rest of the run).
        var random = new Random(20261208);
        var simple = 0;
        var reused = new Skeleton { NarrowBlocks = narrow };
        for (var n = 0; n < 20_000; n++)
        {
            var s = PieceText(random, LeetPieces, random.Next(1, n % 4 == 0 ? 300 : 70));
            var general = new Skeleton();
            general.Fill(s);
            reused.Fill(s, plainAscii: true);
            AssertSame(general, reused, s);
            simple += reused.BuiltSimple ? 1 : 0;
        }

        if (Skeleton.BlockBuildSupported && (narrow || !System.Runtime.Intrinsics.X86.Avx512Vbmi2.IsSupported))
        {
            Assert.InRange(simple, 10_000, 20_000);
        }
    }

    private static readonly string[] FoldedPieces =
    [
        "don\u2019t", "Tom\u2019s", "caf\u00E9", "na\u00EFve", "\t", "\u00A0", "\u2014", "\uFF34\uFF4F\uFF4D's", "e\u0301", "zero\u200Bwidth",
        "it's", "I'm", "the", "Year", "7", " ", " ", ".", "!", "\u201Chi\u201D", "\u00C9lodie", "\u0441at", "\U0001F600", "fa\u00E7ade",
    ];

    [Fact]
    public void Texts_that_fold_to_ASCII_read_the_same_in_the_AVX2_block_build()
    {
        // Curly apostrophes (phones type them), accents, full-width letters, zero-width characters: folding changes the
        // text, and the AVX2 block build takes the folded text when it is all ASCII (what the checker passes as mayBeAscii).
        var random = new Random(20261207);
        var simple = 0;
        var reused = new Skeleton { NarrowBlocks = true };
        for (var n = 0; n < 10_000; n++)
        {
            var s = PieceText(random, FoldedPieces, random.Next(1, 90));
            var folded = NormalisedText.From(s).Folded;
            var general = new Skeleton();
            general.Fill(folded);
            reused.Fill(folded.AsMemory(), plainAscii: false, mayBeAscii: true);
            AssertSame(general, reused, s);
            Assert.True(!reused.BuiltSimple || reused.Gates() == CheckInput.FindGates(folded), $"gates differ for \"{s}\"");
            simple += reused.BuiltSimple ? 1 : 0;
        }

        if (Skeleton.BlockBuildSupported)
        {
            Assert.InRange(simple, 1_000, 9_900);
        }
    }

    [Theory]
    [InlineData("I don't think it's Tom's, it's Rose's. We're sure! Can't you see? JAMES'S o'clock rock'n'roll")]
    [InlineData("s's 'tis n' s' '' a'b I'm S's ss's")]
    public void Words_with_apostrophes_take_the_AVX2_block_build(string text)
    {
        var general = new Skeleton();
        general.Fill(text);
        var block = new Skeleton { NarrowBlocks = true };
        block.Fill(text, plainAscii: true);
        AssertSame(general, block, text);
        Assert.Equal(Skeleton.BlockBuildSupported, block.BuiltSimple);
    }

    [Theory]
    [InlineData("ll'l")]
    [InlineData("x's'y")]
    [InlineData("the 90's")]
    [InlineData("a 9'a")]
    public void Apostrophes_the_block_build_reads_differently_are_handed_back(string text)
    {
        // A repeat across a dropped apostrophe, a possessive "s" before another apostrophe, an apostrophe beside a digit.
        var general = new Skeleton();
        general.Fill(text);
        var block = new Skeleton { NarrowBlocks = true };
        block.Fill(text, plainAscii: true);
        AssertSame(general, block, text);
        Assert.False(block.BuiltSimple);
    }

    [Theory]
    [InlineData("Hi!! How are you?\nI am fine. Really; yes")]
    [InlineData("   leading gaps... and the end.")]
    [InlineData("Well done everyone, the mosaics look amazing.")]
    [InlineData("We practised our sevens at home and I know them all now!")]
    [InlineData("call me on 07700 900123 or 0121 496 0000 tonight")]
    [InlineData("end.Next e.g. www.example.com a.b")]
    [InlineData("A a I i O o U u E e")]
    public void Sentences_numbers_capitals_and_repeats_read_the_same(string text)
    {
        var general = new Skeleton();
        general.Fill(text);
        foreach (var narrow in new[] { false, true })
        {
            var block = new Skeleton { NarrowBlocks = narrow };
            block.Fill(text, plainAscii: true);
            AssertSame(general, block, text);
            Assert.Equal(Skeleton.BlockBuildSupported, block.BuiltSimple);
        }
    }

    [Fact]
    public void A_letter_repeated_past_a_runs_limit_is_handed_back()
    {
        // A run is counted in a byte: the 256th "a" starts a new char, which only the general build writes.
        var text = "no " + new string('a', 600) + " way";
        var general = new Skeleton();
        general.Fill(text);
        foreach (var narrow in new[] { false, true })
        {
            var block = new Skeleton { NarrowBlocks = narrow };
            block.Fill(text, plainAscii: true);
            AssertSame(general, block, text);
            Assert.False(block.BuiltSimple);
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_skeleton_reused_after_a_long_general_build_takes_a_long_block_build(bool narrow)
    {
        // The general build grows the token list alone; the block build then writes token places 32 at a time into
        // both of its lists (a list left short was once written past its end: heap corruption under the fuzz test).
        var reused = new Skeleton { NarrowBlocks = narrow };
        var general = string.Concat(Enumerable.Repeat("f**k ", 300));
        reused.Fill(general, plainAscii: true);
        Assert.False(reused.BuiltSimple);
        Assert.Equal(300, reused.TokenCount);

        var simple = string.Concat(Enumerable.Repeat("we went on a long walk ", 50));
        reused.Fill(simple, plainAscii: true);
        var fresh = new Skeleton();
        fresh.Fill(simple);
        AssertSame(fresh, reused, simple);
        Assert.Equal(Skeleton.BlockBuildSupported, reused.BuiltSimple);
        Assert.Equal(300, reused.TokenCount);
    }

    private static void AssertSame(Skeleton expected, Skeleton actual, string text)
    {
        Assert.True(expected.Length == actual.Length, $"length differs for \"{text}\"");
        Assert.Equal(new string(expected.Chars, 0, expected.Length), new string(actual.Chars, 0, actual.Length));
        Assert.True(expected.Runs.AsSpan(0, expected.Length).SequenceEqual(actual.Runs.AsSpan(0, actual.Length)), $"runs differ for \"{text}\"");
        Assert.True(expected.Flags.AsSpan(0, expected.Length).SequenceEqual(actual.Flags.AsSpan(0, actual.Length)), $"flags differ for \"{text}\"");
        Assert.True(expected.TokenCount == actual.TokenCount, $"token count differs for \"{text}\"");
        Assert.True(expected.TokenStarts.AsSpan(0, expected.TokenCount).SequenceEqual(actual.TokenStarts.AsSpan(0, actual.TokenCount)), $"token starts differ for \"{text}\"");
        Assert.True(expected.HasDigits == actual.HasDigits, $"digits differ for \"{text}\"");
        Assert.True(expected.SingleLetterTokens == actual.SingleLetterTokens, $"single letters differ for \"{text}\"");
        Assert.True(expected.HasWildcard == actual.HasWildcard, $"wildcard differs for \"{text}\"");

        // Every finding is mapped back to the text through ToFolded: the block build keeps no maps and works
        // them out per token, which must land on the same folded chars for every char and every range.
        for (var k = 0; k < expected.Length; k++)
        {
            Assert.True(expected.ToFolded(k, k + 1) == actual.ToFolded(k, k + 1), $"map of {k} differs for \"{text}\"");
            var end = Math.Min(expected.Length, k + 1 + (k * 7 % 23));
            Assert.True(expected.ToFolded(k, end) == actual.ToFolded(k, end), $"map of {k}..{end} differs for \"{text}\"");
        }
    }
}
