using System.Security.Claims;
using Signpost.Data.Entities;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Features.Sites;

public sealed record SiteSummary(string Slug, string Name, string? Summary, SitePrivacy Privacy, SiteStatus Status);

/// <summary>
/// Who may read a site, by its privacy level (A.5.2). Anonymous visitors read public sites; parents read public and
/// parents-and-school sites (whatever sites they are vetted on); staff read all but class-only sites of other classes;
/// pupils read their own year's site.
/// The school filter of the DbContext has already removed other schools' sites.
/// </summary>
public static class SiteVisibility
{
    public static IQueryable<Site> Readable(IQueryable<Site> sites, ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true)
        {
            return sites.Where(s => s.Privacy == SitePrivacy.Public);
        }

        var kind = user.Kind();
        var personId = user.PersonId();
        var year = int.TryParse(user.FindFirst(SignpostClaims.YearGroup)?.Value, out var y) ? y : -1;
        return kind switch
        {
            PersonKind.Pupil => sites.Where(s => s.Privacy == SitePrivacy.Public || s.Members.Any(m => m.PersonId == personId)
                || (s.Kind == SiteKind.YearGroupBlog && s.YearGroup == year)),
            // Being a vetted contributor never lets a parent past the site's privacy: "school only" means school only.
            PersonKind.Parent => sites.Where(s => s.Privacy == SitePrivacy.Public || s.Privacy == SitePrivacy.ParentsAndSchool),
            _ => sites.Where(s => s.Privacy != SitePrivacy.ClassOnly || s.Members.Any(m => m.PersonId == personId)
                || user.IsInRole(nameof(Role.Headteacher)) || user.IsInRole(nameof(Role.IctLeader)) || user.IsInRole(nameof(Role.LeadershipTeam))),
        };
    }
}

public static class SitePresentation
{
    public static string PrivacyLabel(SitePrivacy p) => p switch
    {
        SitePrivacy.Public => "Public",
        SitePrivacy.ParentsAndSchool => "Parents and school",
        SitePrivacy.SchoolOnly => "School only",
        _ => "Class only",
    };

    public static string StatusLabel(SiteStatus s) => s switch
    {
        SiteStatus.UnderReview => "under-review",
        _ => s.ToString().ToLowerInvariant(),
    };
}
