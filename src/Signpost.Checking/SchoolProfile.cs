namespace Signpost.Checking;

/// <summary>
/// What the checker knows about the school: its name (and short names), the email domains it owns and
/// its class names. Used to spot a pupil named with the school or class (A.5.2), a member of staff
/// naming the school on a personal account (6.1), and school email addresses (6.10).
/// </summary>
public sealed record SchoolProfile(
    IReadOnlyList<string>? Names = null,
    IReadOnlyList<string>? EmailDomains = null,
    IReadOnlyList<string>? ClassNames = null)
{
    /// <summary>No school details: only generic cues (e.g. ".sch.uk" addresses, "Year 4") are used.</summary>
    public static SchoolProfile None { get; } = new();
}
