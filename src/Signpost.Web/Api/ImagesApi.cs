using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Mvc;
using Signpost.Data;
using Signpost.Data.Entities;
using Signpost.Web.Features.Images;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Api;

public sealed record ImagePupilDto(
    [property: JsonPropertyName("id")] Guid Id,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("photoConsent")] string? PhotoConsent);

public sealed record ImageDto(
    [property: JsonPropertyName("id")] Guid Id,
    [property: JsonPropertyName("url")] string Url,
    [property: JsonPropertyName("altText")] string AltText,
    [property: JsonPropertyName("contentType")] string ContentType,
    [property: JsonPropertyName("width")] int Width,
    [property: JsonPropertyName("height")] int Height,
    [property: JsonPropertyName("sha256")] string Sha256,
    [property: JsonPropertyName("noPupilsShown")] bool NoPupilsShown,
    [property: JsonPropertyName("pupils")] IReadOnlyList<ImagePupilDto> Pupils);

public sealed record RefusalDto(
    [property: JsonPropertyName("clause")] string Clause,
    [property: JsonPropertyName("message")] string Message);

public sealed record PostImagesDto(
    [property: JsonPropertyName("images")] IReadOnlyList<ImageDto> Images,
    [property: JsonPropertyName("publishBlockers")] IReadOnlyList<RefusalDto> PublishBlockers);

/// <summary>
/// A post's pictures over HTTP (A.5.1, A.5.2). POST takes multipart/form-data: <c>file</c>, <c>altText</c>, one
/// <c>pupils</c> field per pupil who appears (their id) or <c>noPupils=true</c>. Bad input is a 400 problem with
/// <c>field</c> (and every error in <c>errors</c>); a rule is a 422 problem with <c>clause</c>.
/// </summary>
public static class ImagesApi
{
    public static void Map(RouteGroupBuilder api)
    {
        var g = api.MapGroup("/sites/{slug}/posts/{post}/images").RequireAuthorization();
        g.MapGet("/", ListAsync).WithName("ListPostImages").WithSummary("A post's pictures, for its author and those who decide on publishing it, with what would stop it being published (A.5.2); readers get 404.")
            .Produces<PostImagesDto>();
        g.MapPost("/", UploadAsync).WithName("UploadPostImage")
            .WithSummary("Add a picture to a post: JPEG, PNG or WebP up to 10 MB and 40 megapixels; re-encoded without metadata; alt text and pupil tags required.")
            .WithMetadata(new RequestSizeLimitAttribute(ImageLimits.MaxRequestBytes))
            .Accepts<IFormFile>("multipart/form-data")
            .Produces<ImageDto>(StatusCodes.Status201Created);
        g.MapDelete("/{id:guid}", DeleteAsync).WithName("DeletePostImage").WithSummary("Remove a picture from a draft post.");
        api.MapGet("/sites/{slug}/images/{id:guid}", ImageEndpoints.ServeAsync).WithName("GetImage")
            .WithSummary("A picture's bytes, for whoever may see its post (as /sites/{slug}/images/{id} for pages).");
    }

    private static async Task<IResult> ListAsync(HttpContext h, string slug, string post, PostImages images, AppDbContext db, CancellationToken ct)
    {
        var c = await images.FindAsync(h.User, slug, post, ct);
        if (c is null || !await ImageAccess.MayManageAsync(db, h.User, c.Post, c.Site, ct))
        {
            return NotFound();
        }

        var staff = IsStaff(h);
        var views = await ImageViews.ForPostAsync(db, c.Site.Slug, c.Post.Id, staff, ct);
        var blockers = staff ? await ImageConsent.PublishBlockersAsync(db, c.Post.Id, c.Site, ct) : [];
        return Results.Ok(new PostImagesDto(views.Select(Dto).ToList(), blockers.Select(b => new RefusalDto(b.Clause, b.Message)).ToList()));
    }

