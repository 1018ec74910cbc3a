using System.Globalization;
using System.Text;
using Signpost.Checking;

namespace Signpost.Benchmarks;

/// <summary>
/// `dump FILE`: writes the checker's output for a fixed set of texts (both evaluation sets, the benchmark
/// comments and the staff post, and 6,000 random disguise-heavy strings from a fixed seed) in every context,
/// with and without a roster, one line each. Run it before and after a speed change and compare the files
/// byte for byte: a speed change must not change a single finding.
/// </summary>
public static class Equivalence
{
    private static readonly string[] Pieces =
    [
        "07700 900123", "+44 7700 900 123", "(0121) 496 0000", "oh seven seven double oh nine", "zero seven seven to for ate nine one two three four",
        "jo dot bloggs at gmail dot com", "jo@example.com", "CV1 2AB", "12 Elm Road", "add me on snap", "@rosie_b", "https://example.com/x",
        "born 12/03/2017", "Tom is 8", "943 476 5919", "QQ 12 34 56 C", "A123456789012", "Rose Baker", "Baker's", "Rosie", "Olly Okonkwo",
        "Year 4", "Oak Class", "Holbrook Primary", "head@holbrook.sch.uk", "my dad hits me", "kill yourself", "don't tell your mum",
        "are you home alone", "vote Labour", "in my opinion", "CONFIDENTIAL", "free robux", "click here", "as a teacher at Holbrook",
        "you're an idiot", "nobody wants you here", "Scunthorpe", "Dick Whittington", "the cock crowed", "my name is Jessica Fairweather",
        "Thomas has autism", "sh1t", "$h!t", "f4ck", "f*ck", "f**k", "b1tch", "s.h.i.t", "f u c k", "f-u-c-k", "fuuuuck", "sh\u200Bit",
        "ｓｈｉｔ", "ѕһіt", "@ss", "a$$", "d!ck", "c0ck", "455", "3.14", "a", "I", "we", "the", "farm", "class", "Essex", "grape", "Oak",
        "Baker", "baker", "\u0301", "\u200E", "\u202E", "\uFEFF", "\uD83D\uDE00", "\uD835\uDC1F", "\uD800", "\uDC00", "ß", "İ", "Ⓕ",
        " ", " ", " ", "  ", ".", "-", "_", "*", "#", "|", "/", "'", "’", ",", ";", "!", "?", "\n", "\r\n", "\t", "\u00A0", "...",
        "I feel like hurting myself", "I want to die", "the knight killed the dragon", "Mr", "Mrs Smith", "Grace", "is", "aged", "6",
    ];

    public static void Dump(string path)
    {
        var roster = new ContentChecker(
            [new KnownPerson("Rose", "Baker", KnownPersonRole.Pupil), new KnownPerson("Oliver", "Okonkwo", KnownPersonRole.Pupil, ["Olly"]),
             new KnownPerson("Jane", "Smith", KnownPersonRole.Parent), new KnownPerson("Sam", "Green", KnownPersonRole.Staff)],
            new SchoolProfile(["Holbrook Primary", "Holbrook"], ["holbrook.sch.uk"], ["Oak Class"]));
        var texts = new List<string>();
        foreach (var file in new[] { "corpus.jsonl", "holdout.jsonl" })
        {
            var full = Path.Combine(FindRepo(), "tests/Signpost.Checking.Tests/Evaluation", file);
            foreach (var line in File.ReadLines(full))
            {
                if (CheckerJson.TryParseLine(line, out var request, out _))
                {
                    texts.Add(request!.Text);
                }
            }
        }

        texts.AddRange(Samples.Comments);
        texts.Add(Samples.StaffPost400Words);
        var random = new Random(20261125);
        for (var i = 0; i < 6000; i++)
        {
            var sb = new StringBuilder();
            var n = random.Next(1, 40);
            for (var k = 0; k < n; k++)
            {
                sb.Append(random.Next(6) == 0 ? ((char)random.Next(0, 0x3000)).ToString() : Pieces[random.Next(Pieces.Length)]);
            }

            texts.Add(sb.ToString());
        }

        var asChars = Environment.GetEnvironmentVariable("DUMP_SPAN") == "1";
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        var id = 0;
        foreach (var text in texts)
        {
            foreach (var context in Enum.GetValues<CheckContext>())
            {
                foreach (var checker in new[] { ContentChecker.Default, roster })
                {
                    // DUMP_SPAN=1: every text checked as chars (the CLI's path) instead of as a string; both must write the same.
                    var r = asChars ? checker.Check(text.AsSpan(), context) : checker.Check(text, context);
                    writer.Write(id.ToString(CultureInfo.InvariantCulture));
                    writer.Write(' ');
                    writer.Write(r.Action);
                    foreach (var f in r.Findings)
                    {
                        writer.Write(string.Create(CultureInfo.InvariantCulture, $" [{f.Category} {f.Clause} {f.Severity} {f.Start} {f.Length} {f.Message}]"));
                    }

                    writer.Write('\n');
                    id++;
                }
            }
        }

        Console.WriteLine($"{id} checks written to {path}");
    }

    private static string FindRepo()
    {
        var dir = AppContext.BaseDirectory;
        while (dir is not null && !File.Exists(Path.Combine(dir, "Signpost.slnx")))
        {
            dir = Path.GetDirectoryName(dir);
        }

        return dir ?? Directory.GetCurrentDirectory();
    }
}
