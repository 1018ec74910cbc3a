namespace Signpost.Policy.Clauses;

/// <summary>The facts of a site proposal that the rules read (plain values, no database types).</summary>
public sealed record ProposalFacts(
    bool IsThirdParty,
    string? Purpose,
    string? Reason,
    IReadOnlyList<int> AudienceYears,
    bool AudienceParents,
    bool AudienceStaff,
    bool AudiencePublic,
    bool PupilsContribute,
    string? ProviderName,
    int? ProviderMinimumAge,
    decimal? HoursPerWeek,
    string? Maintainers,
    bool HasResourcer,
    DateOnly? StartDate,
    DateOnly? EndDate,
    string? ExitPlan,
    string? SuccessMeasures,
    int ProposedAdministrators,
    string? InterventionPlan,
    IReadOnlyCollection<string> GoodPracticeChecked);

/// <summary>One thing a proposal still lacks, the clause that asks for it, and how to put it right.</summary>
public sealed record MissingField(string Field, string Clause, string Message);

/// <summary>
/// A proposal can be saved as a draft at any time, but it can only be submitted when it says everything Appendix A
/// asks the school to consider: why (7.2, A.1.2), for whom and with what interaction (A.1.3), at what cost in time
/// (A.1.4), for how long and how it ends (A.1.6), how success will be judged (A.1.7), who runs it (A.5.4) and, for a
/// site on another company's service, how the school will step in (A.5.5) and the good-practice checklist (A.2.4).
/// </summary>
[Clause("7.2", "A strong pedagogical or business reason")]
[Clause("A.1.2", "Purpose considered")]
[Clause("A.1.4", "Time commitment considered")]
[Clause("A.1.6", "Exit strategy and planned lifetime")]
[Clause("A.1.7", "How success will be evaluated")]
[Clause("A.5.5", "Intervention plan for third-party sites")]
[Clause("A.2.4", "Good practice guidance for third-party sites")]
public static class ProposalIsComplete
{
    /// <summary>The Home Office 2008 good-practice checklist items a third-party proposal must confirm (A.2.4).</summary>
    public static readonly IReadOnlyDictionary<string, string> GoodPracticeItems = new Dictionary<string, string>
    {
        ["privacy-settings"] = "Privacy settings set to the strictest level the service allows",
        ["no-personal-details"] = "No personal details of pupils or staff will be published",
        ["report-abuse"] = "Everyone knows how to report abuse on the service",
        ["moderation"] = "Content is moderated before or promptly after it appears",
        ["terms-read"] = "The service's terms, including its minimum age, have been read",
    };

    public const int MinimumTextLength = 20;

    public static IReadOnlyList<MissingField> Check(ProposalFacts p)
    {
        var missing = new List<MissingField>();
        void Need(bool ok, string field, string clause, string message)
        {
            if (!ok)
            {
                missing.Add(new MissingField(field, clause, message));
            }
        }

        Need(Long(p.Purpose), "purpose", "A.1.2", "Say what the site is for, in a sentence or two (A.1.2).");
        Need(Long(p.Reason), "reason", "7.2", "Give the pedagogical or business reason: sites are not made for trivial reasons (7.2).");
        Need(p.AudienceYears.Count > 0 || p.AudienceParents || p.AudienceStaff || p.AudiencePublic, "audience", "A.1.3",
            "Choose the audience: which year groups, parents, staff or the public (A.1.3).");
        Need(p.HoursPerWeek is > 0 and <= 40, "hoursPerWeek", "A.1.4", "Say how many hours a week keeping the site going will take (A.1.4).");
        Need(!string.IsNullOrWhiteSpace(p.Maintainers), "maintainers", "A.1.4", "Name who will maintain the site (A.1.4).");
        Need(p.HasResourcer, "resourcedBy", "A.1.5", "Choose the Assistant Head who will make sure it has the resources it needs (A.1.5).");
        Need(p.StartDate is not null, "startDate", "A.1.6", "Give the start date (A.1.6).");
        Need(p.EndDate is not null, "endDate", "A.1.6", "Give the planned end date: every site has a planned lifetime (A.1.6).");
        if (p.StartDate is { } s && p.EndDate is { } e && e <= s)
        {
            missing.Add(new MissingField("endDate", "A.1.6", "The end date must be after the start date (A.1.6)."));
        }

        Need(!string.IsNullOrWhiteSpace(p.ExitPlan), "exitPlan", "A.1.6", "Choose what happens at the end: archive, delete or hand over (A.1.6).");
        Need(Long(p.SuccessMeasures), "successMeasures", "A.1.7", "Say how you will judge whether the site succeeded (A.1.7).");
        Need(p.ProposedAdministrators >= 2, "administrators", "A.5.4", "Propose at least two administrators, so the site is covered when one is away (A.5.4).");
        if (p.IsThirdParty)
        {
            Need(!string.IsNullOrWhiteSpace(p.ProviderName), "providerName", "7.3", "Name the service the site will be on (7.3).");
            Need(p.ProviderMinimumAge is >= 0 and <= 21, "providerMinimumAge", "7.3", "Give the service's minimum age from its terms (7.3, A.2.5).");
            Need(Long(p.InterventionPlan), "interventionPlan", "A.5.5", "Say how the school will step in if something goes wrong: the service's owner intervenes first, the staff must plan more (A.5.5).");
            foreach (var item in GoodPracticeItems.Keys.Where(k => !p.GoodPracticeChecked.Contains(k)))
            {
                missing.Add(new MissingField("goodPractice", "A.2.4", $"Confirm the good-practice item: {GoodPracticeItems[item]} (A.2.4)."));
            }
        }

        return missing;
    }

    private static bool Long(string? s) => s is not null && s.Trim().Length >= MinimumTextLength;
}
