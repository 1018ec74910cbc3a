using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Signpost.Data;
using Signpost.Data.Entities;
using Signpost.Web.Features.Sites;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Api;

public sealed record SiteDto(
    [property: JsonPropertyName("slug")] string Slug,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("privacy")] string Privacy,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("yearGroup")] int? YearGroup);

/// <summary>GET /api/sites: the sites the caller may see, in every lifecycle state they may see (CONTRACT.md).</summary>
public static class SitesApi
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/sites", ListAsync).RequireAuthorization().WithName("ListSites").WithSummary("The sites the caller may see.")
            .Produces<List<SiteDto>>();

    private static async Task<IResult> ListAsync(HttpContext http, AppDbContext db)
    {
        var user = http.User;
        var staff = user.Kind() is not (PersonKind.Pupil or PersonKind.Parent);
        var q = SiteVisibility.Readable(db.Sites.AsNoTracking(), user);
        if (!staff)
        {
            // Pupils and parents see only sites that are running or archived; proposals are staff business.
            q = q.Where(s => s.Status == SiteStatus.Live || s.Status == SiteStatus.Archived);
        }

        var sites = await q.OrderBy(s => s.Kind).ThenBy(s => s.YearGroup).ThenBy(s => s.Slug)
            .Select(s => new { s.Slug, s.Name, s.Status, s.Privacy, s.Kind, s.YearGroup }).ToListAsync();
        return Results.Ok(sites.Select(s => new SiteDto(s.Slug, s.Name, SitePresentation.StatusLabel(s.Status), Kebab(s.Privacy.ToString()), Kebab(s.Kind.ToString()), s.YearGroup)).ToList());
    }

    internal static string Kebab(string pascal) =>
        string.Concat(pascal.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
