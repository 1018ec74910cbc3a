using Signpost.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Signpost.BrowserTests.Features.Accounts;

/// <summary>Keyboard only: Tab, typing, arrow keys, Space and Enter; never a click.</summary>
public sealed class KeyboardTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public async Task The_first_tab_stop_is_the_skip_link_and_it_moves_focus_to_the_main_content()
    {
        await Page.GotoAsync("/account/sign-in");
        await Page.Keyboard.PressAsync("Tab");
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Skip to main content" })).ToBeFocusedAsync();
        await Page.Keyboard.PressAsync("Enter");
        await Expect(Page.GetByRole(AriaRole.Main)).ToBeFocusedAsync();
        await Page.Keyboard.PressAsync("Tab");
        await Expect(Page.GetByLabel("Username")).ToBeFocusedAsync();
    }

    [Fact]
    public async Task A_teacher_signs_in_with_the_keyboard_alone_and_reaches_their_home()
    {
        await Page.GotoAsync("/");
        await Page.TabToAsync(Page.GetByRole(AriaRole.Navigation, new() { Name = "Main" })
            .GetByRole(AriaRole.Link, new() { Name = "Sign in", Exact = true }));
        await Page.Keyboard.PressAsync("Enter");
        await Expect(Heading(Page, "Sign in")).ToBeVisibleAsync();

        await Page.TabToAsync(Page.GetByLabel("Username"));
        await Page.Keyboard.TypeAsync("teacher.y4");
        await Page.Keyboard.PressAsync("Tab");
        await Expect(Page.GetByLabel("Password", new() { Exact = true })).ToBeFocusedAsync();
        await Page.Keyboard.TypeAsync(DemoPassword);
        await Page.Keyboard.PressAsync("Enter");

        await Expect(Page).ToHaveURLAsync(new Uri(Browser.App.BaseAddress, "/home").ToString());
        await Expect(Heading(Page, "Your home")).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_pupil_chooses_class_name_and_pictures_with_tab_arrow_keys_and_enter()
    {
        await Page.GotoAsync("/");
        await Page.TabToAsync(Page.GetByRole(AriaRole.Link, new() { Name = "Pupils sign in here" }));
        await Page.Keyboard.PressAsync("Enter");
        await Page.TabToAsync(Page.GetByRole(AriaRole.Link, new() { Name = "Year 4", Exact = true }));
        await Page.Keyboard.PressAsync("Enter");
        await Page.TabToAsync(Page.GetByRole(AriaRole.Link, new() { Name = "Ada", Exact = true }));
        await Page.Keyboard.PressAsync("Enter");
        await Expect(Heading(Page, "Hello Ada!")).ToBeVisibleAsync();

        foreach (var (group, picture) in new[] { ("First picture", "Cat"), ("Second picture", "Apple"), ("Third picture", "Star") })
        {
            var radios = Page.GetByRole(AriaRole.Group, new() { Name = group }).GetByRole(AriaRole.Radio);
            var target = Page.GetByRole(AriaRole.Group, new() { Name = group }).GetByRole(AriaRole.Radio, new() { Name = picture, Exact = true });
            await Page.TabToAsync(radios.First); // Tab enters a radio group at its first radio when none is chosen
            await Page.Keyboard.PressAsync("Space");
            var count = await radios.CountAsync();
            for (var i = 0; i < count && !await target.IsCheckedAsync(); i++)
            {
                await Page.Keyboard.PressAsync("ArrowRight"); // moves to the next picture and chooses it
            }

            await Expect(target).ToBeCheckedAsync();
            await Expect(target).ToBeFocusedAsync();
            // The radio itself is visually hidden; its picture (the label) must show where focus is.
            Assert.NotEqual("none", await target.EvaluateAsync<string>("e => getComputedStyle(e.labels[0]).boxShadow"));
        }

        await Page.TabToAsync(Page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }));
        await Page.Keyboard.PressAsync("Enter");

        await Expect(Page).ToHaveURLAsync(new Uri(Browser.App.BaseAddress, "/home").ToString());
        await Expect(Heading(Page, "Hello Ada!")).ToBeVisibleAsync();
    }
}
