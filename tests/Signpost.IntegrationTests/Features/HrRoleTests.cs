using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Signpost.Data.Entities;
using Signpost.IntegrationTests.Infrastructure;

namespace Signpost.IntegrationTests.Features;

/// <summary>
/// 9.1–9.3 and issue 6: the breach register is visible only to the Headteacher "and an HR role the school may grant".
/// The Headteacher grants the role at /people/hr; its holder reads, exports and records breaches and gains nothing else.
/// </summary>
public abstract class HrRoleTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : SignpostFactory
{
    private static string Today => DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private async Task<Guid> PersonIdAsync(string username)
    {
        await using var db = app.SystemDb();
        return await db.Users.Where(u => u.UserName == username).Select(u => u.PersonId).SingleAsync();
    }

    private static async Task AssertRefusedAsync(HttpClient browser, string who)
    {
        foreach (var url in new[] { "/breaches", "/breaches/edit", "/breaches?handler=Csv" })
        {
            var r = await browser.GetAsync(url);
            Assert.True(r.StatusCode is HttpStatusCode.Forbidden || (r.StatusCode == HttpStatusCode.Redirect && r.Headers.Location!.ToString().Contains("/account/", StringComparison.Ordinal)),
                $"{who} {url}: {(int)r.StatusCode} {r.Headers.Location}");
        }
    }

    [Fact]
    public async Task The_headteacher_grants_the_hr_role_and_its_holder_reads_exports_and_records_breaches_until_it_is_withdrawn()
    {
        var teacher = app.Browser();
        await teacher.SignInOkAsync("teacher.y3");
        await AssertRefusedAsync(teacher, "teacher.y3 before the grant");

        var head = app.Browser();
        await head.SignInOkAsync("head");
        var granted = await head.SubmitAsync("/people/hr", [new("PersonId", (await PersonIdAsync("teacher.y3")).ToString())], "/people/hr?handler=Grant");
        Assert.Equal(HttpStatusCode.Redirect, granted.StatusCode);
        Assert.Contains("Theo Demo", Http.Text(await head.GetPageAsync("/people/hr")));

        // The holder's next request carries the role: register, record, CSV, and the link on their home page.
        Assert.Contains("/breaches", await teacher.GetPageAsync("/home"));
        Assert.Contains("Breach register", await teacher.GetPageAsync("/breaches"));
        var detail = "HR recorded this: a staff member posted a photo of a pupil " + Guid.NewGuid().ToString("N");
        var recorded = await teacher.SubmitAsync("/breaches/edit", [
            new("Input.PersonDescription", "A member of staff"), new("Input.Clauses", "6.9"), new("Input.WhatHappened", detail),
            new("Input.FoundOn", Today), new("Input.Severity", "medium"),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        var csv = await teacher.GetAsync("/breaches?handler=Csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var csvText = await csv.Content.ReadAsStringAsync();
        Assert.True(csvText.Contains(detail, StringComparison.Ordinal), csvText);
        Assert.Contains(detail, await head.GetPageAsync("/breaches"));

        // Nothing else special: still not the Headteacher's other pages.
        foreach (var url in new[] { "/people/hr", "/audit", "/media-enquiries", "/oversight", "/school/settings" })
        {
            var r = await teacher.GetAsync(url);
            Assert.True(r.StatusCode == HttpStatusCode.Forbidden || (r.StatusCode == HttpStatusCode.Redirect && r.Headers.Location!.ToString().Contains("/account/denied", StringComparison.Ordinal)), $"{url}: {(int)r.StatusCode}");
        }

        // Withdrawn: at once, in this session and in a bearer token issued before.
        var withdrawn = await head.SubmitAsync("/people/hr", [new("personId", (await PersonIdAsync("teacher.y3")).ToString())], "/people/hr?handler=Withdraw");
        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await teacher.GetAsync("/breaches")).StatusCode);
        var again = app.Browser();
        await again.SignInOkAsync("teacher.y3");
        await AssertRefusedAsync(again, "teacher.y3 after withdrawal");
    }

    [Theory]
    [InlineData("governor.1")]
    [InlineData("contractor.1")]
    [InlineData("parent.1")]
    public async Task Only_school_staff_may_hold_the_hr_role(string username)
    {
        var head = app.Browser();
        await head.SignInOkAsync("head");
        var r = await head.SubmitAsync("/people/hr", [new("PersonId", (await PersonIdAsync(username)).ToString())], "/people/hr?handler=Grant");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, r.StatusCode);
        Assert.Contains("Choose a current member of the school's staff", Http.Text(await r.Content.ReadAsStringAsync()));
        await using var db = app.SystemDb();
        var id = await PersonIdAsync(username);
        Assert.False(await db.PersonRoles.AnyAsync(x => x.PersonId == id && x.Role == Role.HumanResources));
    }

