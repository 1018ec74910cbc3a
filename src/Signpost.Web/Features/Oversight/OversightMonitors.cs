using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Signpost.Data;
using Signpost.Data.Entities;
using Signpost.Policy.Clauses;
using Signpost.Web.Features.Policy;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Features.Oversight;

/// <summary>Settings under "OversightMonitors".</summary>
public sealed class OversightMonitorOptions
{
    public const string Section = "OversightMonitors";

    /// <summary>Whether the background loop runs at all (tests call the single passes themselves).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How long after start the first pass runs, so a starting instance serves requests first.</summary>
    public TimeSpan InitialDelay { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How often the monitors look again.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);
}

/// <summary>
/// The scheduled oversight monitors, one single pass each (tests call them with a FakeTimeProvider):
/// weekly update (A.1.5), cover (A.5.4), neglect and review/end dates (A.1.6), policy acknowledgements (2.1).
/// Each alert is claimed through a <see cref="MonitorRun"/> row (monitor, subject, period) inserted in the same
/// transaction as its notices: the unique key means exactly one instance, once, ever, sends it, across restarts and
/// app instances; a unique violation means another instance already did. Emails go after the commit.
/// </summary>
public sealed class OversightMonitors(SystemDb systemDb, TimeProvider clock, EmailSender email, IOptions<EmailOptions> emailOptions, ILogger<OversightMonitors> log)
{
    public sealed record Recipient(Guid Id, string? Email, string FirstName, string LastName);

    public async Task<int> RunAllAsync(CancellationToken ct) =>
        await WeeklyUpdateAsync(ct) + await CoverAsync(ct) + await NeglectAsync(ct) + await DatesAsync(ct) + await AcknowledgementsAsync(ct);

    /// <summary>A.1.5: Thursday reminder to a year-group blog's staff, Monday alert to the Assistant Head; holidays skipped.</summary>
    public async Task<int> WeeklyUpdateAsync(CancellationToken ct)
    {
        var sent = 0;
        var localNow = SchoolTime.LocalNow(clock);
        foreach (var (schoolId, terms, facts) in await SchoolsAsync(ct))
        {
            foreach (var site in facts.Where(f => f.WeeklyUpdateRequired))
            {
                if (YearGroupBlogsUpdatedWeekly.WeekToRemind(localNow, terms, site.PostDays) is { } week)
                {
                    sent += await AlertAsync(schoolId, "weekly-update-reminder", site.Slug, Iso(week), await AdministratorsAsync(schoolId, site, ct),
                        $"{site.Name} has no post yet this school week (week of {Day(week)}). Year-group blogs are updated every week (policy A.1.5).",
                        $"/sites/{site.Slug}", "Reminder: this week's post on " + site.Name, ct);
                }

                if (YearGroupBlogsUpdatedWeekly.WeekToAlert(localNow, terms, site.PostDays) is { } missed)
                {
                    sent += await AlertAsync(schoolId, "weekly-update-alert", site.Slug, Iso(missed), await WithRolesAsync(schoolId, [Role.AssistantHead], ct),
                        $"{site.Name} had no post in the school week of {Day(missed)} (policy A.1.5: year-group blogs are updated weekly).",
                        "/oversight", "Weekly update missed: " + site.Name, ct);
                }
            }
        }

        return sent;
    }

    /// <summary>A.5.4: fewer than two administrators or moderators available on any of the next 14 days → ICT leader and Assistant Head.</summary>
    public async Task<int> CoverAsync(CancellationToken ct)
    {
        var sent = 0;
        var today = SchoolTime.Today(clock);
        foreach (var (schoolId, _, facts) in await SchoolsAsync(ct))
        {
            await using var db = systemDb.Create();
            var absences = await SiteFacts.AbsencesAsync(db, schoolId, today, facts.SelectMany(f => f.Moderating).Distinct().ToList(), ct);
            foreach (var site in facts)
            {
                if (EnoughCoverForAbsence.FirstGap(EnoughCoverForAbsence.Availability(today, site.Moderating, absences)) is { } gap)
                {
                    sent += await AlertAsync(schoolId, "cover", site.Slug, Iso(gap), await WithRolesAsync(schoolId, [Role.IctLeader, Role.AssistantHead], ct),
                        $"{site.Name} will have fewer than two administrators or moderators available on {Day(gap)}, given recorded absences. Arrange cover (policy A.5.4).",
                        $"/oversight/cover/{site.Slug}", "Moderation cover needed: " + site.Name, ct);
                }
            }
        }

        return sent;
    }

