using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Signpost.Data.Entities;
using Signpost.IntegrationTests.Infrastructure;
using Signpost.Web.Features.Sites;
using Signpost.Web.Infrastructure;

namespace Signpost.IntegrationTests.Features;

/// <summary>A.1.6: at its end date a site closes as its exit plan says, unless the Headteacher extends it.</summary>
public abstract class SiteExitTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : SignpostFactory
{
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    private async Task<int> RunExitsOnAsync(DateOnly day)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(day.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero));
        var exits = new SiteExits(app.Services.GetRequiredService<SystemDb>(), clock, app.Services.GetRequiredService<ILogger<SiteExits>>());
        return await exits.RunAsync(CancellationToken.None);
    }

    private async Task SetEndAsync(string slug, DateOnly end, ExitPlan plan)
    {
        await using var db = app.SystemDb();
        await db.Sites.Where(s => s.Slug == slug).ExecuteUpdateAsync(s => s.SetProperty(x => x.EndDate, end).SetProperty(x => x.ExitPlan, plan));
    }

    [Fact]
    public async Task A_site_past_its_end_date_is_archived_read_only_and_its_history_says_why()
    {
        var end = Today.AddDays(10); // demo sites end 300 days from now, so only this one is due
        await SetEndAsync("year-2", end, ExitPlan.Archive);
        await RunExitsOnAsync(end.AddDays(-1)); // the day before its end date, nothing happens to it
        await using (var before = app.SystemDb())
        {
            Assert.Equal(SiteStatus.Live, (await before.Sites.SingleAsync(s => s.Slug == "year-2")).Status);
        }

        Assert.Equal(1, await RunExitsOnAsync(end.AddDays(1)));
        await using var db = app.SystemDb();
        var site = await db.Sites.SingleAsync(s => s.Slug == "year-2");
        Assert.Equal((SiteStatus.Archived, false), (site.Status, site.Deleted));
        var closed = await db.SiteEvents.SingleAsync(e => e.SiteId == site.Id && e.Kind == SiteEventKind.Closed);
        Assert.Contains("A.1.6", closed.Notes);

        // Running again changes nothing.
        Assert.Equal(0, await RunExitsOnAsync(end.AddDays(2)));
    }

    [Fact]
    public async Task A_site_whose_exit_plan_is_delete_is_gone_afterwards()
    {
        var end = Today.AddDays(20);
        await SetEndAsync("year-3", end, ExitPlan.Delete);
        await RunExitsOnAsync(end.AddDays(1));
        var teacher = app.Browser();
        await teacher.SignInOkAsync("teacher.y3");
        Assert.Equal(HttpStatusCode.Gone, (await teacher.GetAsync("/sites/year-3")).StatusCode);
    }

    [Fact]
    public async Task The_headteacher_extends_a_site_and_it_stays_live_past_its_old_end_date()
    {
        var end = Today.AddDays(30);
        await SetEndAsync("year-5", end, ExitPlan.Archive);
        var head = app.CreateClient().WithBearer(await app.CreateClient().ApiTokenAsync("head"));
        var teacher = app.CreateClient().WithBearer(await app.CreateClient().ApiTokenAsync("teacher.y5"));
        var refused = await teacher.PostAsJsonAsync("/api/sites/year-5/extend", new { endDate = end.AddDays(365).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("\"clause\":\"A.1.6\"", await refused.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, (await head.PostAsJsonAsync("/api/sites/year-5/extend", new { endDate = end.AddDays(365).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), reasons = "The project runs another year." })).StatusCode);
        await RunExitsOnAsync(end.AddDays(1));
        await using var db = app.SystemDb();
        Assert.Equal(SiteStatus.Live, (await db.Sites.SingleAsync(s => s.Slug == "year-5")).Status);
    }
}

public sealed class SiteExitTests_Sqlite(SqliteFactory app) : SiteExitTests<SqliteFactory>(app);

[Collection("postgres")]
public sealed class SiteExitTests_Postgres(PostgresFactory app) : SiteExitTests<PostgresFactory>(app);
