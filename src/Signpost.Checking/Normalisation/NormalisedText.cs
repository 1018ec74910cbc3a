using System.Buffers;
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
    /// <summary>Printable ASCII and newline, which folding leaves as they are (all but the backtick, which becomes an apostrophe).</summary>
    private static readonly SearchValues<char> Unchanged = SearchValues.Create(
        "\n !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_abcdefghijklmnopqrstuvwxyz{|}~");

    private int[] _start = new int[64];
    private int[] _end = new int[64];
    private char[] _buffer = new char[64];

    public string Original { get; private set; } = string.Empty;

    /// <summary>The folded text: same case, accents and invisible characters gone, one char per original unit.</summary>
    public string Folded { get; private set; } = string.Empty;

    /// <summary>ASCII digits in the folded text (a cheap gate for the number detectors).</summary>
    public int DigitCount { get; private set; }

    public static NormalisedText From(string original)
    {
        var text = new NormalisedText();
        text.Fill(original);
        return text;
    }

    /// <summary>
    /// Folds <paramref name="original"/> into this instance, reusing its buffers (one instance per thread
    /// serves every check). The folded string is the original itself when folding changed nothing, which
    /// is the usual case for plain text, so a clean check allocates no copy.
    /// </summary>
    public void Fill(string original)
    {
        var n = original.Length;

        // The usual case, plain ASCII text that folding leaves as it is, is found with one vectorised scan:
        // the folded text is the original and every index maps to itself, so no map is written.
        if (original.AsSpan().IndexOfAnyExcept(Unchanged) < 0)
        {
            Original = original;
            Folded = original;
            DigitCount = original.AsSpan().ContainsAnyInRange('0', '9') ? CountDigits(original) : 0;
            _identity = true;
            return;
        }

        _identity = false;
        if (_start.Length < n + 1)
        {
            var size = Math.Max(n + 1, _start.Length * 2);
            _start = new int[size];
            _end = new int[size];
            _buffer = new char[size];
        }

        var buffer = _buffer;
        var start = _start;
        var end = _end;
        var k = 0;
        var digits = 0;
        var same = true;
        for (var i = 0; i < n; i++)
        {
            var c = original[i];
            if (char.IsHighSurrogate(c) && i + 1 < n && char.IsLowSurrogate(original[i + 1]))
            {
                buffer[k] = FoldAstral(char.ConvertToUtf32(c, original[i + 1]));
                digits += char.IsAsciiDigit(buffer[k]) ? 1 : 0;
                start[k] = i;
                end[k] = i + 2;
                k++;
                i++;
                same = false;
                continue;
            }

            var f = char.IsSurrogate(c) ? ' ' : CharFolding.Fold(c);
            if (f == CharFolding.Removed)
            {
                same = false;
                continue;
            }

            same &= f == c;
            digits += char.IsAsciiDigit(f) ? 1 : 0;
            buffer[k] = f;
            start[k] = i;
            end[k] = i + 1;
            k++;
        }

        start[k] = n;
        end[k] = n;
        Original = original;
        Folded = same ? original : new string(buffer, 0, k);
        DigitCount = digits;
    }

    /// <summary>Whether the folded text is the original, char for char (no map is kept then).</summary>
    private bool _identity;

    /// <summary>Whether the folded text is the original and all printable ASCII (or newlines).</summary>
    public bool IsPlainAscii => _identity;

    private static int CountDigits(string text)
    {
        var digits = 0;
        foreach (var c in text)
        {
            digits += char.IsAsciiDigit(c) ? 1 : 0;
        }

        return digits;
    }

    /// <summary>Original index where folded char <paramref name="index"/> starts (index may equal Folded.Length).</summary>
    public int OriginalStart(int index) => _identity ? index : _start[index];

    /// <summary>Original index just after folded char <paramref name="index"/>.</summary>
    public int OriginalEnd(int index) => _identity ? Math.Min(index + 1, Original.Length) : _end[index];

    /// <summary>Maps a folded range [start, start+length) to (start, length) in the original text.</summary>
    public (int Start, int Length) ToOriginal(int start, int length)
    {
        if (_identity)
        {
            return (start, Math.Max(length, 0));
        }

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
