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
    /// <summary>
    /// Issue 7's keyboard-only pass through approval: Tab, Shift+Tab, typing, Space and Enter, never a click, with focus
    /// visible at every stop (WCAG 2.2: 2.1.1 Keyboard, 2.4.3 Focus Order, 2.4.7 Focus Visible, 2.4.11 Focus Not Obscured).
    /// The teacher writes and submits; the deputy, leadership but not the author, approves (A.3.4); it is published.
    /// </summary>
    [Fact]
    public async Task A_teacher_submits_and_the_deputy_approves_a_post_with_the_keyboard_alone_and_focus_always_shows()
    {
        var title = "Longship race " + Guid.NewGuid().ToString("N")[..6];
        var main = Page.GetByRole(AriaRole.Main);
        await SignInWithKeysAsync("teacher.y4");

        await Page.GotoAsync("/sites/year-4");
        await Page.TabVisiblyToAsync(main.GetByRole(AriaRole.Link, new() { Name = "Write a post" }));
        await Page.Keyboard.PressAsync("Enter");
        await Expect(Heading(Page, "Write a post")).ToBeVisibleAsync();

        // The form reads in order: title, text, save, submit; Shift+Tab goes back the same way.
        await Page.TabVisiblyToAsync(Page.GetByLabel("Title", new() { Exact = true }));
        await Page.Keyboard.TypeAsync(title);
        await Page.Keyboard.PressAsync("Tab");
        await Expect(Page.GetByLabel("Text", new() { Exact = true })).ToBeFocusedAsync();
        Assert.Null(await Page.FocusProblemAsync());
        await Page.Keyboard.TypeAsync("Year 4 raced the longships they built across the pond.");
        await Page.Keyboard.PressAsync("Enter");
        await Page.Keyboard.PressAsync("Enter"); // Enter in a text box is a new line, never a submit
        await Page.Keyboard.TypeAsync("Photos next week.");
        await Page.Keyboard.PressAsync("Shift+Tab");
        await Expect(Page.GetByLabel("Title", new() { Exact = true })).ToBeFocusedAsync();
        await Page.TabVisiblyToAsync(Button("Save draft"));
        await Page.Keyboard.PressAsync("Tab");
        await Expect(Button("Submit for approval")).ToBeFocusedAsync();
        Assert.Null(await Page.FocusProblemAsync());
        await Page.Keyboard.PressAsync("Enter");
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Submitted. The leadership team has been asked to approve it (A.3.4).");
        var postUrl = new Uri(Page.Url).AbsolutePath;

        await Page.TabVisiblyToAsync(Page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }), maxPresses: 80);
        await Page.Keyboard.PressAsync("Enter");
        await Expect(Page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Sign in", Exact = true })).ToBeVisibleAsync();

        await SignInWithKeysAsync("deputy");
        await Page.TabVisiblyToAsync(Page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Approvals" }));
        await Page.Keyboard.PressAsync("Enter");
        await Expect(Heading(Page, "Posts to approve")).ToBeVisibleAsync();
        var item = Page.GetByRole(AriaRole.Region, new() { Name = title });
        await Expect(item.GetByText("Tess Demo, Year 4 teacher")).ToBeVisibleAsync();

        // The skip link first, then into the page: Tab enters the decision's radio group at the chosen radio.
        await Page.Keyboard.PressAsync("Tab");
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Skip to main content" })).ToBeFocusedAsync();
        Assert.Null(await Page.FocusProblemAsync());
        await Page.Keyboard.PressAsync("Enter");
        var publishNow = item.GetByRole(AriaRole.Radio, new() { Name = "Approve and publish now" });
        await Page.TabVisiblyToAsync(publishNow, maxPresses: 200);
        await Page.Keyboard.PressAsync("ArrowDown"); // arrow keys move the choice within the group...
        await Expect(item.GetByRole(AriaRole.Radio, new() { Name = "Approve and publish at a time I choose" })).ToBeCheckedAsync();
        await Page.Keyboard.PressAsync("ArrowUp"); // ...and back
        await Expect(publishNow).ToBeCheckedAsync();
        await Expect(publishNow).ToBeFocusedAsync();
        await Page.Keyboard.PressAsync("Space");
        await Expect(publishNow).ToBeCheckedAsync();
        await Page.TabVisiblyToAsync(item.GetByRole(AriaRole.Button, new() { Name = $"Record the decision on “{title}”" }));
        await Page.Keyboard.PressAsync("Enter");
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Approved and published.");
        await Expect(Page.GetByRole(AriaRole.Region, new() { Name = title })).ToHaveCountAsync(0);

        // Published: on the blog's page, and its own page no longer waits for anyone.
        await Page.GotoAsync("/sites/year-4");
        await Page.TabVisiblyToAsync(main.GetByRole(AriaRole.Link, new() { Name = title }), maxPresses: 120);
        await Page.Keyboard.PressAsync("Enter");
        await Expect(Heading(Page, title)).ToBeVisibleAsync();
        Assert.Equal(postUrl, new Uri(Page.Url).AbsolutePath);
        await Expect(Page.GetByText("By Tess Demo, Year 4 teacher")).ToBeVisibleAsync();
        await Expect(Page.GetByText("Waiting for approval")).ToHaveCountAsync(0);
    }

    /// <summary>Signs in from the public home page with Tab, typing and Enter, checking focus shows at every stop.</summary>
    private async Task SignInWithKeysAsync(string username)
    {
        await Page.GotoAsync("/");
        await Page.TabVisiblyToAsync(Page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Sign in", Exact = true }));
        await Page.Keyboard.PressAsync("Enter");
        await Expect(Heading(Page, "Sign in")).ToBeVisibleAsync();
        await Page.TabVisiblyToAsync(Page.GetByLabel("Username"));
        await Page.Keyboard.TypeAsync(username);
        await Page.Keyboard.PressAsync("Tab");
        await Expect(Page.GetByLabel("Password", new() { Exact = true })).ToBeFocusedAsync();
        Assert.Null(await Page.FocusProblemAsync());
        await Page.Keyboard.TypeAsync(DemoPassword);
        await Page.Keyboard.PressAsync("Enter");
        await Expect(Page).ToHaveURLAsync(new Uri(Browser.App.BaseAddress, "/home").ToString());
    }
}
