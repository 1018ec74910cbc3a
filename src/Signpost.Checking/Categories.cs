namespace Signpost.Checking;

/// <summary>The finding categories of CONTRACT.md, spelled exactly as they appear in JSON output.</summary>
public static class Categories
{
    public const string ContactDetails = "contact-details";
    public const string PersonalData = "personal-data";
    public const string PupilIdentity = "pupil-identity";
    public const string Profanity = "profanity";
    public const string ExtremeOffence = "extreme-offence";
    public const string Bullying = "bullying";
    public const string Safeguarding = "safeguarding";
    public const string Grooming = "grooming";
    public const string Opinion = "opinion";
    public const string Confidential = "confidential";
    public const string Spam = "spam";
    public const string SelfIdentification = "self-identification";
    public const string SchoolEmail = "school-email";

    public static readonly IReadOnlyList<string> All =
    [
        ContactDetails, PersonalData, PupilIdentity, Profanity, ExtremeOffence, Bullying, Safeguarding,
        Grooming, Opinion, Confidential, Spam, SelfIdentification, SchoolEmail,
    ];
}
