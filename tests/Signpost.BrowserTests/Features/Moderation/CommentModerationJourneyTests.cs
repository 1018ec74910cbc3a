using Signpost.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Signpost.BrowserTests.Features.Moderation;

/// <summary>Issue 5's journey: a pupil comments, nobody else sees it until the moderator (the ICT leader) approves it, then everyone who reads the blog does (A.5.3).</summary>
public sealed class CommentModerationJourneyTests(BrowserFixture browser) : BrowserTest(browser)
{
    private const string Post = "/sites/year-4/posts/viking-longships";

    private ILocator Button(string name) => Page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true });

    [Fact]
    public async Task A_pupils_comment_waits_for_the_moderator_and_is_visible_once_approved()
    {
        var text = "Could we sail our longships on the pond next week?";

        // Ada writes a comment on her year's blog and is told, in plain words, that a teacher reads it first.
        await SignInAsync("y4.pupil1");
        await Page.GotoAsync(Post);
        await Page.GetByLabel("Your comment", new() { Exact = true }).FillAsync(text);
        await Button("Post comment").ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("A teacher will read your comment before anyone else can see it");
        await Expect(Page.GetByText(text)).ToHaveCountAsync(0);

        // Ben, in the same class, does not see it yet.
        await SignInAsync("y4.pupil2");
        await Page.GotoAsync(Post);
        await Expect(Page.GetByText(text)).ToHaveCountAsync(0);

        // The ICT leader moderates it from the queue.
        await SignInAsync("ict.lead");
        await Page.GotoAsync("/home");
        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Moderation" }).ClickAsync();
        await Expect(Heading(Page, "Moderation")).ToBeVisibleAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Comment by Ada (pupil) on Year 4 blog" }).ClickAsync();
        await Expect(Page.GetByText(text).First).ToBeVisibleAsync(); // as written, and again in the edit box
        await Page.AssertNoSeriousAxeViolationsAsync("a moderation item");
        await Button("Approve and publish").ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Approved and published.");

        // Now Ben sees it on the post, and Ada is told on her home page.
        await SignInAsync("y4.pupil2");
        await Page.GotoAsync(Post);
        await Expect(Page.GetByText(text)).ToBeVisibleAsync();
        await SignInAsync("y4.pupil1");
        await Page.GotoAsync("/home");
        await Expect(Page.GetByText("Good news! A teacher read your comment on Year 4 blog and put it on the blog.", new() { Exact = true })).ToBeVisibleAsync();
    }
}
