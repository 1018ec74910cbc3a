using Microsoft.EntityFrameworkCore;
using Signpost.Data;
using Signpost.Data.Entities;
using Signpost.Policy;
using Signpost.Policy.Clauses;

namespace Signpost.Web.Features.Policy;

/// <summary>
/// The acknowledgement gate (2.1): everyone in scope must have acknowledged the school's current Social Media Policy
/// before they publish, approve or moderate. Reading is never gated. Until the school publishes a first version the
/// gate is open, so a new school is not locked out of its own sites.
/// Call <see cref="CheckAsync"/> (or <see cref="HasAcknowledgedCurrentAsync"/>) at the start of every publish,
/// approve and moderate handler; a refusal carries clause 2.1.
/// </summary>
public sealed class PolicyGate(AppDbContext db)
{
    public async Task<bool> HasAcknowledgedCurrentAsync(Guid personId, CancellationToken ct) =>
        (await CheckAsync(personId, ct)).IsAllowed;

    /// <summary>Allowed, or Blocked("2.1", a message telling the person where to acknowledge).</summary>
    public async Task<RuleOutcome> CheckAsync(Guid personId, CancellationToken ct)
    {
        var schoolId = await db.People.Where(p => p.Id == personId).Select(p => (Guid?)p.SchoolId).SingleOrDefaultAsync(ct);
        if (schoolId is null)
        {
            return RuleOutcome.Blocked("2.1", "Your account is not in the school's directory.");
        }

        var current = await CurrentVersionAsync(db, schoolId.Value, ct);
        var acknowledged = current is not null
            && await db.PolicyAcknowledgements.AnyAsync(a => a.PolicyVersionId == current.Id && a.PersonId == personId, ct);
        return EveryoneAcknowledgesThePolicy.MayActOnContent(current is not null, acknowledged);
    }

    /// <summary>The latest published version, or null before the school has published one.</summary>
    public static Task<PolicyVersion?> CurrentVersionAsync(AppDbContext db, Guid schoolId, CancellationToken ct) =>
        db.PolicyVersions.AsNoTracking().Where(v => v.SchoolId == schoolId && v.PublishedAt != null)
            .OrderByDescending(v => v.Number).FirstOrDefaultAsync(ct);
}
