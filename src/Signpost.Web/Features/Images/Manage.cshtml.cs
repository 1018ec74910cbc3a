using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Signpost.Data;
using Signpost.Data.Entities;
using Signpost.Web.Features.Sites;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Features.Images;

/// <summary>
/// A post's pictures: the author adds them (with a description and who appears in them) and removes them while the
/// post can still change; staff see what would stop publishing under the photo-consent rule (A.5.1, A.5.2).
/// </summary>
[Authorize]
[RequestSizeLimit(ImageLimits.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = ImageLimits.MaxRequestBytes)]
public sealed class ManageModel(PostImages images, AppDbContext db) : PageModel
{
    [BindProperty]
    public IFormFile? Picture { get; set; }

    [BindProperty]
    public string? AltText { get; set; }

    [BindProperty]
    public List<Guid> Pupils { get; set; } = [];

    [BindProperty]
    public bool NoPupils { get; set; }

    public string SiteSlug { get; private set; } = "";
    public string SiteName { get; private set; } = "";
    public string PostSlug { get; private set; } = "";
    public string PostTitle { get; private set; } = "";
    public bool IsStaff { get; private set; }
    public ImageError? CannotChange { get; private set; }
    public IReadOnlyList<ImageView> Images { get; private set; } = [];
    public IReadOnlyList<PupilChoice> Choices { get; private set; } = [];
    public IReadOnlyList<Refusal> PublishBlockers { get; private set; } = [];
    public string? Done { get; private set; }

    /// <summary>The post when this person may open its pictures page (<see cref="ImageAccess.MayManageAsync"/>); null is "not found".</summary>
    private async Task<PostContext?> FindManagedAsync(string slug, string post)
    {
        var c = await images.FindAsync(User, slug, post, HttpContext.RequestAborted);
        return c is not null && await ImageAccess.MayManageAsync(db, User, c.Post, c.Site, HttpContext.RequestAborted) ? c : null;
    }

    public async Task<IActionResult> OnGetAsync(string slug, string post, string? done)
    {
        var c = await FindManagedAsync(slug, post);
        if (c is null)
        {
            return NotFound();
        }

        Done = done switch
        {
            "added" => "The picture was added. Its location and other hidden details were removed.",
            "removed" => "The picture was removed.",
            _ => null,
        };
        await LoadAsync(c);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, string post)
    {
        if (await FindManagedAsync(slug, post) is null)
        {
            return NotFound();
        }

        var result = await images.UploadAsync(User, slug, post, new ImageUpload(Picture, AltText, Pupils, NoPupils), HttpContext.RequestAborted);
        if (result.Status == ImageStatus.NotFound)
        {
            return NotFound();
        }

        if (result.Status == ImageStatus.Ok)
        {
            return Redirect($"/sites/{Uri.EscapeDataString(slug)}/posts/{Uri.EscapeDataString(post)}/images?done=added");
        }

        foreach (var e in result.Errors ?? [])
        {
            var message = e.Clause is null || e.Message.Contains(e.Clause, StringComparison.Ordinal) ? e.Message : $"{e.Message} ({e.Clause})";
            ModelState.AddModelError(Key(e.Field), message);
        }

        await LoadAsync((await images.FindAsync(User, slug, post, HttpContext.RequestAborted))!);
        Response.StatusCode = result.Status == ImageStatus.Forbidden ? StatusCodes.Status403Forbidden : StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(string slug, string post, Guid id)
    {
        if (await FindManagedAsync(slug, post) is null)
        {
            return NotFound();
        }

        var result = await images.DeleteAsync(User, slug, post, id, HttpContext.RequestAborted);
        if (result.Status == ImageStatus.NotFound)
        {
            return NotFound();
        }

        if (result.Status == ImageStatus.Ok)
        {
            return Redirect($"/sites/{Uri.EscapeDataString(slug)}/posts/{Uri.EscapeDataString(post)}/images?done=removed");
        }

        ModelState.AddModelError("", result.First?.Message ?? "The picture could not be removed.");
        await LoadAsync((await images.FindAsync(User, slug, post, HttpContext.RequestAborted))!);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private async Task LoadAsync(PostContext c)
    {
        var ct = HttpContext.RequestAborted;
        SiteSlug = c.Site.Slug;
        SiteName = c.Site.Name;
        PostSlug = c.Post.Slug;
        PostTitle = c.Post.Title;
        IsStaff = User.Kind() is { } k && Person.IsStaffKind(k);
        CannotChange = PostImages.MayChange(User, c);
        Images = await ImageViews.ForPostAsync(db, c.Site.Slug, c.Post.Id, IsStaff, ct);
        if (CannotChange is null)
        {
            Choices = await images.PupilChoicesAsync(User, c.Site, ct);
        }

        if (IsStaff)
        {
            PublishBlockers = await ImageConsent.PublishBlockersAsync(db, c.Post.Id, c.Site, ct);
        }
    }

    private static string Key(string field) => field switch
    {
        "file" => nameof(Picture),
        "altText" => nameof(AltText),
        "pupils" => nameof(Pupils),
        _ => "",
    };

    public static string ConsentLabel(PhotoConsent? consent) => consent switch
    {
        PhotoConsent.Yes => "photo consent: yes",
        PhotoConsent.Limited => "photo consent: limited (not on public sites)",
        PhotoConsent.No => "photo consent: no",
        _ => "photo consent: none recorded",
    };
}
