using Signpost.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Signpost.BrowserTests.Features.Sites;

/// <summary>Issue 4's journey as real users walk it: a teacher proposes, the deputy reviews, the Headteacher approves, the teacher takes it live.</summary>
public sealed class ProposalJourneyTests(BrowserFixture browser) : BrowserTest(browser)
{
    private ILocator Label(string text) => Page.GetByLabel(text, new() { Exact = true });

    private ILocator Button(string name) => Page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true });

    [Fact]
    public async Task A_teacher_proposes_a_site_that_the_deputy_reviews_the_head_approves_and_the_teacher_takes_live()
    {
        await SignInAsync("teacher.y5");
        await Page.GotoAsync("/home");
        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Site proposals" }).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Propose a site" }).ClickAsync();
        await Expect(Heading(Page, "Propose a site")).ToBeVisibleAsync();
        await Page.AssertNoSeriousAxeViolationsAsync("the proposal form");

        await Label("Name of the site").FillAsync("Astronomy club blog");
        await Button("Save draft").ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Draft saved.");
        var slug = new Uri(Page.Url).AbsolutePath.Split('/')[2];

        // The page lists, by clause, what the proposal still needs before it can be submitted.
        await Expect(Page.GetByText("Say how you will judge whether the site succeeded (A.1.7).")).ToBeVisibleAsync();

        await Label("What is it for? (A.1.2)").FillAsync("Share the astronomy club's night-sky observations with families.");
        await Label("The pedagogical or business reason (7.2)").FillAsync("Pupils record observations and explain them to a real audience.");
        await Label("Year 5").CheckAsync();
        await Label("Year 6").CheckAsync();
        await Label("Parents and carers").CheckAsync();
        await Label("Pupils may comment").CheckAsync();
        await Label("Hours a week to keep it going").FillAsync("1");
        await Label("Who will maintain it").FillAsync("Astronomy club leaders");
        await Label("Assistant Head who resources it (A.1.5)").SelectOptionAsync(new SelectOptionValue { Label = "Asha Example, Assistant Headteacher" });
        await Label("Toby Demo, Year 5 teacher").CheckAsync();
        await Label("Tia Demo, Year 6 teacher").CheckAsync();
        await Label("Start date").FillAsync("2027-01-05");
        await Label("Planned end date (A.1.6)").FillAsync("2027-07-20");
        await Label("Archive it, read-only").CheckAsync();
        await Label("How will you judge its success? (A.1.7)").FillAsync("A post after every club night and twenty families reading by Easter.");
        await Button("Save and submit for review").ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Submitted.");

        await SignInAsync("deputy");
        await Page.GotoAsync("/sites/proposals");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Astronomy club blog" }).ClickAsync();
        await Page.AssertNoSeriousAxeViolationsAsync("a submitted proposal, for review");
        await Label("What the leadership team agreed about the audience and level of interaction").FillAsync("Years 5-6 and parents; pupils comment, moderated.");
        await Button("Record the review").ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Review recorded");

        await SignInAsync("head");
        await Page.GotoAsync($"/sites/{slug}/proposal");
        await Label("Approve").CheckAsync();
        await Button("Record the decision").ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Decision recorded.");

        await SignInAsync("teacher.y5");
        await Page.GotoAsync($"/sites/{slug}/proposal");
        await Expect(Page.GetByText("Everything the policy asks is in place.")).ToBeVisibleAsync();
        await Button("Go live").ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("The site is live.");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Open the site" }).ClickAsync();
        await Expect(Heading(Page, "Astronomy club blog")).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "House Rules" })).ToBeVisibleAsync();
        await Page.AssertNoSeriousAxeViolationsAsync("the new site's home page");
    }
}
