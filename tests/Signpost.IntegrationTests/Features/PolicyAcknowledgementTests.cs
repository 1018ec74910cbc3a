using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Signpost.Data.Entities;
using Signpost.IntegrationTests.Infrastructure;
using Signpost.Web.Features.Policy;

namespace Signpost.IntegrationTests.Features;

/// <summary>2.1: everyone in scope acknowledges the current policy; the gate the publish, approve and moderate paths ask.</summary>
public abstract class PolicyAcknowledgementTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : SignpostFactory
{
    private async Task<Guid> PersonAsync(string username)
    {
        await using var db = app.SystemDb();
        return await db.Users.Where(u => u.UserName == username).Select(u => u.PersonId).SingleAsync();
    }

    private async Task<bool> GateAsync(string username)
    {
        var id = await PersonAsync(username);
        await using var db = app.SystemDb();
        return await new PolicyGate(db).HasAcknowledgedCurrentAsync(id, CancellationToken.None);
    }

    [Fact]
    public async Task The_demo_volunteer_is_missing_on_the_dashboard_until_they_read_and_acknowledge_and_the_gate_opens()
    {
        Assert.True(await GateAsync("teacher.y4"));
        Assert.True(await GateAsync("ict.lead"));
        Assert.True(await GateAsync("governor.1"));
        Assert.False(await GateAsync("volunteer.1"));

        var json = await (await (await app.ApiAsAsync("head")).GetAsync("/api/oversight")).JsonAsync();
        var acks = json.GetProperty("acknowledgements");
        Assert.Equal(1, acks.GetProperty("currentVersion").GetInt32());
        Assert.Equal(acks.GetProperty("inScope").GetInt32() - 1, acks.GetProperty("acknowledged").GetInt32());
        Assert.Equal("Vera Sample", acks.GetProperty("missing").EnumerateArray().Single().GetProperty("name").GetString());

        var head = app.Browser();
        await head.SignInOkAsync("head");
        Assert.Contains("Vera Sample", Http.Text(await head.GetPageAsync("/oversight")));
        var csv = await head.GetAsync("/policy/acknowledgements?handler=Csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Vera Sample,Volunteer", await csv.Content.ReadAsStringAsync());

        // Then the volunteer reads and acknowledges, and the gate opens.
        var volunteer = app.Browser();
        await volunteer.SignInOkAsync("volunteer.1");
        var page = await volunteer.GetPageAsync("/policy");
        Assert.Contains("Please read the policy and acknowledge it", page);
        Assert.Contains("Holbrook Primary Social Media Policy</h2>", page); // the Markdown is rendered, its headings a level below the page's own h1
        var r = await volunteer.SubmitAsync("/policy", [], "/policy?handler=Acknowledge");
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        Assert.Contains("You acknowledged this version", await volunteer.GetPageAsync("/policy"));
        Assert.True(await GateAsync("volunteer.1"));

        // Acknowledging again changes nothing (append-only, one per person and version).
        var api = await app.ApiAsAsync("volunteer.1");
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsync("/api/policy/acknowledge", null)).StatusCode);
        Assert.True((await (await api.GetAsync("/api/policy")).JsonAsync()).GetProperty("acknowledged").GetBoolean());
        await using var db = app.SystemDb();
        var id = await PersonAsync("volunteer.1");
        Assert.Equal(1, await db.PolicyAcknowledgements.CountAsync(a => a.PersonId == id));
    }

    [Fact]
    public async Task Parents_and_pupils_are_not_in_scope_and_cannot_acknowledge()
    {
        var r = await (await app.ApiAsAsync("parent.1")).PostAsync("/api/policy/acknowledge", null);
        await r.AssertRefusedAsync("2.1");
        Assert.False((await (await (await app.ApiAsAsync("parent.1")).GetAsync("/api/policy")).JsonAsync()).GetProperty("inScope").GetBoolean());
    }

    [Fact]
    public async Task The_gate_is_open_while_a_school_has_published_no_version()
    {
        await using var db = app.SystemDb();
        var school = new School { Slug = "no-policy-" + Guid.NewGuid().ToString("N")[..6], Name = "Elsewhere Primary (fictional)", LocalAuthority = "Example Council", CreatedAt = DateTime.UtcNow };
        var person = new Person { SchoolId = school.Id, Kind = PersonKind.TeachingStaff, FirstName = "Nia", LastName = "Example", CreatedAt = DateTime.UtcNow };
        db.Schools.Add(school);
        db.People.Add(person);
        db.PolicyVersions.Add(new PolicyVersion { SchoolId = school.Id, Number = 1, Title = "Draft", Markdown = "Not yet", CreatedAt = DateTime.UtcNow });
        await db.SaveChangesAsync();
        Assert.True(await new PolicyGate(db).HasAcknowledgedCurrentAsync(person.Id, CancellationToken.None));
    }

    [Fact]
    public async Task Only_the_headteacher_manages_versions()
    {
        foreach (var who in new[] { "teacher.y1", "dsl", "governor.1" })
        {
            var b = app.Browser();
            await b.SignInOkAsync(who);
            Assert.Contains("/account/denied", (await b.GetAsync("/policy/versions")).Headers.Location?.ToString());
        }

        var teacher = app.Browser();
        await teacher.SignInOkAsync("teacher.y1");
        Assert.Contains("/account/denied", (await teacher.GetAsync("/policy/acknowledgements")).Headers.Location?.ToString());
    }
}

