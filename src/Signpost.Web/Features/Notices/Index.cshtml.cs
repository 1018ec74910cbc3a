using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Signpost.Web.Features.Notices;

/// <summary>All of a person's messages, read and unread; marking read returns to the home page.</summary>
[Authorize]
public sealed class IndexModel(NoticeBoard board) : PageModel
{
    public IReadOnlyList<NoticeRow> Notices { get; private set; } = [];

    public async Task OnGetAsync() => Notices = await board.RecentAsync(User, HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostReadAsync(Guid? id, string? returnUrl)
    {
        await board.MarkReadAsync(User, id, HttpContext.RequestAborted);
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl! : "/home");
    }
}
