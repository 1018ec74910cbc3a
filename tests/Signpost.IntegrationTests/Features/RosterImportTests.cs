using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Signpost.Data.Entities;
using Signpost.IntegrationTests.Infrastructure;
using Signpost.Web.Features.People;

namespace Signpost.IntegrationTests.Features;

/// <summary>Roster files as a school information system exports them, and the import form as a browser posts it.</summary>
public static partial class Rosters
{
    public const string StaffHeader = "Staff ID,First name,Surname,Category,Employer,Job title,Email";
    public const string PupilsHeader = "UPN,Legal Forename,Legal Surname,NC Year,Reg Group,Photo Consent";
    public const string ParentsHeader = "Contact ID,Forename,Surname,Child UPN,Email,Relationship";

    /// <summary>GETs the import form for its antiforgery token, then POSTs the file as multipart form data.</summary>
    public static async Task<HttpResponseMessage> ImportAsync(this HttpClient client, string kind, string csv, Encoding? encoding = null)
    {
        var page = await client.GetPageAsync("/people/import");
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(Http.Token(page)), "__RequestVerificationToken");
        form.Add(new StringContent(kind), "Kind");
        var file = new ByteArrayContent((encoding ?? Encoding.UTF8).GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "Upload", kind.ToLowerInvariant() + ".csv");
        return await client.PostAsync("/people/import", form);
    }

    /// <summary>Imports and expects success; returns the page text.</summary>
    public static async Task<string> ImportOkAsync(this HttpClient client, string kind, string csv)
    {
        var r = await client.ImportAsync(kind, csv);
        var html = await r.Content.ReadAsStringAsync();
        Assert.True(r.StatusCode == HttpStatusCode.OK && html.Contains("<h2>Imported</h2>", StringComparison.Ordinal),
            $"Import of {kind} failed: {(int)r.StatusCode} {string.Join(" | ", Errors(html))}");
        return Http.Text(html);
    }

    /// <summary>Where a redirect points, as a path and query (the app answers with absolute or relative locations).</summary>
    public static string RedirectPath(HttpResponseMessage r) =>
        r.Headers.Location is not { } l ? "" : l.IsAbsoluteUri ? l.PathAndQuery : l.OriginalString;

    public static string Csv(IEnumerable<string> lines) => string.Join("\r\n", lines) + "\r\n";

    public static string Field(string? v) => v is null ? "" : v.Contains(',') || v.Contains('"') ? "\"" + v.Replace("\"", "\"\"") + "\"" : v;

    /// <summary>The rows of the import page's error table: (row, column, reason).</summary>
    public static List<(int Row, string Column, string Reason)> Errors(string html) =>
        ErrorRow().Matches(html).Select(m => (int.Parse(m.Groups[1].Value), WebUtility.HtmlDecode(m.Groups[2].Value), WebUtility.HtmlDecode(m.Groups[3].Value))).ToList();

    public static async Task<Guid> SchoolIdAsync(SignpostFactory app, string slug = "holbrook")
    {
        await using var db = app.SystemDb();
        return await db.Schools.Where(s => s.Slug == slug).Select(s => s.Id).SingleAsync();
    }

    /// <summary>The school's current staff roster as its information system would export it today (so importing it changes nothing).</summary>
    public static async Task<List<string>> StaffRowsAsync(SignpostFactory app, Guid schoolId, params string[] omit)
    {
        await using var db = app.SystemDb();
        var staff = await db.People.Where(p => p.SchoolId == schoolId && p.RosterSource == "staff" && p.IsActive).OrderBy(p => p.ExternalId).ToListAsync();
        return staff.Where(p => !omit.Contains(p.ExternalId, StringComparer.OrdinalIgnoreCase)).Select(StaffRow).ToList();
    }

    public static string StaffRow(Person p) => string.Join(",",
        Field(p.ExternalId), Field(p.FirstName), Field(p.LastName), Category(p.Kind),
        p.Employer switch { Employer.LocalAuthority => "LA", Employer.Other => "other", _ => "school" },
        Field(p.Position), Field(p.Email));

    public static async Task<List<string>> PupilRowsAsync(SignpostFactory app, Guid schoolId)
    {
        await using var db = app.SystemDb();
        var pupils = await db.People.Include(p => p.Class).Where(p => p.SchoolId == schoolId && p.RosterSource == "pupils" && p.IsActive).OrderBy(p => p.ExternalId).ToListAsync();
        return pupils.Select(p => PupilRow(p.ExternalId!, p.FirstName, p.LastName, p.YearGroup!.Value.ToString(), p.Class!.Name, p.PhotoConsent?.ToString().ToLowerInvariant())).ToList();
    }

    public static string PupilRow(string upn, string first, string last, string year, string className, string? consent = "yes") =>
        string.Join(",", Field(upn), Field(first), Field(last), Field(year), Field(className), Field(consent));

    private static string Category(PersonKind k) => k switch
    {
        PersonKind.SupportStaff => "support",
        PersonKind.Governor => "governor",
        PersonKind.Contractor => "contractor",
        PersonKind.Trainee => "trainee",
        PersonKind.Volunteer => "volunteer",
        _ => "teaching",
    };

    [GeneratedRegex(@"<tr><td>(\d+)</td><td>([^<]*)</td><td>([^<]*)</td></tr>")]
    private static partial Regex ErrorRow();
}

