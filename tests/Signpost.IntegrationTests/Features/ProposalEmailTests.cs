using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Signpost.IntegrationTests.Infrastructure;

namespace Signpost.IntegrationTests.Features;

/// <summary>The people who must act next on a proposal are told by real email (SMTP on loopback).</summary>
public abstract class ProposalEmailTests<TFactory>(TFactory app, TestMailServer mail) : IClassFixture<TFactory>
    where TFactory : SignpostFactory
{
    private async Task<HttpClient> As(string username) => app.CreateClient().WithBearer(await app.CreateClient().ApiTokenAsync(username));

    [Fact]
    public async Task Leadership_then_the_headteacher_then_the_proposer_are_emailed_as_the_proposal_moves()
    {
        var teacher = await As("teacher.y4");
        var body = new Dictionary<string, object?>
        {
            ["name"] = "Reading buddies blog", ["purpose"] = "Year 4 and Reception reading buddies share the books they read together.",
            ["reason"] = "Older pupils model reading aloud and write short reviews for families.", ["audienceYears"] = new[] { 0, 4 },
            ["audienceParents"] = true, ["hoursPerWeek"] = 1, ["maintainers"] = "Year 4 team", ["resourcedBy"] = "assistant.head",
            ["startDate"] = "2027-01-05", ["endDate"] = "2027-07-20", ["exitPlan"] = "archive",
            ["successMeasures"] = "Every buddy pair posts one review by half term.", ["administrators"] = new[] { "teacher.y4", "ta.1" },
        };
        var created = JsonDocument.Parse(await (await teacher.PostAsJsonAsync("/api/sites", body)).Content.ReadAsStringAsync()).RootElement;
        var slug = created.GetProperty("slug").GetString();
        Assert.Equal(HttpStatusCode.OK, (await teacher.PostAsync($"/api/sites/{slug}/submit", null)).StatusCode);

        var toDeputy = await mail.ToAsync("deputy@holbrook-primary.example");
        var review = Assert.Single(toDeputy, m => m.Subject?.Contains("Reading buddies blog", StringComparison.Ordinal) == true);
        Assert.Contains($"/sites/{slug}/proposal", review.TextBody);
        Assert.Contains("A.1.3", review.TextBody);
        Assert.DoesNotContain(mail.Messages, m => m.To.Mailboxes.Any(b => b.Address == "teacher.y4@holbrook-primary.example"));

        await (await As("deputy")).PostAsJsonAsync($"/api/sites/{slug}/review", new { notes = "Reception and Year 4 families; staff-only posting." });
        var decide = await mail.ToAsync("head@holbrook-primary.example");
        Assert.Contains(decide, m => m.Subject?.Contains("ready for your decision", StringComparison.Ordinal) == true);

        await (await As("head")).PostAsJsonAsync($"/api/sites/{slug}/decision", new { action = "send-back", reasons = "Add how Reception pupils' names are kept private." });
        var told = await mail.ToAsync("teacher.y4@holbrook-primary.example");
        var sentBack = Assert.Single(told);
        Assert.Contains("sent back", sentBack.Subject);
        Assert.Contains("Reception pupils' names", sentBack.TextBody);
    }
}

public sealed class ProposalEmailTests_Sqlite(MailSqliteFactory app) : ProposalEmailTests<MailSqliteFactory>(app, app.Mail);

[Collection("postgres")]
public sealed class ProposalEmailTests_Postgres(MailPostgresFactory app) : ProposalEmailTests<MailPostgresFactory>(app, app.Mail);
