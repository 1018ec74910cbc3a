using System.Linq.Expressions;
using System.Reflection;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Signpost.Data.Audit;
using Signpost.Data.Entities;
using Signpost.Data.Tenancy;

namespace Signpost.Data;

/// <summary>
/// The one database context. Two things happen here for every feature, so no feature can forget them:
/// every query on school-owned data is filtered to the actor's school, and every save appends hash-chained
/// audit records for what changed (8.1–8.2), in the same transaction as the change.
/// </summary>
public class AppDbContext : IdentityUserContext<AppUser>
{
    private readonly IActorContext _actor;
    private readonly TimeProvider _clock;
    private readonly List<PendingAuditEvent> _events = [];
    private readonly List<(long First, long Last)> _auditWrites = [];

    public AppDbContext(DbContextOptions<AppDbContext> options, IActorContext? actor = null, TimeProvider? clock = null)
        : base(options)
    {
        _actor = actor ?? SystemActor.Instance;
        _clock = clock ?? TimeProvider.System;
    }

    public DbSet<School> Schools => Set<School>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<PersonRole> PersonRoles => Set<PersonRole>();
    public DbSet<ParentLink> ParentLinks => Set<ParentLink>();
    public DbSet<SchoolClass> Classes => Set<SchoolClass>();
    public DbSet<PupilLogin> PupilLogins => Set<PupilLogin>();
    public DbSet<Site> Sites => Set<Site>();
    public DbSet<SiteMember> SiteMembers => Set<SiteMember>();
    public DbSet<SiteEvent> SiteEvents => Set<SiteEvent>();
    public DbSet<ParticipationRequest> ParticipationRequests => Set<ParticipationRequest>();
    public DbSet<Post> Posts => Set<Post>();
    public DbSet<PostRevision> PostRevisions => Set<PostRevision>();
    public DbSet<PostImage> PostImages => Set<PostImage>();
    public DbSet<PostImagePupil> PostImagePupils => Set<PostImagePupil>();
    public DbSet<Comment> Comments => Set<Comment>();
    public DbSet<ReviewItem> ReviewItems => Set<ReviewItem>();
    public DbSet<ReviewEvent> ReviewEvents => Set<ReviewEvent>();
    public DbSet<ItemReport> ItemReports => Set<ItemReport>();
    public DbSet<EvidenceRecord> EvidenceRecords => Set<EvidenceRecord>();
    public DbSet<SafeguardingConcern> SafeguardingConcerns => Set<SafeguardingConcern>();
    public DbSet<ConcernEntry> ConcernEntries => Set<ConcernEntry>();
    public DbSet<MediaEnquiry> MediaEnquiries => Set<MediaEnquiry>();
    public DbSet<Absence> Absences => Set<Absence>();
    public DbSet<Notice> Notices => Set<Notice>();
    public DbSet<PolicyVersion> PolicyVersions => Set<PolicyVersion>();
    public DbSet<PolicyAcknowledgement> PolicyAcknowledgements => Set<PolicyAcknowledgement>();
    public DbSet<Breach> Breaches => Set<Breach>();
    public DbSet<TermDate> TermDates => Set<TermDate>();
    public DbSet<MonitorRun> MonitorRuns => Set<MonitorRun>();
    public DbSet<AuditRecord> AuditRecords => Set<AuditRecord>();
    public DbSet<AuditChainHead> AuditChainHeads => Set<AuditChainHead>();

    public IActorContext Actor => _actor;

    // Read by the query filters; EF Core turns these into parameters evaluated per query.
    private Guid? TenantSchoolId => _actor.SchoolId;
    private bool TenantBypass => _actor.IsSystem;

