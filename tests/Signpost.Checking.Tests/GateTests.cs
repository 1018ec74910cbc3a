using System.Text;

namespace Signpost.Checking.Tests;

/// <summary>
/// The gate words let the address, date-of-birth, email and self-introduction regexes (A.4.9, 5.4, A.5.2) run
/// only on texts that could match them. Plain ASCII texts of 34 chars or more are searched 32 positions at a time
/// (issue 3's speed); that search must give exactly what the general one gives, wherever and in whatever case a
/// gate word stands.
/// </summary>
public class GateTests
{
    private static readonly string[] Pieces =
    [
        "dot", "DOT", "Dot", "liv", "LIVING", "address", "AdDrEsS", "house", "born", "BIRTH", "dob", "D.O.B", "d.o.b",
        "name", "NAME", "called", "Primary", "primary", "PRIMARY", "School", "school", "Academy", "Junior", "Infant",
        "Catholic", " CE", " ce", "C of E", "c of e",
        "do", "li", "ad", "hou", "bor", "d.o", "nam", "cal", "Pri", "C o",
        "the", "and", "we", " ", ".", ",", "!", "'", "x", "Z", "9", "\n",
    ];

    /// <summary>Where the pieces that hold no whole gate word start in <see cref="Pieces"/>.</summary>
    private static readonly int NearMissesFrom = Array.IndexOf(Pieces, "do");

    [Fact]
    public void The_wide_search_finds_the_same_gates_as_the_general_one()
    {
        var random = new Random(20261125);
        var compared = 0;
        var withGates = 0;
        for (var n = 0; n < 20_000; n++)
        {
            var s = RandomText(random, n, 34, 160, 3, r => (char)r.Next('0', '9' + 1));
            var expected = CheckInput.FindGates(s);
            Assert.True(expected == CheckInput.FindGatesWide(s), $"gates differ for \"{s}\"");
            compared++;
            withGates += expected != CheckInput.Gate.None ? 1 : 0;
        }

        // The texts must exercise both answers. (The wide search is compared on any machine: without 512-bit vectors
        // the runtime emulates them, and the checker itself then uses the general search.)
        Assert.Equal(20_000, compared);
        Assert.InRange(withGates, 5_000, 15_000);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_block_skeleton_build_finds_the_same_gates_as_the_general_search(bool narrow)
    {
        // After a plain text's block skeleton build (Skeleton.BuildSimple), its padded copy is searched at any length:
        // as chars after the AVX-512 build, as bytes after the AVX2 one (narrow: the AVX2 build on any machine).
        var random = new Random(20261126);
        var built = 0;
        var withGates = 0;
        var skeleton = new Signpost.Checking.Normalisation.Skeleton { NarrowBlocks = narrow };
        for (var n = 0; n < 20_000; n++)
        {
            var s = RandomText(random, n, 1, 120, 2, _ => ' ');
            skeleton.Fill(s, plainAscii: true);
            if (!skeleton.BuiltSimple)
            {
                continue;
            }

            var expected = CheckInput.FindGates(s);
            Assert.True(expected == skeleton.Gates(), $"gates differ for \"{s}\"");
            built++;
            withGates += expected != CheckInput.Gate.None ? 1 : 0;
        }

        if (Signpost.Checking.Normalisation.Skeleton.BlockBuildSupported)
        {
            Assert.InRange(built, 2_000, 20_000);
            Assert.InRange(withGates, 1_000, built - 500);
        }
    }

    /// <summary>
    /// Pieces joined up to a random length, each followed one time in <paramref name="oneIn"/> by <paramref name="extra"/>;
    /// every odd-numbered text uses the near misses only (first letters of gate words, no whole word).
    /// </summary>
    private static string RandomText(Random random, int n, int minLength, int maxLength, int oneIn, Func<Random, char> extra)
    {
        var text = new StringBuilder();
        var target = random.Next(minLength, maxLength);
        var from = n % 2 == 0 ? 0 : NearMissesFrom;
        while (text.Length < target)
        {
            text.Append(Pieces[random.Next(from, Pieces.Length)]);
            if (random.Next(oneIn) == 0)
            {
                text.Append(extra(random));
            }
        }

        return text.ToString();
    }

    [Theory]
    [InlineData("Our class went to the museum and we all had a lovely time today.")]
    [InlineData("My name is Sam and I liked it a lot, thank you for the trip!!!!")]
    [InlineData("The trip was great and the lunch was yummy, see you next week dot")]
    [InlineData("dob at the very start of a long enough text to be searched wide")]
    [InlineData("A text long enough to be searched wide that ends with C of E")]
    [InlineData("We go to Holbrook Primary School in Year 4, it is a nice place.")]
    public void Gate_words_at_the_start_middle_and_end_are_found(string text)
    {
        Assert.True(text.Length >= 34);
        Assert.Equal(CheckInput.FindGates(text), CheckInput.FindGatesWide(text));
    }
}
