using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Signpost.Data;
using Signpost.Data.Entities;

namespace Signpost.Web.Features.Posts;

/// <summary>Every earlier published version of a post, so edits after publishing stay visible (5.6).</summary>
public sealed class HistoryModel(PostWorkflow workflow, AppDbContext db, TimeProvider clock) : PageModel
{
    public sealed record Version(int Number, string Title, string Body, DateTime? Until, string EditedBy, string? ApprovedBy);

    public Site Site { get; private set; } = null!;
    public Post Item { get; private set; } = null!;
    public IReadOnlyList<Version> Versions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, string post)
    {
        var ct = HttpContext.RequestAborted;
        var (site, item) = await workflow.FindAsync(User, slug, post, ct);
        if (site is null || item is null || !item.IsVisibleAt(clock.GetUtcNow().UtcDateTime))
        {
            return NotFound();
        }

        (Site, Item) = (site, item);
        var rows = await db.PostRevisions.AsNoTracking().Where(r => r.PostId == item.Id && r.Status == RevisionStatus.Superseded)
            .OrderByDescending(r => r.Number).ToListAsync(ct);
        var names = await Bylines.ForAsync(db, rows.Select(r => r.EditedById).Concat(rows.Where(r => r.DecidedById != null).Select(r => r.DecidedById!.Value)), ct);
        Versions = rows.Select(r => new Version(r.Number, r.Title, r.Body, r.DecidedAt, names.GetValueOrDefault(r.EditedById, "staff"),
            r.DecidedById is { } d ? names.GetValueOrDefault(d) : null)).ToList();
        return Page();
    }
}
