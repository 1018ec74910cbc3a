using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using Signpost.Data;

namespace Signpost.Web.Features.Images;

/// <summary>
/// GET /sites/{slug}/images/{id} (and /api/sites/{slug}/images/{id} for API clients): a post's picture, for exactly those who may see the post (<see cref="ImageAccess"/>);
/// anyone else gets 404, so a held or hidden post's picture cannot be found by guessing. The stored bytes are the
/// re-encoded picture, served with its real type and nosniff. Caching is private and revalidated every time
/// (no-cache + ETag): the bytes never change, but a post can be hidden at any moment (A.2.3), and a shared cache must
/// never keep a copy.
/// </summary>
public static class ImageEndpoints
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/sites/{slug}/images/{id:guid}", ServeAsync).ExcludeFromDescription().AllowAnonymous();

    /// <summary>Also mapped under /api (bearer tokens) by ImagesApi, with the same checks.</summary>
    public static async Task<IResult> ServeAsync(string slug, Guid id, HttpContext http, AppDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var found = await db.PostImages.AsNoTracking().Where(i => i.Id == id)
            .Join(db.Posts, i => i.PostId, p => p.Id, (i, p) => new { i.ContentType, i.Sha256, Post = p })
            .Join(db.Sites, x => x.Post.SiteId, s => s.Id, (x, s) => new { x.ContentType, x.Sha256, x.Post, Site = s })
            .SingleOrDefaultAsync(ct);
        if (found is null || found.Site.Slug != slug
            || !await ImageAccess.CanSeePostAsync(db, http.User, found.Post, found.Site, clock.GetUtcNow().UtcDateTime, ct))
        {
            return Results.NotFound();
        }

        var headers = http.Response.Headers;
        headers.CacheControl = "private, no-cache";
        headers.XContentTypeOptions = "nosniff";
        headers.ContentDisposition = $"inline; filename=\"picture-{id:N}.{(found.ContentType == "image/png" ? "png" : "jpg")}\"";
        var etag = new EntityTagHeaderValue($"\"{found.Sha256}\"");
        headers.ETag = etag.ToString();
        if (http.Request.GetTypedHeaders().IfNoneMatch is { Count: > 0 } inm && inm.Any(e => e.Compare(etag, useStrongComparison: false) || e.Equals(EntityTagHeaderValue.Any)))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        var bytes = await db.PostImages.AsNoTracking().Where(i => i.Id == id).Select(i => i.Bytes).SingleAsync(ct);
        return Results.File(bytes, found.ContentType);
    }
}