public abstract class RosterImportTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : SignpostFactory
{
    private async Task<HttpClient> HeadAsync()
    {
        var client = app.Browser();
        await client.SignInOkAsync("head");
        return client;
    }

    [Fact]
    public async Task A_good_pupils_file_imports_every_row_at_once_with_accounts_and_classes()
    {
        var school = await Rosters.SchoolIdAsync(app);
        var head = await HeadAsync();
        var rows = await Rosters.PupilRowsAsync(app, school);
        rows.Add(Rosters.PupilRow(Upn.MakeDemo(41), "Amara", "Fictional", "3", "Year 3", "yes"));
        rows.Add(Rosters.PupilRow(Upn.MakeDemo(42).ToLowerInvariant(), "Bilal", "Fictional", "R", "Reception Robins", "limited"));
        rows.Add(Rosters.PupilRow(Upn.MakeDemo(43), "Cleo", "Fictional", "Year 3", "Year 3", ""));
        int before;
        await using (var db = app.SystemDb())
        {
            before = await db.People.CountAsync(p => p.SchoolId == school);
        }

        var text = await head.ImportOkAsync("Pupils", Rosters.Csv(rows.Prepend(Rosters.PupilsHeader)));
        Assert.Contains("3 added", text);

        await using (var db = app.SystemDb())
        {
            Assert.Equal(before + 3, await db.People.CountAsync(p => p.SchoolId == school));
            var ids = new[] { Upn.MakeDemo(41), Upn.MakeDemo(42), Upn.MakeDemo(43) };
            var added = await db.People.Include(p => p.Class).Include(p => p.Roles).Where(p => ids.Contains(p.ExternalId!)).OrderBy(p => p.FirstName).ToListAsync();
            Assert.Equal(["Amara", "Bilal", "Cleo"], added.Select(p => p.FirstName));
            Assert.All(added, p => Assert.Equal((PersonKind.Pupil, "pupils", school, true), (p.Kind, p.RosterSource, p.SchoolId, p.IsActive)));
            Assert.All(added, p => Assert.Equal([Role.Pupil], p.Roles.Select(r => r.Role)));
            Assert.Equal([(3, "Year 3", PhotoConsent.Yes), (0, "Reception Robins", PhotoConsent.Limited), (3, "Year 3", PhotoConsent.No)],
                added.Select(p => (p.YearGroup!.Value, p.Class!.Name, p.PhotoConsent!.Value)));
            var personIds = added.Select(p => p.Id).ToList();
            Assert.Equal(3, await db.Users.CountAsync(u => personIds.Contains(u.PersonId) && u.SchoolId == school));
            Assert.Equal(3, await db.PupilLogins.CountAsync(l => personIds.Contains(l.PersonId)));
            Assert.Equal(5, await db.People.CountAsync(p => p.SchoolId == school && p.Kind == PersonKind.Pupil && p.YearGroup == 4 && p.IsActive));
        }
    }

