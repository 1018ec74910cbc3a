using System.Text;
using Signpost.BrowserTests.Infrastructure;
using Signpost.Web.Features.People;
using static Microsoft.Playwright.Assertions;

namespace Signpost.BrowserTests.Features.People;

public sealed class ImportTests(BrowserFixture browser) : BrowserTest(browser)
{
    public const string PupilsHeader = "UPN,Legal Forename,Legal Surname,NC Year,Reg Group,Photo Consent";

    /// <summary>The demo school's five Year 4 pupils as its information system would export them, plus <paramref name="extra"/>.</summary>
    internal static byte[] PupilsCsv(params string[] extra)
    {
        string[] demo = ["Ada,Example,4,Year 4,yes", "Ben,Sample,4,Year 4,yes", "Cara,Demo,4,Year 4,limited", "Dev,Specimen,4,Year 4,no", "Ella,Fictional,4,Year 4,yes"];
        var rows = demo.Select((r, i) => $"{Upn.MakeDemo(i + 1)},{r}").Concat(extra).Prepend(PupilsHeader);
        return Encoding.UTF8.GetBytes(string.Join("\r\n", rows) + "\r\n");
    }

    internal static async Task UploadAsync(IPage page, byte[] csv)
    {
        await page.GotoAsync("/people/import");
        await page.GetByRole(AriaRole.Radio, new() { Name = "Pupils", Exact = true }).CheckAsync();
        await page.GetByLabel("CSV file").SetInputFilesAsync(new FilePayload { Name = "pupils.csv", MimeType = "text/csv", Buffer = csv });
        await page.GetByRole(AriaRole.Button, new() { Name = "Check and import" }).ClickAsync();
    }

    [Fact]
    public async Task The_headteacher_imports_a_pupils_file_and_sees_what_was_added()
    {
        await SignInAsync("head");
        await UploadAsync(Page, PupilsCsv($"{Upn.MakeDemo(51)},Amara,Browser,3,Year 3,yes"));

        var status = Page.GetByRole(AriaRole.Status);
        await Expect(status.GetByRole(AriaRole.Heading, new() { Name = "Imported" })).ToBeVisibleAsync();
        await Expect(status.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "added" })).ToHaveTextAsync("1 added");
        await Expect(status.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "unchanged" })).ToHaveTextAsync("5 unchanged");
        await Expect(Page.GetByRole(AriaRole.Table)).ToHaveCountAsync(0);

        await status.GetByRole(AriaRole.Link, new() { Name = "Go to the people directory" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Cell, new() { Name = "Amara Browser" }).Or(Page.GetByText("Amara Browser"))).Not.ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_bad_pupils_file_lists_every_problem_row_by_row_and_imports_nothing()
    {
        await SignInAsync("head");
        await UploadAsync(Page, PupilsCsv(
            $"{Upn.MakeDemo(52)},Bilal,Browser,9,Year 9,yes",
            $"{Upn.MakeDemo(53)},,Browser,3,Year 3,yes"));

        await Expect(Page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        var table = Page.GetByRole(AriaRole.Table, new() { Name = "problems found. Nothing was imported." });
        await Expect(table).ToBeVisibleAsync();
        await Expect(table.GetByRole(AriaRole.Columnheader)).ToHaveTextAsync(["Row", "Column", "Problem"]);
        var rows = table.GetByRole(AriaRole.Row).Filter(new() { Has = Page.GetByRole(AriaRole.Cell) });
        await Expect(rows).Not.ToHaveCountAsync(0);
        await Expect(rows.Filter(new() { Has = Page.GetByRole(AriaRole.Cell, new() { Name = "7", Exact = true }) })).Not.ToHaveCountAsync(0);
        await Expect(rows.Filter(new() { Has = Page.GetByRole(AriaRole.Cell, new() { Name = "8", Exact = true }) })).Not.ToHaveCountAsync(0);
        await Expect(Page.GetByRole(AriaRole.Status)).ToHaveCountAsync(0);

        await Page.GotoAsync("/people");
        await Expect(Page.GetByText("Bilal Browser")).ToHaveCountAsync(0);
    }
}
