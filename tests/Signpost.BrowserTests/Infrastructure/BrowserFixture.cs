namespace Signpost.BrowserTests.Infrastructure;

/// <summary>
/// One app and one headless Debian Chromium per test class; each test opens its own browser context (its own
/// cookies), so tests do not see each other's sessions. Playwright never downloads a browser here.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run",
    ];

    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Task<string>> _signedIn = new();

    public SignpostServer App { get; } = new();

    /// <summary>Screenshots go here (under the test output folder; not committed).</summary>
    public static string ScreenshotDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing. Run the tests with `bash scripts/test.sh`, which installs Debian's chromium.");
        }

        // Generous waits: this machine is shared and has two cores. Waits end as soon as the page is ready.
        Assertions.SetDefaultExpectTimeout(15_000);
        App.Start();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
        Directory.CreateDirectory(ScreenshotDirectory);
    }

    /// <summary>A fresh context whose relative URLs go to the app: no cookies, or those of <paramref name="storageState"/>.</summary>
    public async Task<IPage> NewPageAsync(string? storageState = null)
    {
        var context = await _browser!.NewContextAsync(new()
        {
            BaseURL = App.BaseAddress.ToString().TrimEnd('/'),
            Locale = "en-GB",
            ViewportSize = new() { Width = 1024, Height = 768 },
            StorageState = storageState,
        });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    /// <summary>
    /// The cookies of <paramref name="username"/> signed in through the form, once per fixture, so that tests which
    /// are not about signing in start signed in without paying for it again.
    /// </summary>
    public Task<string> SignedInStateAsync(string username) => _signedIn.GetOrAdd(username, async u =>
    {
        var page = await NewPageAsync();
        try
        {
            await BrowserTest.SignInThroughFormAsync(page, u);
            return await page.Context.StorageStateAsync();
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    });

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        await App.DisposeAsync();
    }
}
