using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace Signpost.BrowserTests.Infrastructure;

public static class PageChecks
{
    private static readonly string[] FailingImpacts = ["serious", "critical"];

    /// <summary>Runs axe-core on the page and fails on any serious or critical violation, naming rule, impact and targets.</summary>
    public static async Task AssertNoSeriousAxeViolationsAsync(this IPage page, string what)
    {
        // Only violations in full: axe then reports one node per passing rule, which keeps big pages (the audit log) fast.
        var result = await page.RunAxe(new AxeRunOptions { ResultTypes = [ResultType.Violations] });
        Assert.True(result.Passes.Length > 0, $"axe checked nothing on {what} ({page.Url}); was the page empty?");
        var bad = result.Violations.Where(v => FailingImpacts.Contains(v.Impact)).ToList();
        if (bad.Count == 0)
        {
            return;
        }

        var message = new StringBuilder($"axe found {bad.Count} serious or critical violation(s) on {what} ({page.Url}):");
        foreach (var v in bad)
        {
            message.AppendLine().Append(v.Id).Append(" (").Append(v.Impact).Append("): ").Append(v.Help);
            foreach (var node in v.Nodes)
            {
                message.AppendLine().Append("    at ").Append(node.Target)
                    .Append(" — ").Append(string.Join("; ", node.Any.Concat(node.All).Concat(node.None).Select(c => c.Message)));
            }
        }

        Assert.Fail(message.ToString());
    }

    /// <summary>A screenshot of the page's first 2,400 pixels in the test output folder, for people to look at; never compared.</summary>
    public static async Task ScreenshotAsync(this IPage page, string name)
    {
        var file = Path.Combine(BrowserFixture.ScreenshotDirectory, name + ".png");
        var height = await page.EvaluateAsync<int>("() => document.documentElement.scrollHeight");
        var width = page.ViewportSize?.Width ?? 1024;
        await page.ScreenshotAsync(new() { Path = file, FullPage = true, Clip = new() { X = 0, Y = 0, Width = width, Height = Math.Min(height, 2400) } });
    }

    /// <summary>Presses Tab until <paramref name="target"/> has focus; fails if it never does.</summary>
    public static async Task TabToAsync(this IPage page, ILocator target, int maxPresses = 40)
    {
        for (var i = 0; i < maxPresses; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await target.EvaluateAsync<bool>("e => e === document.activeElement"))
            {
                return;
            }
        }

        Assert.Fail($"{target} never received focus after {maxPresses} presses of Tab.");
    }
}
