using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Signpost.Data;
using Signpost.Data.Entities;
using Signpost.Web.Features.Moderation;

namespace Signpost.Web.Features.Safeguarding;

/// <summary>One checker finding or staff reason, as stored in review items, content and evidence (CONTRACT.md shape).</summary>
public sealed record FindingView(
    [property: JsonPropertyName("category")] string Category,
    [property: JsonPropertyName("clause")] string Clause,
    [property: JsonPropertyName("severity")] string? Severity,
    [property: JsonPropertyName("message")] string? Message,
    [property: JsonPropertyName("start")] int? Start,
    [property: JsonPropertyName("length")] int? Length)
{
    public static IReadOnlyList<FindingView> Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return [];
        }

        try
        {
            return JsonSerializer.Deserialize<List<FindingView>>(json, ContentIntake.Json)?.Where(f => f.Category is not null).ToList() ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }
}

/// <summary>A piece of text, marked when a finding covers it: how the concern page highlights what the checker found.</summary>
public sealed record TextSegment(string Text, FindingView? Finding);

/// <summary>
/// The post or comment a concern is about, as the DSL needs to see it: where, by whom, its text and state. A post's text
/// is what the checker read (<see cref="Posts.PostText.CheckedText"/>: title, blank line, body), so findings' offsets
/// (UTF-16, as CONTRACT.md says) mark the right words.
/// </summary>
public sealed record ConcernContentFacts(
    ContentKind Kind,
    Guid Id,
    Guid SiteId,
    string SiteName,
    string SiteSlug,
    string PostSlug,
    string PostTitle,
    string Text,
    Guid AuthorId,
    PersonKind AuthorKind,
    string Status,
    bool Hidden,
    bool Visible,
    string? FindingsJson)
{
    public string Where => Kind == ContentKind.Post ? $"{SiteName}: the post “{PostTitle}”" : $"{SiteName}: a comment on “{PostTitle}”";

    public string Link => $"/sites/{SiteSlug}/posts/{PostSlug}" + (Kind == ContentKind.Comment ? $"#comment-{Id}" : "");

    public IncomingContent Incoming => new(Kind, Id, SiteId, AuthorId, AuthorKind, Text, SiteName);

    public static async Task<ConcernContentFacts?> LoadAsync(AppDbContext db, ContentKind? kind, Guid? id, DateTime now, CancellationToken ct)
    {
        if (kind is null || id is null)
        {
            return null;
        }

        if (kind == ContentKind.Post)
        {
            return await db.Posts.AsNoTracking().Where(p => p.Id == id)
                .Join(db.Sites, p => p.SiteId, s => s.Id, (p, s) => new { p, s })
                .Join(db.People, x => x.p.AuthorId, a => a.Id, (x, a) => new ConcernContentFacts(ContentKind.Post, x.p.Id, x.s.Id, x.s.Name, x.s.Slug,
                    x.p.Slug, x.p.Title, x.p.Title + Posts.PostText.Separator + x.p.Body, x.p.AuthorId, a.Kind, x.p.Status.ToString(), x.p.HiddenForConcern,
                    x.p.Status == PostStatus.Published && x.p.PublishedAt <= now && !x.p.HiddenForConcern, x.p.FindingsJson))
                .SingleOrDefaultAsync(ct);
        }

        return await db.Comments.AsNoTracking().Where(c => c.Id == id)
            .Join(db.Posts, c => c.PostId, p => p.Id, (c, p) => new { c, p })
            .Join(db.Sites, x => x.c.SiteId, s => s.Id, (x, s) => new ConcernContentFacts(ContentKind.Comment, x.c.Id, s.Id, s.Name, s.Slug,
                x.p.Slug, x.p.Title, x.c.Text, x.c.AuthorId, x.c.AuthorKind, x.c.Status.ToString(), x.c.HiddenForConcern,
                x.c.Status == CommentStatus.Published && !x.c.HiddenForConcern
                    && x.p.Status == PostStatus.Published && x.p.PublishedAt <= now && !x.p.HiddenForConcern, x.c.FindingsJson))
            .SingleOrDefaultAsync(ct);
    }

    /// <summary>The latest review item for the content (one per post or comment).</summary>
    public static IQueryable<ReviewItem> ReviewItemsFor(AppDbContext db, ContentKind kind, Guid id) =>
        (kind == ContentKind.Post ? db.ReviewItems.Where(r => r.PostId == id) : db.ReviewItems.Where(r => r.CommentId == id))
            .OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id);

    /// <summary>Splits <paramref name="text"/> at the findings' spans; spans outside the text or overlapping an earlier one are left unmarked.</summary>
    public static IReadOnlyList<TextSegment> Highlight(string text, IEnumerable<FindingView> findings)
    {
        var segments = new List<TextSegment>();
        var at = 0;
        foreach (var f in findings.Where(f => f.Start is >= 0 && f.Length is > 0 && f.Start + f.Length <= text.Length).OrderBy(f => f.Start))
        {
            if (f.Start!.Value < at)
            {
                continue;
            }

            if (f.Start.Value > at)
            {
                segments.Add(new TextSegment(text[at..f.Start.Value], null));
            }

            segments.Add(new TextSegment(text.Substring(f.Start.Value, f.Length!.Value), f));
            at = f.Start.Value + f.Length.Value;
        }

        if (at < text.Length)
        {
            segments.Add(new TextSegment(text[at..], null));
        }

        return segments;
    }

    public static string CategoryLabel(string category) => category switch
    {
        "safeguarding" => "Possible safeguarding disclosure",
        "grooming" => "Possible grooming",
        "extreme-offence" => "Extreme offence (blocked)",
        "staff-raised" => "Raised by a member of staff",
        _ => category,
    };

    public static string EntryLabel(ConcernEntryKind kind) => kind switch
    {
        ConcernEntryKind.Raised => "Raised",
        ConcernEntryKind.Note => "Note",
        ConcernEntryKind.Action => "Action taken",
        ConcernEntryKind.Referral => "Referral",
        ConcernEntryKind.ContentReleased => "Item released to moderation",
        ConcernEntryKind.ContentKeptHidden => "Item kept hidden",
        _ => "Closed",
    };
}
