using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Signpost.Data;
using Signpost.Data.Entities;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Features.Moderation;

/// <summary>Settings under "ModerationMonitor".</summary>
public sealed class ModerationMonitorOptions
{
    public const string Section = "ModerationMonitor";

    /// <summary>How often the monitor looks for items needing cover or waiting too long.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(1);
}

/// <summary>
/// Nothing sits unseen (A.5.3, A.5.4). For every school, one pass: pending items on sites where no moderator is
/// available today are routed to the ICT leader (a RoutedToCover event once per item, and a notice); items that have
/// waited longer than the school's target, counted in school-day hours, alert the ICT leader once (notice + email).
/// The monitor never changes an item's version, so it never makes a moderator's decision stale; a moderator's decision
/// made meanwhile makes the monitor's update stale instead, and the next pass looks again.
/// </summary>
public sealed class ModerationMonitor(SystemDb systemDb, EmailSender email, IOptions<EmailOptions> emailOptions, TimeProvider clock, ILogger<ModerationMonitor> log)
{
    public sealed record PassResult(int RoutedToCover, int OverdueAlerted);

    public async Task<PassResult> RunOnceAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var routed = 0;
        var alerted = 0;
        await using var db = systemDb.Create();
        var schools = await db.ReviewItems.Where(i => i.Status == ReviewStatus.Pending).Select(i => i.SchoolId).Distinct().ToListAsync(ct);
        foreach (var schoolId in schools)
        {
            var school = await db.Schools.AsNoTracking().SingleAsync(s => s.Id == schoolId, ct);
            var pending = await db.ReviewItems.Where(i => i.SchoolId == schoolId && i.Status == ReviewStatus.Pending).ToListAsync(ct);
            var terms = await db.TermDates.AsNoTracking().Where(t => t.SchoolId == schoolId).Select(t => new SchoolDays.Term(t.Start, t.End)).ToListAsync(ct);
            var leaders = await Moderators.IctLeaders(db, schoolId).AsNoTracking().Select(p => new { p.Id, p.Email, p.FirstName, p.LastName }).ToListAsync(ct);
            var siteNames = await db.Sites.AsNoTracking().Where(s => s.SchoolId == schoolId).ToDictionaryAsync(s => s.Id, s => s.Name, ct);

            var cover = await Moderators.SitesNeedingCoverAsync(db, pending.Select(i => i.SiteId).Distinct().ToList(), today, ct);
            var itemIds = pending.Select(i => i.Id).ToList();
            var alreadyRouted = (await db.ReviewEvents.Where(e => itemIds.Contains(e.ReviewItemId) && e.Action == ReviewAction.RoutedToCover)
                .Select(e => e.ReviewItemId).ToListAsync(ct)).ToHashSet();
            var newlyCovered = pending.Where(i => cover.Contains(i.SiteId) && !alreadyRouted.Contains(i.Id)).ToList();
            foreach (var item in newlyCovered)
            {
                db.ReviewEvents.Add(new ReviewEvent
                {
                    SchoolId = schoolId, ReviewItemId = item.Id, At = now, Action = ReviewAction.RoutedToCover,
                    Notes = "No moderator of this site is available today; the ICT leader covers (A.5.4).",
                });
            }

            foreach (var site in newlyCovered.GroupBy(i => i.SiteId))
            {
                foreach (var leader in leaders)
                {
                    db.Notices.Add(new Notice
                    {
                        SchoolId = schoolId, PersonId = leader.Id, Kind = "moderation-cover", CreatedAt = now, Link = "/moderation",
                        Text = $"No moderator of {siteNames.GetValueOrDefault(site.Key, "a site")} is available today, so {site.Count()} item(s) there are in your queue as cover (A.5.4).",
                    });
                }
            }

            var target = TimeSpan.FromHours(Math.Max(1, school.ModerationTargetHours));
            var overdue = pending.Where(i => i.OverdueAlertedAt == null && SchoolDays.HoursBetween(i.CreatedAt, now, terms) > target).ToList();
            foreach (var item in overdue)
            {
                item.OverdueAlertedAt = now;
                db.ReviewEvents.Add(new ReviewEvent
                {
                    SchoolId = schoolId, ReviewItemId = item.Id, At = now, Action = ReviewAction.OverdueAlerted,
                    Notes = $"Waiting longer than the school's target of {school.ModerationTargetHours} school-day hours (A.5.3); the ICT leader was told.",
                });
            }

            var overdueText = $"{overdue.Count} item(s) in the moderation queue have waited longer than the school's target of {school.ModerationTargetHours} hours on school days (A.5.3).";
            if (overdue.Count > 0)
            {
                foreach (var leader in leaders)
                {
                    db.Notices.Add(new Notice { SchoolId = schoolId, PersonId = leader.Id, Kind = "moderation-overdue", CreatedAt = now, Link = "/moderation", Text = overdueText });
                }
            }

            if (newlyCovered.Count == 0 && overdue.Count == 0)
            {
                continue;
            }

            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                log.LogInformation("Another instance or a moderator changed school {SchoolId}'s queue first; next pass will look again", schoolId);
                db.ChangeTracker.Clear();
                continue;
            }

