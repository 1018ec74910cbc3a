using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Signpost.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Signpost.BrowserTests.Features.Security;

/// <summary>
/// Issue 7: stored hostile strings are rendered by a real browser — nothing executes, and the text shows exactly as
/// typed. Also the moderator's keyboard-only pass through the queue.
/// </summary>
public sealed class HostileRenderingTests(BrowserFixture browser) : BrowserTest(browser)
{
    private const string Payload = "<img src=x onerror=\"document.title='pwned'\"><script>document.title='pwned'</script> & \"quotes\" stay";

    private async Task<HttpClient> ApiAsAsync(string username)
    {
        var client = new HttpClient { BaseAddress = Browser.App.BaseAddress };
        var r = await client.PostAsJsonAsync("/api/auth/login", new { username, password = DemoPassword });
        r.EnsureSuccessStatusCode();
        var token = JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement.GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Watches the page for anything a script would do: a dialog, a changed title, a CSP report of a blocked inline script.</summary>
    private List<string> Watch()
    {
        var seen = new List<string>();
        Page.Dialog += (_, d) => { seen.Add("dialog: " + d.Message); _ = d.DismissAsync(); };
        Page.Console += (_, m) =>
        {
            if (m.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                seen.Add("csp: " + m.Text);
            }
        };
        return seen;
    }

    [Fact]
    public async Task Hostile_text_in_a_comment_a_post_and_a_proposal_shows_as_typed_and_never_runs()
    {
        var unique = Guid.NewGuid().ToString("N")[..8];
        var pupil = await ApiAsAsync("y4.pupil5");
        var comment = await pupil.PostAsJsonAsync("/api/sites/year-4/posts/viking-longships/comments", new { text = $"{Payload} {unique}" });
        Assert.True(comment.IsSuccessStatusCode, await comment.Content.ReadAsStringAsync());
        var teacher = await ApiAsAsync("teacher.y2");
        var proposal = await teacher.PostAsJsonAsync("/api/sites", new { name = $"<script>document.title='pwned'</script> Club {unique}", purpose = Payload });
        Assert.True(proposal.IsSuccessStatusCode, await proposal.Content.ReadAsStringAsync());
        var slug = JsonDocument.Parse(await proposal.Content.ReadAsStringAsync()).RootElement.GetProperty("slug").GetString();

        await SignInAsync("ict.lead");
        var seen = Watch();
        await Page.GotoAsync("/moderation");
        var card = Page.Locator("li.card", new() { HasText = unique });
        await Expect(card).ToContainTextAsync(Payload);
        await card.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Main)).ToContainTextAsync(Payload);
        Assert.NotEqual("pwned", await Page.TitleAsync());

        // A staff post: title and text as its author and its approver see them.
        var author = await ApiAsAsync("teacher.y4");
        var post = await author.PostAsJsonAsync("/api/sites/year-4/posts", new { title = $"<script>document.title='pwned'</script> Post {unique}", body = Payload });
        Assert.True(post.IsSuccessStatusCode, await post.Content.ReadAsStringAsync());
        var postSlug = JsonDocument.Parse(await post.Content.ReadAsStringAsync()).RootElement.GetProperty("slug").GetString();
        Assert.True((await author.PostAsync($"/api/sites/year-4/posts/{postSlug}/submit", null)).IsSuccessStatusCode);
        await SignInAsync("teacher.y4");
        seen.AddRange(Watch());
        await Page.GotoAsync($"/sites/year-4/posts/{postSlug}");
        await Expect(Heading(Page, $"<script>document.title='pwned'</script> Post {unique}")).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Main)).ToContainTextAsync(Payload);
        await SignInAsync("deputy");
        seen.AddRange(Watch());
        await Page.GotoAsync("/approvals");
        await Expect(Page.GetByRole(AriaRole.Region, new() { Name = $"<script>document.title='pwned'</script> Post {unique}" })).ToContainTextAsync(Payload);
        Assert.NotEqual("pwned", await Page.TitleAsync());

        await SignInAsync("teacher.y2");
        seen.AddRange(Watch());
        await Page.GotoAsync($"/sites/{slug}/proposal");
        await Expect(Heading(Page, $"Proposal: <script>document.title='pwned'</script> Club {unique}")).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Main)).ToContainTextAsync(Payload);
        Assert.NotEqual("pwned", await Page.TitleAsync());
        Assert.Empty(seen);
    }

    [Fact]
    public async Task A_moderator_approves_a_held_comment_with_the_keyboard_alone()
    {
        var unique = "Keyboard " + Guid.NewGuid().ToString("N")[..8];
        var pupil = await ApiAsAsync("y4.pupil3");
        var comment = await pupil.PostAsJsonAsync("/api/sites/year-4/posts/viking-longships/comments", new { text = $"We raced our longships. {unique}" });
        Assert.True(comment.IsSuccessStatusCode, await comment.Content.ReadAsStringAsync());

        await SignInAsync("ict.lead");
        await Page.GotoAsync("/moderation");
        await Page.TabVisiblyToAsync(Page.Locator("li.card", new() { HasText = unique }).GetByRole(AriaRole.Link), maxPresses: 200);
        await Page.Keyboard.PressAsync("Enter");
        await Expect(Page.GetByRole(AriaRole.Main)).ToContainTextAsync(unique);
        await Page.TabVisiblyToAsync(Page.GetByRole(AriaRole.Button, new() { Name = "Approve and publish" }), maxPresses: 80);
        await Page.Keyboard.PressAsync("Enter");
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Approved and published");
        await Expect(Page.Locator("li.card", new() { HasText = unique })).ToHaveCountAsync(0);
        await Page.AssertNoSeriousAxeViolationsAsync("moderation queue after approving");
    }
}
