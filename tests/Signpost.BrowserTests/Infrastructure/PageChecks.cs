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

    /// <summary>
    /// Why the focused element's focus cannot be seen, or null when it can (WCAG 2.2: 2.4.7 Focus Visible, 2.4.11 Focus
    /// Not Obscured): focus on nothing, no outline or box-shadow, or the element off screen.
    /// </summary>
    public static Task<string?> FocusProblemAsync(this IPage page) => page.EvaluateAsync<string?>("""
        () => {
          const e = document.activeElement;
          if (!e || e === document.body || e === document.documentElement) return 'focus fell to the page itself';
          const label = (e.getAttribute('aria-label') || (e.labels && e.labels[0] && e.labels[0].textContent) || e.textContent || e.value || '').trim().replace(/\s+/g, ' ').slice(0, 60);
          const what = `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''} "${label}"`;
          const s = getComputedStyle(e);
          const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
          const shadow = s.boxShadow && s.boxShadow !== 'none';
          if (!outline && !shadow) return `${what}: focus is not visible (outline ${s.outlineStyle} ${s.outlineWidth}, box-shadow ${s.boxShadow})`;
          const r = e.getBoundingClientRect();
          if (r.width < 1 || r.height < 1 || r.bottom <= 0 || r.right <= 0 || r.top >= innerHeight || r.left >= innerWidth) return `${what}: focused but not on screen`;
          return null;
        }
        """);

    /// <summary>
    /// Presses Tab (or Shift+Tab) until <paramref name="target"/> has focus, checking at every stop on the way that
    /// focus can be seen; fails naming each stop where it cannot, or when the target is never reached.
    /// </summary>
    public static async Task TabVisiblyToAsync(this IPage page, ILocator target, bool backwards = false, int maxPresses = 60)
    {
        var problems = new List<string>();
        for (var i = 0; i < maxPresses; i++)
        {
            await page.Keyboard.PressAsync(backwards ? "Shift+Tab" : "Tab");
            if (await page.FocusProblemAsync() is { } problem)
            {
                problems.Add(problem);
            }

            if (await target.EvaluateAsync<bool>("e => e === document.activeElement"))
            {
                Assert.True(problems.Count == 0, $"On {page.Url}, focus could not be seen at {problems.Count} stop(s):\n" + string.Join("\n", problems.Distinct()));
                return;
            }
        }

        Assert.Fail($"{target} never received focus after {maxPresses} presses of {(backwards ? "Shift+Tab" : "Tab")} on {page.Url}.");
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