            routed += newlyCovered.Count;
            alerted += overdue.Count;
            if (overdue.Count > 0)
            {
                var baseUrl = emailOptions.Value.LinkBase(null);
                foreach (var leader in leaders.Where(l => l.Email is not null))
                {
                    try
                    {
                        await email.SendAsync(new EmailMessage(leader.Email!, $"{leader.FirstName} {leader.LastName}", "Moderation items are waiting too long (A.5.3)",
                            $"Hello {leader.FirstName},\n\n{overdueText}\n\nOpen the moderation queue: {baseUrl}/moderation\n"), ct);
                    }
                    catch (Exception ex) when (ex is not OperationCanceledException)
                    {
                        log.LogWarning("Could not send the overdue email to person {PersonId}: {Error}", leader.Id, ex.GetType().Name);
                    }
                }
            }
        }

        return new PassResult(routed, alerted);
    }
}

/// <summary>School days for the moderation target (A.5.3): Monday to Friday, and, when the school has recorded its terms, only days inside a term.</summary>
public static class SchoolDays
{
    public sealed record Term(DateOnly Start, DateOnly End);

    public static bool IsSchoolDay(DateOnly day, IReadOnlyCollection<Term> terms) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)
        && (terms.Count == 0 || terms.Any(t => t.Start <= day && day <= t.End));

    /// <summary>The part of [from, to) that falls on school days.</summary>
    public static TimeSpan HoursBetween(DateTime from, DateTime to, IReadOnlyCollection<Term> terms)
    {
        if (to <= from)
        {
            return TimeSpan.Zero;
        }

        var total = TimeSpan.Zero;
        var day = DateOnly.FromDateTime(from);
        var last = DateOnly.FromDateTime(to);
        for (var n = 0; day <= last && n < 800; day = day.AddDays(1), n++)
        {
            if (!IsSchoolDay(day, terms))
            {
                continue;
            }

            var start = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            var end = start.AddDays(1);
            var a = from > start ? from : start;
            var b = to < end ? to : end;
            if (b > a)
            {
                total += b - a;
            }
        }

        return total;
    }
}

/// <summary>The loop around <see cref="ModerationMonitor"/> (STYLE.md: a plain BackgroundService; tests call RunOnceAsync directly).</summary>
public sealed class ModerationMonitorService(IServiceScopeFactory scopes, IOptions<ModerationMonitorOptions> options, TimeProvider clock, ILogger<ModerationMonitorService> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.Interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<ModerationMonitor>().RunOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                log.LogError("Moderation monitor pass failed: {Error}", ex.GetType().Name);
            }
        }
    }
}
