using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Signpost.Data;
using Signpost.Data.Entities;
using Signpost.Policy;
using Signpost.Policy.Clauses;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Features.Sites;

public sealed record ParticipationRow(Guid Id, string Service, string Purpose, string? Address, string RequestedBy, string Status, DateTime RequestedAt, string? Reasons, int Version, bool Mine);

/// <summary>Requests to take part in other organisations' sites for the school, and the Headteacher's decisions (A.3.3).</summary>
public sealed class Participation(AppDbContext db, TimeProvider clock)
{
    public const int MaxText = 2000;

    public async Task<WorkflowResult> RequestAsync(ClaimsPrincipal user, string? service, string? purpose, string? address, CancellationToken ct)
    {
        if (user.Kind() is not { } k || !PeopleCoveredByThePolicy.IsStaffMember(k.ToString()))
        {
            return new(WorkflowStatus.Forbidden);
        }

        if (string.IsNullOrWhiteSpace(service) || service.Trim().Length > 150)
        {
            return WorkflowResult.Refuse(new Refusal("A.3.3", "service", "Name the site or service (up to 150 characters)."));
        }

        if (string.IsNullOrWhiteSpace(purpose) || purpose.Trim().Length < 20 || purpose.Length > MaxText)
        {
            return WorkflowResult.Refuse(new Refusal("A.3.3", "purpose", "Say why the school should take part and what you will do there (20 to 2,000 characters)."));
        }

        if (address is { Length: > 500 })
        {
            return WorkflowResult.Refuse(new Refusal("A.3.3", "address", "The address is too long."));
        }

        var request = new ParticipationRequest
        {
            SchoolId = user.SchoolId()!.Value, RequestedById = user.PersonId()!.Value, Service = service.Trim(), Purpose = purpose.Trim(),
            Address = string.IsNullOrWhiteSpace(address) ? null : address.Trim(), RequestedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.ParticipationRequests.Add(request);
        await db.SaveChangesAsync(ct);
        return new(WorkflowStatus.Ok);
    }

    public async Task<WorkflowResult> DecideAsync(ClaimsPrincipal user, Guid id, string? action, string? reasons, int? version, CancellationToken ct)
    {
        var request = await db.ParticipationRequests.SingleOrDefaultAsync(r => r.Id == id, ct);
        if (request is null)
        {
            return new(WorkflowStatus.NotFound);
        }

        if (HeadteacherApprovesParticipation.MayDecide(user.IsInRole(nameof(Role.Headteacher)), user.PersonId()!.Value, request.RequestedById) is BlockedOutcome b)
        {
            return WorkflowResult.Refuse(new Refusal(b.Clause, null, b.Reason));
        }

        if (version is { } v && v != request.Version)
        {
            return new(WorkflowStatus.Conflict);
        }

        if (request.Status != ParticipationStatus.Pending)
        {
            return WorkflowResult.Refuse(new Refusal("A.3.3", null, "This request has already been decided."));
        }

        if (action is not ("approve" or "reject"))
        {
            return WorkflowResult.Refuse(new Refusal("A.3.3", "action", "Choose approve or reject."));
        }

        if (action == "reject" && string.IsNullOrWhiteSpace(reasons))
        {
            return WorkflowResult.Refuse(new Refusal("A.3.3", "reasons", "Give your reasons for refusing."));
        }

        request.Decide(action == "approve", user.PersonId()!.Value, clock.GetUtcNow().UtcDateTime, reasons?.Trim());
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

    /// <summary>The Headteacher sees every request; other staff see their own.</summary>
    public async Task<IReadOnlyList<ParticipationRow>> ListAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var me = user.PersonId();
        var head = user.IsInRole(nameof(Role.Headteacher));
        return await db.ParticipationRequests.AsNoTracking().Where(r => head || r.RequestedById == me)
            .OrderByDescending(r => r.RequestedAt)
            .Join(db.People, r => r.RequestedById, p => p.Id, (r, p) => new ParticipationRow(r.Id, r.Service, r.Purpose, r.Address,
                p.FirstName + " " + p.LastName, r.Status.ToString().ToLower(), r.RequestedAt, r.Reasons, r.Version, r.RequestedById == me))
            .ToListAsync(ct);
    }
}
