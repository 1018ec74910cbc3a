using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Signpost.Data;
using Signpost.Data.Entities;
using Signpost.Web.Features.Sites;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Features.Posts;

/// <summary>
/// One post: title, date, author (staff by name and position, A.4.8; pupils by first name only, A.5.2), the text, its
/// published comments, the comment form for those the site lets comment (A.5.1, A.2.6), Report and (staff) Raise a
/// concern links. Anyone who may not see the post gets 404, whatever they guess (A.5.3).
/// </summary>
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = Signpost.Web.Infrastructure.PublicPageCache.Policy)] // anonymous copies only
public sealed class PostModel(PostWorkflow workflow, AppDbContext db, TimeProvider clock) : PageModel
{
    public sealed record CommentView(Guid Id, string Author, DateTime At, string Text);

    public Site Site { get; private set; } = null!;
    public Post Item { get; private set; } = null!;
    public string Byline { get; private set; } = "";
    public DateTime? EditedAt { get; private set; }
    public int EarlierVersions { get; private set; }
    public bool IsLive { get; private set; }
    public string StatusText { get; private set; } = "";
    public bool IsAuthor { get; private set; }
    public bool ShowFindings { get; private set; }
    public IReadOnlyList<PlacedFinding> Findings { get; private set; } = [];
    public PostRevision? PendingEdit { get; private set; }
    public IReadOnlyList<PlacedFinding> PendingFindings { get; private set; } = [];
    public IReadOnlyList<CommentView> Comments { get; private set; } = [];
    public bool MayComment { get; private set; }
    public string? CommentRefusal { get; private set; }
    public bool IsStaff { get; private set; }
    public bool MayApprove { get; private set; }
    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, string post, string? done)
    {
        var ct = HttpContext.RequestAborted;
        var now = clock.GetUtcNow().UtcDateTime;
        var siteRow = await db.Sites.AsNoTracking().SingleOrDefaultAsync(s => s.Slug == slug, ct);
        if (siteRow is null)
        {
            return NotFound();
        }

        if (siteRow.Deleted)
        {
            return StatusCode(StatusCodes.Status410Gone);
        }

        var (site, item) = await workflow.FindAsync(User, slug, post, ct);
        if (item is null || site is null)
        {
            var readable = await SiteVisibility.Readable(db.Sites.AsNoTracking(), User).AnyAsync(s => s.Id == siteRow.Id, ct);
            return !readable && User.Identity?.IsAuthenticated != true ? Challenge() : NotFound();
        }

        Site = site;
        Item = item;
        var me = User.PersonId();
        IsAuthor = me is not null && item.AuthorId == me;
        IsStaff = User.Kind() is { } k && Person.IsStaffKind(k);
        IsLive = item.IsVisibleAt(now);
        Byline = (await Bylines.ForAsync(db, [item.AuthorId], ct)).GetValueOrDefault(item.AuthorId, "");
        var superseded = await db.PostRevisions.AsNoTracking().Where(r => r.PostId == item.Id && r.Status == RevisionStatus.Superseded)
            .Select(r => r.DecidedAt).ToListAsync(ct);
        EarlierVersions = superseded.Count;
        EditedAt = superseded.Max();
        PendingEdit = item.Status == PostStatus.Published ? await workflow.PendingRevisionAsync(item.Id, ct) : null;
        StatusText = PostStatusText.For(item, now, PendingEdit is not null);
        MayApprove = !item.ByPupil && PostVisibility.IsApprover(User) && !IsAuthor && !item.HiddenForConcern
            && (item.Status == PostStatus.Submitted || PendingEdit is not null);

        // The checker's findings, highlighted, for the author and the approvers only (A.3.4).
        var seesFindings = IsAuthor || PostVisibility.IsApprover(User);
        var findings = PostText.Findings(item.FindingsJson);
        if (seesFindings && PendingEdit is not null)
        {
            PendingFindings = PostText.Place(findings, PendingEdit.Title, PendingEdit.Body);
        }
        else if (seesFindings && !IsLive && findings.Count > 0)
        {
            ShowFindings = true;
            Findings = PostText.Place(findings, item.Title, item.Body);
        }

        if (IsLive)
        {
            var rows = await db.Comments.AsNoTracking()
                .Where(c => c.PostId == item.Id && c.Status == CommentStatus.Published && !c.HiddenForConcern)
                .OrderBy(c => c.PublishedAt ?? c.CreatedAt).ThenBy(c => c.Id)
                .Select(c => new { c.Id, c.AuthorId, At = c.PublishedAt ?? c.CreatedAt, c.Text }).ToListAsync(ct);
            var names = await Bylines.ForAsync(db, rows.Select(r => r.AuthorId), ct);
            Comments = rows.Select(r => new CommentView(r.Id, names.GetValueOrDefault(r.AuthorId, "Someone"), r.At, r.Text)).ToList();
            if (me is { } person && await Signpost.Web.Features.Comments.CommentRules.FactsAsync(db, person, site.Id, ct) is { } facts)
            {
                // The moderation part's rule decides who comments where (A.5.1, A.2.6, 7.1); the form is shown only to them.
                var refusal = Signpost.Web.Features.Comments.CommentRules.MayComment(site, facts);
                MayComment = refusal is null;
                CommentRefusal = refusal is null ? null : $"{refusal.Message} ({refusal.Clause})";
            }
        }

        Message = done switch
        {
            "saved" => "Draft saved. Only you can see it until you submit it.",
            "submitted" => "Submitted. The leadership team has been asked to approve it (A.3.4).",
            "held" => "Thank you! Your teacher will check your post before anyone else sees it.",
            "edit" => "Your edit is waiting for approval. Readers see the published version until then (A.3.4).",
            "escalated" => "Your post is being looked at by the Designated Safeguarding Lead before anything else happens (A.2.3).",
            // The comment or report handler's outcome, after its redirect back here. TempData lives in a cookie: without
            // cookies there is nothing to read, and not touching it keeps the anonymous page free of Set-Cookie, so
            // it can be served from the public-page cache.
            _ => Request.Cookies.Count > 0 ? TempData["Message"] as string : null,
        };
        return Page();
    }
}
