using Signpost.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Signpost.BrowserTests.Features.Accounts;

public sealed class SignInTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public async Task The_headteacher_signs_in_with_username_and_password_and_reaches_their_home()
    {
        await Page.GotoAsync("/");
        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Main" })
            .GetByRole(AriaRole.Link, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await Expect(Heading(Page, "Sign in")).ToBeVisibleAsync();

        await Page.GetByLabel("Username").FillAsync("head");
        await Page.GetByLabel("Password", new() { Exact = true }).FillAsync(DemoPassword);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();

        await Expect(Heading(Page, "Headteacher's home")).ToBeVisibleAsync();
        await Expect(Page).ToHaveURLAsync(new Uri(Browser.App.BaseAddress, "/home").ToString());
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_wrong_password_shows_the_error_summary_as_an_alert_with_focus_on_it()
    {
        await Page.GotoAsync("/account/sign-in");
        await Page.GetByLabel("Username").FillAsync("deputy");
        await Page.GetByLabel("Password", new() { Exact = true }).FillAsync("Not-The-Password-1");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();

        var alert = Page.GetByRole(AriaRole.Alert);
        await Expect(alert).ToBeVisibleAsync();
        await Expect(alert.GetByRole(AriaRole.Heading, new() { Name = "There is a problem" })).ToBeVisibleAsync();
        await Expect(alert).ToBeFocusedAsync();
        await Expect(Heading(Page, "Sign in")).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToHaveCountAsync(0);
        await Expect(Page.GetByLabel("Password", new() { Exact = true })).ToBeEmptyAsync();
    }
}
