using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Signpost.Checking;
using Signpost.Data;
using Signpost.Data.Entities;
using Signpost.Policy;
using Signpost.Policy.Clauses;
using Signpost.Web.Features.Moderation;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Features.Images;

public enum ImageStatus
{
    Ok,
    NotFound,
    Forbidden,
    Refused,
    Invalid,
}

/// <summary>One thing wrong with an upload: the field at fault (API names: file, altText, pupils), what to do, and the clause where a rule is at stake.</summary>
public sealed record ImageError(string Field, string Message, string? Clause = null);

public sealed record ImageResult(ImageStatus Status, PostImage? Image = null, IReadOnlyList<ImageError>? Errors = null)
{
    public static ImageResult Refused(string clause, string message, string field = "post") => new(ImageStatus.Refused, Errors: [new ImageError(field, message, clause)]);

    public ImageError? First => Errors is { Count: > 0 } ? Errors[0] : null;
}

/// <summary>What the uploader sends: the file, its description, and who appears in it.</summary>
public sealed record ImageUpload(IFormFile? File, string? AltText, IReadOnlyList<Guid> Pupils, bool NoPupils);

/// <summary>A post and its site, as found for the signed-in user.</summary>
public sealed record PostContext(Site Site, Post Post);

/// <summary>A pupil the uploader can tag: staff see full names, pupils see first names only (A.5.2).</summary>
public sealed record PupilChoice(Guid Id, string Name, string Group);

/// <summary>
/// Adding and removing a post's pictures (A.5.1, A.5.2). Who may: the post's author, on a live site, while the post can
/// still change (a staff draft, A.3.4; a pupil's post before a moderator decides, A.5.3), and pupils only where the
/// site allows pupil pictures. Every picture needs a description (alt text, WCAG 2.2 success criterion 1.1.1) and a
/// statement of which pupils appear in it; the file is re-encoded by <see cref="ImageProcessor"/> so no metadata survives.
/// </summary>
public sealed class PostImages(AppDbContext db, ContentIntake intake, TimeProvider clock)
{
    public const int MaxAltText = 500;

    public async Task<PostContext?> FindAsync(ClaimsPrincipal user, string siteSlug, string post, CancellationToken ct)
    {
        var site = await db.Sites.SingleOrDefaultAsync(s => s.Slug == siteSlug, ct);
        if (site is null)
        {
            return null;
        }

        var found = Guid.TryParse(post, out var id)
            ? await db.Posts.SingleOrDefaultAsync(p => p.Id == id && p.SiteId == site.Id, ct)
            : await db.Posts.SingleOrDefaultAsync(p => p.Slug == post && p.SiteId == site.Id, ct);
        return found is not null && await ImageAccess.CanSeePostAsync(db, user, found, site, clock.GetUtcNow().UtcDateTime, ct)
            ? new PostContext(site, found)
            : null;
    }

    /// <summary>Why the user may not add or remove pictures on this post now, or null when they may.</summary>
    public static ImageError? MayChange(ClaimsPrincipal user, PostContext c)
    {
        var kind = user.Kind();
        var staff = kind is { } k && Person.IsStaffKind(k);
        if (PicturesOnlyWhereTheSiteAllows.Check(new ImageUploadFacts(staff, kind == PersonKind.Pupil, c.Site.Status == SiteStatus.Live && !c.Site.Deleted, c.Site.PupilsMayUploadImages))
            is BlockedOutcome blocked)
        {
            return new ImageError("post", blocked.Reason, blocked.Clause);
        }

        if (c.Post.AuthorId != user.PersonId())
        {
            return new ImageError("post", "Only the post's author can add or remove its pictures.");
        }

        if (c.Post.ByPupil)
        {
            return c.Post.Status is PostStatus.Draft or PostStatus.Held && !c.Post.HiddenForConcern ? null
                : new ImageError("post", "Pictures can be added or removed only before a teacher has checked your post (A.5.3).", "A.5.3");
        }

        return c.Post.Status is PostStatus.Draft or PostStatus.Rejected ? null
            : new ImageError("post", "Pictures can be added or removed only while the post is a draft: once it is submitted, the approver sees exactly what will be published (A.3.4).", "A.3.4");
    }

