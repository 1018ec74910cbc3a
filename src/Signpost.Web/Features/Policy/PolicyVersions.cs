using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Signpost.Data;
using Signpost.Data.Entities;
using Signpost.Web.Features.Oversight;
using Signpost.Web.Features.Sites;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Features.Policy;

public sealed record PolicyVersionRow(Guid Id, int Number, string Title, DateTime CreatedAt, DateTime? PublishedAt, int Acknowledged);

/// <summary>
/// The school's Social Media Policy kept in the platform (2.1): the Headteacher drafts versions in Markdown and
/// publishes one; publishing asks everyone in scope to acknowledge it again (a notice and an email each). Everyone in
/// scope acknowledges the current version once; acknowledgements are append-only.
/// </summary>
public sealed class PolicyVersions(AppDbContext db, TimeProvider clock, EmailSender email, IOptions<EmailOptions> options, IHttpContextAccessor http, ILogger<PolicyVersions> log)
{
    public const int MaxMarkdown = 200_000;

    public async Task<IReadOnlyList<PolicyVersionRow>> ListAsync(CancellationToken ct) =>
        await db.PolicyVersions.AsNoTracking().OrderByDescending(v => v.Number)
            .Select(v => new PolicyVersionRow(v.Id, v.Number, v.Title, v.CreatedAt, v.PublishedAt, db.PolicyAcknowledgements.Count(a => a.PolicyVersionId == v.Id)))
            .ToListAsync(ct);

    public async Task<WorkflowResult> SaveDraftAsync(ClaimsPrincipal user, Guid? id, string? title, string? markdown, CancellationToken ct)
    {
        if (!user.Has(Role.Headteacher))
        {
            return new(WorkflowStatus.Forbidden);
        }

        title = title?.Trim();
        if (string.IsNullOrEmpty(title) || title.Length > 200)
        {
            return WorkflowResult.Refuse(new Refusal("2.1", "Title", "Give the version a title of up to 200 characters."));
        }

        if (string.IsNullOrWhiteSpace(markdown) || markdown.Length > MaxMarkdown)
        {
            return WorkflowResult.Refuse(new Refusal("2.1", "Markdown", "Write the policy text (up to 200,000 characters)."));
        }

        PolicyVersion? version;
        if (id is { } existing)
        {
            version = await db.PolicyVersions.SingleOrDefaultAsync(v => v.Id == existing, ct);
            if (version is null)
            {
                return new(WorkflowStatus.NotFound);
            }

            if (version.PublishedAt is not null)
            {
                return WorkflowResult.Refuse(new Refusal("2.1", null, "A published version is never changed: start a new version instead."));
            }
        }
        else
        {
            var next = (await db.PolicyVersions.MaxAsync(v => (int?)v.Number, ct) ?? 0) + 1;
            version = new PolicyVersion { SchoolId = user.SchoolId()!.Value, Number = next, Title = title, Markdown = markdown, CreatedAt = clock.GetUtcNow().UtcDateTime };
            db.PolicyVersions.Add(version);
        }

        version.Title = title;
        version.Markdown = markdown.Replace("\r\n", "\n", StringComparison.Ordinal);
        await db.SaveChangesAsync(ct);
        return new(WorkflowStatus.Ok);
    }

    /// <summary>Publishes a draft: it becomes the current version, and everyone in scope is asked to acknowledge it (2.1).</summary>
    public async Task<WorkflowResult> PublishAsync(ClaimsPrincipal user, Guid id, CancellationToken ct)
    {
        if (!user.Has(Role.Headteacher))
        {
            return new(WorkflowStatus.Forbidden);
        }

        var version = await db.PolicyVersions.SingleOrDefaultAsync(v => v.Id == id, ct);
        if (version is null)
        {
            return new(WorkflowStatus.NotFound);
        }

        if (version.PublishedAt is not null)
        {
            return WorkflowResult.Refuse(new Refusal("2.1", null, "This version is already published."));
        }

        var current = await PolicyGate.CurrentVersionAsync(db, version.SchoolId, ct);
        if (current is not null && current.Number > version.Number)
        {
            return WorkflowResult.Refuse(new Refusal("2.1", null, $"Version {current.Number} is newer and already published. Start a new version from it instead."));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        version.PublishedAt = now;
        version.PublishedById = user.PersonId();
        var people = await db.People.Where(p => p.IsActive && OversightReport.InScopeKinds.Contains(p.Kind))
            .Select(p => new { p.Id, p.Email, p.FirstName, p.LastName }).ToListAsync(ct);
        foreach (var p in people)
        {
            db.Notices.Add(new Notice
            {
                SchoolId = version.SchoolId, PersonId = p.Id, Kind = "policy-acknowledgement", CreatedAt = now, Link = "/policy",
                Text = $"The school has published version {version.Number} of its Social Media Policy. Please read it and acknowledge it (policy 2.1).",
            });
        }

        await db.SaveChangesAsync(ct);

        var baseUrl = BaseUrl();
        foreach (var p in people.Where(p => p.Email is not null))
        {
            try
            {
                await email.SendAsync(new EmailMessage(p.Email!, $"{p.FirstName} {p.LastName}", "Please read and acknowledge the Social Media Policy (2.1)",
                    $"Hello {p.FirstName},\n\nThe school has published version {version.Number} of its Social Media Policy. Everyone it covers reads it and "
                    + $"acknowledges it; until you do, you can read the school's sites but not publish, approve or moderate.\n\nRead it: {baseUrl}/policy\n"), ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                log.LogWarning("Could not send the policy email to person {PersonId}: {Error}", p.Id, ex.GetType().Name);
            }
        }

        return new(WorkflowStatus.Ok);
    }

    /// <summary>The signed-in person acknowledges the current version (2.1). Acknowledging twice changes nothing.</summary>
    public async Task<WorkflowResult> AcknowledgeAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        if (user.PersonId() is not { } personId || user.Kind() is not { } kind || !Person.IsStaffKind(kind))
        {
            return WorkflowResult.Refuse(new Refusal("2.1", null, "The policy covers staff members, governors, contractors, trainees and volunteers; your account is not one of them."));
        }

        var current = await PolicyGate.CurrentVersionAsync(db, user.SchoolId()!.Value, ct);
        if (current is null)
        {
            return WorkflowResult.Refuse(new Refusal("2.1", null, "The school has not published its policy yet, so there is nothing to acknowledge."));
        }

        if (!await db.PolicyAcknowledgements.AnyAsync(a => a.PolicyVersionId == current.Id && a.PersonId == personId, ct))
        {
            db.PolicyAcknowledgements.Add(new PolicyAcknowledgement { PolicyVersionId = current.Id, PersonId = personId, SchoolId = current.SchoolId, At = clock.GetUtcNow().UtcDateTime });
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // A double click: the other request recorded it first.
            }
        }

        return new(WorkflowStatus.Ok);
    }

    private string BaseUrl() => options.Value.LinkBase(http.HttpContext?.Request);
}
