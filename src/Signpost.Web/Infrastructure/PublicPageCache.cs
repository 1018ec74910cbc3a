using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;
using Signpost.Data;
using Signpost.Data.Audit;
using Signpost.Data.Entities;

namespace Signpost.Web.Infrastructure;

/// <summary>
/// Anonymous visitors' copies of the public pages (the blog list, a site's home, a post with its comments, a feed).
/// These are the pages the public reads most, and they are the same for every anonymous visitor, so the rendered page
/// is kept in memory and served again until the content behind it changes.
///
/// Never stale after a change (A.5.3: a hidden or withdrawn item must disappear at once): every cached copy is keyed
/// by a <see cref="Generation"/> number, and the number moves on the moment a change that public pages show
/// (a post, a published comment, a site, a person's name, a picture) is committed through this app instance. A copy
/// made under the old number is never served again, even one that was being rendered while the change committed.
/// Changes made by another instance (several web servers on one PostgreSQL) or by the command-line tool are picked up
/// by <see cref="PublicPageCacheSync"/>, which looks at the audit chain's head — every write moves it, 8.1 — every
/// <see cref="SignpostOptions.PublicCacheSyncSeconds"/> seconds. Copies also expire after
/// <see cref="SignpostOptions.PublicPageCacheSeconds"/> seconds, so a scheduled post appears on time.
///
/// Only anonymous GET/HEAD requests without a query string, cookies of their own or an Authorization header are
/// served from or stored in the cache, and only 200 answers that set no cookie are stored (the framework's default
/// policy); a signed-in person always gets a page rendered for them.
/// </summary>
public sealed class PublicPageCache(TimeProvider clock)
{
    public const string Policy = "public-page";

    private long _generation;
    private long _nextScheduledTicks = long.MaxValue;
    private TaskCompletionSource _wake = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ConditionalWeakTable<DbContext, object> _pending = [];
    private static readonly object Marker = new();

    public long Generation => Volatile.Read(ref _generation);

    /// <summary>Makes every cached copy out of date.</summary>
    public void Invalidate() => Interlocked.Increment(ref _generation);

    /// <summary>
    /// A scheduled post (published, with a future <see cref="Post.PublishedAt"/>) appears when its time comes without
    /// any write: the earliest such time is known here, and the first request at or after it starts a new generation.
    /// </summary>
    public void NoteScheduled(DateTime at)
    {
        var ticks = at.Ticks;
        long seen;
        do
        {
            seen = Interlocked.Read(ref _nextScheduledTicks);
            if (ticks >= seen)
            {
                return;
            }
        }
        while (Interlocked.CompareExchange(ref _nextScheduledTicks, ticks, seen) != seen);
    }

    /// <summary>Sets the earliest scheduled time from the database (null: none), as <see cref="PublicPageCacheSync"/> reads it.</summary>
    internal void ScheduledFromDatabase(DateTime? next)
    {
        Interlocked.Exchange(ref _nextScheduledTicks, next?.Ticks ?? long.MaxValue);
        CheckSchedule();
    }

