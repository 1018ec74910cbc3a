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
    /// are not about signing in start signed in without paying for it again. A sign-in that failed is not kept: the
    /// next test signs in afresh (one timeout once failed three tests that only needed a signed-in user).
    /// </summary>
    public async Task<string> SignedInStateAsync(string username)
    {
        var task = _signedIn.GetOrAdd(username, SignInOnceAsync);
        try
        {
            return await task;
        }
        catch
        {
            _signedIn.TryRemove(new KeyValuePair<string, Task<string>>(username, task));
            throw;
        }
    }

    /// <summary>
    /// Signs in through the form, once more if the first try timed out: on this shared two-core machine a first render
    /// once took over the 15 s wait. A sign-in that does not work fails both tries.
    /// </summary>
    private async Task<string> SignInOnceAsync(string username)
    {
        for (var attempt = 1; ; attempt++)
        {
            var page = await NewPageAsync();
            try
            {
                await BrowserTest.SignInThroughFormAsync(page, username);
                return await page.Context.StorageStateAsync();
            }
            catch (TimeoutException) when (attempt == 1)
            {
                // Tried again below, in a fresh context.
            }
            finally
            {
                await page.Context.CloseAsync();
            }
        }
    }

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
