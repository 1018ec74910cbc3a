using System.Buffers;
using System.Runtime.Intrinsics;
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

    /// <summary>A text given as chars (<see cref="Fill(ReadOnlySpan{char})"/>) is copied here: no string is made for it unless asked.</summary>
    private char[] _source = new char[64];

    /// <summary>The folded chars: a string's own chars, <see cref="_source"/> or <see cref="_buffer"/>.</summary>
    private ReadOnlyMemory<char> _folded;

    /// <summary>The folded text as a string, made on first use when the text came as chars.</summary>
    private string? _foldedString;

    private int _originalLength;

    /// <summary>The folded text: same case, accents and invisible characters gone, one char per original unit.</summary>
    public string Folded => _foldedString ??= _folded.ToString();

    /// <summary>The folded text's chars, with no string made for them.</summary>
    public ReadOnlySpan<char> FoldedSpan => _folded.Span;

    /// <summary>The folded text's chars, valid until the next fill (the skeleton reads them again to map a finding back).</summary>
    public ReadOnlyMemory<char> FoldedMemory => _folded;

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
        if (Fold(original))
        {
            _folded = original.AsMemory();
            _foldedString = original;
        }
        else
        {
            _foldedString = null;
        }
    }

    /// <summary>
    /// Folds <paramref name="original"/>, given as chars (`signpost check` decodes each line into a buffer): the text is
    /// copied into this instance and a string of it is made only if a detector asks for <see cref="Folded"/> (a clean
    /// check never does). Making a string per line was ~45 ns of the CLI's ~140 a line (issue 3's speed).
    /// </summary>
    public void Fill(ReadOnlySpan<char> original)
    {
        if (_source.Length < original.Length)
        {
            _source = new char[Math.Max(original.Length, _source.Length * 2)];
        }

        original.CopyTo(_source);
        FoldSource(original.Length);
    }

    /// <summary>
    /// Folds text given as UTF-8 (invalid sequences read as U+FFFD, as <see cref="System.Text.Encoding.UTF8"/> reads
    /// them), decoded straight into this instance's buffer: `signpost check` hands each line's text over this way,
    /// with no copy of its own (issue 3's speed).
    /// </summary>
    public void FillUtf8(ReadOnlySpan<byte> utf8)
    {
        // UTF-8 never takes fewer bytes than UTF-16 takes chars.
        if (_source.Length < utf8.Length)
        {
            _source = new char[Math.Max(utf8.Length, _source.Length * 2)];
        }

        System.Text.Unicode.Utf8.ToUtf16(utf8, _source, out _, out var written, replaceInvalidSequences: true);
        FoldSource(written);
    }

    private void FoldSource(int length)
    {
        var source = new ReadOnlyMemory<char>(_source, 0, length);
        if (Fold(source.Span))
        {
            _folded = source;
        }

        _foldedString = null;
    }

    /// <summary>
    /// Folds <paramref name="original"/> into the buffers and sets every field but the folded text, which it leaves in
    /// <see cref="_buffer"/> (pointed at by <see cref="_folded"/>) unless folding changed nothing: then it returns
    /// true and the caller points <see cref="_folded"/> at the original's chars.
    /// </summary>
    private bool Fold(ReadOnlySpan<char> original)
    {
        var n = original.Length;
        _originalLength = n;
        if (_marks.Count > 0)
        {
            _marks.Clear();
        }

        // The usual case, plain ASCII text that folding leaves as it is, is found with one vectorised scan:
        // the folded text is the original and every index maps to itself, so no map is written.
        if (original.IndexOfAnyExcept(Unchanged) < 0)
        {
            DigitCount = original.ContainsAnyInRange('0', '9') ? CountDigits(original) : 0;
            _identity = true;
            return true;
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
                var codePoint = char.ConvertToUtf32(c, original[i + 1]);
                buffer[k] = FoldAstral(codePoint);
                if (EmojiKind(codePoint) is var kind && kind != EmojiMark.None)
                {
                    _marks.Add((k, kind));
                }

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
        DigitCount = digits;
        if (same)
        {
            return true;
        }

        _folded = new ReadOnlyMemory<char>(buffer, 0, k);
        return false;
    }

    /// <summary>Whether the folded text is the original, char for char (no map is kept then).</summary>
    private bool _identity;

    /// <summary>Whether the folded text is the original and all printable ASCII (or newlines).</summary>
    public bool IsPlainAscii => _identity;

    private static int CountDigits(ReadOnlySpan<char> text)
    {
        // 16 chars at a time: a lane is a digit when it is at most 9 past '0' (the compare is unsigned).
        var digits = 0;
        var i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            ref var start = ref System.Runtime.CompilerServices.Unsafe.As<char, ushort>(ref System.Runtime.InteropServices.MemoryMarshal.GetReference(text));
            var zero = Vector256.Create((ushort)'0');
            var nine = Vector256.Create((ushort)9);
            for (; i + 16 <= text.Length; i += 16)
            {
                var lanes = Vector256.LoadUnsafe(ref start, (nuint)i) - zero;
                digits += System.Numerics.BitOperations.PopCount(Vector256.LessThanOrEqual(lanes, nine).ExtractMostSignificantBits());
            }
        }

        for (; i < text.Length; i++)
        {
            digits += char.IsAsciiDigit(text[i]) ? 1 : 0;
        }

        return digits;
    }

    /// <summary>Original index where folded char <paramref name="index"/> starts (index may equal Folded.Length).</summary>
    public int OriginalStart(int index) => _identity ? index : _start[index];

    /// <summary>Original index just after folded char <paramref name="index"/>.</summary>
    public int OriginalEnd(int index) => _identity ? Math.Min(index + 1, _originalLength) : _end[index];

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

    private readonly List<(int At, EmojiMark Kind)> _marks = [];

    /// <summary>Where the emoji that can carry hate stand in the folded text (each folds to a space): <see cref="Detectors.EmojiHate"/> reads them.</summary>
    public IReadOnlyList<(int At, EmojiMark Kind)> Marks => _marks;

    /// <summary>The emoji <see cref="Detectors.EmojiHate"/> reads: apes and bananas thrown at a Black child, disgust after a rainbow.</summary>
    internal static EmojiMark EmojiKind(int codePoint) => codePoint switch
    {
        0x1F412 or 0x1F435 or 0x1F98D or 0x1F9A7 => EmojiMark.Ape,
        0x1F34C => EmojiMark.Banana,
        0x1F92E or 0x1F922 or 0x1F4A9 or 0x1F44E or 0x1F6AB => EmojiMark.Disgust,
        0x1F308 => EmojiMark.Rainbow,
        0x1F400 or 0x1F401 => EmojiMark.Rat,
        0x1F4B0 or 0x1F4B8 or 0x1F911 => EmojiMark.Money,
        0x1F47B => EmojiMark.Ghost,
        0x1F437 or 0x1F416 or 0x1F43D or 0x1F953 => EmojiMark.Pig,
        _ => EmojiMark.None,
    };

    internal static char FoldAstral(int codePoint)
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
            case >= 0x1D400 and <= 0x1D7FF:
                return FoldData.MathAlpha[codePoint - FoldData.MathAlphaFirst];
            case >= 0x1F130 and <= 0x1F149:
                return (char)('A' + (codePoint - 0x1F130));
            default:
                return ' ';
        }
    }
}

/// <summary>An emoji kind <see cref="NormalisedText.Marks"/> records.</summary>
internal enum EmojiMark : byte
{
    None,
    Ape,
    Banana,
    Disgust,
    Rainbow,
    Rat,
    Money,

    /// <summary>Snapchat's ghost, standing for the app before or after a username (<see cref="Detectors.EmojiHate"/> reads it for contact details).</summary>
    Ghost,

    /// <summary>A pig or pork, thrown at Muslims.</summary>
    Pig,
}
