using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Signpost.Data.Entities;
using Signpost.IntegrationTests.Infrastructure;
using Signpost.Web.Features.People;

namespace Signpost.IntegrationTests.Features;

/// <summary>
/// One deployment, two schools: Holbrook (the demo) and Otherfield, arranged straight in the database. Neither school's
/// users see anything of the other's, and anonymous visitors see the school their host name selects.
/// </summary>
public abstract partial class TenancyTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : SignpostFactory
{
    private const string OtherSlug = "otherfield";
    private const string OtherHost = "other.example";
    private const string OtherName = "Otherfield Primary";
    private const string OtherHead = "other.head";
    private const string OtherPassword = "Otherfield-Head-2026";
    private const string OtherOnlySite = "otherfield-news";

    private sealed record Other(Guid SchoolId, Guid HeadId, Guid TeacherId);

    /// <summary>Creates the second school once per database (tests of a class run one after another).</summary>
    private async Task<Other> OtherSchoolAsync()
    {
        await using var db = app.SystemDb();
        var existing = await db.Schools.SingleOrDefaultAsync(s => s.Slug == OtherSlug);
        if (existing is not null)
        {
            var ids = await db.People.Where(p => p.SchoolId == existing.Id).OrderBy(p => p.CreatedAt).ThenBy(p => p.FirstName).Select(p => new { p.Id, p.FirstName }).ToListAsync();
            return new Other(existing.Id, ids.Single(p => p.FirstName == "Orla").Id, ids.Single(p => p.FirstName == "Otto").Id);
        }

        var school = TestPeople.School(OtherSlug, OtherName, OtherHost, "https://otherfield-primary.example");
        var head = TestPeople.Staff(school, "Orla", "Headteacher", "OTH-HEAD", "orla@otherfield-primary.example", roles: [Role.Headteacher, Role.LeadershipTeam]);
        var user = TestPeople.Account(app, head, OtherHead, OtherPassword);
        var teacher = TestPeople.Staff(school, "Otto", "Year 2 teacher", "OTH-T2");
        db.Schools.Add(school);
        db.People.AddRange(head, teacher);
        db.Users.Add(user);
        foreach (var (slug, name) in new[] { ("school", "Otherfield Primary blog"), (OtherOnlySite, "Otherfield news") })
        {
            var site = new Site
            {
                SchoolId = school.Id, Slug = slug, Name = name, Kind = SiteKind.SchoolBlog, Status = SiteStatus.Live, Privacy = SitePrivacy.Public,
                CreatedAt = DateTime.UtcNow, Summary = "News from Otherfield.",
            };
            site.Members.Add(new SiteMember { SiteId = site.Id, PersonId = head.Id, SchoolId = school.Id, Role = SiteMemberRole.Administrator });
            db.Sites.Add(site);
        }

        await db.SaveChangesAsync();
        return new Other(school.Id, head.Id, teacher.Id);
    }

    private async Task<HttpClient> SignedInAsync(string username, string password = SignpostFactory.DemoPassword)
    {
        var client = app.Browser();
        await client.SignInOkAsync(username, password);
        return client;
    }

    private static Dictionary<string, string> SitesByName(string json) =>
        JsonDocument.Parse(json).RootElement.EnumerateArray().ToDictionary(s => s.GetProperty("name").GetString()!, s => s.GetProperty("slug").GetString()!);

    [Fact]
    public async Task Each_head_lists_only_their_own_schools_sites_through_the_api()
    {
        await OtherSchoolAsync();
        var theirs = SitesByName(await app.CreateClient().WithBearer(await app.CreateClient().ApiTokenAsync(OtherHead, OtherPassword)).GetStringAsync("/api/sites"));
        Assert.Equal(new Dictionary<string, string> { ["Otherfield Primary blog"] = "school", ["Otherfield news"] = OtherOnlySite }, theirs);

        var holbrook = SitesByName(await app.CreateClient().WithBearer(await app.CreateClient().ApiTokenAsync("head")).GetStringAsync("/api/sites"));
        Assert.Superset(new HashSet<string> { "school", "year-1", "year-2", "year-3", "year-4", "year-5", "year-6" }, holbrook.Values.ToHashSet());
        Assert.Equal("school", holbrook["Holbrook Primary blog"]);
        Assert.DoesNotContain(OtherOnlySite, holbrook.Values);
        Assert.DoesNotContain(holbrook.Keys, n => n.StartsWith("Otherfield", StringComparison.Ordinal));

        var me = JsonDocument.Parse(await app.CreateClient().WithBearer(await app.CreateClient().ApiTokenAsync(OtherHead, OtherPassword)).GetStringAsync("/api/me")).RootElement;
        Assert.Equal(OtherName, me.GetProperty("school").GetString());
    }

