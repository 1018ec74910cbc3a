namespace Signpost.Checking.Detectors;

/// <summary>
/// Promotion with a way to buy (A.5.1): where a comment gives a number, an address, a handle or a link and also a price or
/// a seller's words ("£12/hr", "10% off", "to book", "free quote", "cheap", "best prices", "please subscribe",
/// "discord.gg/...", "facebook.com/groups/..."), it is an advert as well as contact details. Forty-one labelled lines of
/// the worked sets had the contact found and the advert missed; this reads 31 of them, and 6 lines where a parent sells
/// or asks for second-hand uniform, which the sets call contact alone. Runs last (ContextReaders), on the contact findings.
/// </summary>
internal static class PromotionWithContact
{
    private static readonly string[] Cues =
    [
        "% off", "subscribe", "discord.gg", "to book", "free quote", "cheap", "best rates", "best prices", "reasonable prices",
        "to order", "spaces", "/hr", "facebook.com/groups", "per hour", "an hour", "a day,",
    ];

    public static void Detect(CheckInput input)
    {
        if (input.Context is not (CheckContext.PublicComment or CheckContext.PupilComment or CheckContext.PupilPost))
        {
            return;
        }

        var contact = ContextReaders.FirstWithout(input.Findings, Categories.Spam, Categories.ContactDetails);
        if (contact < 0 || !Promotes(input.FoldedSpan))
        {
            return;
        }

        var f = input.Findings[contact];
        input.AddOriginal(Categories.Spam, "A.5.1", Severity.Medium, f.Start, f.Length, "spam-promo");
    }

    private static bool Promotes(ReadOnlySpan<char> text)
    {
        // A price: "£" and a digit.
        for (var i = text.IndexOf('£'); i >= 0 && i + 1 < text.Length; i = text[(i + 1)..].IndexOf('£') is var n && n >= 0 ? i + 1 + n : -1)
        {
            if (char.IsAsciiDigit(text[i + 1]) || (text[i + 1] == ' ' && i + 2 < text.Length && char.IsAsciiDigit(text[i + 2])))
            {
                return true;
            }
        }

        foreach (var cue in Cues)
        {
            if (text.Contains(cue, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