    [Fact]
    public async Task Importing_the_same_file_again_changes_nothing()
    {
        var school = await Rosters.SchoolIdAsync(app);
        var head = await HeadAsync();
        var rows = await Rosters.PupilRowsAsync(app, school);
        rows.Add(Rosters.PupilRow(Upn.MakeDemo(51), "Dara", "Fictional", "2", "Year 2"));
        rows.Add(Rosters.PupilRow(Upn.MakeDemo(52), "Eli", "Fictional", "2", "Year 2", "no"));
        var csv = Rosters.Csv(rows.Prepend(Rosters.PupilsHeader));
        Assert.Contains("2 added", await head.ImportOkAsync("Pupils", csv));

        async Task<(int People, int Users, long Audit, int Classes)> CountsAsync()
        {
            await using var db = app.SystemDb();
            return (await db.People.CountAsync(), await db.Users.CountAsync(), await db.AuditRecords.LongCountAsync(), await db.Classes.CountAsync());
        }

        var before = await CountsAsync();
        var again = await head.ImportOkAsync("Pupils", csv);
        Assert.Contains("Nothing changed", again);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task A_file_without_required_columns_is_refused_naming_each_missing_column_on_row_1()
    {
        var head = await HeadAsync();
        var r = await head.ImportAsync("Pupils", Rosters.Csv(["UPN,Forename,Year", $"{Upn.MakeDemo(61)},Fay,3"]));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, r.StatusCode);
        var errors = Rosters.Errors(await r.Content.ReadAsStringAsync());
        Assert.Contains(errors, e => e is { Row: 1, Column: "last_name" });
        Assert.Contains(errors, e => e is { Row: 1, Column: "class" });
        Assert.All(errors, e => Assert.Equal(1, e.Row));
        await using var db = app.SystemDb();
        Assert.False(await db.People.AnyAsync(p => p.ExternalId == Upn.MakeDemo(61)));
    }

