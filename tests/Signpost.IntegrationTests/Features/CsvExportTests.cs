using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Signpost.Data.Entities;
using Signpost.IntegrationTests.Infrastructure;
using Signpost.Web.Infrastructure;

namespace Signpost.IntegrationTests.Features;

/// <summary>
/// Issue 6, "every register and list exports to CSV": each register's page offers its CSV, authorised as the page is,
/// with the page's rows, and a cell a spreadsheet would run as a formula (= + - @, tab, carriage return) is neutralised.
/// </summary>
public abstract class CsvExportTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : SignpostFactory
{
    private const string Formula = "=HYPERLINK(\"http://evil.example\")";

    private static async Task<string> CsvAsync(HttpClient client, string url)
    {
        var r = await client.GetAsync(url);
        var body = await r.Content.ReadAsStringAsync();
        Assert.True(r.StatusCode == HttpStatusCode.OK, $"{url}: {(int)r.StatusCode} {body[..Math.Min(300, body.Length)]}");
        Assert.Equal("text/csv", r.Content.Headers.ContentType?.MediaType);
        Assert.EndsWith(".csv", r.Content.Headers.ContentDisposition?.FileNameStar ?? r.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        return body.TrimStart('\uFEFF');
    }

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+1", "'+1")]
    [InlineData("-1", "'-1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\t=1", "'\t=1")]
    [InlineData("\r=1", "\"'\r=1\"")]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    public void A_cell_that_would_run_as_a_formula_is_prefixed_with_an_apostrophe(string value, string expected) => Assert.Equal(expected, Csv.Cell(value));

    [Fact]
    public async Task The_registers_of_sites_and_accounts_and_the_participation_requests_export_what_their_pages_list()
    {
        var teacher = app.Browser();
        await teacher.SignInOkAsync("teacher.y5");
        Assert.Contains("/sites/proposals?handler=Csv", await teacher.GetPageAsync("/sites/proposals"));
        var sites = await CsvAsync(teacher, "/sites/proposals?handler=Csv");
        Assert.StartsWith("slug,name,kind,status", sites, StringComparison.Ordinal);
        Assert.Contains("year-4,", sites);
        Assert.Contains("science-club,", sites); // teacher.y5's own draft
        Assert.DoesNotContain("eco-council", sites); // someone else's proposal awaiting the Headteacher: not theirs to see

        var head = app.Browser();
        await head.SignInOkAsync("head");
        Assert.Contains("eco-council,", await CsvAsync(head, "/sites/proposals?handler=Csv"));

        var accounts = await CsvAsync(teacher, "/sites/accounts?handler=Csv");
        Assert.StartsWith("slug,name,provider,provider_minimum_age", accounts, StringComparison.Ordinal);
        await using (var db = app.SystemDb())
        {
            var thirdParty = await db.Sites.Where(s => s.Kind == SiteKind.ThirdParty).Select(s => s.Slug).ToListAsync();
            Assert.NotEmpty(thirdParty);
            Assert.All(thirdParty, slug => Assert.Contains(slug + ",", accounts));
        }

        var service = "-Formula Club " + Guid.NewGuid().ToString("N")[..6];
        var sent = await teacher.SubmitAsync("/sites/participation", [new("Service", service), new("Purpose", "To share our science work with another school."), new("Address", "https://club.example")], "/sites/participation?handler=Request");
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        var participation = await CsvAsync(teacher, "/sites/participation?handler=Csv");
        Assert.Contains("'" + service, participation);
        Assert.DoesNotContain("," + service, participation);
    }

    [Fact]
    public async Task Absences_cover_and_term_dates_export_with_formulas_neutralised()
    {
        var ict = app.Browser();
        await ict.SignInOkAsync("ict.lead");
        var from = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(2).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var recorded = await ict.SubmitAsync("/absences", [new("From", from), new("To", from), new("Reason", Formula)]);
        Assert.Equal(HttpStatusCode.OK, recorded.StatusCode);
        var absences = await CsvAsync(ict, "/absences?handler=Csv");
        Assert.StartsWith("person,from,to,reason", absences, StringComparison.Ordinal);
        Assert.Contains("Ian Sample," + from + "," + from + ",\"'=HYPERLINK(\"\"http://evil.example\"\")\"", absences);

        var head = app.Browser();
        await head.SignInOkAsync("head");
        var cover = await CsvAsync(head, "/oversight/cover/year-4?handler=Csv");
        var lines = cover.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("day,available,away", lines[0]);
        Assert.Equal(15, lines.Length); // the next 14 days
        Assert.Contains(lines, l => l.StartsWith(from + ",", StringComparison.Ordinal) && l.Contains("Ian Sample", StringComparison.Ordinal));

        var termName = "+Spring " + Guid.NewGuid().ToString("N")[..6];
        Assert.Equal(HttpStatusCode.Redirect, (await head.SubmitAsync("/term-dates", [new("Name", termName), new("Start", "2031-01-06"), new("End", "2031-02-13")], "/term-dates?handler=Add")).StatusCode);
        var terms = await CsvAsync(head, "/term-dates?handler=Csv");
        Assert.Contains("'" + termName + ",2031-01-06,2031-02-13", terms);
    }

    [Fact]
    public async Task The_headteachers_registers_export_and_stay_the_headteachers()
    {
        await using (var db = app.SystemDb())
        {
            var school = await db.Schools.SingleAsync(s => s.Slug == "holbrook");
            db.MediaEnquiries.Add(new MediaEnquiry { SchoolId = school.Id, Name = "@Reporter (fictional)", Email = "r@news.example", Message = "A question.", ReceivedAt = DateTime.UtcNow, Status = EnquiryStatus.Closed });
            await db.SaveChangesAsync();
        }

        var head = app.Browser();
        await head.SignInOkAsync("head");
        var media = await CsvAsync(head, "/media-enquiries?handler=Csv");
        Assert.Contains(",'@Reporter (fictional),", media); // closed ones too
        Assert.DoesNotContain("A question.", media); // the list's columns, not the message

        var audit = await CsvAsync(head, "/audit?handler=Csv&action=sign-in");
        Assert.StartsWith("sequence,at,actor_user_id,actor,actor_role,action", audit, StringComparison.Ordinal);
        var rows = audit.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Contains("sign-in", r));

        var people = await CsvAsync(head, "/people?handler=Csv&kind=Governor");
        Assert.Contains("Gita Sample,Governors,Chair of governors", people);
        Assert.DoesNotContain("Helen Example", people);

        var oversight = await CsvAsync(head, "/oversight?handler=Csv");
        Assert.StartsWith("site,name,kind,status,last_published_at", oversight, StringComparison.Ordinal);
        Assert.Contains("year-4,", oversight);

        // Staff who are not the Headteacher: the same refusal as the pages.
        var teacher = app.Browser();
        await teacher.SignInOkAsync("teacher.y4");
        Assert.Equal(HttpStatusCode.Forbidden, (await teacher.GetAsync("/media-enquiries?handler=Csv")).StatusCode);
        foreach (var url in new[] { "/audit?handler=Csv", "/people?handler=Csv", "/oversight?handler=Csv", "/term-dates?handler=Csv" })
        {
            var r = await teacher.GetAsync(url);
            Assert.True(r.StatusCode == HttpStatusCode.Redirect && r.Headers.Location!.ToString().Contains("/account/denied", StringComparison.Ordinal), $"{url}: {(int)r.StatusCode}");
        }
    }

    [Fact]
    public async Task The_concern_register_exports_only_behind_the_same_two_factor_gate_and_the_export_is_audited()
    {
        // The demo DSL has not set up two-factor sign-in: the export explains why it is refused, as the list does (A.2.3).
        var dsl = app.Browser();
        await dsl.SignInOkAsync("dsl");
        var refused = await dsl.GetAsync("/safeguarding?handler=Csv");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("text/html", refused.Content.Headers.ContentType?.MediaType);
        var teacher = app.Browser();
        await teacher.SignInOkAsync("teacher.y4");
        Assert.Equal(HttpStatusCode.Forbidden, (await teacher.GetAsync("/safeguarding?handler=Csv")).StatusCode);
        await using var db = app.SystemDb();
        Assert.True(await db.AuditRecords.AnyAsync(a => a.Action == "safeguarding-concerns.exported"));
    }
}

public sealed class CsvExportTests_Sqlite(SqliteFactory app) : CsvExportTests<SqliteFactory>(app);

[Collection("postgres")]
public sealed class CsvExportTests_Postgres(PostgresFactory app) : CsvExportTests<PostgresFactory>(app);
