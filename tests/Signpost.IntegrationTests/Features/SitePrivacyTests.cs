using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Signpost.Data.Entities;
using Signpost.IntegrationTests.Infrastructure;

namespace Signpost.IntegrationTests.Features;

/// <summary>A running site's administrators choose who may read it; a site where pupils write is never public (A.5.2).</summary>
public abstract class SitePrivacyTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : SignpostFactory
{
    [Fact]
    public async Task A_pupil_site_cannot_be_made_public_but_its_administrator_can_narrow_it()
    {
        var teacher = await app.ApiAsAsync("teacher.y4");
        await (await teacher.PostAsJsonAsync("/api/sites/year-4/privacy", new { privacy = "public" })).AssertRefusedAsync("A.5.2");

        var narrowed = await teacher.PostAsJsonAsync("/api/sites/year-4/privacy", new { privacy = "school-only" });
        Assert.Equal(HttpStatusCode.OK, narrowed.StatusCode);
        Assert.Equal("school-only", (await narrowed.JsonAsync()).GetProperty("privacy").GetString());
        await using var db = app.SystemDb();
        Assert.Equal(SitePrivacy.SchoolOnly, (await db.Sites.SingleAsync(s => s.Slug == "year-4")).Privacy);

        // A parent could read the year-4 blog before; now it is school only.
        var parent = app.Browser();
        await parent.SignInOkAsync("parent.1");
        Assert.Equal(HttpStatusCode.Redirect, (await parent.GetAsync("/sites/year-4")).StatusCode);
    }

    [Fact]
    public async Task Only_administrators_and_the_headteacher_change_privacy()
    {
        var other = await app.ApiAsAsync("teacher.y1");
        Assert.Equal(HttpStatusCode.Forbidden, (await other.PostAsJsonAsync("/api/sites/year-6/privacy", new { privacy = "school-only" })).StatusCode);

        var head = await app.ApiAsAsync("head");
        Assert.Equal(HttpStatusCode.OK, (await head.PostAsJsonAsync("/api/sites/school/privacy", new { privacy = "parents-and-school" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await head.PostAsJsonAsync("/api/sites/school/privacy", new { privacy = "public" })).StatusCode);
        await (await head.PostAsJsonAsync("/api/sites/school/privacy", new { privacy = "everyone" })).AssertRefusedAsync("A.5.2");
    }
}

public sealed class SitePrivacyTests_Sqlite(SqliteFactory app) : SitePrivacyTests<SqliteFactory>(app);

[Collection("postgres")]
public sealed class SitePrivacyTests_Postgres(PostgresFactory app) : SitePrivacyTests<PostgresFactory>(app);