    private static async Task<IResult> UploadAsync(HttpContext h, string slug, string post, PostImages images, AppDbContext db, CancellationToken ct)
    {
        if (!h.Request.HasFormContentType)
        {
            return ApiEndpoints.Problem(415, "Send a form", "Send the picture as multipart/form-data with the fields file, altText and pupils (or noPupils=true).", field: "file");
        }

        IFormCollection form;
        try
        {
            form = await h.Request.ReadFormAsync(ct);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return ApiEndpoints.Problem(413, "Too large", $"The largest picture accepted is {ImageLimits.MaxUploadBytes / (1024 * 1024)} MB.", field: "file");
        }
        catch (InvalidDataException)
        {
            return ApiEndpoints.Problem(400, "Unreadable form", "The multipart form could not be read.", field: "file");
        }

        if (StorableText.FirstUnstorableField(form) is { } unstorable)
        {
            return ApiEndpoints.Problem(400, "That could not be stored", StorableText.Problem, field: unstorable);
        }

        var pupils = new List<Guid>();
        foreach (var value in form["pupils"])
        {
            if (!Guid.TryParse(value, out var id))
            {
                return ApiEndpoints.Problem(400, "Not valid", "Each pupils value must be a pupil's id.", field: "pupils");
            }

            pupils.Add(id);
        }

        var noPupils = form["noPupils"].ToString();
        if (noPupils.Length > 0 && !bool.TryParse(noPupils, out _))
        {
            return ApiEndpoints.Problem(400, "Not valid", "noPupils must be true or false.", field: "noPupils");
        }

        var upload = new ImageUpload(form.Files.GetFile("file"), form["altText"].ToString(), pupils, noPupils.Length > 0 && bool.Parse(noPupils));
        var result = await images.UploadAsync(h.User, slug, post, upload, ct);
        if (result.Status != ImageStatus.Ok)
        {
            return Failure(result);
        }

        var view = (await ImageViews.ForPostAsync(db, slug, result.Image!.PostId, IsStaff(h), ct)).Single(v => v.Id == result.Image.Id);
        return Results.Created(view.Url, Dto(view));
    }

    private static async Task<IResult> DeleteAsync(HttpContext h, string slug, string post, Guid id, PostImages images, CancellationToken ct)
    {
        var result = await images.DeleteAsync(h.User, slug, post, id, ct);
        return result.Status == ImageStatus.Ok ? Results.NoContent() : Failure(result);
    }

    private static IResult Failure(ImageResult result)
    {
        var first = result.First;
        return result.Status switch
        {
            ImageStatus.NotFound => NotFound(),
            ImageStatus.Forbidden => ApiEndpoints.Problem(403, "Not allowed", first?.Message ?? "Your account may not change this post's pictures."),
            ImageStatus.Refused => ApiEndpoints.Problem(422, "Refused under the school's policy", first!.Message, first.Clause, first.Field),
            _ => Results.Problem(statusCode: first?.Clause is null ? 400 : 422, title: "The picture cannot be added", detail: first!.Message,
                extensions: new Dictionary<string, object?>
                {
                    ["field"] = first.Field,
                    ["clause"] = first.Clause,
                    ["errors"] = result.Errors!.Select(e => new { field = e.Field, clause = e.Clause, message = e.Message }).ToList(),
                }),
        };
    }

    private static IResult NotFound() => ApiEndpoints.Problem(404, "Not found", "There is no post with that name that you may see.");

    private static bool IsStaff(HttpContext h) => h.User.Kind() is { } k && Person.IsStaffKind(k);

    private static ImageDto Dto(ImageView v) => new(v.Id, v.Url, v.AltText, v.ContentType, v.Width, v.Height, v.Sha256, v.NoPupilsShown,
        v.Pupils.Select(p => new ImagePupilDto(p.Id, p.Name, p.Consent?.ToString().ToLowerInvariant())).ToList());
}
