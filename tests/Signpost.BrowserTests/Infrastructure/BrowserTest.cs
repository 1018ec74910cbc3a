namespace Signpost.BrowserTests.Infrastructure;

/// <summary>Base of every browser test: xUnit makes one instance per test, so each test gets a new browser context.</summary>
[Collection(BrowserCollection.Name)]
public abstract class BrowserTest(BrowserFixture browser) : IAsyncLifetime
{
    public const string DemoPassword = "Holbrook-Demo-2026!";

    protected BrowserFixture Browser { get; } = browser;

    protected IPage Page { get; private set; } = null!;

    public async Task InitializeAsync() => Page = await Browser.NewPageAsync();

    public async Task DisposeAsync() => await Page.Context.CloseAsync();

    protected static ILocator Heading(IPage page, string name) =>
        page.GetByRole(AriaRole.Heading, new() { Name = name, Exact = true, Level = 1 });

    /// <summary>Signs in through the form, as a person would, and waits for their home page.</summary>
    protected async Task SignInAsync(string username)
    {
        await Page.GotoAsync("/account/sign-in");
        await Page.GetByLabel("Username").FillAsync(username);
        await Page.GetByLabel("Password", new() { Exact = true }).FillAsync(DemoPassword);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await Page.WaitForURLAsync("**/home");
    }
}
