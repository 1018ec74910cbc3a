using System.Net;
using Signpost.IntegrationTests.Infrastructure;

namespace Signpost.IntegrationTests.Features;

/// <summary>The proposal journey through the pages, as staff use it: forms with antiforgery tokens, no JavaScript.</summary>
public abstract class ProposalPagesTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : SignpostFactory
{
    private static List<KeyValuePair<string, string>> Form(string name, bool complete)
    {
        var f = new List<KeyValuePair<string, string>> { new("Input.Name", name), new("Input.Kind", "project-blog") };
        if (complete)
        {
            f.AddRange([
                new("Input.Purpose", "Share the chess club's games and puzzles with families."),
                new("Input.Reason", "Pupils explain their thinking in writing for a real audience."),
                new("Input.AudienceYears", "5"), new("Input.AudienceYears", "6"), new("Input.AudienceParents", "true"),
                new("Input.PupilsMayComment", "true"), new("Input.HoursPerWeek", "1.5"), new("Input.Maintainers", "Chess club leaders"),
                new("Input.ResourcedBy", "assistant.head"), new("Input.Administrators", "teacher.y5"), new("Input.Administrators", "teacher.y6"),
                new("Input.StartDate", "2027-01-05"), new("Input.EndDate", "2027-07-20"), new("Input.ExitPlan", "archive"),
                new("Input.SuccessMeasures", "A puzzle a week and twenty families taking part by Easter."),
            ]);
        }

        return f;
    }

    [Fact]
    public async Task Staff_propose_review_decide_and_take_a_site_live_through_the_pages()
    {
        var teacher = app.Browser();
        await teacher.SignInOkAsync("teacher.y5");
        var created = await teacher.SubmitAsync("/sites/propose", Form("Chess club blog", complete: false));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var url = created.Headers.Location!.OriginalString;
        var proposalUrl = url[..url.IndexOf('?', StringComparison.Ordinal)];

        // Incomplete: submitting is refused, and the page says which clause each missing answer serves.
        var refused = await teacher.SubmitAsync(proposalUrl, Form("Chess club blog", complete: false), proposalUrl + "?handler=Submit");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var refusedText = Http.Text(await refused.Content.ReadAsStringAsync());
        Assert.Contains("There is a problem", refusedText);
        Assert.Contains("(A.1.2)", refusedText);
        Assert.Contains("(A.1.7)", refusedText);

        var submitted = await teacher.SubmitAsync(proposalUrl, Form("Chess club blog", complete: true), proposalUrl + "?handler=Submit");
        Assert.Contains("Submitted. The leadership team will review it.", Http.Text(await submitted.Content.ReadAsStringAsync()));

        var deputy = app.Browser();
        await deputy.SignInOkAsync("deputy");
        Assert.Contains("Waiting for the leadership team", Http.Text(await deputy.GetPageAsync("/sites/proposals")));
        var reviewed = await deputy.SubmitAsync(proposalUrl, [new("notes", "Years 5-6 and parents; pupils comment, moderated.")], proposalUrl + "?handler=Review");
        Assert.Contains("Review recorded", Http.Text(await reviewed.Content.ReadAsStringAsync()));

        var head = app.Browser();
        await head.SignInOkAsync("head");
        var decided = await head.SubmitAsync(proposalUrl, [new("decision", "approve"), new("reasons", "")], proposalUrl + "?handler=Decide");
        Assert.Contains("Decision recorded", Http.Text(await decided.Content.ReadAsStringAsync()));

        var live = await teacher.SubmitAsync(proposalUrl, [], proposalUrl + "?handler=GoLive");
        var liveText = Http.Text(await live.Content.ReadAsStringAsync());
        Assert.Contains("The site is live.", liveText);
        Assert.Contains("Status: live", liveText);
    }

    [Fact]
    public async Task The_register_lists_official_third_party_accounts_with_their_minimum_age_and_administrators()
    {
        var browser = app.Browser();
        await browser.SignInOkAsync("teacher.y2");
        var text = Http.Text(await browser.GetPageAsync("/sites/accounts"));
        Assert.Contains("The school's X account", text);
        Assert.Contains("X (Twitter)", text);
        Assert.Contains("13", text);
        Assert.Contains("David Example", text);
        Assert.DoesNotContain("Year 4 blog", text);
    }

    [Fact]
    public async Task Pupils_and_parents_cannot_open_the_proposal_pages()
    {
        foreach (var who in new[] { "y4.pupil4", "parent.1" })
        {
            var browser = app.Browser();
            await browser.SignInOkAsync(who);
            foreach (var page in new[] { "/sites/propose", "/sites/proposals", "/sites/accounts", "/sites/science-club/proposal" })
            {
                var r = await browser.GetAsync(page);
                Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
                Assert.Contains("/account/denied", r.Headers.Location?.ToString());
            }
        }
    }
}

public sealed class ProposalPagesTests_Sqlite(SqliteFactory app) : ProposalPagesTests<SqliteFactory>(app);

[Collection("postgres")]
public sealed class ProposalPagesTests_Postgres(PostgresFactory app) : ProposalPagesTests<PostgresFactory>(app);
