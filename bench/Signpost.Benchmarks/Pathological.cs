using System.Diagnostics;
using System.Globalization;
using System.Text;
using Signpost.Checking;

namespace Signpost.Benchmarks;

/// <summary>
/// `pathological [chars]`: times the check of ~1 MB texts built by repeating one awkward piece (runs of stars,
/// number words, spelled-out letters, @ and dots, names, combining marks...), to find any input whose cost
/// grows faster than its length. Prints the slowest first.
/// </summary>
public static class Pathological
{
    public static readonly string[] Pieces =
    [
        "*", "a*", "*a", "#", "a#b", "oh ", "double ", "0 ", "07700 ", "1 ", "1", "1/", "12/03/", "f u c k ", "a ", "a", "a.b.", "s.h.i.t ",
        "@", "a@", "x@y.", "dot ", "at dot ", "jo dot bloggs at ", "Rose ", "Baker ", "Year 4 ", "my dad hits me ", "Tom ", "Tom is 8 ",
        "http://", "www.", "x.", "'", "don't ", "\u0301", "\u200B", "\uD800", "\uDC00", "\n", ".", "!", "\uD83D\uDE00", "I ", "A-",
        "-", "_", "a_", "12 Elm Road ", "CV1 ", "QQ ", "9", "(0121) ", "+44 ", "oh seven ", "nine ", "zero seven seven ", "my name is ",
        "Primary School ", "Holbrook ", "Oak Class ", "f-u-c-k ", "f.u.c.k.", "fuuuuuuuuuuuuuuuuuuuuck ", "sh1t ", "$", "$h!t ", "!i", "|",
        "add me on ", "snap ", "@rosie ", "you ", "are ", "kill ", "your", "self ", "A", "Ab ", "AB ", "the cock ", "Dick ", "in my ",
        "\t", " ", "  \n", ",", "a,", "1,", "born ", "dob ", "d.o.b ", "NHS ", "943 476 5919 ", "A123456789012 ", "live ", "house ",
    ];

    public static void Run(int chars)
    {
        var checker = new ContentChecker(
            [new KnownPerson("Rose", "Baker", KnownPersonRole.Pupil), new KnownPerson("Oliver", "Okonkwo", KnownPersonRole.Pupil, ["Olly"])],
            new SchoolProfile(["Holbrook Primary", "Holbrook"], ["holbrook.sch.uk"], ["Oak Class"]));
        checker.Check("warm up, Rose Baker 07700 900123", CheckContext.PupilComment);
        var times = new List<(double Ms, string Piece)>();
        var only = Environment.GetEnvironmentVariable("PIECES")?.Split('~');
        foreach (var piece in only ?? Pieces)
        {
            var sb = new StringBuilder(chars + piece.Length);
            while (sb.Length < chars)
            {
                sb.Append(piece);
            }

            var text = sb.ToString();
            var worst = 0.0;
            foreach (var context in new[] { CheckContext.PupilComment, CheckContext.PersonalPost, CheckContext.StaffPost })
            {
                var sw = Stopwatch.StartNew();
                checker.Check(text, context);
                worst = Math.Max(worst, sw.Elapsed.TotalMilliseconds);
            }

            times.Add((worst, piece));
        }

        foreach (var (ms, piece) in times.OrderByDescending(t => t.Ms).Take(25))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{ms,10:0.0} ms  {Escape(piece)}"));
        }
    }

    private static string Escape(string s) => string.Concat(s.Select(c => c is < ' ' or > '~' ? $"\\u{(int)c:X4}" : c.ToString()));
}
