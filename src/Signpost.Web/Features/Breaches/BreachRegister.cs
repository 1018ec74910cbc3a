using System.Globalization;
using System.Security.Claims;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Signpost.Data;
using Signpost.Data.Entities;
using Signpost.Web.Features.Oversight;
using Signpost.Web.Features.Sites;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Features.Breaches;

/// <summary>What a breach form sends: the Headteacher's full record, or a contractor's report (9.3) with fewer fields.</summary>
public sealed class BreachInput
{
    public Guid? PersonId { get; set; }
    public string? PersonDescription { get; set; }
    public string? Clauses { get; set; }
    public string? WhatHappened { get; set; }
    public DateOnly? OccurredOn { get; set; }
    public DateOnly? FoundOn { get; set; }
    public string? Severity { get; set; }
    public bool Confidentiality { get; set; }
    public bool Defamation { get; set; }
    public string? ActionTaken { get; set; }
    public string? Outcome { get; set; }
    public int? Version { get; set; }
}

public sealed record BreachRow(Guid Id, string Who, string Clauses, string WhatHappened, DateOnly? OccurredOn, DateOnly FoundOn, BreachSeverity Severity,
    bool Confidentiality, bool Defamation, string? ActionTaken, string? Outcome, bool ReportedByContractor, string? RecordedBy, DateTime RecordedAt, int Version);

/// <summary>
/// The breach register (9.1–9.3): the Headteacher records what happened, who, which clauses, severity, whether
/// confidentiality (3.1–3.2) or defamation (3.3) is involved, the action taken under the school's or the Council's
/// disciplinary procedure, and the outcome. Contractors report breaches through their own form (9.3) and the
/// Headteacher is told at once, by a notice and an email. Only the Headteacher sees the register; the DSL does not.
/// </summary>
public sealed partial class BreachRegister(AppDbContext db, TimeProvider clock, EmailSender email, IOptions<EmailOptions> options, IHttpContextAccessor http, ILogger<BreachRegister> log)
{
    public static bool MaySee(ClaimsPrincipal user) =>
        Signpost.Policy.Clauses.BreachesAreRecorded.MaySeeRegister(user.Has(Role.Headteacher), user.Has(Role.HumanResources) && user.Kind() is PersonKind.TeachingStaff or PersonKind.SupportStaff);

