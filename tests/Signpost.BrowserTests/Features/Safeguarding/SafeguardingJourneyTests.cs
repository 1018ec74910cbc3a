using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using OtpNet;
using Signpost.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Signpost.BrowserTests.Features.Safeguarding;

/// <summary>
/// Issue 5's safeguarding journey as real people walk it (A.2.3): a pupil's comment discloses harm, the checker raises a
/// concern, and the DSL, after setting up and signing in with two-factor sign-in, finds it from their home page, reads
/// it with the disclosure marked, and keeps the comment hidden.
/// </summary>
public sealed class SafeguardingJourneyTests(BrowserFixture browser) : BrowserTest(browser)
{
    private ILocator Button(string name) => Page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true });

    [Fact]
    public async Task A_pupils_disclosure_reaches_the_dsl_who_signs_in_with_two_factor_and_keeps_it_hidden()
    {
        using (var pupil = new HttpClient { BaseAddress = Browser.App.BaseAddress })
        {
            var login = await pupil.PostAsJsonAsync("/api/auth/login", new { username = "y4.pupil2", password = DemoPassword });
            login.EnsureSuccessStatusCode();
            pupil.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
                JsonDocument.Parse(await login.Content.ReadAsStringAsync()).RootElement.GetProperty("accessToken").GetString());
            var comment = await pupil.PostAsJsonAsync("/api/sites/year-4/posts/viking-longships/comments", new { text = "my dad hits me and I'm scared to go home" });
            Assert.True(comment.IsSuccessStatusCode, await comment.Content.ReadAsStringAsync());
        }

        // Without two-factor sign-in the DSL is told what to do, and sees nothing of the concern.
        await SignInThroughFormAsync(Page, "dsl");
        await Page.GotoAsync("/safeguarding");
        await Expect(Heading(Page, "Two-factor sign-in needed")).ToBeVisibleAsync();
        await Expect(Page.GetByText("scared to go home")).ToHaveCountAsync(0);
        await Page.AssertNoSeriousAxeViolationsAsync("safeguarding: two-factor sign-in needed");
        await Page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Set up two-factor sign-in" }).ClickAsync();

        var keyLine = await Page.GetByText("Or type this key:").InnerTextAsync();
        var key = keyLine[(keyLine.IndexOf(':', StringComparison.Ordinal) + 1)..].Replace(" ", "", StringComparison.Ordinal).Trim().ToUpperInvariant();
        var totp = new Totp(Base32Encoding.ToBytes(key));
        await Page.GetByLabel("Six-digit code").FillAsync(totp.ComputeTotp());
        await Button("Turn on two-factor sign-in").ClickAsync();
        await Expect(Page.GetByText("Two-factor sign-in is on")).ToBeVisibleAsync();

        // Sign in again, now with the code.
        await Page.Context.ClearCookiesAsync();
        await Page.GotoAsync("/account/sign-in");
        await Page.GetByLabel("Username").FillAsync("dsl");
        await Page.GetByLabel("Password", new() { Exact = true }).FillAsync(DemoPassword);
        await Button("Sign in").ClickAsync();
        await Page.GetByLabel("Six-digit code").FillAsync(totp.ComputeTotp());
        await Button("Continue").ClickAsync();
        await Page.WaitForURLAsync("**/home");

        // The home page tells the DSL; the concern opens from there.
        await Page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Safeguarding concerns (A.2.3)" }).ClickAsync();
        await Expect(Heading(Page, "Safeguarding concerns")).ToBeVisibleAsync();
        await Page.AssertNoSeriousAxeViolationsAsync("the DSL's list of safeguarding concerns");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Possible safeguarding disclosure" }).First.ClickAsync();
        await Expect(Heading(Page, "Safeguarding concern: Possible safeguarding disclosure")).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Blockquote).First).ToContainTextAsync("scared to go home");
        await Expect(Page.GetByRole(AriaRole.Blockquote).First.Locator("mark").First).ToContainTextAsync("hits me"); // the finding is marked (mark has no ARIA role here)
        await Page.AssertNoSeriousAxeViolationsAsync("one safeguarding concern");
        await Page.ScreenshotAsync("safeguarding-concern");

        await Page.GetByLabel("Keep it hidden: it is never published").CheckAsync();
        await Page.GetByLabel("Notes (optional)").FillAsync("Spoke to the pupil with the class teacher; referral made.");
        await Button("Record the decision").ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Decision recorded.");
        await Expect(Page.GetByRole(AriaRole.Table, new() { Name = "What has happened, oldest first" })).ToContainTextAsync("Item kept hidden");
    }
}