    [Theory]
    [InlineData("deputy")]
    [InlineData("ict.lead")]
    [InlineData("dsl")]
    public async Task Only_the_headteacher_grants_the_hr_role(string username)
    {
        var b = app.Browser();
        await b.SignInOkAsync(username);
        var r = await b.GetAsync("/people/hr");
        Assert.Contains("/account/denied", r.Headers.Location?.ToString());
    }

    [Theory]
    [InlineData("dsl")]
    [InlineData("deputy")]
    [InlineData("assistant.head")]
    [InlineData("governor.1")]
    [InlineData("teacher.y4")]
    [InlineData("ta.1")]
    [InlineData("contractor.1")]
    [InlineData("trust.officer")]
    public async Task Nobody_else_sees_the_register(string username)
    {
        var b = app.Browser();
        await b.SignInOkAsync(username);
        await AssertRefusedAsync(b, username);
    }

    [Fact]
    public async Task Another_schools_hr_holder_sees_only_their_own_schools_register()
    {
        var marker = "Holbrook breach " + Guid.NewGuid().ToString("N");
        var head = app.Browser();
        await head.SignInOkAsync("head");
        Assert.Equal(HttpStatusCode.Redirect, (await head.SubmitAsync("/breaches/edit", [
            new("Input.PersonDescription", "Someone"), new("Input.Clauses", "5.5"), new("Input.WhatHappened", marker), new("Input.FoundOn", Today), new("Input.Severity", "low"),
        ])).StatusCode);

        const string username = "elsewhere.hr";
        const string password = "Elsewhere-Hr-2026-pass";
        await using (var db = app.SystemDb())
        {
            var school = new School { Slug = "elsewhere", Name = "Elsewhere Primary (fictional)", LocalAuthority = "Example Borough Council", CreatedAt = DateTime.UtcNow, TwoFactorRequiredFrom = DateTime.MaxValue.ToUniversalTime() };
            var hr = new Person { SchoolId = school.Id, Kind = PersonKind.SupportStaff, FirstName = "Eli", LastName = "Fictional", CreatedAt = DateTime.UtcNow };
            hr.Roles.AddRange(new[] { Role.Staff, Role.HumanResources }.Select(x => new PersonRole { PersonId = hr.Id, SchoolId = school.Id, Role = x }));
            var normalizer = app.Services.GetRequiredService<ILookupNormalizer>();
            var user = new AppUser
            {
                UserName = username, NormalizedUserName = normalizer.NormalizeName(username), SecurityStamp = Guid.NewGuid().ToString("N"),
                ConcurrencyStamp = Guid.NewGuid().ToString(), LockoutEnabled = true, SchoolId = school.Id, PersonId = hr.Id,
            };
            user.PasswordHash = app.Services.GetRequiredService<IPasswordHasher<AppUser>>().HashPassword(user, password);
            hr.UserId = user.Id;
            db.Schools.Add(school);
            db.People.Add(hr);
            db.Users.Add(user);
            await db.SaveChangesAsync();
        }

        var other = app.Browser();
        await other.SignInOkAsync(username, password);
        var page = await other.GetPageAsync("/breaches");
        Assert.Contains("No breaches recorded", page);
        Assert.DoesNotContain(marker, page);
        Assert.DoesNotContain(marker, await (await other.GetAsync("/breaches?handler=Csv")).Content.ReadAsStringAsync());
    }
}

public sealed class HrRoleTests_Sqlite(SqliteFactory app) : HrRoleTests<SqliteFactory>(app);

[Collection("postgres")]
public sealed class HrRoleTests_Postgres(PostgresFactory app) : HrRoleTests<PostgresFactory>(app);
