using System.Security.Claims;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Signpost.Data;
using Signpost.Data.Entities;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Features.Moderation;

/// <summary>One item in a moderator's queue, as the page and the API show it.</summary>
public sealed record QueueItem(
    Guid Id,
    Guid SiteId,
    string SiteSlug,
    string SiteName,
    ContentKind Kind,
    string? Title,
    string Text,
    ReviewStatus Status,
    int Version,
    IReadOnlyList<ReviewReason> Reasons,
    int Priority,
    DateTime CreatedAt,
    string? ClaimedBy,
    Guid? ClaimedById,
    bool Cover,
    string Author,
    string? PostSlug,
    Guid ContentId)
{
    /// <summary>Nothing found and nobody reported it: may be approved or rejected in bulk.</summary>
    public bool Clean => Reasons.Count == 0;
}

public sealed record ItemHistory(DateTime At, string? By, ReviewAction Action, string? Notes);

public sealed record ItemReportRow(DateTime At, string Reporter, string Reason, string? Outcome);

public sealed record ItemDetail(QueueItem Item, IReadOnlyList<ItemReportRow> Reports, IReadOnlyList<ItemHistory> History, IReadOnlyList<HouseRule> HouseRules);

/// <summary>What a moderator may act on: the sites they moderate, and (the ICT leader) the sites they cover today.</summary>
public sealed record ModeratorScope(Guid PersonId, HashSet<Guid> OwnSites, HashSet<Guid> CoverSites)
{
    public bool Covers(Guid siteId) => OwnSites.Contains(siteId) || CoverSites.Contains(siteId);

    public bool IsCover(Guid siteId) => !OwnSites.Contains(siteId) && CoverSites.Contains(siteId);
}

/// <summary>
/// The moderation queue, after Discourse's reviewables: one queue per moderator across every site they moderate, plus
/// the sites the ICT leader covers because none of their moderators is available today (A.5.3, A.5.4). Priority order:
/// safeguarding first, then extreme offence, reports, other findings and clean items, oldest first within each.
/// Escalated items are the DSL's alone (A.2.3): they never appear here.
/// </summary>
public sealed class ModerationQueue(AppDbContext db, TimeProvider clock)
{
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task<ModeratorScope?> ScopeAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        if (user.PersonId() is not { } me || !Person.IsStaffKind(user.Kind() ?? PersonKind.Pupil))
        {
            return null;
        }