    [Fact]
    public async Task Each_heads_people_directory_lists_only_their_own_people()
    {
        var o = await OtherSchoolAsync();
        int count;
        await using (var db = app.SystemDb())
        {
            count = await db.People.CountAsync(p => p.SchoolId == o.SchoolId);
        }

        var theirs = Http.Text(await (await SignedInAsync(OtherHead, OtherPassword)).GetPageAsync("/people?leavers=true"));
        Assert.Contains("Orla Fictional", theirs);
        Assert.Contains("Otto Fictional", theirs);
        Assert.Contains($"{count} people", theirs);
        Assert.DoesNotContain("Helen Example", theirs);
        Assert.DoesNotContain("Ada Example", theirs);

        var ours = Http.Text(await (await SignedInAsync("head")).GetPageAsync("/people?leavers=true"));
        Assert.Contains("Helen Example", ours);
        Assert.DoesNotContain("Orla", ours);
        Assert.DoesNotContain("Otto", ours);

        // A search that would match only the other school's people finds no one.
        var search = Http.Text(await (await SignedInAsync("head")).GetPageAsync("/people?q=Otto"));
        Assert.Contains("0 people", search);
    }

    [Fact]
    public async Task Another_schools_site_does_not_exist_for_holbrooks_head_and_a_shared_slug_means_their_own_site()
    {
        await OtherSchoolAsync();
        var head = await SignedInAsync("head");
        Assert.Equal(HttpStatusCode.NotFound, (await head.GetAsync($"/sites/{OtherOnlySite}")).StatusCode);
        var shared = Http.Text(await head.GetPageAsync("/sites/school"));
        Assert.Contains("Holbrook Primary blog", shared);
        Assert.DoesNotContain("Otherfield", shared);

        var other = await SignedInAsync(OtherHead, OtherPassword);
        Assert.Contains("Otherfield Primary blog", Http.Text(await other.GetPageAsync("/sites/school")));
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync("/sites/year-4")).StatusCode);
    }

    [Fact]
    public async Task Each_heads_audit_page_shows_only_their_own_schools_records()
    {
        var o = await OtherSchoolAsync();
        var other = await SignedInAsync(OtherHead, OtherPassword);
        var holbrook = await SignedInAsync("head");
        var holbrookId = await Rosters.SchoolIdAsync(app);
        HashSet<long> ours, theirs;
        await using (var db = app.SystemDb())
        {
            ours = (await db.AuditRecords.Where(r => r.SchoolId == holbrookId).Select(r => r.Sequence).ToListAsync()).ToHashSet();
            theirs = (await db.AuditRecords.Where(r => r.SchoolId == o.SchoolId).Select(r => r.Sequence).ToListAsync()).ToHashSet();
        }

        Assert.NotEmpty(theirs);
        var theirPage = await other.GetPageAsync("/audit");
        var theirRows = Sequences(theirPage);
        Assert.NotEmpty(theirRows);
        Assert.All(theirRows, s => Assert.Contains(s, theirs));
        Assert.Contains(o.TeacherId.ToString(), theirPage);

        var ourPage = await holbrook.GetPageAsync("/audit");
        var ourRows = Sequences(ourPage);
        Assert.NotEmpty(ourRows);
        Assert.All(ourRows, s => Assert.Contains(s, ours));
        Assert.DoesNotContain(o.TeacherId.ToString(), ourPage);
        Assert.DoesNotContain(o.HeadId.ToString(), ourPage);
        Assert.DoesNotContain(o.SchoolId.ToString(), ourPage);
    }

    [Fact]
    public async Task An_anonymous_visitor_on_the_other_schools_host_sees_that_school_and_its_blogs()
    {
        await OtherSchoolAsync();
        var visitor = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri($"http://{OtherHost}/") });
        var html = await visitor.GetPageAsync("/");
        Assert.Contains(OtherName, Http.Text(html));
        Assert.Contains($"href=\"/sites/{OtherOnlySite}\"", html);
        Assert.Contains("Otherfield Primary blog", html);
        Assert.DoesNotContain("Holbrook Primary blog", html);
        Assert.Contains("Otherfield Primary blog", Http.Text(await visitor.GetPageAsync("/sites/school")));

        var plain = await app.Browser().GetPageAsync("/");
        Assert.Contains("Holbrook Primary", Http.Text(plain));
        Assert.Contains("Holbrook Primary blog", plain);
        Assert.DoesNotContain(OtherOnlySite, plain);
        Assert.DoesNotContain("Otherfield", plain);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Browser().GetAsync($"/sites/{OtherOnlySite}")).StatusCode);
    }

    [Fact]
    public async Task The_home_page_on_the_other_schools_host_never_names_holbrook()
    {
        await OtherSchoolAsync();
        var visitor = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri($"http://{OtherHost}/") });
        var text = Http.Text(await visitor.GetPageAsync("/"));
        Assert.DoesNotContain("Holbrook", text);

        var signedIn = Http.Text(await (await SignedInAsync(OtherHead, OtherPassword)).GetPageAsync("/"));
        Assert.DoesNotContain("Holbrook", signedIn);
    }

    [Fact]
    public async Task A_parents_file_from_one_school_cannot_link_to_another_schools_pupils()
    {
        await OtherSchoolAsync();
        var other = await SignedInAsync(OtherHead, OtherPassword);
        int links;
        await using (var db = app.SystemDb())
        {
            links = await db.ParentLinks.CountAsync();
        }

        var r = await other.ImportAsync("Parents", Rosters.Csv([Rosters.ParentsHeader, $"OTH-P1,Ona,Fictional,{Upn.MakeDemo(1)},ona@parents.example,Parent"]));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, r.StatusCode);
        var error = Assert.Single(Rosters.Errors(await r.Content.ReadAsStringAsync()));
        Assert.Equal((2, "pupils"), (error.Row, error.Column));

        await using (var db = app.SystemDb())
        {
            Assert.Equal(links, await db.ParentLinks.CountAsync());
            Assert.False(await db.People.AnyAsync(p => p.ExternalId == "OTH-P1"));
        }
    }

    [Fact]
    public async Task A_staff_file_from_one_school_adds_only_to_that_school_even_when_it_reuses_the_others_ids()
    {
        var o = await OtherSchoolAsync();
        var holbrookId = await Rosters.SchoolIdAsync(app);
        var other = await SignedInAsync(OtherHead, OtherPassword);
        List<(Guid Id, bool IsActive, string First)> holbrookStaff;
        await using (var db = app.SystemDb())
        {
            holbrookStaff = (await db.People.Where(p => p.SchoolId == holbrookId).OrderBy(p => p.Id).Select(p => new { p.Id, p.IsActive, p.FirstName }).ToListAsync())
                .Select(p => (p.Id, p.IsActive, p.FirstName)).ToList();
        }

        var mine = await Rosters.StaffRowsAsync(app, o.SchoolId);

        // A username that belongs to Holbrook cannot be taken over.
        var taken = await other.ImportAsync("Staff", Rosters.Csv(mine.Prepend(Rosters.StaffHeader + ",Username").Select((l, i) => i == 0 ? l : l + ",")
            .Append("DEMO-TEACHER.Y2,Tara,Demo,teaching,school,Year 2 teacher,,teacher.y2")));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, taken.StatusCode);
        Assert.Contains(Rosters.Errors(await taken.Content.ReadAsStringAsync()), e => e.Column == "username" && e.Reason.Contains("already in use", StringComparison.Ordinal));

        // Holbrook's external id in Otherfield's file is a new Otherfield person; Holbrook's Tara is untouched.
        Assert.Contains("1 added", await other.ImportOkAsync("Staff", Rosters.Csv(mine.Prepend(Rosters.StaffHeader)
            .Append("DEMO-TEACHER.Y2,Tara,Demo,teaching,school,Year 2 teacher,"))));
        await using (var db = app.SystemDb())
        {
            var taras = await db.People.Where(p => p.ExternalId == "DEMO-TEACHER.Y2").Select(p => new { p.SchoolId, p.IsActive, p.UserId }).ToListAsync();
            Assert.Equal(2, taras.Count);
            Assert.Single(taras, t => t.SchoolId == o.SchoolId);
            var theirTara = taras.Single(t => t.SchoolId == o.SchoolId);
            Assert.Equal(o.SchoolId, (await db.Users.SingleAsync(u => u.Id == theirTara.UserId)).SchoolId);
            var after = (await db.People.Where(p => p.SchoolId == holbrookId).OrderBy(p => p.Id).Select(p => new { p.Id, p.IsActive, p.FirstName }).ToListAsync())
                .Select(p => (p.Id, p.IsActive, p.FirstName)).ToList();
            Assert.Equal(holbrookStaff, after);
        }

        // Holbrook's teacher.y2 still signs in to Holbrook.
        var me = JsonDocument.Parse(await app.CreateClient().WithBearer(await app.CreateClient().ApiTokenAsync("teacher.y2")).GetStringAsync("/api/me")).RootElement;
        Assert.Equal("Holbrook Primary", me.GetProperty("school").GetString());
    }

    private static List<long> Sequences(string auditHtml) => AuditRow().Matches(auditHtml).Select(m => long.Parse(m.Groups[1].Value)).ToList();

    [GeneratedRegex(@"<tr><td>(\d+)</td><td>\d{4}-")]
    private static partial Regex AuditRow();
}

public sealed class TenancyTests_Sqlite(SqliteFactory app) : TenancyTests<SqliteFactory>(app);

[Collection("postgres")]
public sealed class TenancyTests_Postgres(PostgresFactory app) : TenancyTests<PostgresFactory>(app);