    [Fact]
    public async Task A_file_with_bad_rows_lists_every_problem_row_by_row_and_imports_nothing_not_even_its_good_rows()
    {
        var school = await Rosters.SchoolIdAsync(app);
        var head = await HeadAsync();
        var good = Upn.MakeDemo(71);
        var wrongCheck = (Upn.MakeDemo(72)[0] == 'A' ? "B" : "A") + Upn.MakeDemo(72)[1..];
        var csv = Rosters.Csv(
        [
            Rosters.PupilsHeader,
            Rosters.PupilRow(good, "Gus", "Fictional", "3", "Year 3"),            // row 2: fine on its own
            Rosters.PupilRow(Upn.MakeDemo(73), "Hana", "Fictional", "7", "Year 3"), // row 3: not a primary year
            Rosters.PupilRow(wrongCheck, "Ivo", "Fictional", "3", "Year 3"),        // row 4: check letter wrong
            Rosters.PupilRow(good, "Gus", "Fictional", "3", "Year 3"),            // row 5: same id as row 2
            Rosters.PupilRow(Upn.MakeDemo(74), new string('J', 101), "Fictional", "3", "Year 3"), // row 6: name too long
        ]);
        int people, classes;
        long audit;
        await using (var db = app.SystemDb())
        {
            (people, classes, audit) = (await db.People.CountAsync(), await db.Classes.CountAsync(), await db.AuditRecords.LongCountAsync());
        }

        var r = await head.ImportAsync("Pupils", csv);
        var html = await r.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.UnprocessableEntity, r.StatusCode);
        Assert.Contains("Nothing was imported", Http.Text(html));
        var errors = Rosters.Errors(html);
        Assert.Contains(errors, e => e is { Row: 3, Column: "year" } && e.Reason.Contains("'7'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e is { Row: 4, Column: "id" } && e.Reason.Contains("check letter", StringComparison.Ordinal));
        Assert.Contains(errors, e => e is { Row: 5, Column: "id" } && e.Reason.Contains("row 2", StringComparison.Ordinal));
        Assert.Contains(errors, e => e is { Row: 6, Column: "first_name" } && e.Reason.Contains("100", StringComparison.Ordinal));
        Assert.DoesNotContain(errors, e => e.Row == 2);

        await using (var db = app.SystemDb())
        {
            Assert.Equal((people, classes, audit), (await db.People.CountAsync(), await db.Classes.CountAsync(), await db.AuditRecords.LongCountAsync()));
            Assert.False(await db.People.AnyAsync(p => p.ExternalId == good));
            // The file lists none of the current pupils; had any of it been applied, they would have been marked as left.
            Assert.Equal(5, await db.People.CountAsync(p => p.SchoolId == school && p.YearGroup == 4 && p.IsActive));
        }
    }

    [Fact]
    public async Task A_staff_file_that_omits_someone_deactivates_them_at_once_and_re_adding_them_reactivates_them()
    {
        var school = await Rosters.SchoolIdAsync(app);
        const string leaverId = "DEMO-TEACHER.Y5";

        var leaverBrowser = app.Browser();
        await leaverBrowser.SignInOkAsync("teacher.y5");
        Assert.Equal(HttpStatusCode.OK, (await leaverBrowser.GetAsync("/home")).StatusCode);
        var leaverApi = app.CreateClient().WithBearer(await app.CreateClient().ApiTokenAsync("teacher.y5"));
        Assert.Equal(HttpStatusCode.OK, (await leaverApi.GetAsync("/api/me")).StatusCode);

        var head = await HeadAsync();
        var text = await head.ImportOkAsync("Staff", Rosters.Csv((await Rosters.StaffRowsAsync(app, school, leaverId)).Prepend(Rosters.StaffHeader)));
        Assert.Contains("1 marked as left", text);

        var home = await leaverBrowser.GetAsync("/home");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.StartsWith("/account/sign-in", Rosters.RedirectPath(home), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.Unauthorized, (await leaverApi.GetAsync("/api/me")).StatusCode);

        var again = await app.Browser().SignInAsync("teacher.y5");
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var refusal = Http.Text(await again.Content.ReadAsStringAsync());
        Assert.Contains("has left the school", refusal);
        Assert.Contains("6.7", refusal);
        var apiLogin = await app.CreateClient().PostAsJsonAsync("/api/auth/login", new { username = "teacher.y5", password = SignpostFactory.DemoPassword });
        Assert.Equal(HttpStatusCode.Unauthorized, apiLogin.StatusCode);

        await using (var db = app.SystemDb())
        {
            var leaver = await db.People.SingleAsync(p => p.SchoolId == school && p.ExternalId == leaverId);
            Assert.False(leaver.IsActive);
            Assert.NotNull(leaver.LeftAt);
            Assert.NotNull(leaver.UserId);
            Assert.True(await db.Users.AnyAsync(u => u.Id == leaver.UserId));
            Assert.True(await db.People.AnyAsync(p => p.ExternalId == "DEMO-TEACHER.Y4" && p.IsActive));
        }

        var rows = await Rosters.StaffRowsAsync(app, school);
        await using (var db = app.SystemDb())
        {
            rows.Add(Rosters.StaffRow(await db.People.SingleAsync(p => p.SchoolId == school && p.ExternalId == leaverId)));
        }

        Assert.Contains("1 returned", await head.ImportOkAsync("Staff", Rosters.Csv(rows.Prepend(Rosters.StaffHeader))));
        await using (var db = app.SystemDb())
        {
            var back = await db.People.SingleAsync(p => p.SchoolId == school && p.ExternalId == leaverId);
            Assert.True(back.IsActive);
            Assert.Null(back.LeftAt);
        }

        var returned = app.Browser();
        await returned.SignInOkAsync("teacher.y5");
        Assert.Equal(HttpStatusCode.OK, (await returned.GetAsync("/home")).StatusCode);
    }

    [Fact]
    public async Task A_staff_file_that_does_not_list_the_importer_is_refused_and_deactivates_no_one()
    {
        var school = await Rosters.SchoolIdAsync(app);
        var head = await HeadAsync();
        var r = await head.ImportAsync("Staff", Rosters.Csv((await Rosters.StaffRowsAsync(app, school, "DEMO-HEAD", "DEMO-TEACHER.Y6")).Prepend(Rosters.StaffHeader)));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, r.StatusCode);
        var errors = Rosters.Errors(await r.Content.ReadAsStringAsync());
        Assert.Contains(errors, e => e is { Row: 1, Column: "id" } && e.Reason.Contains("does not list you", StringComparison.Ordinal));

        await using var db = app.SystemDb();
        Assert.True(await db.People.AnyAsync(p => p.ExternalId == "DEMO-HEAD" && p.IsActive && p.LeftAt == null));
        Assert.True(await db.People.AnyAsync(p => p.ExternalId == "DEMO-TEACHER.Y6" && p.IsActive && p.LeftAt == null));
        Assert.Equal(HttpStatusCode.OK, (await head.GetAsync("/home")).StatusCode);
    }

