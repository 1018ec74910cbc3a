using System.Text;

namespace Signpost.Checking.Normalisation;

/// <summary>
/// The input folded for matching (see <see cref="CharFolding"/>), with a map from every folded
/// character back to the UTF-16 range it came from, so a finding always points into the original text.
/// A surrogate pair folds to one character: a letter for mathematical and enclosed alphanumerics
/// (bold or boxed letters used to dodge filters), otherwise a space (emoji separate words).
/// </summary>
internal sealed class NormalisedText
{
    private readonly int[] _start;
    private readonly int[] _end;

    private NormalisedText(string original, string folded, int[] start, int[] end)
    {
        Original = original;
        Folded = folded;
        _start = start;
        _end = end;
    }

    public string Original { get; }

    /// <summary>The folded text: same case, accents and invisible characters gone, one char per original unit.</summary>
    public string Folded { get; }

    public static NormalisedText From(string original)
    {
        var n = original.Length;
        var buffer = n <= 4096 ? stackalloc char[n] : new char[n];
        var start = new int[n + 1];
        var end = new int[n + 1];
        var k = 0;
        for (var i = 0; i < n; i++)
        {
            var c = original[i];
            if (char.IsHighSurrogate(c) && i + 1 < n && char.IsLowSurrogate(original[i + 1]))
            {
                buffer[k] = FoldAstral(char.ConvertToUtf32(c, original[i + 1]));
                start[k] = i;
                end[k] = i + 2;
                k++;
                i++;
                continue;
            }

            var f = char.IsSurrogate(c) ? ' ' : CharFolding.Fold(c);
            if (f == CharFolding.Removed)
            {
                continue;
            }

            buffer[k] = f;
            start[k] = i;
            end[k] = i + 1;
            k++;
        }

        start[k] = n;
        end[k] = n;
        return new NormalisedText(original, new string(buffer[..k]), start, end);
    }

    /// <summary>Original index where folded char <paramref name="index"/> starts (index may equal Folded.Length).</summary>
    public int OriginalStart(int index) => _start[index];

    /// <summary>Original index just after folded char <paramref name="index"/>.</summary>
    public int OriginalEnd(int index) => _end[index];

    /// <summary>Maps a folded range [start, start+length) to (start, length) in the original text.</summary>
    public (int Start, int Length) ToOriginal(int start, int length)
    {
        if (length <= 0)
        {
            var s = _start[start];
            return (s, 0);
        }

        var os = _start[start];
        var oe = _end[start + length - 1];
        return (os, oe - os);
    }

    private static char FoldAstral(int codePoint)
    {
        // Letters dressed up to dodge filters: regional indicators, negative circled/squared letters,
        // mathematical bold/italic/script letters and squared letters.
        switch (codePoint)
        {
            case >= 0x1F1E6 and <= 0x1F1FF:
                return (char)('A' + (codePoint - 0x1F1E6));
            case >= 0x1F150 and <= 0x1F169:
                return (char)('A' + (codePoint - 0x1F150));
            case >= 0x1F170 and <= 0x1F189:
                return (char)('A' + (codePoint - 0x1F170));
            case (>= 0x1D400 and <= 0x1D7FF) or (>= 0x1F130 and <= 0x1F149):
                var k = char.ConvertFromUtf32(codePoint).Normalize(NormalizationForm.FormKC);
                return k.Length == 1 && char.IsAsciiLetterOrDigit(k[0]) ? k[0] : ' ';
            default:
                return ' ';
        }
    }
}
