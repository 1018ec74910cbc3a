namespace Signpost.BrowserTests.Infrastructure;

/// <summary>
/// Base of every browser test. Each test class has its own app and browser (a class fixture, so classes run in
/// parallel and one class's data changes never reach another); xUnit makes one instance per test, so each test gets
/// a new browser context.
/// </summary>
public abstract class BrowserTest(BrowserFixture browser) : IAsyncLifetime, IClassFixture<BrowserFixture>
{
    public const string DemoPassword = "Holbrook-Demo-2026!";

    protected BrowserFixture Browser { get; } = browser;

    protected IPage Page { get; private set; } = null!;

    public async Task InitializeAsync() => Page = await Browser.NewPageAsync();

    public async Task DisposeAsync() => await Page.Context.CloseAsync();

    protected static ILocator Heading(IPage page, string name) =>
        page.GetByRole(AriaRole.Heading, new() { Name = name, Exact = true, Level = 1 });

    /// <summary>
    /// Signs in through the form, as a person would, and waits for their home page: up to 45 s, since a test that signs
    /// in first may meet the app's first render of the home page (compiling it) while every other test class starts on
    /// the same two cores; a CI run once timed out there at 15 s (2026-12-07). The wait ends as soon as the page is ready.
    /// </summary>
    public static async Task SignInThroughFormAsync(IPage page, string username)
    {
        await page.GotoAsync("/account/sign-in", new() { Timeout = FirstRenderTimeoutMs });
        await page.GetByLabel("Username").FillAsync(username);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/home", new() { Timeout = FirstRenderTimeoutMs });
    }

    /// <summary>How long a first render of a page in a fresh app may take on this loaded two-core machine.</summary>
    public const float FirstRenderTimeoutMs = 45_000;

    /// <summary>Replaces this test's context with one where <paramref name="username"/> is already signed in.</summary>
    protected async Task SignInAsync(string username)
    {
        var state = await Browser.SignedInStateAsync(username);
        await Page.Context.CloseAsync();
        Page = await Browser.NewPageAsync(state);
    }
}
