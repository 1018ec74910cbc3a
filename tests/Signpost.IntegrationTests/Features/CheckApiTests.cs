using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Signpost.IntegrationTests.Infrastructure;

namespace Signpost.IntegrationTests.Features;

/// <summary>POST /api/check (CONTRACT.md): the checker over HTTP, knowing the caller's school's own pupils.</summary>
public abstract class CheckApiTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : SignpostFactory
{
    private async Task<HttpClient> TeacherAsync() => app.CreateClient().WithBearer(await app.CreateClient().ApiTokenAsync("teacher.y4"));

    [Fact]
    public async Task A_pupils_full_name_from_the_schools_own_directory_is_a_pupil_identity_finding_A_5_2()
    {
        var client = await TeacherAsync();
        const string text = "Well done to Dev Specimen for a brilliant poem!";
        var r = await client.PostAsJsonAsync("/api/check", new { id = 7, text, context = "staff-post" });
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var json = JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(7, json.GetProperty("id").GetInt32());
        Assert.NotEqual("allow", json.GetProperty("action").GetString());
        var finding = json.GetProperty("findings").EnumerateArray().First(f => f.GetProperty("category").GetString() == "pupil-identity");
        var start = finding.GetProperty("start").GetInt32();
        Assert.Equal("Dev Specimen", text.Substring(start, finding.GetProperty("length").GetInt32()));
        Assert.False(string.IsNullOrWhiteSpace(finding.GetProperty("clause").GetString()));
    }

    [Fact]
    public async Task Ordinary_news_is_allowed()
    {
        var client = await TeacherAsync();
        var r = await client.PostAsJsonAsync("/api/check", new { id = "a", text = "Year 4 enjoyed their trip to the museum today.", context = "staff-post" });
        var json = JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("allow", json.GetProperty("action").GetString());
        Assert.Equal(0, json.GetProperty("findings").GetArrayLength());
    }

    [Fact]
    public async Task Bad_input_is_a_400_problem_and_anonymous_callers_get_401()
    {
        var client = await TeacherAsync();
        var bad = await client.PostAsync("/api/check", new StringContent("{\"text\": 5}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("application/problem+json", bad.Content.Headers.ContentType?.MediaType);
        var context = await client.PostAsJsonAsync("/api/check", new { id = 1, text = "hi", context = "tweet" });
        Assert.Equal(HttpStatusCode.BadRequest, context.StatusCode);

        var anonymous = await app.CreateClient().PostAsJsonAsync("/api/check", new { id = 1, text = "hi", context = "staff-post" });
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }
}

public sealed class CheckApiTests_Sqlite(SqliteFactory app) : CheckApiTests<SqliteFactory>(app);

[Collection("postgres")]
public sealed class CheckApiTests_Postgres(PostgresFactory app) : CheckApiTests<PostgresFactory>(app);
