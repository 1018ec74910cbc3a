namespace Signpost.Policy.Clauses;

/// <summary>A pupil's photo consent as the school records it; <see cref="Missing"/> when nothing is recorded.</summary>
public enum PhotoConsentOnRecord
{
    Missing,
    No,
    Limited,
    Yes,
}

/// <summary>Who is adding a picture, and where.</summary>
public sealed record ImageUploadFacts(bool UploaderIsStaff, bool UploaderIsPupil, bool SiteIsLive, bool PupilsMayUploadImages);

/// <summary>
/// Each site decides its level of engagement, images included (A.5.1): staff may add pictures to their posts on any
/// live site; pupils only where the site's proposal allowed pupil images; parents and the public never.
/// </summary>
[Clause("A.5.1", "Pictures only where the site's level of engagement allows them")]
public static class PicturesOnlyWhereTheSiteAllows
{
    public static RuleOutcome Check(ImageUploadFacts f) =>
        !f.SiteIsLive ? RuleOutcome.Blocked("A.5.1", "Pictures can be added only on a live site.")
        : f.UploaderIsStaff ? RuleOutcome.Allowed
        : f.UploaderIsPupil && f.PupilsMayUploadImages ? RuleOutcome.Allowed
        : f.UploaderIsPupil ? RuleOutcome.Blocked("A.5.1", "This site does not let pupils add pictures. Ask your teacher.")
        : RuleOutcome.Blocked("A.5.1", "Only staff, and pupils where the site allows it, can add pictures to posts.");
}

/// <summary>
/// A pupil appears in a published picture only with photo consent on record (A.5.2: pupils are never identifiable
/// without consent; faces without consent are findings). "Yes" allows any of the school's sites. "Limited" means the
/// family agreed to photos seen by the school community only: allowed on sites that are not public (parents and
/// school, school only, class only) and never on a public site or a third-party service. "No" or nothing recorded
/// blocks publishing until the school records consent or the picture is removed.
/// </summary>
[Clause("A.5.2", "Pupils appear in pictures only with photo consent")]
public static class PupilsInPicturesHaveConsent
{
    public static RuleOutcome Check(string pupilName, PhotoConsentOnRecord consent, bool siteIsPublicOrThirdParty) => consent switch
    {
        PhotoConsentOnRecord.Yes => RuleOutcome.Allowed,
        PhotoConsentOnRecord.Limited when !siteIsPublicOrThirdParty => RuleOutcome.Allowed,
        PhotoConsentOnRecord.Limited => RuleOutcome.Blocked("A.5.2",
            $"{pupilName} appears in a picture but has only limited photo consent (school community only), and this site is public. Remove the picture or publish on a site that is not public."),
        PhotoConsentOnRecord.No => RuleOutcome.Blocked("A.5.2",
            $"{pupilName} appears in a picture but their family has not given photo consent. Remove the picture before publishing."),
        _ => RuleOutcome.Blocked("A.5.2",
            $"{pupilName} appears in a picture but the school has no photo consent on record for them. Record their consent or remove the picture before publishing."),
    };
}
