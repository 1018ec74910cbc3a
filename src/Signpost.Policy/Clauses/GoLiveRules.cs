namespace Signpost.Policy.Clauses;

/// <summary>What the go-live rules read about a site.</summary>
public sealed record GoLiveFacts(
    bool Approved,
    int CurrentStaffAdministrators,
    int OtherAdministrators,
    bool HasTermsOfUse,
    bool HasHouseRules,
    bool SchoolHasWebsite,
    bool IsThirdParty,
    int? ProviderMinimumAge,
    bool PupilsContribute,
    IReadOnlyList<int> AudienceYears,
    bool IsPublic);

/// <summary>A site cannot go live with fewer than two administrators, so it is covered in absence (A.5.4).</summary>
[Clause("A.5.4", "At least two approved administrators per site")]
public static class TwoOrMoreAdministrators
{
    public static RuleOutcome Check(GoLiveFacts f) =>
        f.CurrentStaffAdministrators >= 2 ? RuleOutcome.Allowed
            : RuleOutcome.Blocked("A.5.4", $"A site needs at least two administrators who are current staff; it has {f.CurrentStaffAdministrators}.");
}

/// <summary>Administrators and moderators are employees or people the school has authorised — never pupils or parents (A.3.1).</summary>
[Clause("A.3.1", "Administrators are employees or authorised people")]
public static class AdministratorsAreStaff
{
    public static RuleOutcome Check(GoLiveFacts f) =>
        f.OtherAdministrators == 0 ? RuleOutcome.Allowed
            : RuleOutcome.Blocked("A.3.1", "Only current staff or people the school has authorised can be administrators. Remove the others.");
}

/// <summary>Every site publishes Terms of Use and House Rules before it goes live, linked from every page (A.4.1).</summary>
[Clause("A.4.1", "Published Terms of Use and House Rules")]
public static class TermsAndHouseRulesPublished
{
    public static RuleOutcome Check(GoLiveFacts f) =>
        !f.HasTermsOfUse ? RuleOutcome.Blocked("A.4.1", "Write the site's Terms of Use before it goes live.")
        : !f.HasHouseRules ? RuleOutcome.Blocked("A.4.1", "Write the site's House Rules before it goes live.")
        : RuleOutcome.Allowed;
}

/// <summary>Every hosted site shows the school logo linking back to the school website (A.4.7).</summary>
[Clause("A.4.7", "School logo on every hosted site, linking to the school website")]
public static class SchoolLogoLinksToWebsite
{
    public static RuleOutcome Check(GoLiveFacts f) =>
        f.IsThirdParty || f.SchoolHasWebsite ? RuleOutcome.Allowed
            : RuleOutcome.Blocked("A.4.7", "The school's website address is missing, so the logo cannot link back to it. Add it in School settings.");
}

/// <summary>
/// Pupils never take part on a third-party service younger than its terms allow (7.3, A.2.5). The youngest pupil in
/// year group N is N + 4 years old (Reception is 0).
/// </summary>
[Clause("7.3", "Respect providers' terms, especially minimum age")]
[Clause("A.2.5", "Respect host minimum ages")]
public static class ProviderMinimumAgeRespected
{
    public static int YoungestAge(int yearGroup) => yearGroup + 4;

    public static RuleOutcome Check(GoLiveFacts f)
    {
        if (!f.IsThirdParty || !f.PupilsContribute || f.ProviderMinimumAge is not { } min)
        {
            return RuleOutcome.Allowed;
        }

        var under = f.AudienceYears.Where(y => YoungestAge(y) < min).ToList();
        return under.Count == 0 ? RuleOutcome.Allowed
            : RuleOutcome.Blocked("7.3", $"Pupils in {string.Join(", ", under.Select(y => y == 0 ? "Reception" : $"Year {y}"))} are under the service's minimum age of {min}, so they cannot take part there (7.3, A.2.5).");
    }
}

/// <summary>A site where pupils contribute has the strongest privacy: never public to anonymous visitors (A.5.2).</summary>
[Clause("A.5.2", "Pupil sites have the strongest privacy")]
public static class PupilSitesAreNeverPublic
{
    public static RuleOutcome Check(GoLiveFacts f) =>
        f.PupilsContribute && f.IsPublic
            ? RuleOutcome.Blocked("A.5.2", "Pupils write on this site, so it cannot be public. Choose parents and school, school only or class only.")
            : RuleOutcome.Allowed;
}

/// <summary>The go-live rules in their documented order; every refusal is reported, each with its clause.</summary>
public static class GoLiveRules
{
    public static IReadOnlyList<BlockedOutcome> Refusals(GoLiveFacts f) =>
        new[]
        {
            HeadteacherApprovesSites.MayGoLive(f.Approved),
            TwoOrMoreAdministrators.Check(f),
            AdministratorsAreStaff.Check(f),
            TermsAndHouseRulesPublished.Check(f),
            SchoolLogoLinksToWebsite.Check(f),
            ProviderMinimumAgeRespected.Check(f),
            PupilSitesAreNeverPublic.Check(f),
        }.OfType<BlockedOutcome>().ToList();
}
