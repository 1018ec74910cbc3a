using Signpost.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Signpost.BrowserTests.Features.Posts;

/// <summary>Issue 5's journey as real users walk it: a teacher writes a post, the deputy approves it (A.3.4), readers see it with the author's name and position (A.4.8).</summary>
public sealed class PostApprovalJourneyTests(BrowserFixture browser) : BrowserTest(browser)
{
    private ILocator Button(string name) => Page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true });

    [Fact]
    public async Task A_teacher_writes_a_post_the_deputy_approves_it_and_it_is_published()
    {
        await SignInAsync("teacher.y4");
        await Page.GotoAsync("/sites/year-4");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Write a post" }).ClickAsync();
        await Expect(Heading(Page, "Write a post")).ToBeVisibleAsync();
        await Page.AssertNoSeriousAxeViolationsAsync("the write-a-post form");

        // Submitting nothing is refused with messages linked to the fields.
        await Button("Submit for approval").ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Give the post a title.");

        await Page.GetByLabel("Title", new() { Exact = true }).FillAsync("Our Roman mosaics");
        await Page.GetByLabel("Text", new() { Exact = true }).FillAsync("Year 4 designed Roman mosaics this week.\n\nCome and see them in the hall after school on Friday.");
        await Button("Submit for approval").ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Submitted. The leadership team has been asked to approve it (A.3.4).");
        await Expect(Page.GetByText("Waiting for approval by the leadership team (A.3.4)")).ToBeVisibleAsync();
        await Page.AssertNoSeriousAxeViolationsAsync("the author's view of a submitted post");
        var postUrl = new Uri(Page.Url).AbsolutePath;

        await SignInAsync("deputy");
        await Page.GotoAsync("/home");
        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Approvals" }).ClickAsync();
        await Expect(Heading(Page, "Posts to approve")).ToBeVisibleAsync();
        await Page.AssertNoSeriousAxeViolationsAsync("the approvals page");
        var item = Page.GetByRole(AriaRole.Region, new() { Name = "Our Roman mosaics" });
        await Expect(item.GetByText("Tess Demo, Year 4 teacher")).ToBeVisibleAsync();
        await item.GetByLabel("Approve and publish now").CheckAsync();
        await item.GetByRole(AriaRole.Button, new() { Name = "Record the decision on “Our Roman mosaics”" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Approved and published.");
        await Expect(Page.GetByRole(AriaRole.Region, new() { Name = "Our Roman mosaics" })).ToHaveCountAsync(0);

        await SignInAsync("parent.1");
        await Page.GotoAsync("/sites/year-4");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Our Roman mosaics" }).ClickAsync();
        Assert.Equal(postUrl, new Uri(Page.Url).AbsolutePath);
        await Expect(Heading(Page, "Our Roman mosaics")).ToBeVisibleAsync();
        await Expect(Page.GetByText("By Tess Demo, Year 4 teacher")).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "House Rules" }).Last).ToBeVisibleAsync(); // A.4.1: on every page of the site
        await Expect(Page.GetByLabel("Your comment")).ToBeVisibleAsync(); // parent.1 is vetted on year-4 (A.2.6)
        await Page.AssertNoSeriousAxeViolationsAsync("a published post, as a parent");
    }
}
