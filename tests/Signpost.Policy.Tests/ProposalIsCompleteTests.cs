using Signpost.Policy.Clauses;

namespace Signpost.Policy.Tests;

public class ProposalIsCompleteTests
{
    private static readonly ProposalFacts Complete = new(false, "Share the eco council's projects with families.", "Pupils practise persuasive writing for real readers.",
        [5, 6], true, false, false, true, null, null, 2, "Year 5 team", true, new DateOnly(2027, 1, 5), new DateOnly(2027, 7, 20), "Archive",
        "A post a week and twenty families commenting by Easter.", 2, null, []);

    [Fact]
    public void A_complete_proposal_lacks_nothing() => Assert.Empty(ProposalIsComplete.Check(Complete));

    [Theory(DisplayName = "missing proposal field")]
    [InlineData("purpose", "A.1.2")]
    [InlineData("reason", "7.2")]
    [InlineData("successMeasures", "A.1.7")]
    [InlineData("administrators", "A.5.4")]
    [InlineData("endDate", "A.1.6")]
    [InlineData("hoursPerWeek", "A.1.4")]
    public void Each_missing_field_names_its_clause(string field, string clause)
    {
        var facts = field switch
        {
            "purpose" => Complete with { Purpose = "fun" },
            "reason" => Complete with { Reason = null },
            "successMeasures" => Complete with { SuccessMeasures = " " },
            "administrators" => Complete with { ProposedAdministrators = 1 },
            "endDate" => Complete with { EndDate = new DateOnly(2026, 1, 1) },
            _ => Complete with { HoursPerWeek = 0 },
        };
        var missing = Assert.Single(ProposalIsComplete.Check(facts));
        Assert.Equal((field, clause), (missing.Field, missing.Clause));
    }

    [Fact]
    public void A_third_party_proposal_also_needs_provider_intervention_plan_and_checklist()
    {
        var missing = ProposalIsComplete.Check(Complete with { IsThirdParty = true });
        Assert.Contains(missing, m => m.Clause == "A.5.5");
        Assert.Contains(missing, m => m.Field == "providerMinimumAge");
        Assert.Equal(ProposalIsComplete.GoodPracticeItems.Count, missing.Count(m => m.Clause == "A.2.4"));
    }
}
