using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Signpost.Data;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Features.Notices;

public sealed record NoticeRow(Guid Id, string Kind, string Text, string? Link, DateTime CreatedAt, bool Read);

/// <summary>
/// The messages on a person's home page: report outcomes, moderation outcomes, the DSL's alerts, the ICT leader's
/// cover and overdue alerts. Pupils have no email, so this is how they hear things. Each person sees only their own.
/// </summary>
public sealed class NoticeBoard(AppDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<NoticeRow>> UnreadAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (user.PersonId() is not { } me)
        {
            return [];
        }

        return await db.Notices.AsNoTracking().Where(n => n.PersonId == me && n.ReadAt == null)
            .OrderByDescending(n => n.CreatedAt).Take(50)
            .Select(n => new NoticeRow(n.Id, n.Kind, n.Text, n.Link, n.CreatedAt, false)).ToListAsync(ct);
    }

    public async Task<IReadOnlyList<NoticeRow>> RecentAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        var me = user.PersonId();
        return await db.Notices.AsNoTracking().Where(n => n.PersonId == me)
            .OrderByDescending(n => n.CreatedAt).Take(100)
            .Select(n => new NoticeRow(n.Id, n.Kind, n.Text, n.Link, n.CreatedAt, n.ReadAt != null)).ToListAsync(ct);
    }

    /// <summary>Marks one notice (or, with no id, every unread notice) of the signed-in person as read.</summary>
    public async Task<int> MarkReadAsync(ClaimsPrincipal user, Guid? id, CancellationToken ct = default)
    {
        if (user.PersonId() is not { } me)
        {
            return 0;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var unread = await db.Notices.Where(n => n.PersonId == me && n.ReadAt == null && (id == null || n.Id == id)).ToListAsync(ct);
        foreach (var n in unread)
        {
            n.ReadAt = now;
        }

        if (unread.Count > 0)
        {
            await db.SaveChangesAsync(ct);
        }

        return unread.Count;
    }
}