    /// <summary>Called on every cacheable request: once the clock passes the earliest scheduled post, starts a new
    /// generation and asks the sync to find the next one.</summary>
    public void CheckSchedule()
    {
        var due = Interlocked.Read(ref _nextScheduledTicks);
        if (due == long.MaxValue || clock.GetUtcNow().UtcDateTime.Ticks < due)
        {
            return;
        }

        if (Interlocked.CompareExchange(ref _nextScheduledTicks, long.MaxValue, due) == due)
        {
            Invalidate();
            Interlocked.Exchange(ref _wake, new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
        }
    }

    internal Task Woken => Volatile.Read(ref _wake).Task;

    internal DateTime Now => clock.GetUtcNow().UtcDateTime;

    internal void MarkPending(DbContext context) => _pending.AddOrUpdate(context, Marker);

    internal void Committed(DbContext? context)
    {
        if (context is AppDbContext app && app.TakeAuditWrites() is { Count: > 0 } written)
        {
            lock (_ownWrites)
            {
                if (_ownWrites.Count > 100_000)
                {
                    _ownWrites.Clear(); // nobody is looking (sync off): the worst case is one extra invalidation
                }

                _ownWrites.AddRange(written);
            }
        }

        if (context is not null && _pending.Remove(context))
        {
            Invalidate();
        }
    }

    internal void Abandoned(DbContext? context)
    {
        if (context is not null)
        {
            _pending.Remove(context);
            (context as AppDbContext)?.TakeAuditWrites(); // rolled back: those numbers were never written
        }
    }

    private readonly List<(long First, long Last)> _ownWrites = [];

    /// <summary>
    /// Whether audit records (after, upTo] include any this instance did not write itself — i.e. another instance or
    /// the command-line tool changed something. This instance's own changes have already been dealt with exactly.
    /// </summary>
    internal bool OthersWrote(long after, long upTo)
    {
        lock (_ownWrites)
        {
            long own = 0;
            foreach (var (first, last) in _ownWrites)
            {
                own += Math.Max(0, Math.Min(last, upTo) - Math.Max(first, after + 1) + 1);
            }

            _ownWrites.RemoveAll(w => w.Last <= upTo);
            return own < upTo - after;
        }
    }

    /// <summary>
    /// Whether this save changes anything a public page can show. Unknown kinds of data count as a change, so a new
    /// table is safe by default; only data that no public page shows is listed here as harmless.
    /// </summary>
    internal bool ChangesPublicPages(ChangeTracker tracker)
    {
        // AppDbContext.SaveChangesAsync has just detected changes; Entries() would scan every tracked entity again.
        var detect = tracker.AutoDetectChangesEnabled;
        tracker.AutoDetectChangesEnabled = tracker.Context is not AppDbContext && detect;
        try
        {
            return ChangesPublicPagesNow(tracker);
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = detect;
        }
    }

    private bool ChangesPublicPagesNow(ChangeTracker tracker)
    {
        var changes = false;
        foreach (var entry in tracker.Entries())
        {
            if (entry.State is EntityState.Unchanged or EntityState.Detached)
            {
                continue;
            }

            switch (entry.Entity)
            {
                case AuditRecord or AuditChainHead or AppUser or ReviewItem or ReviewEvent or ItemReport or EvidenceRecord
                    or SafeguardingConcern or ConcernEntry or MediaEnquiry or Absence or Notice or PolicyVersion
                    or PolicyAcknowledgement or Breach or TermDate or MonitorRun or PostRevision or ParticipationRequest
                    or PupilLogin or ParentLink or SiteEvent:
                    continue;
                case Comment:
                    // A held comment (A.5.3) is on no public page until a moderator publishes it.
                    var status = entry.Property(nameof(Comment.Status));
                    var was = entry.State == EntityState.Added ? null : (CommentStatus?)status.OriginalValue;
                    var now = entry.State == EntityState.Deleted ? null : (CommentStatus?)status.CurrentValue;
                    changes |= was == CommentStatus.Published || now == CommentStatus.Published;
                    continue;
                case Post { Status: PostStatus.Published, PublishedAt: { } at } when entry.State != EntityState.Deleted && at > Now:
                    NoteScheduled(at);
                    changes = true;
                    continue;
                default:
                    if (entry.Metadata.ClrType.Namespace?.StartsWith("Microsoft.AspNetCore.Identity", StringComparison.Ordinal) == true)
                    {
                        continue; // sign-in data (tokens, claims, logins)
                    }

                    changes = true;
                    continue;
            }
        }

        return changes;
    }
}

/// <summary>Notes which saves change public pages, and moves <see cref="PublicPageCache.Generation"/> once they commit.</summary>
public sealed class PublicPageSaveInterceptor(PublicPageCache cache) : SaveChangesInterceptor
{
    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Note(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Note(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Settle(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Settle(eventData.Context);
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => cache.Abandoned(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        cache.Abandoned(eventData.Context);
        return Task.CompletedTask;
    }

    private void Note(DbContext? context)
    {
        if (context is not null && cache.ChangesPublicPages(context.ChangeTracker))
        {
            cache.MarkPending(context);
        }
    }

    // Saved without a transaction of the caller's: EF's own transaction has committed by now. Inside the caller's
    // transaction, the commit (seen by PublicPageTransactionInterceptor) settles it instead.
    private void Settle(DbContext? context)
    {
        if (context is not null && context.Database.CurrentTransaction is null)
        {
            cache.Committed(context);
        }
    }
}

/// <summary>Moves the generation when a transaction holding a public change commits; forgets it when one rolls back.</summary>
public sealed class PublicPageTransactionInterceptor(PublicPageCache cache) : DbTransactionInterceptor
{
    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => cache.Committed(eventData.Context);

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        cache.Committed(eventData.Context);
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => cache.Abandoned(eventData.Context);

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        cache.Abandoned(eventData.Context);
        return Task.CompletedTask;
    }
}

/// <summary>
/// Picks up changes made outside this instance (another web server on the same PostgreSQL database, the command-line
/// tool's restore): reads the audit chain's head, which every write moves (8.1), and invalidates the public pages when
/// it has moved. One indexed single-row read every few seconds.
/// </summary>
public sealed class PublicPageCacheSync(PublicPageCache cache, SystemDb systemDb, IOptions<SignpostOptions> options,
    ILogger<PublicPageCacheSync> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.PublicPageCacheSeconds <= 0)
        {
            return;
        }

        var sync = options.Value.PublicCacheSyncSeconds;
        var period = TimeSpan.FromSeconds(sync > 0 ? sync : 30);
        long? last = null;
        DateTime? since = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            var woken = cache.Woken;
            try
            {
                await using var db = systemDb.Create();
                if (sync > 0)
                {
                    var head = await db.AuditChainHeads.AsNoTracking().Where(h => h.Id == 1).Select(h => (long?)h.LastSequence)
                        .FirstOrDefaultAsync(stoppingToken);
                    if (head != last)
                    {
                        if (last is null || head is null || head < last || cache.OthersWrote(last.Value, head.Value))
                        {
                            cache.Invalidate();
                        }

                        last = head;
                    }
                }

                // The next scheduled post in any school (also one scheduled by another instance or by hand), looking
                // from the last look on: one whose time came since then is due now, and starts a new generation.
                var now = cache.Now;
                var from = since ?? now;
                var next = await db.Posts.AsNoTracking().IgnoreQueryFilters()
                    .Where(p => p.Status == PostStatus.Published && p.PublishedAt > from)
                    .MinAsync(p => p.PublishedAt, stoppingToken);
                cache.ScheduledFromDatabase(next);
                since = now;
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // The database may be away for a moment (503s meanwhile); expire everything to be safe and try again.
                cache.Invalidate();
                last = null;
                since = null;
                log.LogWarning("Public page cache could not read the database: {Error}", ex.GetType().Name);
            }

            try
            {
                await Task.WhenAny(Task.Delay(period, stoppingToken), woken).WaitAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}

/// <summary>The public-page output-cache policy on top of the framework's default one (anonymous GET/HEAD, 200, no cookie set).</summary>
public sealed class PublicPagePolicy(PublicPageCache cache, IOptions<SignpostOptions> options) : IOutputCachePolicy
{
    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var request = context.HttpContext.Request;
        var seconds = options.Value.PublicPageCacheSeconds;
        if (seconds <= 0 || request.QueryString.HasValue || request.Headers.Cookie.Count > 0)
        {
            // A query string or a cookie may change what the page says (a message after an action, a signed-out
            // session's leftovers): render it fresh.
            context.EnableOutputCaching = false;
            context.AllowCacheLookup = false;
            context.AllowCacheStorage = false;
            return ValueTask.CompletedTask;
        }

        cache.CheckSchedule();
        context.ResponseExpirationTimeSpan = TimeSpan.FromSeconds(seconds);
        context.CacheVaryByRules.VaryByValues["generation"] = cache.Generation.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;
}
