using Microsoft.EntityFrameworkCore;
using Signpost.Data;
using Signpost.Data.Entities;

namespace Signpost.Web.Features.Images;

/// <summary>A pupil tagged in a picture, with their consent on record (shown to staff only).</summary>
public sealed record TaggedPupil(Guid Id, string Name, PhotoConsent? Consent);

/// <summary>A post's picture as pages and the API show it.</summary>
public sealed record ImageView(Guid Id, string Url, string AltText, int Width, int Height, string ContentType, string Sha256, bool NoPupilsShown, IReadOnlyList<TaggedPupil> Pupils);

public static class ImageViews
{
    public static string Url(string siteSlug, Guid imageId) => $"/sites/{Uri.EscapeDataString(siteSlug)}/images/{imageId}";

    /// <summary>A post's pictures in upload order. Staff see tagged pupils' full names; anyone else first names only (A.5.2).</summary>
    public static async Task<IReadOnlyList<ImageView>> ForPostAsync(AppDbContext db, string siteSlug, Guid postId, bool fullNames, CancellationToken ct)
    {
        var images = await db.PostImages.AsNoTracking().Where(i => i.PostId == postId).OrderBy(i => i.UploadedAt).ThenBy(i => i.Id)
            .Select(i => new { i.Id, i.AltText, i.Width, i.Height, i.ContentType, i.Sha256, i.NoPupilsShown })
            .ToListAsync(ct);
        var ids = images.Select(i => i.Id).ToList();
        var tags = await db.PostImagePupils.AsNoTracking().Where(t => ids.Contains(t.ImageId))
            .Join(db.People, t => t.PersonId, p => p.Id, (t, p) => new { t.ImageId, p.Id, p.FirstName, p.LastName, p.PreferredName, p.PhotoConsent })
            .ToListAsync(ct);
        return images.Select(i => new ImageView(i.Id, Url(siteSlug, i.Id), i.AltText, i.Width, i.Height, i.ContentType, i.Sha256, i.NoPupilsShown,
                tags.Where(t => t.ImageId == i.Id).OrderBy(t => t.PreferredName ?? t.FirstName, StringComparer.Ordinal)
                    .Select(t => new TaggedPupil(t.Id, fullNames ? $"{t.PreferredName ?? t.FirstName} {t.LastName}" : t.PreferredName ?? t.FirstName, fullNames ? t.PhotoConsent : null))
                    .ToList()))
            .ToList();
    }
}
