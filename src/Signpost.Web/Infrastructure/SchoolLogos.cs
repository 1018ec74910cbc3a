using Signpost.Data;

namespace Signpost.Web.Infrastructure;

/// <summary>
/// School logos live in the data folder and are served from /school-logo/{school}/{version}. Only PNG and JPEG are
/// accepted, recognised by their content rather than their name (an SVG could carry script), and at most 256 KB.
/// </summary>
public sealed class SchoolLogos(DatabaseSettings settings)
{
    public const int MaxBytes = 256 * 1024;

    private string Folder => Path.Combine(settings.DataDirectory, "logos");

    public static async Task<(byte[]? Image, string? Extension, string? Error)> ReadAsync(IFormFile file, CancellationToken ct)
    {
        if (file.Length > MaxBytes)
        {
            return (null, null, "The logo is larger than 256 KB. Use a smaller image.");
        }

        using var ms = new MemoryStream();
        await file.CopyToAsync(ms, ct);
        var bytes = ms.ToArray();
        if (bytes.AsSpan().StartsWith(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }))
        {
            return (bytes, "png", null);
        }

        if (bytes.Length > 3 && bytes[0] == 0xFF && bytes[1] == 0xD8 && bytes[2] == 0xFF)
        {
            return (bytes, "jpg", null);
        }

        return (null, null, "The logo must be a PNG or JPEG image.");
    }

    public async Task<string> SaveAsync(Guid schoolId, byte[] image, string extension, CancellationToken ct)
    {
        Directory.CreateDirectory(Folder);
        foreach (var old in Directory.EnumerateFiles(Folder, $"{schoolId:N}.*"))
        {
            File.Delete(old);
        }

        var path = Path.Combine(Folder, $"{schoolId:N}.{extension}");
        var temp = path + ".tmp";
        await File.WriteAllBytesAsync(temp, image, ct);
        File.Move(temp, path, overwrite: true);
        return $"/school-logo/{schoolId:N}/{DateTime.UtcNow.Ticks}";
    }

    public (string Path, string ContentType)? Find(Guid schoolId)
    {
        if (!Directory.Exists(Folder))
        {
            return null;
        }

        var file = Directory.EnumerateFiles(Folder, $"{schoolId:N}.*").FirstOrDefault(f => f.EndsWith(".png", StringComparison.Ordinal) || f.EndsWith(".jpg", StringComparison.Ordinal));
        return file is null ? null : (file, file.EndsWith(".png", StringComparison.Ordinal) ? "image/png" : "image/jpeg");
    }

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/school-logo/{school:guid}/{version:long}", (Guid school, SchoolLogos logos, HttpContext http) =>
        {
            var found = logos.Find(school);
            if (found is null)
            {
                return Results.NotFound();
            }

            http.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
            return Results.File(found.Value.Path, found.Value.ContentType);
        }).ExcludeFromDescription().AllowAnonymous();
}
