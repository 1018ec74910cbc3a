using System.Text;
using Signpost.Checking.Detectors;

namespace Signpost.Checking.Tests;

/// <summary>
/// A phone number written out (A.4.9) is only looked for in a text with digits or a word such a number can start with
/// ("zero", "oh", "o", "nought", "nil", "four"), which the list match notes as it reads every token (issue 3's speed).
/// That gate must never hide a number the detector would find: here the detector runs on every text regardless, and
/// whenever it finds one, the gate must have been open.
/// </summary>
public class PhoneStartWordTests
{
    private static readonly string[] Pieces =
    [
        "oh", "Oh", "OH", "o", "O", "ohh", "0h", "zero", "Zero", "nought", "nil", "four", "FOUR", "double", "treble", "triple",
        "one", "two", "three", "five", "six", "seven", "eight", "nine", "to", "too", "for", "ate", "won",
        "07700", "900", "123", "4", "44", "0", "7", "12",
        "call", "me", "on", "now", "of", "our", "done", "dog", "fox", "no", "nine's", "four-square", "onion", "zeroes",
        " ", " ", ",", ".", "!", "\n",
    ];

    private static readonly string[] NumberWords =
    [
        "oh", "o", "zero", "nought", "nil", "four", "double", "treble", "triple", "one", "two", "three", "five", "six",
        "seven", "eight", "nine", "to", "too", "for", "ate", "won", "seven", "nine", "one", "six", "call", "now",
    ];

    [Fact]
    public void The_gate_is_open_for_every_phone_number_the_detector_finds()
    {
        var random = new Random(20261206);
        var model = new CheckerModel([], SchoolProfile.None);
        var input = new CheckInput();
        var detector = new PhoneInWordsDetector();
        var found = 0;
        var closed = 0;
        for (var n = 0; n < 20_000; n++)
        {
            var text = new StringBuilder();
            var target = random.Next(1, 120);
            // Every other text has no digits at all and is mostly number words, so long runs of them are common and only
            // the start words can open the gate.
            var pieces = n % 2 == 0 ? NumberWords : Pieces;
            while (text.Length < target)
            {
                text.Append(pieces[random.Next(pieces.Length)]).Append(random.Next(3) == 0 ? "" : " ");
            }

            var s = text.ToString();
            input.Reset(s, CheckContext.PupilComment, model);
            model.Lists.Match(input.Skeleton, model, input.ListMatches);
            var open = (input.Present() & (Needs.Digits | Needs.PhoneStartWord)) != 0;
            detector.Detect(input);
            if (input.Findings.Count > 0)
            {
                Assert.True(open, $"the gate was closed for a phone number in \"{s}\"");
                found++;
            }

            closed += open ? 0 : 1;
        }

        // Both answers must be exercised: numbers found, and texts the gate keeps the detector away from.
        Assert.InRange(found, 150, 19_000);
        Assert.InRange(closed, 500, 19_000);
    }

    [Theory]
    [InlineData("oh seven seven double oh nine double oh one two three")]
    [InlineData("zero seven seven double oh nine double oh one two three")]
    [InlineData("o seven seven double o nine double o one two three")]
    [InlineData("nought seven seven double nought nine double nought one two three")]
    [InlineData("double oh seven double oh nine double oh one two")]
    [InlineData("four four seven seven double oh nine double oh one two three")]
    public void Numbers_written_out_from_each_start_word_are_still_found(string text) =>
        CheckerAssert.Finds("ring me " + text + " tonight", Categories.ContactDetails, "A.4.9", text);

    [Fact]
    public void Every_need_fits_the_run_masks()
    {
        // The checker picks detectors from a table indexed by the needs a text has: a new flag must be added below the limit.
        foreach (var need in Enum.GetValues<Needs>())
        {
            Assert.True((int)need < ContentChecker.RunMaskSets, $"{need} is past the run masks");
        }
    }

    [Fact]
    public void Only_a_whole_start_word_opens_the_gate()
    {
        var model = new CheckerModel([], SchoolProfile.None);
        var input = new CheckInput();
        input.Reset("Our dog found four-leaf clovers on the zeroth day of the nile trip", CheckContext.PupilComment, model);
        model.Lists.Match(input.Skeleton, model, input.ListMatches);
        Assert.True((input.Present() & Needs.PhoneStartWord) != 0, "\"four\" is a whole token here");
        input.Reset("Our dog found fourteen clovers on the zeroth day of the nile trip", CheckContext.PupilComment, model);
        model.Lists.Match(input.Skeleton, model, input.ListMatches);
        Assert.True((input.Present() & Needs.PhoneStartWord) == 0, "no token is a start word");
    }
}
