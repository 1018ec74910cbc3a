using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Signpost.Data.Entities;
using Signpost.Policy.Clauses;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Features.Sites;

/// <summary>Settings under "SiteExits".</summary>
public sealed class SiteExitOptions
{
    public const string Section = "SiteExits";

    /// <summary>How often the job looks for sites past their end date.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);
}

/// <summary>
/// Closes every running site whose planned end date has passed, as its exit plan says (A.1.6), for every school, and
/// puts live sites under review on their review date.
/// Idempotent: a closed site is not touched again, so several app instances running it at once do no harm beyond a
/// refused concurrent update.
/// </summary>
public sealed class SiteExits(SystemDb systemDb, TimeProvider clock, ILogger<SiteExits> log)
{
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        await using var db = systemDb.Create();
        var due = await db.Sites.Where(s => (s.Status == SiteStatus.Live || s.Status == SiteStatus.UnderReview) && s.EndDate != null && s.EndDate < today)
            .ToListAsync(ct);
        foreach (var site in due.Where(s => SitesEndAsPlanned.IsDue(s.EndDate, today)))
        {
            site.Close(now);
            db.SiteEvents.Add(new SiteEvent
            {
                SiteId = site.Id, SchoolId = site.SchoolId, At = now, Kind = SiteEventKind.Closed,
                Notes = $"End date {site.EndDate:d MMM yyyy} passed; exit plan: {site.ExitPlan?.ToString() ?? "archive"} (A.1.6).",
            });
        }

        // Sites not closing today but whose review date has come go under review (A.1.6, A.1.7).
        var reviews = await SiteReviews.StartDueReviewsAsync(db, now, ct);
        if (due.Count > 0 || reviews > 0)
        {
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                log.LogInformation("Another instance closed the same sites first");
                return 0;
            }

            log.LogInformation("Closed {Count} sites at the end of their planned life; {Reviews} went under review", due.Count, reviews);
        }

        return due.Count;
    }
}

/// <summary>The loop that runs <see cref="SiteExits"/> on its interval (STYLE.md: a plain BackgroundService around a scoped service).</summary>
public sealed class SiteExitService(IServiceScopeFactory scopes, IOptions<SiteExitOptions> options, TimeProvider clock, ILogger<SiteExitService> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.Interval, clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<SiteExits>().RunAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                log.LogError("Site exit run failed: {Error}", ex.GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