    public async Task<IReadOnlyList<BreachRow>> ListAsync(CancellationToken ct)
    {
        var rows = await db.Breaches.AsNoTracking().OrderByDescending(b => b.FoundOn).ThenByDescending(b => b.RecordedAt).ToListAsync(ct);
        var ids = rows.SelectMany(b => new[] { b.PersonId, b.RecordedById }).OfType<Guid>().Distinct().ToList();
        var names = await db.People.AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Id, Name = (p.PreferredName ?? p.FirstName) + " " + p.LastName }).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        return rows.Select(b => new BreachRow(b.Id,
            b.PersonId is { } pid ? names.GetValueOrDefault(pid, "?") + (b.PersonDescription is null ? "" : $" ({b.PersonDescription})") : b.PersonDescription ?? "Not known",
            b.Clauses, b.WhatHappened, b.OccurredOn, b.FoundOn, b.Severity, b.Confidentiality, b.Defamation, b.ActionTaken, b.Outcome, b.ReportedByContractor,
            b.RecordedById is { } r ? names.GetValueOrDefault(r) : null, b.RecordedAt, b.Version)).ToList();
    }

    public async Task<WorkflowResult> SaveAsync(ClaimsPrincipal user, Guid? id, BreachInput input, CancellationToken ct)
    {
        if (!MaySee(user))
        {
            return new(WorkflowStatus.Forbidden);
        }

        var refusals = Validate(input, full: true).ToList();
        if (input.PersonId is { } pid && !await db.People.AnyAsync(p => p.Id == pid && OversightReport.InScopeKinds.Contains(p.Kind), ct))
        {
            refusals.Add(new Refusal("9.1–9.2", "PersonId", "Choose someone the policy covers, or describe them instead."));
        }

        if (refusals.Count > 0)
        {
            return new(WorkflowStatus.Refused, null, refusals);
        }

        Breach breach;
        if (id is { } existing)
        {
            var found = await db.Breaches.SingleOrDefaultAsync(b => b.Id == existing, ct);
            if (found is null)
            {
                return new(WorkflowStatus.NotFound);
            }

            if (input.Version is { } v && v != found.Version)
            {
                return new(WorkflowStatus.Conflict);
            }

            breach = found;
            breach.Version++;
        }
        else
        {
            breach = new Breach
            {
                SchoolId = user.SchoolId()!.Value, Clauses = "", WhatHappened = "", RecordedById = user.PersonId(), RecordedAt = clock.GetUtcNow().UtcDateTime,
            };
            db.Breaches.Add(breach);
        }

        breach.PersonId = input.PersonId;
        breach.PersonDescription = Clean(input.PersonDescription);
        breach.Clauses = string.Join(',', ParseClauses(input.Clauses));
        breach.WhatHappened = input.WhatHappened!.Trim();
        breach.OccurredOn = input.OccurredOn;
        breach.FoundOn = input.FoundOn!.Value;
        breach.Severity = Enum.Parse<BreachSeverity>(input.Severity!, ignoreCase: true);
        breach.Confidentiality = input.Confidentiality;
        breach.Defamation = input.Defamation;
        breach.ActionTaken = Clean(input.ActionTaken);
        breach.Outcome = Clean(input.Outcome);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new(WorkflowStatus.Conflict);
        }

        return new(WorkflowStatus.Ok);
    }

    /// <summary>A contractor's (or any staff member's) report of a breach (9.3): recorded at once, the Headteacher told at once.</summary>
    public async Task<WorkflowResult> ReportAsync(ClaimsPrincipal user, BreachInput input, CancellationToken ct)
    {
        if (user.Kind() is not { } kind || !Signpost.Policy.Clauses.BreachesAreRecorded.MayReport(kind.ToString()) || user.PersonId() is not { } reporter)
        {
            return new(WorkflowStatus.Forbidden);
        }

        var refusals = Validate(input, full: false).ToList();
        if (refusals.Count > 0)
        {
            return new(WorkflowStatus.Refused, null, refusals);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var schoolId = user.SchoolId()!.Value;
        var breach = new Breach
        {
            SchoolId = schoolId, PersonDescription = Clean(input.PersonDescription), Clauses = string.Join(',', ParseClauses(input.Clauses)),
            WhatHappened = input.WhatHappened!.Trim(), OccurredOn = input.OccurredOn, FoundOn = SchoolTime.LocalDay(now), Severity = BreachSeverity.Medium,
            Confidentiality = input.Confidentiality, Defamation = input.Defamation, ReportedByContractor = kind == PersonKind.Contractor,
            RecordedById = reporter, RecordedAt = now,
        };
        db.Breaches.Add(breach);
        var heads = await db.People.Where(p => p.IsActive && p.Roles.Any(r => r.Role == Role.Headteacher))
            .Select(p => new { p.Id, p.Email, p.FirstName, p.LastName }).ToListAsync(ct);
        foreach (var h in heads)
        {
            db.Notices.Add(new Notice
            {
                SchoolId = schoolId, PersonId = h.Id, Kind = "breach-reported", CreatedAt = now, Link = $"/breaches/edit/{breach.Id}",
                Text = "A breach of the Social Media Policy has been reported to you (policy 9.3). Open the breach register to record what is done.",
            });
        }

        await db.SaveChangesAsync(ct);

        // The email says only that a report is waiting: the details stay in the register.
        var request = http.HttpContext?.Request;
        var baseUrl = (options.Value.PublicBaseUrl ?? (request is null ? "" : $"{request.Scheme}://{request.Host}")).TrimEnd('/');
        foreach (var h in heads.Where(h => h.Email is not null))
        {
            try
            {
                await email.SendAsync(new EmailMessage(h.Email!, $"{h.FirstName} {h.LastName}", "A breach of the Social Media Policy was reported (9.3)",
                    $"Hello {h.FirstName},\n\nA breach of the school's Social Media Policy has just been reported to you through Signpost (policy 9.3).\n\nOpen it: {baseUrl}/breaches/edit/{breach.Id}\n"), ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                log.LogWarning("Could not send the breach email for breach {BreachId}: {Error}", breach.Id, ex.GetType().Name);
            }
        }

        return new(WorkflowStatus.Ok);
    }

    public async Task<string> CsvAsync(CancellationToken ct)
    {
        var csv = new StringBuilder();
        csv.Append(Csv.Line("found_on", "occurred_on", "who", "clauses", "what_happened", "severity", "confidentiality", "defamation", "action_taken", "outcome", "reported_by_contractor", "recorded_by", "recorded_at"));
        foreach (var b in await ListAsync(ct))
        {
            csv.Append(Csv.Line(Iso(b.FoundOn), b.OccurredOn is { } o ? Iso(o) : null, b.Who, b.Clauses, b.WhatHappened, b.Severity.ToString().ToLowerInvariant(),
                b.Confidentiality ? "yes" : "no", b.Defamation ? "yes" : "no", b.ActionTaken, b.Outcome, b.ReportedByContractor ? "yes" : "no", b.RecordedBy,
                b.RecordedAt.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)));
        }

        return csv.ToString();
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private IEnumerable<Refusal> Validate(BreachInput i, bool full)
    {
        if (string.IsNullOrWhiteSpace(i.WhatHappened) || i.WhatHappened.Length > 5000)
        {
            yield return new Refusal("9.1–9.2", "WhatHappened", "Say what happened (up to 5,000 characters).");
        }

        var clauses = (i.Clauses ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (clauses.Any(c => !ClauseId().IsMatch(c)) || (i.Clauses?.Length ?? 0) > 200)
        {
            yield return new Refusal("9.1–9.2", "Clauses", "Write clause numbers as in the policy, separated by commas, e.g. 5.5, 6.8, A.4.10.");
        }
        else if (full && clauses.Length == 0)
        {
            yield return new Refusal("9.1–9.2", "Clauses", "Name at least one clause of the policy that was breached, e.g. 6.8.");
        }

        if ((i.PersonDescription?.Length ?? 0) > 200)
        {
            yield return new Refusal("9.1–9.2", "PersonDescription", "Describe the person in up to 200 characters.");
        }

        var today = SchoolTime.Today(clock);
        if (i.OccurredOn is { } occurred && occurred > today)
        {
            yield return new Refusal("9.1–9.2", "OccurredOn", "The date it happened cannot be in the future.");
        }

        if (!full)
        {
            yield break;
        }

        if (i.PersonId is null && string.IsNullOrWhiteSpace(i.PersonDescription))
        {
            yield return new Refusal("9.1–9.2", "PersonId", "Choose who breached the policy, or describe them if they are not in the directory.");
        }

        if (i.FoundOn is not { } found || found > today)
        {
            yield return new Refusal("9.1–9.2", "FoundOn", "Enter the date the breach was found (today or earlier).");
        }
        else if (i.OccurredOn is { } o && o > found)
        {
            yield return new Refusal("9.1–9.2", "OccurredOn", "It cannot have happened after it was found.");
        }

        if (!Enum.TryParse<BreachSeverity>(i.Severity, ignoreCase: true, out _) || int.TryParse(i.Severity, out _))
        {
            yield return new Refusal("9.1–9.2", "Severity", "Choose the severity: low, medium or high.");
        }

        if ((i.ActionTaken?.Length ?? 0) > 5000 || (i.Outcome?.Length ?? 0) > 5000)
        {
            yield return new Refusal("9.1–9.2", "ActionTaken", "Action taken and outcome are up to 5,000 characters each.");
        }
    }

    public static IEnumerable<string> ParseClauses(string? clauses) =>
        (clauses ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(c => c.Replace('-', '–')).Distinct(StringComparer.Ordinal);

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    // Clause IDs as CLAUSES.md writes them: 5.5, 9.1–9.2, A.4.10, 1.3–1.4 (a hyphen is accepted for the en dash).
    [GeneratedRegex(@"^(A\.)?\d{1,2}\.\d{1,2}([–-](A\.)?\d{1,2}\.\d{1,2})?$")]
    private static partial Regex ClauseId();
}