    [Fact]
    public async Task A_parents_file_links_each_parent_to_their_children_by_upn()
    {
        var school = await Rosters.SchoolIdAsync(app);
        var head = await HeadAsync();
        var csv = Rosters.Csv(
        [
            Rosters.ParentsHeader,
            $"DEMO-PARENT-1,Pat,Example,{Upn.MakeDemo(1)},parent.1@parents.example,Parent",
            $"P-NEW-1,Quinn,Fictional,\"{Upn.MakeDemo(2)}; {Upn.MakeDemo(3).ToLowerInvariant()}\",quinn@parents.example,Carer",
        ]);
        Assert.Contains("1 added", await head.ImportOkAsync("Parents", csv));

        await using var db = app.SystemDb();
        var quinn = await db.People.Include(p => p.Roles).SingleAsync(p => p.SchoolId == school && p.ExternalId == "P-NEW-1");
        Assert.Equal((PersonKind.Parent, "quinn@parents.example"), (quinn.Kind, quinn.Email));
        Assert.Equal([Role.Parent], quinn.Roles.Select(r => r.Role));
        var children = await db.ParentLinks.Where(l => l.ParentId == quinn.Id)
            .Join(db.People, l => l.PupilId, p => p.Id, (l, p) => new { p.ExternalId, l.Relationship }).ToListAsync();
        Assert.Equal([Upn.MakeDemo(2), Upn.MakeDemo(3)], children.Select(c => c.ExternalId).Order());
        Assert.All(children, c => Assert.Equal("Carer", c.Relationship));
        Assert.True(await db.Users.AnyAsync(u => u.PersonId == quinn.Id && u.PasswordHash == null));
        Assert.True(await db.People.AnyAsync(p => p.ExternalId == "DEMO-PARENT-1" && p.IsActive));
    }