    /// <summary>A.1.6: no post for three school weeks → the site's administrators and the Assistant Head, once a week while it lasts.</summary>
    public async Task<int> NeglectAsync(CancellationToken ct)
    {
        var sent = 0;
        var today = SchoolTime.Today(clock);
        foreach (var (schoolId, terms, facts) in await SchoolsAsync(ct))
        {
            var lastWeek = SchoolWeeks.LastCompletedSchoolWeeks(today, terms, 1);
            foreach (var site in facts.Where(f => f.Hosted && SitesAreNeverNeglected.IsNeglected(today, terms, f.PostDays, f.RunningSince)))
            {
                var people = (await AdministratorsAsync(schoolId, site, ct)).Concat(await WithRolesAsync(schoolId, [Role.AssistantHead], ct)).DistinctBy(p => p.Id).ToList();
                sent += await AlertAsync(schoolId, "neglect", site.Slug, Iso(lastWeek[0]), people,
                    $"{site.Name} has had no post for three school weeks. A site is never left neglected: post, or decide its future (policy A.1.6).",
                    $"/sites/{site.Slug}", "Neglected site: " + site.Name, ct);
            }
        }

        return sent;
    }

    /// <summary>A.1.6: review and end dates announced two weeks ahead to the site's administrators and the Headteacher.</summary>
    public async Task<int> DatesAsync(CancellationToken ct)
    {
        var sent = 0;
        var today = SchoolTime.Today(clock);
        foreach (var (schoolId, _, facts) in await SchoolsAsync(ct))
        {
            foreach (var site in facts)
            {
                var people = (await AdministratorsAsync(schoolId, site, ct)).Concat(await WithRolesAsync(schoolId, [Role.Headteacher], ct)).DistinctBy(p => p.Id).ToList();
                if (SitesAreNeverNeglected.DueSoon(site.ReviewDate, today))
                {
                    sent += await AlertAsync(schoolId, "review-reminder", site.Slug, Iso(site.ReviewDate!.Value), people,
                        $"{site.Name} is due for review on {Day(site.ReviewDate.Value)}: evaluate it against its success measures (policy A.1.6, A.1.7).",
                        $"/sites/{site.Slug}/evaluation", "Review due: " + site.Name, ct);
                }

                if (SitesAreNeverNeglected.DueSoon(site.EndDate, today))
                {
                    sent += await AlertAsync(schoolId, "end-reminder", site.Slug, Iso(site.EndDate!.Value), people,
                        $"{site.Name} reaches its planned end on {Day(site.EndDate.Value)}; its exit plan then runs unless the Headteacher extends it (policy A.1.6).",
                        $"/sites/{site.Slug}/proposal", "Planned end approaching: " + site.Name, ct);
                }
            }
        }

        return sent;
    }

    /// <summary>2.1: a weekly reminder to everyone in scope who has not acknowledged the current version.</summary>
    public async Task<int> AcknowledgementsAsync(CancellationToken ct)
    {
        var sent = 0;
        var week = SchoolWeeks.MondayOf(SchoolTime.Today(clock));
        await using var db = systemDb.Create();
        foreach (var schoolId in await db.Schools.Select(s => s.Id).ToListAsync(ct))
        {
            var line = await OversightReport.AcknowledgementsAsync(db, schoolId, ct);
            if (line.CurrentVersion is not { } version)
            {
                continue;
            }

            var missing = line.Missing.Select(m => m.Id).ToList();
            var people = await db.People.AsNoTracking().Where(p => missing.Contains(p.Id)).Select(p => new Recipient(p.Id, p.Email, p.FirstName, p.LastName)).ToListAsync(ct);
            foreach (var p in people)
            {
                sent += await AlertAsync(schoolId, "policy-reminder", p.Id.ToString(), $"v{version}-{Iso(week)}", [p],
                    $"Please read and acknowledge version {version} of the school's Social Media Policy. Until you do, you can read but not publish, approve or moderate (policy 2.1).",
                    "/policy", "Reminder: please acknowledge the Social Media Policy", ct);
            }
        }

        return sent;
    }

