using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Signpost.IntegrationTests.Infrastructure;

namespace Signpost.IntegrationTests.Features;

/// <summary>A.3.3: taking part in another organisation's site for the school needs the Headteacher's approval.</summary>
public abstract class ParticipationTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : SignpostFactory
{
    private Task<HttpClient> As(string username) => app.ApiAsAsync(username);

    private static Task<JsonElement> Json(HttpResponseMessage r) => r.JsonAsync();

    private static Task AssertRefused(HttpResponseMessage r, string clause) => r.AssertRefusedAsync(clause);

    [Fact]
    public async Task A_teacher_asks_and_only_the_headteacher_decides()
    {
        var teacher = await As("teacher.y1");
        await AssertRefused(await teacher.PostAsJsonAsync("/api/participation", new { service = "Museum partners' blog", purpose = "fun" }), "A.3.3");
        Assert.Equal(HttpStatusCode.Created, (await teacher.PostAsJsonAsync("/api/participation",
            new { service = "Museum partners' blog", purpose = "Year 1 write guest posts about the museum's toy collection.", address = "https://museum.example/blog" })).StatusCode);

        var head = await As("head");
        var pending = (await Json(await head.GetAsync("/api/participation"))).EnumerateArray().Single(r => r.GetProperty("service").GetString() == "Museum partners' blog");
        Assert.Equal("pending", pending.GetProperty("status").GetString());
        var id = pending.GetProperty("id").GetString();

        await AssertRefused(await (await As("deputy")).PostAsJsonAsync($"/api/participation/{id}/decision", new { action = "approve" }), "A.3.3");
        await AssertRefused(await head.PostAsJsonAsync($"/api/participation/{id}/decision", new { action = "reject" }), "A.3.3"); // reasons needed
        Assert.Equal(HttpStatusCode.OK, (await head.PostAsJsonAsync($"/api/participation/{id}/decision", new { action = "approve", version = 0 })).StatusCode);
        await AssertRefused(await head.PostAsJsonAsync($"/api/participation/{id}/decision", new { action = "reject", reasons = "Changed my mind." }), "A.3.3");

        var mine = (await Json(await teacher.GetAsync("/api/participation"))).EnumerateArray().Single();
        Assert.Equal("approved", mine.GetProperty("status").GetString());
        Assert.Equal(0, (await Json(await (await As("teacher.y2")).GetAsync("/api/participation"))).GetArrayLength());
    }

    [Fact]
    public async Task The_headteacher_cannot_approve_their_own_request_and_parents_cannot_ask()
    {
        var head = await As("head");
        Assert.Equal(HttpStatusCode.Created, (await head.PostAsJsonAsync("/api/participation",
            new { service = "Council heads' forum", purpose = "Represent the school in the council's primary heads' discussion forum." })).StatusCode);
        var id = (await Json(await head.GetAsync("/api/participation"))).EnumerateArray().Single(r => r.GetProperty("service").GetString() == "Council heads' forum").GetProperty("id").GetString();
        await AssertRefused(await head.PostAsJsonAsync($"/api/participation/{id}/decision", new { action = "approve" }), "A.3.3");

        Assert.Equal(HttpStatusCode.Forbidden, (await (await As("parent.1")).PostAsJsonAsync("/api/participation",
            new { service = "Parents' forum", purpose = "Represent the school on a local parents' forum." })).StatusCode);
    }

    [Fact]
    public async Task Requests_and_decisions_work_through_the_page()
    {
        var teacher = app.Browser();
        await teacher.SignInOkAsync("teacher.y6");
        var sent = await teacher.SubmitAsync("/sites/participation",
            [new("Service", "Library reading challenge"), new("Purpose", "Year 6 post book reviews on the library's reading challenge site.")], "/sites/participation?handler=Request");
        Assert.Contains("Sent to the Headteacher.", Http.Text(await sent.Content.ReadAsStringAsync()));

        var head = app.Browser();
        await head.SignInOkAsync("head");
        var page = await head.GetPageAsync("/sites/participation");
        var id = System.Text.RegularExpressions.Regex.Match(page, "name=\"Id\" value=\"([0-9a-f-]+)\"").Groups[1].Value;
        var decided = await head.SubmitAsync("/sites/participation",
            [new("Id", id), new("Version", "0"), new("Decision", "approve")], "/sites/participation?handler=Decide");
        Assert.Contains("Decision recorded.", Http.Text(await decided.Content.ReadAsStringAsync()));
        Assert.Contains("approved", Http.Text(await teacher.GetPageAsync("/sites/participation")));
    }
}

public sealed class ParticipationTests_Sqlite(SqliteFactory app) : ParticipationTests<SqliteFactory>(app);

[Collection("postgres")]
public sealed class ParticipationTests_Postgres(PostgresFactory app) : ParticipationTests<PostgresFactory>(app);