    [Fact]
    public async Task A_parents_file_naming_an_unknown_upn_is_refused_and_imports_nothing()
    {
        var head = await HeadAsync();
        var csv = Rosters.Csv(
        [
            Rosters.ParentsHeader,
            $"DEMO-PARENT-1,Pat,Example,{Upn.MakeDemo(1)},parent.1@parents.example,Parent",
            $"P-NEW-2,Rae,Fictional,{Upn.MakeDemo(4)},rae@parents.example,Parent",
            $"P-NEW-3,Sol,Fictional,{Upn.MakeDemo(99)},sol@parents.example,Parent",
        ]);
        var r = await head.ImportAsync("Parents", csv);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, r.StatusCode);
        var errors = Rosters.Errors(await r.Content.ReadAsStringAsync());
        var error = Assert.Single(errors);
        Assert.Equal((4, "pupils"), (error.Row, error.Column));
        Assert.Contains(Upn.MakeDemo(99), error.Reason);

        await using var db = app.SystemDb();
        Assert.False(await db.People.AnyAsync(p => p.ExternalId == "P-NEW-2" || p.ExternalId == "P-NEW-3"));
    }

    [Fact]
    public async Task Control_characters_duplicate_usernames_and_bad_emails_in_a_staff_file_are_listed_and_nothing_is_written()
    {
        var school = await Rosters.SchoolIdAsync(app);
        var head = await HeadAsync();
        var rows = (await Rosters.StaffRowsAsync(app, school)).Select(r => r + ",").ToList();
        rows.Add("BAD-1,Una,Fictional,teaching,school,\"Year 3\0teacher\",una@holbrook-primary.example,una.f");  // NUL in the position
        rows.Add("BAD-2,Vic,Fictional,support,school,Office,not-an-email,vic.f");                               // bad email
        rows.Add("BAD-3,Wyn\u0007,Fictional,volunteer,other,Reader,,wyn.f");                                   // control character in a name
        rows.Add("BAD-4,Xia,Fictional,trainee,school,Trainee teacher,,xia.f");                                 // fine on its own
        rows.Add("BAD-5,Yan,Fictional,trainee,school,Trainee teacher,,XIA.F");                                 // the same username as row before
        long audit;
        int people, users;
        await using (var db = app.SystemDb())
        {
            (people, users, audit) = (await db.People.CountAsync(), await db.Users.CountAsync(), await db.AuditRecords.LongCountAsync());
        }

        var r = await head.ImportAsync("Staff", Rosters.Csv(rows.Prepend(Rosters.StaffHeader + ",Username")));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, r.StatusCode);
        var errors = Rosters.Errors(await r.Content.ReadAsStringAsync());
        var first = rows.Count - 3; // spreadsheet row of BAD-1: the header is row 1
        Assert.Contains(errors, e => e is { Column: "position" } && e.Row == first && e.Reason.Contains("control characters", StringComparison.Ordinal));
        Assert.Contains(errors, e => e is { Column: "email" } && e.Row == first + 1);
        Assert.Contains(errors, e => e is { Column: "first_name" } && e.Row == first + 2);
        Assert.Contains(errors, e => e is { Column: "username" } && e.Row == first + 4 && e.Reason.Contains($"row {first + 3}", StringComparison.Ordinal));
        Assert.Equal(4, errors.Count);
        await using (var db = app.SystemDb())
        {
            Assert.Equal((people, users, audit), (await db.People.CountAsync(), await db.Users.CountAsync(), await db.AuditRecords.LongCountAsync()));
        }
    }

    [Fact]
    public async Task A_file_with_an_unclosed_quote_or_no_rows_is_refused_with_a_reason()
    {
        var head = await HeadAsync();
        var unclosed = await head.ImportAsync("Pupils", Rosters.Csv([Rosters.PupilsHeader, $"{Upn.MakeDemo(91)},\"Xan,Fictional,3,Year 3,yes"]));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unclosed.StatusCode);
        Assert.Contains(Rosters.Errors(await unclosed.Content.ReadAsStringAsync()), e => e.Row == 2 && e.Reason.Contains("never closed", StringComparison.Ordinal));

        var empty = await head.ImportAsync("Pupils", "");
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode); // a form error, like any other missing field
        var emptyHtml = await empty.Content.ReadAsStringAsync();
        Assert.Contains("role=\"alert\"", emptyHtml);
        Assert.Contains("Choose the CSV file", Http.Text(emptyHtml));
        Assert.DoesNotContain("<h2>Imported</h2>", emptyHtml);

        var headerOnly = await head.ImportAsync("Pupils", Rosters.Csv([Rosters.PupilsHeader]));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, headerOnly.StatusCode);
        Assert.Contains("no people", Http.Text(await headerOnly.Content.ReadAsStringAsync()));
        await using var db = app.SystemDb();
        Assert.False(await db.People.AnyAsync(p => p.ExternalId == Upn.MakeDemo(91)));
    }

    [Fact]
    public async Task A_semicolon_separated_export_with_a_byte_order_mark_imports()
    {
        var school = await Rosters.SchoolIdAsync(app);
        var head = await HeadAsync();
        var rows = (await Rosters.PupilRowsAsync(app, school)).Select(r => r.Replace(',', ';')).ToList();
        rows.Add($"{Upn.MakeDemo(95)};Yara;Fictional;Year 5;Year 5;Yes");
        var csv = "\uFEFF" + Rosters.Csv(rows.Prepend(Rosters.PupilsHeader.Replace(',', ';')));
        Assert.Contains("1 added", await head.ImportOkAsync("Pupils", csv));
        await using var db = app.SystemDb();
        var yara = await db.People.Include(p => p.Class).SingleAsync(p => p.ExternalId == Upn.MakeDemo(95));
        Assert.Equal(("Yara", 5, "Year 5"), (yara.FirstName, yara.YearGroup!.Value, yara.Class!.Name));
    }

    [Fact]
    public async Task Only_the_headteacher_leadership_and_ict_leader_may_open_the_import()
    {
        foreach (var username in new[] { "head", "deputy", "ict.lead" })
        {
            var client = app.Browser();
            await client.SignInOkAsync(username);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/people/import")).StatusCode);
        }

        var teacher = app.Browser();
        await teacher.SignInOkAsync("teacher.y1");
        foreach (var url in new[] { "/people/import", "/people" })
        {
            var r = await teacher.GetAsync(url);
            Assert.True(r.StatusCode == HttpStatusCode.Forbidden
                || (r.StatusCode == HttpStatusCode.Redirect && Rosters.RedirectPath(r).StartsWith("/account/denied", StringComparison.OrdinalIgnoreCase)),
                $"{url} for a teacher: {(int)r.StatusCode} {r.Headers.Location}");
        }

        var anonymous = await app.Browser().GetAsync("/people/import");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/account/sign-in", Rosters.RedirectPath(anonymous), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_teacher_cannot_post_a_roster_even_with_a_valid_form_token()
    {
        // The teacher takes a token from a page they may open (sign-in) and posts a pupils file straight to the import.
        var teacher = app.Browser();
        await teacher.SignInOkAsync("teacher.y2");
        var token = Http.Token(await teacher.GetPageAsync("/account/sign-in"));
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("Pupils"), "Kind" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(Rosters.Csv([Rosters.PupilsHeader, Rosters.PupilRow(Upn.MakeDemo(81), "Tam", "Fictional", "1", "Year 1")]))), "Upload", "p.csv" },
        };
        var r = await teacher.PostAsync("/people/import", form);
        Assert.True(r.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Redirect or HttpStatusCode.BadRequest, $"{(int)r.StatusCode}");
        Assert.DoesNotContain("/account/sign-in", Rosters.RedirectPath(r));
        await using var db = app.SystemDb();
        Assert.False(await db.People.AnyAsync(p => p.ExternalId == Upn.MakeDemo(81)));
    }
}

public sealed class RosterImportTests_Sqlite(SqliteFactory app) : RosterImportTests<SqliteFactory>(app);

[Collection("postgres")]
public sealed class RosterImportTests_Postgres(PostgresFactory app) : RosterImportTests<PostgresFactory>(app);