    /// <summary>
    /// Claims (monitor, subject, period) and writes the notices in one transaction, then emails. Returns 1 when this
    /// call sent the alert, 0 when it had been sent before (here or by another instance).
    /// </summary>
    private async Task<int> AlertAsync(Guid schoolId, string monitor, string subject, string period, IReadOnlyList<Recipient> people, string text, string link, string emailSubject, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = systemDb.Create();
        if (await db.MonitorRuns.AnyAsync(r => r.SchoolId == schoolId && r.Monitor == monitor && r.Subject == subject && r.Period == period, ct))
        {
            return 0;
        }

        db.MonitorRuns.Add(new MonitorRun { SchoolId = schoolId, Monitor = monitor, Subject = subject, Period = period, At = now, Outcome = $"{people.Count} told" });
        foreach (var p in people)
        {
            db.Notices.Add(new Notice { SchoolId = schoolId, PersonId = p.Id, Kind = monitor, Text = text, Link = link, CreatedAt = now });
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The unique key (school, monitor, subject, period): another instance claimed it first.
            return 0;
        }

        var baseUrl = emailOptions.Value.LinkBase(null);
        foreach (var p in people.Where(p => p.Email is not null))
        {
            try
            {
                await email.SendAsync(new EmailMessage(p.Email!, $"{p.FirstName} {p.LastName}", emailSubject, $"Hello {p.FirstName},\n\n{text}\n\nOpen: {baseUrl}{link}\n"), ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                log.LogWarning("Could not send the {Monitor} email to person {PersonId}: {Error}", monitor, p.Id, ex.GetType().Name);
            }
        }

        log.LogInformation("Monitor {Monitor} alerted {Count} people about {Subject} for {Period}", monitor, people.Count, subject, period);
        return 1;
    }

    private async Task<List<(Guid SchoolId, List<Term> Terms, List<SiteFact> Facts)>> SchoolsAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = systemDb.Create();
        var result = new List<(Guid, List<Term>, List<SiteFact>)>();
        foreach (var schoolId in await db.Schools.Select(s => s.Id).ToListAsync(ct))
        {
            var terms = await SchoolTime.TermsAsync(db, schoolId, ct);
            result.Add((schoolId, terms, await SiteFacts.LoadAsync(db, schoolId, now, terms, ct)));
        }

        return result;
    }

    private async Task<IReadOnlyList<Recipient>> AdministratorsAsync(Guid schoolId, SiteFact site, CancellationToken ct)
    {
        await using var db = systemDb.Create();
        var ids = site.Administrators.ToList();
        return await db.People.AsNoTracking().Where(p => p.SchoolId == schoolId && ids.Contains(p.Id) && p.IsActive)
            .Select(p => new Recipient(p.Id, p.Email, p.FirstName, p.LastName)).ToListAsync(ct);
    }

    private async Task<IReadOnlyList<Recipient>> WithRolesAsync(Guid schoolId, Role[] roles, CancellationToken ct)
    {
        await using var db = systemDb.Create();
        return await db.People.AsNoTracking().Where(p => p.SchoolId == schoolId && p.IsActive && p.Roles.Any(r => roles.Contains(r.Role)))
            .Select(p => new Recipient(p.Id, p.Email, p.FirstName, p.LastName)).ToListAsync(ct);
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Day(DateOnly d) => d.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));
}

/// <summary>The loop that runs <see cref="OversightMonitors"/> on its interval (STYLE.md: a plain BackgroundService around a scoped service).</summary>
public sealed class OversightMonitorService(IServiceScopeFactory scopes, IOptions<OversightMonitorOptions> options, TimeProvider clock, ILogger<OversightMonitorService> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        if (!o.Enabled)
        {
            return;
        }

        try
        {
            await Task.Delay(o.InitialDelay, clock, stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        using var timer = new PeriodicTimer(o.Interval, clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<OversightMonitors>().RunAllAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                log.LogError("Oversight monitor run failed: {Error}", ex.GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
