using System.Globalization;

namespace Signpost.Web.Features.People;

/// <summary>
/// Unique Pupil Numbers (DfE): a check letter followed by 12 digits (LA code, establishment, year, serial).
/// The check letter is the sum of characters 2–13 weighted 2–13, modulo 23, as a letter from the DfE alphabet.
/// </summary>
public static class Upn
{
    private const string CheckLetters = "ABCDEFGHJKLMNPQRTUVWXYZ";

    public static bool IsValid(string? value)
    {
        if (value is null || value.Length != 13 || !char.IsAsciiLetterUpper(value[0]))
        {
            return false;
        }

        for (var i = 1; i < 13; i++)
        {
            if (!char.IsAsciiDigit(value[i]))
            {
                return false;
            }
        }

        return CheckLetter(value.AsSpan(1)) == value[0];
    }

    public static char CheckLetter(ReadOnlySpan<char> twelveDigits)
    {
        var sum = 0;
        for (var i = 0; i < 12; i++)
        {
            sum += (twelveDigits[i] - '0') * (i + 2);
        }

        return CheckLetters[sum % 23];
    }

    /// <summary>A valid UPN for demo pupil n, under a made-up establishment number of Coventry (LA 331).</summary>
    public static string MakeDemo(int n)
    {
        var digits = "33129992" + "6" + n.ToString("000", CultureInfo.InvariantCulture);
        digits = digits.PadRight(12, '0');
        return CheckLetter(digits) + digits;
    }
}
