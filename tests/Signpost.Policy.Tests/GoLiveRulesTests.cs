using Signpost.Policy.Clauses;

namespace Signpost.Policy.Tests;

public class GoLiveRulesTests
{
    private static readonly GoLiveFacts Ready = new(Approved: true, CurrentStaffAdministrators: 2, OtherAdministrators: 0, HasTermsOfUse: true,
        HasHouseRules: true, SchoolHasWebsite: true, IsThirdParty: false, ProviderMinimumAge: null, PupilsContribute: true, AudienceYears: [4], IsPublic: false);

    [Fact]
    public void A_ready_site_has_no_refusals() => Assert.Empty(GoLiveRules.Refusals(Ready));

    public static TheoryData<string, GoLiveFacts> Broken() => new()
    {
        { "A.3.2", Ready with { Approved = false } },
        { "A.5.4", Ready with { CurrentStaffAdministrators = 1 } },
        { "A.3.1", Ready with { OtherAdministrators = 1 } },
        { "A.4.1", Ready with { HasHouseRules = false } },
        { "A.4.1", Ready with { HasTermsOfUse = false } },
        { "A.4.7", Ready with { SchoolHasWebsite = false } },
        { "7.3", Ready with { IsThirdParty = true, ProviderMinimumAge = 13, AudienceYears = [6] } },
        { "7.3", Ready with { IsThirdParty = true, ProviderMinimumAge = 9, AudienceYears = [4, 5] } },
        { "A.5.2", Ready with { IsPublic = true } },
    };

    [Theory(DisplayName = "go-live refusal")]
    [MemberData(nameof(Broken))]
    public void Each_broken_rule_is_refused_citing_its_clause(string clause, GoLiveFacts facts)
    {
        var refusal = Assert.Single(GoLiveRules.Refusals(facts));
        Assert.Equal(clause, refusal.Clause);
    }

    [Fact]
    public void Pupils_old_enough_for_the_service_may_take_part_7_3() =>
        Assert.Empty(GoLiveRules.Refusals(Ready with { IsThirdParty = true, ProviderMinimumAge = 8, AudienceYears = [4, 5, 6] }));

    [Fact]
    public void A_third_party_site_without_pupil_contributions_has_no_age_limit_7_3() =>
        Assert.Empty(GoLiveRules.Refusals(Ready with { IsThirdParty = true, ProviderMinimumAge = 13, PupilsContribute = false, IsPublic = true }));

    [Fact]
    public void Several_broken_rules_are_all_reported() =>
        Assert.Equal(["A.5.4", "A.4.1"], GoLiveRules.Refusals(Ready with { CurrentStaffAdministrators = 0, HasHouseRules = false }).Select(r => r.Clause));
}
