using Signpost.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Signpost.BrowserTests.Features.Accounts;

public sealed class PupilSignInTests(BrowserFixture browser) : BrowserTest(browser)
{
    private static readonly (string Group, string Picture)[] AdasPictures =
        [("First picture", "Cat"), ("Second picture", "Apple"), ("Third picture", "Star")];

    [Fact]
    public async Task A_year_4_pupil_signs_in_with_class_name_and_three_pictures()
    {
        await Page.GotoAsync("/");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Pupils sign in here" }).ClickAsync();
        await Expect(Heading(Page, "Hello! Which is your class?")).ToBeVisibleAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Year 4", Exact = true }).ClickAsync();
        await Expect(Heading(Page, "What is your name?")).ToBeVisibleAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Ada", Exact = true }).ClickAsync();
        await Expect(Heading(Page, "Hello Ada!")).ToBeVisibleAsync();

        foreach (var (group, picture) in AdasPictures)
        {
            await Page.GetByRole(AriaRole.Group, new() { Name = group })
                .GetByRole(AriaRole.Radio, new() { Name = picture, Exact = true }).CheckAsync();
        }

        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();

        await Expect(Heading(Page, "Hello Ada!")).ToBeVisibleAsync();
        await Expect(Page).ToHaveURLAsync(new Uri(Browser.App.BaseAddress, "/home").ToString());
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Your blogs" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_pupil_choosing_the_wrong_pictures_stays_on_the_picture_page_with_an_alert()
    {
        await Page.GotoAsync("/account/pupil");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Year 4", Exact = true }).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Ben", Exact = true }).ClickAsync();
        foreach (var (group, _) in AdasPictures)
        {
            await Page.GetByRole(AriaRole.Group, new() { Name = group })
                .GetByRole(AriaRole.Radio, new() { Name = "Cat", Exact = true }).CheckAsync();
        }

        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        await Expect(Heading(Page, "Hello Ben!")).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Group, new() { Name = "First picture" })).ToBeVisibleAsync();
    }
}
