using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Signpost.Data;
using Signpost.Data.Entities;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Features.Moderation;

/// <summary>
/// Emails the DSL and the Headteacher once an escalation has been saved (A.5.6, A.2.3). The message says only that
/// something needs them and where to look: no content, no names, so nothing sensitive sits in a mailbox. A mail
/// failure is logged (ids only) and never undoes the escalation; the notice on their home page is already saved.
/// </summary>
public sealed class EscalationNotifier(AppDbContext db, EmailSender email, IOptions<EmailOptions> options, IHttpContextAccessor http, ILogger<EscalationNotifier> log)
{
    public async Task AfterSaveAsync(IntakeDecision decision, CancellationToken ct)
    {
        if (decision.Concern is null)
        {
            return;
        }

        var roles = decision.Outcome == IntakeOutcome.Blocked
            ? new[] { Role.DesignatedSafeguardingLead, Role.Headteacher }
            : [Role.DesignatedSafeguardingLead];
        var subject = decision.Outcome == IntakeOutcome.Blocked
            ? "Extreme offence blocked: evidence kept (A.5.6)"
            : "A safeguarding concern needs you now (A.2.3)";
        await SendAsync(decision.Concern, roles, subject, ct);
    }

    public async Task SendAsync(SafeguardingConcern concern, IReadOnlyCollection<Role> roles, string subject, CancellationToken ct)
    {
        try
        {
            var people = await db.People.AsNoTracking()
                .Where(p => p.SchoolId == concern.SchoolId && p.IsActive && p.Email != null && p.Roles.Any(r => roles.Contains(r.Role)))
                .Select(p => new { p.Email, p.FirstName, p.LastName }).ToListAsync(ct);
            var baseUrl = options.Value.LinkBase(http.HttpContext?.Request);
            foreach (var p in people)
            {
                await email.SendAsync(new EmailMessage(p.Email!, $"{p.FirstName} {p.LastName}", subject,
                    $"Hello {p.FirstName},\n\nSomething on one of the school's sites needs your attention now. For the pupils' safety this message "
                    + $"holds no details: sign in (with two-factor sign-in) to read them.\n\nOpen it: {baseUrl}/safeguarding/{concern.Id}\n"), ct);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            log.LogWarning("Could not send the escalation email for concern {ConcernId}: {Error}", concern.Id, ex.GetType().Name);
        }
    }
}