    /// <summary>Records an event that is not itself a change of an entity (a sign-in, a verification, a refusal). Written on the next save.</summary>
    public void Audit(string action, string entityType, string? entityId, string outcome = "ok", Guid? schoolId = null, string? actorUserId = null, string? actorRole = null) =>
        _events.Add(new PendingAuditEvent(action, entityType, entityId, outcome, schoolId, actorUserId, actorRole));

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);

        var apply = typeof(AppDbContext).GetMethod(nameof(ApplyTenantFilter), BindingFlags.NonPublic | BindingFlags.Instance)!;
        foreach (var type in builder.Model.GetEntityTypes().Select(t => t.ClrType).Where(t => typeof(ITenantOwned).IsAssignableFrom(t)).ToList())
        {
            apply.MakeGenericMethod(type).Invoke(this, [builder]);
        }
    }

    private void ApplyTenantFilter<T>(ModelBuilder builder)
        where T : class, ITenantOwned
    {
        Expression<Func<T, bool>> filter = e => TenantBypass || e.SchoolId == TenantSchoolId;
        builder.Entity<T>().HasQueryFilter(filter);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        ChangeTracker.DetectChanges();
        GuardTenancyAndAppendOnly();
        var changes = CollectChanges();
        if (changes.Count == 0 && _events.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        var ownTransaction = Database.CurrentTransaction is null
            ? await Database.BeginTransactionAsync(cancellationToken)
            : null;
        var added = new List<AuditRecord>();
        try
        {
            // Take the chain's write lock first (see AuditChainHead).
            await AuditChainHeads.Where(h => h.Id == 1)
                .ExecuteUpdateAsync(s => s.SetProperty(h => h.LastSequence, h => h.LastSequence), cancellationToken);
            var head = await AuditChainHeads.AsNoTracking().SingleAsync(h => h.Id == 1, cancellationToken);

            var at = AuditHasher.Truncate(_clock.GetUtcNow().UtcDateTime);
            var seq = head.LastSequence;
            var prev = head.LastHash;
            foreach (var e in changes.Concat(_events))
            {
                var record = new AuditRecord
                {
                    Sequence = ++seq,
                    At = at,
                    SchoolId = e.SchoolId ?? _actor.SchoolId,
                    ActorUserId = Limit(e.ActorUserId ?? _actor.UserId, 64),
                    ActorRole = Limit(e.ActorRole ?? _actor.Role, 64),
                    Action = Limit(e.Action, 100)!,
                    EntityType = Limit(e.EntityType, 100)!,
                    EntityId = Limit(e.EntityId, 200),
                    Outcome = Limit(e.Outcome, 100)!,
                    PrevHash = prev,
                    Hash = "",
                };
                record.Hash = AuditHasher.Compute(record);
                prev = record.Hash;
                added.Add(record);
            }

            AuditRecords.AddRange(added);
            var lastSeq = seq;
            var lastHash = prev;
            await AuditChainHeads.Where(h => h.Id == 1)
                .ExecuteUpdateAsync(s => s.SetProperty(h => h.LastSequence, lastSeq).SetProperty(h => h.LastHash, lastHash), cancellationToken);

            var result = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            _auditWrites.Add((head.LastSequence + 1, lastSeq));
            if (ownTransaction is not null)
            {
                await ownTransaction.CommitAsync(cancellationToken);
            }

            _events.Clear();
            foreach (var r in added)
            {
                Entry(r).State = EntityState.Detached;
            }

            return result;
        }
        catch
        {
            foreach (var r in added)
            {
                Entry(r).State = EntityState.Detached;
            }

            if (ownTransaction is not null)
            {
                await ownTransaction.RollbackAsync(CancellationToken.None);
            }

            throw;
        }
        finally
        {
            if (ownTransaction is not null)
            {
                await ownTransaction.DisposeAsync();
            }
        }
    }

    /// <summary>
    /// The audit sequence numbers this context has written since the last call, in the transaction that is committing
    /// or has just committed (read by commit hooks, e.g. the web app's public-page cache, to tell its own writes from
    /// other instances'). Empty after a rollback has been observed by the caller, who should discard them.
    /// </summary>
    public IReadOnlyList<(long First, long Last)> TakeAuditWrites()
    {
        if (_auditWrites.Count == 0)
        {
            return [];
        }

        var taken = _auditWrites.ToArray();
        _auditWrites.Clear();
        return taken;
    }

    private static string? Limit(string? s, int max) => s is null || s.Length <= max ? s : s[..max];

    private void GuardTenancyAndAppendOnly()
    {
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.Entity is AuditRecord && entry.State is EntityState.Modified or EntityState.Deleted)
            {
                throw new InvalidOperationException("The audit log is append-only (8.1–8.2).");
            }

            if (entry.Entity is IAppendOnly && entry.State is EntityState.Modified or EntityState.Deleted)
            {
                throw new InvalidOperationException($"{entry.Metadata.ClrType.Name} rows are evidence or history and are never changed or deleted.");
            }

            if (!_actor.IsSystem && entry.Entity is ITenantOwned owned && entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
                && owned.SchoolId != _actor.SchoolId)
            {
                throw new InvalidOperationException("A change to another school's data was refused.");
            }
        }
    }

    private List<PendingAuditEvent> CollectChanges()
    {
        var list = new List<PendingAuditEvent>();
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.Entity is AuditRecord or AuditChainHead || entry.State is EntityState.Unchanged or EntityState.Detached)
            {
                continue;
            }

            var verb = entry.State switch
            {
                EntityState.Added => "created",
                EntityState.Deleted => "deleted",
                _ => "updated",
            };
            var key = entry.Metadata.FindPrimaryKey();
            var id = key is null ? null : string.Join("/", key.Properties.Select(p => entry.Property(p.Name).CurrentValue?.ToString()));
            var typeName = entry.Metadata.ClrType.Name;
            if (typeName.Contains('`', StringComparison.Ordinal))
            {
                typeName = typeName[..typeName.IndexOf('`', StringComparison.Ordinal)];
            }

            Guid? school = entry.Entity switch
            {
                ITenantOwned o => o.SchoolId,
                AppUser u => u.SchoolId,
                School s => s.Id,
                _ => null,
            };
            list.Add(new PendingAuditEvent($"{typeName}.{verb}", typeName, id, "ok", school, null, null));
        }

        return list;
    }

    private sealed record PendingAuditEvent(string Action, string EntityType, string? EntityId, string Outcome, Guid? SchoolId, string? ActorUserId, string? ActorRole);
}
