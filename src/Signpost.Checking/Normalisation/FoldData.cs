// Written by tests/Signpost.Checking.Tests/FoldDataTests.cs (SIGNPOST_UPDATE_FOLDS=1) from .NET's Unicode normalisation.
// Do not edit by hand: the test proves it against Unicode decomposition on every run.
namespace Signpost.Checking.Normalisation;

/// <summary>
/// Folds that Unicode decomposition gives, stored so the checker needs no ICU at run time (CharFolding, NormalisedText):
/// each string holds, for the chars from its First on, what the char folds to.
/// </summary>
internal static class FoldData
{
    /// <summary>U+00C0..U+024F with accents stripped where what is left is ASCII, else the char itself.</summary>
    public const int LatinFirst = 0xC0;

    public const string Latin = "AAAAAA\u00C6CEEEEIIII\u00D0NOOOOO\u00D7\u00D8UUUUY\u00DE\u00DFaaaaaa\u00E6ceeeeiiii\u00F0nooooo\u00F7\u00F8uuuuy\u00FEyAaAaAaCcCcCcCcDd\u0110\u0111EeEeEeEeEeGgGgGgGgHh\u0126\u0127IiIiIiIiI\u0131\u0132\u0133JjKk\u0138LlLlLl\u013F\u0140\u0141\u0142NnNnNn\u0149\u014A\u014BOoOoOo\u0152\u0153RrRrRrSsSsSsSsTtTt\u0166\u0167UuUuUuUuUuUuWwYyYZzZzZz\u017F\u0180\u0181\u0182\u0183\u0184\u0185\u0186\u0187\u0188\u0189\u018A\u018B\u018C\u018D\u018E\u018F\u0190\u0191\u0192\u0193\u0194\u0195\u0196\u0197\u0198\u0199\u019A\u019B\u019C\u019D\u019E\u019FOo\u01A2\u01A3\u01A4\u01A5\u01A6\u01A7\u01A8\u01A9\u01AA\u01AB\u01AC\u01AD\u01AEUu\u01B1\u01B2\u01B3\u01B4\u01B5\u01B6\u01B7\u01B8\u01B9\u01BA\u01BB\u01BC\u01BD\u01BE\u01BF\u01C0\u01C1\u01C2\u01C3\u01C4\u01C5\u01C6\u01C7\u01C8\u01C9\u01CA\u01CB\u01CCAaIiOoUuUuUuUuUu\u01DDAaAa\u01E2\u01E3\u01E4\u01E5GgKkOoOo\u01EE\u01EFj\u01F1\u01F2\u01F3Gg\u01F6\u01F7NnAa\u01FC\u01FD\u01FE\u01FFAaAaEeEeIiIiOoOoRrRrUuUuSsTt\u021C\u021DHh\u0220\u0221\u0222\u0223\u0224\u0225AaEeOoOoOoOoYy\u0234\u0235\u0236\u0237\u0238\u0239\u023A\u023B\u023C\u023D\u023E\u023F\u0240\u0241\u0242\u0243\u0244\u0245\u0246\u0247\u0248\u0249\u024A\u024B\u024C\u024D\u024E\u024F";

    /// <summary>U+1E00..U+1EFF (Latin Extended Additional), as <see cref="Latin"/>.</summary>
    public const int LatinAdditionalFirst = 0x1E00;

    public const string LatinAdditional = "AaBbBbBbCcDdDdDdDdDdEeEeEeEeEeFfGgHhHhHhHhHhIiIiKkKkKkLlLlLlLlMmMmMmNnNnNnNnOoOoOoOoPpPpRrRrRrRrSsSsSsSsSsTtTtTtTtUuUuUuUuUuVvVvWwWwWwWwWwXxXxYyZzZzZzhtwy\u1E9A\u1E9B\u1E9C\u1E9D\u1E9E\u1E9FAaAaAaAaAaAaAaAaAaAaAaAaEeEeEeEeEeEeEeEeIiIiOoOoOoOoOoOoOoOoOoOoOoOoUuUuUuUuUuUuUuYyYyYyYy\u1EFA\u1EFB\u1EFC\u1EFD\u1EFE\u1EFF";

    /// <summary>U+2460..U+24FF (circled letters and digits) as plain ASCII, or U+0000 where a char stays as it is.</summary>
    public const int CircledFirst = 0x2460;

    public const string Circled = "123456789\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000";

    /// <summary>U+1D400..U+1D7FF (mathematical letters and digits) as plain ASCII, or a space.</summary>
    public const int MathAlphaFirst = 0x1D400;

    public const string MathAlpha = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZabcdefg ijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyzA CD  G  JK  NOPQ STUVWXYZabcd f hijklmn pqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyzAB DEFG  JKLMNOPQ STUVWXY abcdefghijklmnopqrstuvwxyzAB DEFG IJKLM O   STUVWXY abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz                                                                                                                                                                                                                                                                                                          01234567890123456789012345678901234567890123456789";
}