public sealed class PolicyAcknowledgementTests_Sqlite(SqliteFactory app) : PolicyAcknowledgementTests<SqliteFactory>(app);

[Collection("postgres")]
public sealed class PolicyAcknowledgementTests_Postgres(PostgresFactory app) : PolicyAcknowledgementTests<PostgresFactory>(app);

/// <summary>2.1: publishing a new version asks everyone again; drafts are sanitised Markdown.</summary>
public abstract class PolicyPublishingTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : SignpostFactory
{
    [Fact]
    public async Task A_new_version_asks_everyone_again_and_unsafe_markdown_never_reaches_the_page()
    {
        var head = app.Browser();
        await head.SignInOkAsync("head");
        var saved = await head.SubmitAsync("/policy/versions", [new("Title", "Social Media Policy 2027"),
            new("Markdown", "## New rules\n\n<script>alert(1)</script>\n\n[click](javascript:alert(1)) <img src=x onerror=alert(1)>\n\nStaff keep work and personal accounts apart.")],
            "/policy/versions?handler=Save");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var empty = await head.SubmitAsync("/policy/versions", [new("Title", ""), new("Markdown", "")], "/policy/versions?handler=Save");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.StatusCode);

        Guid draftId;
        await using (var db = app.SystemDb())
        {
            draftId = await db.PolicyVersions.Where(v => v.Number == 2).Select(v => v.Id).SingleAsync();
        }

        var preview = await head.GetPageAsync($"/policy/versions?id={draftId}");
        var article = preview[preview.IndexOf("<article", StringComparison.Ordinal)..];
        Assert.Contains("<h3", article);
        Assert.DoesNotContain("<script", article, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", article, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", article, StringComparison.OrdinalIgnoreCase); // shown as text, never as an element

        // Still version 1 until published: the teacher's gate stays open.
        var teacherApi = await app.ApiAsAsync("teacher.y4");
        Assert.True((await (await teacherApi.GetAsync("/api/policy")).JsonAsync()).GetProperty("acknowledged").GetBoolean());

        var published = await head.SubmitAsync("/policy/versions", [new("publishId", draftId.ToString())], "/policy/versions?handler=Publish");
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        var policy = await (await teacherApi.GetAsync("/api/policy")).JsonAsync();
        Assert.Equal(2, policy.GetProperty("version").GetInt32());
        Assert.False(policy.GetProperty("acknowledged").GetBoolean());

        await using (var db = app.SystemDb())
        {
            var teacherId = await db.Users.Where(u => u.UserName == "teacher.y4").Select(u => u.PersonId).SingleAsync();
            Assert.False(await new PolicyGate(db).HasAcknowledgedCurrentAsync(teacherId, CancellationToken.None));
            Assert.True(await db.Notices.AnyAsync(n => n.PersonId == teacherId && n.Kind == "policy-acknowledgement"));
            var parentId = await db.Users.Where(u => u.UserName == "parent.1").Select(u => u.PersonId).SingleAsync();
            Assert.False(await db.Notices.AnyAsync(n => n.PersonId == parentId && n.Kind == "policy-acknowledgement"));
        }

        // A published version is never edited.
        var edit = await head.SubmitAsync("/policy/versions", [new("Id", draftId.ToString()), new("Title", "Changed"), new("Markdown", "Changed")], "/policy/versions?handler=Save");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, edit.StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await teacherApi.PostAsync("/api/policy/acknowledge", null)).StatusCode);
        var json = await (await (await app.ApiAsAsync("head")).GetAsync("/api/oversight")).JsonAsync();
        Assert.Equal(1, json.GetProperty("acknowledgements").GetProperty("acknowledged").GetInt32());
    }
}

public sealed class PolicyPublishingTests_Sqlite(SqliteFactory app) : PolicyPublishingTests<SqliteFactory>(app);

[Collection("postgres")]
public sealed class PolicyPublishingTests_Postgres(PostgresFactory app) : PolicyPublishingTests<PostgresFactory>(app);
