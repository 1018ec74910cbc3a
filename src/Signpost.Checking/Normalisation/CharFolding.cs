using System.Globalization;
using System.Text;

namespace Signpost.Checking.Normalisation;

/// <summary>
/// One lookup table, built once, that folds a UTF-16 code unit to the character the detectors see:
/// accents stripped, full-width forms made ASCII, Cyrillic and Greek look-alikes made Latin, odd spaces
/// and dashes made plain. Zero-width, bidi and combining characters fold to <see cref="Removed"/>.
/// Case is kept (the pupil-name and address detectors use capitals as a cue).
/// </summary>
internal static class CharFolding
{
    public const char Removed = '\0';

    private static readonly char[] Table = Build();

    public static char Fold(char c) => Table[c];

    private static char[] Build()
    {
        var table = new char[65536];
        for (var i = 0; i < table.Length; i++)
        {
            table[i] = (char)i;
        }

        table[0] = ' ';
        // Accents stripped (Latin-1 to Latin Extended-B, and Latin Extended Additional): stored, FoldData.
        FoldData.Latin.AsSpan().CopyTo(table.AsSpan(FoldData.LatinFirst));
        FoldData.LatinAdditional.AsSpan().CopyTo(table.AsSpan(FoldData.LatinAdditionalFirst));

        // Full-width ASCII variants (U+FF01..U+FF5E) sit at a fixed offset from ASCII.
        for (var c = 0xFF01; c <= 0xFF5E; c++)
        {
            table[c] = (char)(c - 0xFEE0);
        }

        // Circled letters and digits (U+2460..U+24FF) fold to their plain form (stored, FoldData; 0 = left as it is).
        for (var i = 0; i < FoldData.Circled.Length; i++)
        {
            if (FoldData.Circled[i] != '\0')
            {
                table[FoldData.CircledFirst + i] = FoldData.Circled[i];
            }
        }

        table[0x3000] = ' ';
        foreach (var c in "\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u202F\u205F\t\r\n\u2028\u2029\u0085")
        {
            table[c] = c is '\r' or '\n' or '\u2028' or '\u2029' or '\u0085' ? '\n' : ' ';
        }

        foreach (var c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63")
        {
            table[c] = '-';
        }

        foreach (var c in "\u2018\u2019\u201B\u02BC\u02B9\u2032\u00B4\u0060")
        {
            table[c] = '\'';
        }

        table['\u201C'] = '"';
        table['\u201D'] = '"';
        table['\u00DF'] = 's';
        table['\u00D8'] = 'O';
        table['\u00F8'] = 'o';
        table['\u0141'] = 'L';
        table['\u0142'] = 'l';
        table['\u0131'] = 'i';
        table['\u017F'] = 's';
        table['\u00E6'] = 'a';
        table['\u00C6'] = 'A';
        table['\u0153'] = 'o';
        table['\u0152'] = 'O';

        // Small capitals, a way to slip a word past a filter: "her mum is a \u0262\u028F\u1D18\u1D18\u1D0F" (blind18).
        const string smallFrom = "\u1D00\u0299\u1D04\u1D05\u1D07\uA730\u0262\u029C\u026A\u1D0A\u1D0B\u029F\u1D0D\u0274\u1D0F\u1D18\u0280\uA731\u1D1B\u1D1C\u1D20\u1D21\u028F\u1D22";
        const string smallTo = "abcdefghijklmnoprstuvwyz";
        for (var i = 0; i < smallFrom.Length; i++)
        {
            table[smallFrom[i]] = smallTo[i];
        }

        // Upside-down and broken marks standing for the marks they look like, which stand for letters: "n¡gg3rs" (blind17).
        table['\u00A1'] = '!';
        table['\u00A6'] = '|';

        // The registered and copyright signs standing for the letters in them: "ur such a reta\u00AEd", "\u00A9oon" (blind23).
        table['\u00AE'] = 'r';
        table['\u00A9'] = 'c';

        // Look-alike letters from Cyrillic and Greek, the usual way to slip a word past a filter.
        const string from = "аеорсухіјѕԁӏкмтнвгпһԛԝүѵАВЕКМНОРСТУХІЈЅҺԚԜҮαοριυχεκντβΑΒΕΖΗΙΚΜΝΟΡΤΥΧɑɩɡⅼⅰ";
        const string to = "aeopcyxijsdlkmthbrnhqwyvABEKMHOPCTYXIJSHQWYaopiuxekvtbABEZHIKMNOPTYXaigli";
        for (var i = 0; i < from.Length; i++)
        {
            table[from[i]] = to[i];
        }

        // Invisible characters: zero-width, bidi controls, soft hyphen, variation selectors, combining marks.
        foreach (var c in "\u200B\u200C\u200D\u2060\uFEFF\u00AD\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u180E\u034F")
        {
            table[c] = Removed;
        }

        for (var c = 0x300; c <= 0x36F; c++)
        {
            table[c] = Removed;
        }

        for (var c = 0xFE00; c <= 0xFE0F; c++)
        {
            table[c] = Removed;
        }

        for (var c = 0x1AB0; c <= 0x1AFF; c++)
        {
            table[c] = Removed;
        }

        for (var c = 0x20D0; c <= 0x20FF; c++)
        {
            table[c] = Removed;
        }

        return table;
    }

    /// <summary>
    /// What <see cref="FoldData"/> stores, worked out from Unicode decomposition (.NET does it through ICU): a char with
    /// its accents taken off where what is left is ASCII, else the char itself. Only the tests call this, to prove the
    /// stored table and to write it again (<c>SIGNPOST_UPDATE_FOLDS=1</c>): at run time the checker needs no ICU, so it
    /// reads "fück" as "fuck" in a globalization-invariant process too (issue 3: without ICU the folds made here at
    /// start had silently stopped stripping accents).
    /// </summary>
    internal static char StripAccent(char c)
    {
        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        foreach (var d in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark)
            {
                return d < 128 ? d : c;
            }
        }

        return c;
    }
}
