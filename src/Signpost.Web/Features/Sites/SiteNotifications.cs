using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Signpost.Data;
using Signpost.Data.Entities;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Features.Sites;

/// <summary>
/// Emails the people who must act next on a proposal: the leadership team when it is submitted (A.1.3), the
/// Headteacher when it has been reviewed (A.3.2), and the proposer when it is decided. Sent only after the change has
/// been saved; a mail failure is logged (ids only) and never undoes the step.
/// </summary>
public sealed class SiteNotifications(AppDbContext db, EmailSender email, IOptions<EmailOptions> options, IHttpContextAccessor http, ILogger<SiteNotifications> log)
{
    public async Task AfterAsync(Site site, SiteEventKind step, CancellationToken ct)
    {
        try
        {
            var (roles, toProposer, subject, body) = step switch
            {
                SiteEventKind.Submitted => (new[] { Role.LeadershipTeam, Role.Headteacher }, false, $"Site proposal to review: {site.Name}",
                    "A member of staff has proposed a new official site. The leadership team discusses its audience and level of interaction before the Headteacher decides (policy A.1.3)."),
                SiteEventKind.LeadershipReviewed => (new[] { Role.Headteacher }, false, $"Site proposal ready for your decision: {site.Name}",
                    "The leadership team has recorded its review. The proposal now needs your decision: approve, reject or send back (policy A.3.2)."),
                SiteEventKind.Approved or SiteEventKind.Rejected or SiteEventKind.SentBack => (Array.Empty<Role>(), true,
                    $"Your site proposal was {(step == SiteEventKind.SentBack ? "sent back" : step.ToString().ToLowerInvariant())}: {site.Name}",
                    step == SiteEventKind.Approved
                        ? "The Headteacher approved your proposal. An administrator can take the site live once everything the policy asks is in place."
                        : $"The Headteacher's reasons: {site.DecisionReasons}"),
                _ => (Array.Empty<Role>(), false, "", ""),
            };
            if (subject.Length == 0)
            {
                return;
            }

            var people = await db.People.AsNoTracking()
                .Where(p => p.IsActive && p.Email != null && p.Id != (toProposer ? Guid.Empty : site.ProposedById)
                    && (toProposer ? p.Id == site.ProposedById : p.Roles.Any(r => roles.Contains(r.Role))))
                .Select(p => new { p.Email, p.FirstName, p.LastName }).ToListAsync(ct);
            var baseUrl = options.Value.LinkBase(http.HttpContext?.Request);
            foreach (var p in people)
            {
                await email.SendAsync(new EmailMessage(p.Email!, $"{p.FirstName} {p.LastName}", subject,
                    $"Hello {p.FirstName},\n\n{body}\n\nOpen the proposal: {baseUrl}/sites/{site.Slug}/proposal\n"), ct);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            log.LogWarning("Could not send the {Step} notification for site {SiteId}: {Error}", step, site.Id, ex.GetType().Name);
        }
    }
}
