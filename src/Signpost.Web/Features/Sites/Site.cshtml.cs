using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Signpost.Data;
using Signpost.Data.Entities;
using Signpost.Web.Infrastructure;
using Posts_ = Signpost.Web.Features.Posts;

namespace Signpost.Web.Features.Sites;

/// <summary>A site's home page. Readability follows the site's privacy (A.5.2); another school's site does not exist here.</summary>
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = Signpost.Web.Infrastructure.PublicPageCache.Policy)] // anonymous copies only
public sealed class SiteModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public const int PageSize = 10;

    public sealed record Admin(string Name, string Position);

    public sealed record PostItem(string Slug, string Title, string Byline, DateTime PublishedAt, string Excerpt);

    public sealed record OwnPost(string? Slug, string Title, string Status);

    public IReadOnlyList<PostItem> Posts { get; private set; } = [];
    public int PageNumber { get; private set; } = 1;
    public int PageCount { get; private set; } = 1;
    public int PostCount { get; private set; }
    public IReadOnlyList<OwnPost> MyPosts { get; private set; } = [];
    public bool MayWrite { get; private set; }

    public string Name { get; private set; } = "";
    public string Slug { get; private set; } = "";
    public string? Summary { get; private set; }
    public SitePrivacy Privacy { get; private set; }
    public SiteStatus Status { get; private set; }
    public IReadOnlyList<Admin> Administrators { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, int? p)
    {
        var site = await db.Sites.AsNoTracking().SingleOrDefaultAsync(s => s.Slug == slug);
        if (site is null)
        {
            return NotFound();
        }

        if (site.Deleted)
        {
            // The exit plan deleted it (A.1.6): gone, not merely missing.
            return StatusCode(StatusCodes.Status410Gone);
        }

        if (!await SiteVisibility.Readable(db.Sites.AsNoTracking(), User).AnyAsync(s => s.Id == site.Id))
        {
            return User.Identity?.IsAuthenticated == true ? Forbid() : Challenge();
        }

        Name = site.Name;
        Slug = site.Slug;
        Summary = site.Summary;
        Privacy = site.Privacy;
        Status = site.Status;
        Administrators = await db.SiteMembers.AsNoTracking()
            .Where(m => m.SiteId == site.Id && m.Role == SiteMemberRole.Administrator)
            .Join(db.People, m => m.PersonId, p => p.Id, (m, p) => p)
            .Where(p => p.IsActive)
            .OrderBy(p => p.LastName)
            .Select(p => new Admin(p.FirstName + " " + p.LastName, p.Position ?? "Staff"))
            .ToListAsync();
        await LoadPostsAsync(site, p ?? 1);
        return Page();
    }

    /// <summary>Readable posts, newest first, a page at a time; and the signed-in author's own posts that readers cannot see yet.</summary>
    private async Task LoadPostsAsync(Site site, int page)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var readable = Posts_.PostVisibility.Readable(db.Posts.AsNoTracking().Where(x => x.SiteId == site.Id), SiteVisibility.Readable(db.Sites, User), now);
        PostCount = await readable.CountAsync();
        PageCount = Math.Max(1, (PostCount + PageSize - 1) / PageSize);
        PageNumber = Math.Clamp(page, 1, PageCount);
        var rows = await readable.OrderByDescending(x => x.PublishedAt).ThenByDescending(x => x.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(x => new { x.Slug, x.Title, x.AuthorId, PublishedAt = x.PublishedAt!.Value, Start = x.Body.Substring(0, 400) })
            .ToListAsync();
        var names = await Posts_.Bylines.ForAsync(db, rows.Select(r => r.AuthorId), HttpContext.RequestAborted);
        Posts = rows.Select(r => new PostItem(r.Slug, r.Title, names.GetValueOrDefault(r.AuthorId, ""), r.PublishedAt, Excerpt(r.Start))).ToList();

        var me = User.PersonId();
        if (me is null)
        {
            return;
        }

        var withMembers = await db.Sites.AsNoTracking().Include(x => x.Members).SingleAsync(x => x.Id == site.Id);
        MayWrite = Posts_.PostWorkflow.MayWrite(User, withMembers)
            || (User.Kind() == PersonKind.Pupil && (await Posts_.PupilPostRules.MayPupilPostAsync(db, withMembers, User, HttpContext.RequestAborted)).IsAllowed);
        var mine = await db.Posts.AsNoTracking().Where(x => x.SiteId == site.Id && x.AuthorId == me)
            .Where(x => x.Status != PostStatus.Published || x.PublishedAt > now || x.HiddenForConcern)
            .OrderByDescending(x => x.UpdatedAt).Take(50).ToListAsync();
        // A blocked post is listed without its title or address: its words never appear on a page (A.5.6).
        MyPosts = mine.Select(x => x.Status == PostStatus.Blocked
            ? new OwnPost(null, "A post you submitted", Posts_.PostStatusText.For(x, now))
            : new OwnPost(x.Slug, x.Title, Posts_.PostStatusText.For(x, now))).ToList();
    }

    private static string Excerpt(string start)
    {
        var first = Posts_.PostText.Paragraphs(start) is [var f, ..] ? f : "";
        if (first.Length < 200)
        {
            return first;
        }

        var cut = first.LastIndexOf(' ', 199);
        return first[..(cut > 0 ? cut : 199)] + "…";
    }
}
