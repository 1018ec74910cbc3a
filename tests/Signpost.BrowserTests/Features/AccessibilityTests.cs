using Signpost.BrowserTests.Features.People;
using Signpost.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Signpost.BrowserTests.Features;

/// <summary>Every page of the demo school, with who sees it and how a person gets there (links and forms).</summary>
internal static class DemoPages
{
    public sealed record Visit(string? Username, Func<IPage, Task> GoAsync);

    private static Func<IPage, Task> Go(string path) => async p => await p.GotoAsync(path);

    private static Func<IPage, Task> Click(string path, params string[] links) => async p =>
    {
        await p.GotoAsync(path);
        foreach (var name in links)
        {
            await p.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).ClickAsync();
        }
    };

    public static readonly Dictionary<string, Visit> Pages = new()
    {
        ["blogs (anonymous)"] = new(null, Go("/")),
        ["sign-in"] = new(null, Go("/account/sign-in")),
        ["sign-in with an error"] = new(null, async p =>
        {
            await p.GotoAsync("/account/sign-in");
            await p.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
            await Expect(p.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        }),
        ["pupil sign-in 1 class"] = new(null, Go("/account/pupil")),
        ["pupil sign-in 2 name"] = new(null, Click("/account/pupil", "Year 4")),
        ["pupil sign-in 3 pictures"] = new(null, Click("/account/pupil", "Year 4", "Ada")),
        ["pupil sign-in 3 pictures with an error"] = new(null, async p =>
        {
            await Click("/account/pupil", "Year 4", "Ada")(p);
            await p.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
            await Expect(p.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        }),
        ["home (headteacher)"] = new("head", Go("/home")),
        ["home (teacher)"] = new("teacher.y4", Go("/home")),
        ["home (parent)"] = new("parent.1", Go("/home")),
        ["home (pupil)"] = new("y4.pupil1", Go("/home")),
        ["people"] = new("head", Go("/people")),
        ["people import"] = new("head", Go("/people/import")),
        ["people import with errors"] = new("head", async p =>
        {
            await ImportTests.UploadAsync(p, ImportTests.PupilsCsv("not,a,valid,row"));
            await Expect(p.GetByRole(AriaRole.Table)).ToBeVisibleAsync();
        }),
        ["classes"] = new("teacher.y4", Go("/classes")),
        ["class login cards"] = new("teacher.y4", Click("/classes", "Login cards for Year 4")),
        ["audit"] = new("head", Go("/audit")),
        ["school settings"] = new("head", Go("/school/settings")),
        // The DSL, not the head: opening set-up issues a new authenticator key, which renews the security stamp and so ends
        // the sessions the other page checks share.
        ["two-factor set-up"] = new("dsl", Go("/account/two-factor-setup")),
        ["site evaluation"] = new("teacher.y4", Go("/sites/year-4/evaluation")),
        ["moderation queue"] = new("ict.lead", Go("/moderation")),
        ["moderation item"] = new("ict.lead", Click("/moderation", "Comment by Cara (pupil) on Year 4 blog")),
        ["absences"] = new("ict.lead", Go("/absences")),
        ["my messages (pupil)"] = new("y4.pupil1", Go("/notices")),
        ["media enquiry form (anonymous)"] = new(null, Go("/media-enquiry")),
        ["media enquiry form with errors"] = new(null, async p =>
        {
            await p.GotoAsync("/media-enquiry");
            await p.GetByRole(AriaRole.Button, new() { Name = "Send to the Headteacher", Exact = true }).ClickAsync();
            await Expect(p.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        }),
        ["media guidance (teacher)"] = new("teacher.y4", Go("/media")),
        ["media enquiries (headteacher)"] = new("head", Go("/media-enquiries")),
        ["media enquiries refused (deputy)"] = new("deputy", async p =>
        {
            var response = await p.GotoAsync("/media-enquiries");
            Assert.Equal(403, response!.Status);
        }),
        ["school blog (anonymous)"] = new(null, Go("/sites/school")),
        ["school blog (parent)"] = new("parent.1", Go("/sites/school")),
        ["year 4 blog (parent)"] = new("parent.1", Go("/sites/year-4")),
        ["year 4 blog (pupil)"] = new("y4.pupil1", Go("/sites/year-4")),
        ["post with comments (anonymous)"] = new(null, Go("/sites/school/posts/welcome-back")),
        ["post with the comment form (pupil)"] = new("y4.pupil1", Go("/sites/year-4/posts/viking-longships")),
        ["write a post"] = new("teacher.y4", Go("/sites/year-4/posts/new")),
        ["posts to approve"] = new("deputy", Go("/approvals")),
        ["oversight dashboard"] = new("head", Go("/oversight")),
        ["oversight (governor)"] = new("governor.1", Go("/oversight")),
        ["cover for a site"] = new("head", Go("/oversight/cover/year-4")),
        ["term dates"] = new("head", Go("/term-dates")),
        ["policy"] = new("volunteer.1", Go("/policy")),
        ["policy versions"] = new("head", Go("/policy/versions")),
        ["policy acknowledgements"] = new("head", Go("/policy/acknowledgements")),
        ["breach register"] = new("head", Go("/breaches")),
        ["record a breach"] = new("head", Go("/breaches/edit")),
        ["report a breach (contractor)"] = new("contractor.1", Go("/breaches/report")),
        ["HR role"] = new("head", Go("/people/hr")),
        ["trust overview"] = new("trust.officer", Go("/trust")),
        ["trust view of a school"] = new("trust.officer", Go("/trust/holbrook")),
        ["trust officer's home"] = new("trust.officer", Go("/home")),
        ["governors' termly report"] = new("governor.1", Go("/termly-report")),
        ["personal-post advice"] = new("teacher.y4", Go("/advice")),
        ["change password"] = new("teacher.y4", Go("/account/password")),
        ["proposal"] = new("teacher.y5", Go("/sites/science-club/proposal")),
        ["post history"] = new(null, Go("/sites/school/posts/welcome-back/history")),
        ["not found"] = new(null, async p =>
        {
            var response = await p.GotoAsync("/no-such-page");
            Assert.Equal(404, response!.Status);
        }),
    };

    public enum Audience { Public, Staff, Family }

    public static Audience Of(Visit v) => v.Username switch
    {
        null => Audience.Public,
        "parent.1" or "y4.pupil1" => Audience.Family,
        _ => Audience.Staff,
    };

    public static TheoryData<string> Named(Audience audience) => new(Pages.Where(p => Of(p.Value) == audience).Select(p => p.Key));
}

/// <summary>
/// axe-core on every page of the demo school, as the person who would see it: no serious or critical violation.
/// Each page is also screenshotted into the test output folder for people to look at. Public, staff and family pages
/// are three classes so that they run in parallel, each with its own app and browser.
/// </summary>
public abstract class AccessibilityTests(BrowserFixture browser) : BrowserTest(browser)
{
    protected async Task CheckAsync(string page)
    {
        var visit = DemoPages.Pages[page];
        if (visit.Username is not null)
        {
            await SignInAsync(visit.Username);
        }

        await visit.GoAsync(Page);
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        await Page.ScreenshotAsync(page.Replace(' ', '-').Replace("(", "").Replace(")", ""));
        await Page.AssertNoSeriousAxeViolationsAsync(page);
    }
}

public sealed class PublicPageAccessibilityTests(BrowserFixture browser) : AccessibilityTests(browser)
{
    public static TheoryData<string> PublicPages() => DemoPages.Named(DemoPages.Audience.Public);

    [Theory]
    [MemberData(nameof(PublicPages))]
    public Task Public_page_has_no_serious_or_critical_accessibility_violations(string page) => CheckAsync(page);

    [Fact]
    public async Task The_accessibility_check_fails_naming_rule_impact_and_target_on_a_page_with_critical_violations()
    {
        await Page.SetContentAsync("<!DOCTYPE html><html lang=\"en\"><head><title>Bad</title></head><body><main><h1>Bad</h1>" +
                                   "<img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\" id=\"no-alt\"><button id=\"no-name\"></button></main></body></html>");

        var failure = await Assert.ThrowsAsync<Xunit.Sdk.FailException>(() => Page.AssertNoSeriousAxeViolationsAsync("a bad page"));

        Assert.Contains("image-alt (critical)", failure.Message);
        Assert.Contains("#no-alt", failure.Message);
        Assert.Contains("button-name (critical)", failure.Message);
        Assert.Contains("#no-name", failure.Message);
    }
}

public sealed class StaffPageAccessibilityTests(BrowserFixture browser) : AccessibilityTests(browser)
{
    public static TheoryData<string> StaffPages() => DemoPages.Named(DemoPages.Audience.Staff);

    [Theory]
    [MemberData(nameof(StaffPages))]
    public Task Staff_page_has_no_serious_or_critical_accessibility_violations(string page) => CheckAsync(page);
}

public sealed class FamilyPageAccessibilityTests(BrowserFixture browser) : AccessibilityTests(browser)
{
    public static TheoryData<string> FamilyPages() => DemoPages.Named(DemoPages.Audience.Family);

    [Theory]
    [MemberData(nameof(FamilyPages))]
    public Task Parent_or_pupil_page_has_no_serious_or_critical_accessibility_violations(string page) => CheckAsync(page);
}
