using Signpost.Policy.Clauses;

namespace Signpost.Policy.Tests;

public class PicturesOnlyWhereTheSiteAllowsTests
{
    [Theory(DisplayName = "A.5.1: who may add pictures where")]
    [InlineData(true, false, true, false, null)]
    [InlineData(true, false, false, true, "A.5.1")]
    [InlineData(false, true, true, true, null)]
    [InlineData(false, true, true, false, "A.5.1")]
    [InlineData(false, false, true, true, "A.5.1")]
    public void Staff_anywhere_live_pupils_only_where_allowed_parents_never(bool staff, bool pupil, bool live, bool pupilImages, string? clause)
    {
        var outcome = PicturesOnlyWhereTheSiteAllows.Check(new ImageUploadFacts(staff, pupil, live, pupilImages));
        Assert.Equal(clause, (outcome as BlockedOutcome)?.Clause);
    }
}

public class PupilsInPicturesHaveConsentTests
{
    [Theory(DisplayName = "A.5.2: consent needed for each pupil in a picture")]
    [InlineData(PhotoConsentOnRecord.Yes, true, true)]
    [InlineData(PhotoConsentOnRecord.Yes, false, true)]
    [InlineData(PhotoConsentOnRecord.Limited, false, true)]
    [InlineData(PhotoConsentOnRecord.Limited, true, false)]
    [InlineData(PhotoConsentOnRecord.No, false, false)]
    [InlineData(PhotoConsentOnRecord.Missing, false, false)]
    public void Consent_decides(PhotoConsentOnRecord consent, bool publicSite, bool allowed)
    {
        var outcome = PupilsInPicturesHaveConsent.Check("Ada", consent, publicSite);
        Assert.Equal(allowed, outcome.IsAllowed);
        if (!allowed)
        {
            var blocked = Assert.IsType<BlockedOutcome>(outcome);
            Assert.Equal("A.5.2", blocked.Clause);
            Assert.Contains("Ada", blocked.Reason, StringComparison.Ordinal);
        }
    }
}
