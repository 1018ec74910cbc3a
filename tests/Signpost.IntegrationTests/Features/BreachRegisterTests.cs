using System.Net;
using Microsoft.EntityFrameworkCore;
using Signpost.IntegrationTests.Infrastructure;

namespace Signpost.IntegrationTests.Features;

/// <summary>9.1–9.3: the breach register is the Headteacher's alone; contractors report through their own form; CSV export is safe to open.</summary>
public abstract class BreachRegisterTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : SignpostFactory
{
    private static string Today => DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("dsl")]
    [InlineData("teacher.y4")]
    [InlineData("governor.1")]
    [InlineData("contractor.1")]
    [InlineData("assistant.head")]
    public async Task Nobody_but_the_headteacher_sees_or_edits_the_register(string username)
    {
        var b = app.Browser();
        await b.SignInOkAsync(username);
        foreach (var url in new[] { "/breaches", "/breaches/edit", "/breaches?handler=Csv" })
        {
            var r = await b.GetAsync(url);
            Assert.True(r.StatusCode == HttpStatusCode.Redirect && r.Headers.Location!.ToString().Contains("/account/denied", StringComparison.Ordinal), $"{username} {url}: {(int)r.StatusCode}");
        }
    }

    [Fact]
    public async Task The_headteacher_records_a_breach_with_clear_errors_and_the_csv_neutralises_formulas()
    {
        var head = app.Browser();
        await head.SignInOkAsync("head");
        var bad = await head.SubmitAsync("/breaches/edit", [new("Input.Clauses", "5.5; drop"), new("Input.FoundOn", Today), new("Input.Severity", "medium")]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        var badText = Http.Text(await bad.Content.ReadAsStringAsync());
        Assert.Contains("Say what happened", badText);
        Assert.Contains("Write clause numbers as in the policy", badText);

        var before = (await (await (await app.ApiAsAsync("head")).GetAsync("/api/oversight")).JsonAsync()).GetProperty("breachesThisTerm").GetInt32();
        var ok = await head.SubmitAsync("/breaches/edit", [
            new("Input.PersonDescription", "@SUM(1+1)"), new("Input.Clauses", "6.8, 5.5"),
            new("Input.WhatHappened", "=HYPERLINK(\"http://evil.example\",\"click\") posted, about a class trip"),
            new("Input.FoundOn", Today), new("Input.Severity", "high"), new("Input.Confidentiality", "true"), new("Input.ActionTaken", "-Spoke to them"),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);

        var list = await head.GetPageAsync("/breaches");
        Assert.Contains("about a class trip", list);
        var csv = await head.GetAsync("/breaches?handler=Csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var text = await csv.Content.ReadAsStringAsync();
        Assert.Contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\") posted, about a class trip\"", text);
        Assert.Contains(",'@SUM(1+1),", text);
        Assert.Contains(",'-Spoke to them,", text);
        Assert.DoesNotContain(",=HYPERLINK", text);
        Assert.Contains("\"6.8,5.5\"", text);

        var figures = await (await (await app.ApiAsAsync("head")).GetAsync("/api/oversight")).JsonAsync();
        Assert.Equal(before + 1, figures.GetProperty("breachesThisTerm").GetInt32());
        Assert.Contains(figures.GetProperty("breachesByClause").EnumerateArray(), c => c.GetProperty("clause").GetString() == "6.8");

        // Edit with a stale version is refused.
        Guid id;
        int version;
        await using (var db = app.SystemDb())
        {
            var b = await db.Breaches.SingleAsync(x => x.Clauses == "6.8,5.5");
            (id, version) = (b.Id, b.Version);
        }

        var edited = await head.SubmitAsync($"/breaches/edit/{id}", [
            new("Input.PersonDescription", "A member of staff"), new("Input.Clauses", "6.8"), new("Input.WhatHappened", "Posted about a class trip"),
            new("Input.FoundOn", Today), new("Input.Severity", "medium"), new("Input.Outcome", "Written warning"), new("Input.Version", version.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        var stale = await head.SubmitAsync($"/breaches/edit/{id}", [
            new("Input.PersonDescription", "A member of staff"), new("Input.Clauses", "6.8"), new("Input.WhatHappened", "Again"),
            new("Input.FoundOn", Today), new("Input.Severity", "low"), new("Input.Version", version.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ]);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("Written warning", await head.GetPageAsync("/breaches"));
    }

    [Fact]
    public async Task A_contractor_reports_a_breach_and_the_headteacher_is_told_at_once()
    {
        var contractor = app.Browser();
        await contractor.SignInOkAsync("contractor.1");
        var empty = await contractor.SubmitAsync("/breaches/report", [new("Input.WhatHappened", "")]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.StatusCode);
        var sent = await contractor.SubmitAsync("/breaches/report", [new("Input.WhatHappened", "A photo of the server room was shared on a personal account " + Guid.NewGuid().ToString("N")), new("Input.Clauses", "6.9")]);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Contains("sent to the Headteacher", await contractor.GetPageAsync("/breaches/report"));

        await using var db = app.SystemDb();
        var breach = await db.Breaches.Where(b => b.Clauses == "6.9").SingleAsync();
        Assert.True(breach.ReportedByContractor);
        var headId = await db.Users.Where(u => u.UserName == "head").Select(u => u.PersonId).SingleAsync();
        Assert.True(await db.Notices.AnyAsync(n => n.PersonId == headId && n.Kind == "breach-reported" && n.Link == $"/breaches/edit/{breach.Id}"));
        var outbox = Path.Combine(app.DataDirectory, "mail-outbox");
        Assert.Contains(Directory.GetFiles(outbox, "*.eml"), f => File.ReadAllText(f).Contains("A breach of the Social Media Policy was reported", StringComparison.Ordinal)
            && File.ReadAllText(f).Contains("head@holbrook-primary.example", StringComparison.Ordinal));

        // Parents and pupils are not staff members: the form is not theirs.
        var parent = app.Browser();
        await parent.SignInOkAsync("parent.1");
        Assert.Contains("/account/denied", (await parent.GetAsync("/breaches/report")).Headers.Location?.ToString());
    }
}

public sealed class BreachRegisterTests_Sqlite(SqliteFactory app) : BreachRegisterTests<SqliteFactory>(app);

[Collection("postgres")]
public sealed class BreachRegisterTests_Postgres(PostgresFactory app) : BreachRegisterTests<PostgresFactory>(app);