        var own = (await Moderators.SitesOf(db, me).ToListAsync(ct)).ToHashSet();
        var cover = user.Has(Role.IctLeader) ? await Moderators.CoverSitesAsync(db, Today, ct) : [];
        return new ModeratorScope(me, own, cover);
    }

    public async Task<IReadOnlyList<QueueItem>> ListAsync(ModeratorScope scope, CancellationToken ct)
    {
        var sites = scope.OwnSites.Union(scope.CoverSites).ToList();
        var items = await db.ReviewItems.AsNoTracking()
            .Where(i => i.Status == ReviewStatus.Pending && sites.Contains(i.SiteId))
            .OrderBy(i => i.Priority).ThenBy(i => i.CreatedAt).ThenBy(i => i.Id)
            .Take(500).ToListAsync(ct);
        return await ShapeAsync(items, scope, ct);
    }

    /// <summary>One item with its reports, history and the site's House Rules; null when it does not exist or is the DSL's.</summary>
    public async Task<ItemDetail?> DetailAsync(ModeratorScope scope, Guid id, CancellationToken ct)
    {
        var item = await db.ReviewItems.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id && i.Status != ReviewStatus.Escalated, ct);
        if (item is null)
        {
            return null;
        }

        var shaped = (await ShapeAsync([item], scope, ct)).Single();
        var reports = await db.ItemReports.AsNoTracking().Where(r => r.ReviewItemId == id).OrderBy(r => r.At)
            .Join(db.People, r => r.ReporterId, p => p.Id, (r, p) => new { r, p.Kind, p.FirstName, p.LastName, p.PreferredName })
            .ToListAsync(ct);
        var history = await db.ReviewEvents.AsNoTracking().Where(e => e.ReviewItemId == id).OrderBy(e => e.At).ThenBy(e => e.Id)
            .GroupJoin(db.People, e => e.ByPersonId, p => p.Id, (e, ps) => new { e, ps })
            .SelectMany(x => x.ps.DefaultIfEmpty(), (x, p) => new ItemHistory(x.e.At, p == null ? null : p.FirstName + " " + p.LastName, x.e.Action, x.e.Notes))
            .ToListAsync(ct);
        var rules = await db.Sites.AsNoTracking().Where(s => s.Id == item.SiteId).Select(s => s.HouseRules).SingleAsync(ct);
        return new ItemDetail(shaped,
            reports.Select(r => new ItemReportRow(r.r.At, Describe(r.Kind, r.FirstName, r.LastName, r.PreferredName), r.r.Reason, r.r.Outcome)).ToList(),
            history, HouseRule.Parse(rules));
    }

    private async Task<List<QueueItem>> ShapeAsync(List<ReviewItem> items, ModeratorScope scope, CancellationToken ct)
    {
        var siteIds = items.Select(i => i.SiteId).Distinct().ToList();
        var sites = await db.Sites.AsNoTracking().Where(s => siteIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => new { s.Slug, s.Name }, ct);
        var postIds = items.Where(i => i.PostId != null).Select(i => i.PostId!.Value).ToList();
        var commentIds = items.Where(i => i.CommentId != null).Select(i => i.CommentId!.Value).ToList();
        var comments = await db.Comments.AsNoTracking().Where(c => commentIds.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, c => new { c.Text, c.AuthorId, c.PostId }, ct);
        postIds.AddRange(comments.Values.Select(c => c.PostId));
        var posts = await db.Posts.AsNoTracking().Where(p => postIds.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => new { p.Slug, p.Title, p.Body, p.AuthorId }, ct);
        var peopleIds = comments.Values.Select(c => c.AuthorId).Concat(posts.Values.Select(p => p.AuthorId))
            .Concat(items.Where(i => i.ClaimedById != null).Select(i => i.ClaimedById!.Value)).Distinct().ToList();
        var people = await db.People.AsNoTracking().Where(p => peopleIds.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => new { p.Kind, p.FirstName, p.LastName, p.PreferredName }, ct);
        string Name(Guid id) => people.TryGetValue(id, out var p) ? Describe(p.Kind, p.FirstName, p.LastName, p.PreferredName) : "someone";

        var shaped = new List<QueueItem>(items.Count);
        foreach (var i in items)
        {
            var site = sites[i.SiteId];
            string? title = null, postSlug = null;
            string text = "", author = "someone";
            if (i.CommentId is { } cid && comments.TryGetValue(cid, out var c))
            {
                text = c.Text;
                author = Name(c.AuthorId);
                if (posts.TryGetValue(c.PostId, out var onPost))
                {
                    (title, postSlug) = (onPost.Title, onPost.Slug);
                }
            }
            else if (i.PostId is { } pid && posts.TryGetValue(pid, out var p))
            {
                (title, postSlug, text, author) = (p.Title, p.Slug, PostText(p.Title, p.Body), Name(p.AuthorId));
            }

            shaped.Add(new QueueItem(i.Id, i.SiteId, site.Slug, site.Name, i.ContentKind, title, text, i.Status, i.Version, ReasonsOf(i), i.Priority, i.CreatedAt,
                i.ClaimedById is { } who ? Name(who) : null, i.ClaimedById, scope.IsCover(i.SiteId), author, postSlug, i.CommentId ?? i.PostId ?? Guid.Empty));
        }

        return shaped;
    }

    /// <summary>The text the checker saw for a post: its title, a blank line, then its body.</summary>
    public static string PostText(string title, string body) => title + "\n\n" + body;

    public static List<ReviewReason> ReasonsOf(ReviewItem item)
    {
        try
        {
            return JsonSerializer.Deserialize<List<ReviewReason>>(item.ReasonsJson, ContentIntake.Json) ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    /// <summary>Moderators are staff; they see a pupil's first name and year, never more than they need (A.5.2).</summary>
    public static string Describe(PersonKind kind, string first, string last, string? preferred) => kind switch
    {
        PersonKind.Pupil => $"{preferred ?? first} (pupil)",
        PersonKind.Parent => $"{preferred ?? first} {last} (parent)",
        _ => $"{preferred ?? first} {last}",
    };

    public static string PriorityLabel(int priority) => priority switch
    {
        0 => "Safeguarding",
        1 => "Extreme offence",
        2 => "Reported",
        3 => "Findings",
        _ => "Nothing found",
    };
}

/// <summary>One of a site's House Rules, the reasons a moderator chooses from when refusing something.</summary>
public sealed record HouseRule(int Number, string Text)
{
    /// <summary>Numbered lines ("1. Be kind.") or bullets of the site's House Rules text.</summary>
    public static IReadOnlyList<HouseRule> Parse(string? rules)
    {
        var list = new List<HouseRule>();
        foreach (var raw in (rules ?? "").Split('\n'))
        {
            // Plain string work, no regex: a regex timeout under load once turned this page into an error.
            var line = raw.Trim();
            var i = 0;
            while (i < line.Length && char.IsAsciiDigit(line[i]))
            {
                i++;
            }

            var marker = i > 0 ? i < line.Length && line[i] is '.' or ')' ? i + 1 : -1
                : line.Length > 0 && line[0] is '-' or '*' or '•' ? 1 : -1;
            if (marker > 0 && marker < line.Length && char.IsWhiteSpace(line[marker]) && line[marker..].Trim().Length > 0)
            {
                list.Add(new HouseRule(list.Count + 1, line[marker..].Trim()));
            }
        }

        return list;
    }

    /// <summary>The rule a moderator meant: its number ("3", "rule 3") or its text; null when it matches none.</summary>
    public static HouseRule? Find(IReadOnlyList<HouseRule> rules, string? reason)
    {
        var r = (reason ?? "").Trim();
        if (r.StartsWith("rule", StringComparison.OrdinalIgnoreCase))
        {
            r = r[4..].Trim();
        }

        return int.TryParse(r, out var n)
            ? rules.FirstOrDefault(x => x.Number == n)
            : rules.FirstOrDefault(x => string.Equals(x.Text, r, StringComparison.OrdinalIgnoreCase));
    }
}
