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

    /// <summary>Signs in through the form, as a person would, and waits for their home page.</summary>
    public static async Task SignInThroughFormAsync(IPage page, string username)
    {
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("Username").FillAsync(username);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/home");
    }

    /// <summary>Replaces this test's context with one where <paramref name="username"/> is already signed in.</summary>
    protected async Task SignInAsync(string username)
    {
        var state = await Browser.SignedInStateAsync(username);
        await Page.Context.CloseAsync();
        Page = await Browser.NewPageAsync(state);
    }
}
