using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Signpost.IntegrationTests.Infrastructure;

namespace Signpost.IntegrationTests.Features;

/// <summary>Bad input gets a clear answer — a problem-details body from the API, a form error on a page — never a 500, and nothing half-written.</summary>
public abstract class BadInputTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : SignpostFactory
{
    private async Task<(HttpStatusCode Status, JsonElement Problem)> PostLoginAsync(HttpContent content)
    {
        var r = await app.CreateClient().PostAsync("/api/auth/login", content);
        var body = await r.Content.ReadAsStringAsync();
        Assert.True(r.Content.Headers.ContentType?.MediaType == "application/problem+json",
            $"{(int)r.StatusCode} with {r.Content.Headers.ContentType}: {(body.Length > 300 ? body[..300] : body)}");
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
        Assert.Equal((int)r.StatusCode, problem.GetProperty("status").GetInt32());
        return (r.StatusCode, problem);
    }

    private static StringContent Json(string s) => new(s, Encoding.UTF8, "application/json");

    private async Task<long> AuditCountAsync()
    {
        await using var db = app.SystemDb();
        return await db.AuditRecords.LongCountAsync();
    }

    [Theory]
    [InlineData("{\"username\": \"head\", \"password\": ")]
    [InlineData("{\"username\": \"head\" \"password\": \"x\"}")]
    [InlineData("[1, 2, 3]")]
    [InlineData("{\"username\": 42, \"password\": true}")]
    [InlineData("not json at all")]
    public async Task Malformed_json_to_login_is_a_400_problem(string body)
    {
        var before = await AuditCountAsync();
        var (status, _) = await PostLoginAsync(Json(body));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(before, await AuditCountAsync());
    }

    [Fact]
    public async Task An_empty_login_body_is_a_400_problem_naming_the_missing_field()
    {
        var (status, problem) = await PostLoginAsync(Json(""));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("username", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Login_with_only_unknown_fields_is_a_400_problem()
    {
        var (status, problem) = await PostLoginAsync(Json("{\"user\": \"head\", \"pass\": \"Holbrook-Demo-2026!\", \"admin\": true}"));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("username", problem.GetProperty("field").GetString());
    }

    [Fact]
    public async Task Unknown_fields_beside_the_right_ones_are_ignored_and_do_not_break_sign_in()
    {
        var r = await app.CreateClient().PostAsync("/api/auth/login", Json($"{{\"username\": \"ict.lead\", \"password\": \"{SignpostFactory.DemoPassword}\", \"remember\": true, \"extra\": {{\"a\": [1]}}}}"));
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.False(string.IsNullOrEmpty(JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement.GetProperty("accessToken").GetString()));
    }

    [Fact]
    public async Task Login_sent_as_a_form_or_plain_text_is_a_415_problem()
    {
        var (form, _) = await PostLoginAsync(new FormUrlEncodedContent([new("username", "head"), new("password", SignpostFactory.DemoPassword)]));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, form);
        var (text, _) = await PostLoginAsync(new StringContent("{\"username\": \"head\", \"password\": \"x\"}", Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, text);
    }

    [Fact]
    public async Task A_300_kb_login_body_is_refused_with_a_problem()
    {
        var before = await AuditCountAsync();
        var (status, _) = await PostLoginAsync(Json($"{{\"username\": \"head\", \"password\": \"{new string('x', 300 * 1024)}\"}}"));
        Assert.True(status is HttpStatusCode.RequestEntityTooLarge or HttpStatusCode.BadRequest, $"{(int)status}");
        Assert.Equal(before, await AuditCountAsync());
    }

    [Fact]
    public async Task An_over_long_username_is_a_400_problem_and_no_account_is_locked()
    {
        var (status, problem) = await PostLoginAsync(Json($"{{\"username\": \"{new string('h', 65)}\", \"password\": \"x\"}}"));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("64", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task An_unknown_api_address_is_a_404_problem()
    {
        var r = await app.CreateClient().GetAsync("/api/no-such-thing");
        Assert.Equal(HttpStatusCode.NotFound, r.StatusCode);
        Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(404, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task The_sign_in_form_with_empty_fields_shows_an_error_summary_linking_to_each_field()
    {
        var before = await AuditCountAsync();
        var r = await app.Browser().SubmitAsync("/account/sign-in", [new("Username", ""), new("Password", "")]);
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var html = await r.Content.ReadAsStringAsync();
        Assert.Contains("role=\"alert\"", html);
        Assert.Contains("<a href=\"#Username\">Enter your username.</a>", html);
        Assert.Contains("<a href=\"#Password\">Enter your password.</a>", html);
        Assert.Contains("id=\"Username\"", html);
        Assert.Contains("id=\"Password\"", html);
        Assert.Equal(before, await AuditCountAsync());
    }

    [Fact]
    public async Task The_sign_in_form_with_an_over_long_username_says_so()
    {
        var r = await app.Browser().SubmitAsync("/account/sign-in", [new("Username", new string('u', 5000)), new("Password", "x")]);
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Contains("at most 64 characters", Http.Text(await r.Content.ReadAsStringAsync()));
    }

    [Theory]
    [InlineData("long")]
    [InlineData("control")]
    [InlineData("nul")]
    [InlineData("sql")]
    [InlineData("unicode")]
    public async Task Strange_searches_in_the_people_directory_answer_200(string kind)
    {
        var q = kind switch
        {
            "long" => new string('a', 4000),
            "control" => "Ada\u0001\u0007\u001b[31m\r\n\t",
            "nul" => "Ada\0Example",
            "sql" => "%'; DROP TABLE \"People\"; -- _%",
            _ => "\ud83d\ude00 Ádá \u202e",
        };
        var head = app.Browser();
        await head.SignInOkAsync("head");
        var r = await head.GetAsync("/people?q=" + Uri.EscapeDataString(q));
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Contains("<caption>", await r.Content.ReadAsStringAsync());
        await using var db = app.SystemDb();
        Assert.True(await db.People.AnyAsync(p => p.FirstName == "Ada"));
    }

    [Fact]
    public async Task A_search_with_a_control_character_still_finds_the_name_around_it()
    {
        var head = app.Browser();
        await head.SignInOkAsync("head");
        var html = await head.GetPageAsync("/people?q=" + Uri.EscapeDataString("  Helen\u0000\u0001 "));
        Assert.Contains("<caption>1 person</caption>", html);
        Assert.Contains("<td>Helen Example", html);
    }
}

public sealed class BadInputTests_Sqlite(SqliteFactory app) : BadInputTests<SqliteFactory>(app);

[Collection("postgres")]
public sealed class BadInputTests_Postgres(PostgresFactory app) : BadInputTests<PostgresFactory>(app);