    public async Task<ImageResult> UploadAsync(ClaimsPrincipal user, string siteSlug, string post, ImageUpload upload, CancellationToken ct)
    {
        var c = await FindAsync(user, siteSlug, post, ct);
        if (c is null)
        {
            return new ImageResult(ImageStatus.NotFound);
        }

        if (MayChange(user, c) is { } refusal)
        {
            return refusal.Clause is null ? new ImageResult(ImageStatus.Forbidden, Errors: [refusal]) : new ImageResult(ImageStatus.Refused, Errors: [refusal]);
        }

        var errors = new List<ImageError>();
        var alt = upload.AltText?.Trim();
        if (string.IsNullOrEmpty(alt))
        {
            errors.Add(new ImageError("altText",
                "Describe the picture in a sentence (its alt text), so people who use a screen reader know what it shows. Every picture needs one (accessibility, WCAG 2.2 success criterion 1.1.1)."));
        }
        else if (alt.Length > MaxAltText)
        {
            errors.Add(new ImageError("altText", $"Keep the description to {MaxAltText} characters or fewer; it is {alt.Length}."));
        }
        else if (LooksLikeFileName(alt))
        {
            errors.Add(new ImageError("altText", "The description looks like a file name. Say in words what the picture shows (WCAG 2.2, 1.1.1)."));
        }
        else
        {
            // The description is published with the post, so the checker reads it as it reads the post (A.5.2: no surnames, no personal details).
            var context = ContentIntake.ContextFor(ContentKind.Post, user.Kind() ?? PersonKind.Parent);
            var check = await intake.CheckAsync(c.Site.SchoolId, alt, context, ct);
            if (check.Action != CheckAction.Allow && check.Findings.Count > 0)
            {
                var f = check.Findings[0];
                errors.Add(new ImageError("altText", $"The description cannot be published as it is: {f.Message}", f.Clause));
            }
        }

        var pupils = upload.Pupils.Distinct().ToList();
        if (pupils.Count == 0 && !upload.NoPupils)
        {
            errors.Add(new ImageError("pupils", "Say who appears in the picture: tick each pupil in it, or tick \"No pupils appear in this picture\". Pupils appear only with photo consent (A.5.2)."));
        }
        else if (pupils.Count > 0 && upload.NoPupils)
        {
            errors.Add(new ImageError("pupils", "You ticked pupils and also \"No pupils appear in this picture\". Tick one or the other."));
        }
        else if (pupils.Count > 0 && await db.People.CountAsync(p => pupils.Contains(p.Id) && p.Kind == PersonKind.Pupil && p.IsActive, ct) != pupils.Count)
        {
            errors.Add(new ImageError("pupils", "Choose the pupils from this school's list."));
        }

        if (await db.PostImages.CountAsync(i => i.PostId == c.Post.Id, ct) >= ImageLimits.MaxImagesPerPost)
        {
            errors.Add(new ImageError("file", $"A post can have at most {ImageLimits.MaxImagesPerPost} pictures. Remove one before adding another."));
        }

        ProcessedImage? image = null;
        if (upload.File is null || upload.File.Length == 0)
        {
            errors.Add(new ImageError("file", "Choose a picture to upload (JPEG, PNG or WebP, up to 10 MB)."));
        }
        else if (upload.File.Length > ImageLimits.MaxUploadBytes)
        {
            errors.Add(new ImageError("file", $"The file is larger than {ImageLimits.MaxUploadBytes / (1024 * 1024)} MB. Save the picture smaller and try again."));
        }
        else
        {
            byte[] bytes;
            using (var ms = new MemoryStream((int)upload.File.Length))
            {
                await upload.File.CopyToAsync(ms, ct);
                bytes = ms.ToArray();
            }

            (image, var error) = ImageProcessor.Process(bytes);
            if (error is not null)
            {
                errors.Add(new ImageError("file", error));
            }
        }

        if (errors.Count > 0)
        {
            return new ImageResult(ImageStatus.Invalid, Errors: errors);
        }

        var row = new PostImage
        {
            SchoolId = c.Site.SchoolId,
            PostId = c.Post.Id,
            ContentType = image!.ContentType,
            Bytes = image.Bytes,
            Width = image.Width,
            Height = image.Height,
            AltText = alt!,
            Sha256 = image.Sha256,
            UploadedById = user.PersonId()!.Value,
            UploadedAt = clock.GetUtcNow().UtcDateTime,
            NoPupilsShown = upload.NoPupils,
        };
        row.Pupils.AddRange(pupils.Select(p => new PostImagePupil { ImageId = row.Id, PersonId = p, SchoolId = c.Site.SchoolId }));
        db.PostImages.Add(row);
        await db.SaveChangesAsync(ct);
        return new ImageResult(ImageStatus.Ok, row);
    }

    public async Task<ImageResult> DeleteAsync(ClaimsPrincipal user, string siteSlug, string post, Guid imageId, CancellationToken ct)
    {
        var c = await FindAsync(user, siteSlug, post, ct);
        var image = c is null ? null : await db.PostImages.Include(i => i.Pupils).SingleOrDefaultAsync(i => i.Id == imageId && i.PostId == c.Post.Id, ct);
        if (c is null || image is null)
        {
            return new ImageResult(ImageStatus.NotFound);
        }

        if (MayChange(user, c) is { } refusal)
        {
            return refusal.Clause is null ? new ImageResult(ImageStatus.Forbidden, Errors: [refusal]) : new ImageResult(ImageStatus.Refused, Errors: [refusal]);
        }

        db.PostImages.Remove(image);
        await db.SaveChangesAsync(ct);
        return new ImageResult(ImageStatus.Ok, image);
    }

    /// <summary>The pupils an uploader can tag: the site's year group first, then the rest of the school by class.</summary>
    public async Task<IReadOnlyList<PupilChoice>> PupilChoicesAsync(ClaimsPrincipal user, Site site, CancellationToken ct)
    {
        var pupils = await db.People.AsNoTracking().Where(p => p.Kind == PersonKind.Pupil && p.IsActive)
            .Select(p => new { p.Id, p.FirstName, p.LastName, p.PreferredName, p.YearGroup, Class = p.Class != null ? p.Class.Name : null })
            .ToListAsync(ct);
        var fullNames = user.Kind() is { } k && Person.IsStaffKind(k);
        return pupils
            .OrderBy(p => p.YearGroup == site.YearGroup ? 0 : 1).ThenBy(p => p.YearGroup).ThenBy(p => p.Class, StringComparer.Ordinal)
            .ThenBy(p => p.PreferredName ?? p.FirstName, StringComparer.Ordinal).ThenBy(p => p.LastName, StringComparer.Ordinal)
            .Select(p => new PupilChoice(p.Id, fullNames ? $"{p.PreferredName ?? p.FirstName} {p.LastName}" : p.PreferredName ?? p.FirstName,
                p.Class ?? (p.YearGroup is { } y ? (y == 0 ? "Reception" : $"Year {y}") : "Other pupils")))
            .ToList();
    }

    private static bool LooksLikeFileName(string alt) =>
        System.Text.RegularExpressions.Regex.IsMatch(alt, @"^\S+\.(jpe?g|png|webp|gif|heic)$", System.Text.RegularExpressions.RegexOptions.IgnoreCase, TimeSpan.FromMilliseconds(100));
}
