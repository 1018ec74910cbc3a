using Microsoft.EntityFrameworkCore;
using Signpost.Data;
using Signpost.Data.Entities;
using Signpost.Policy;
using Signpost.Policy.Clauses;
using Signpost.Web.Features.Sites;

namespace Signpost.Web.Features.Images;

/// <summary>
/// The photo-consent check every publish path runs (A.5.2): a post cannot be published while any pupil tagged in one
/// of its pictures lacks consent for that site (<see cref="PupilsInPicturesHaveConsent"/> says what "limited" allows).
/// Consent is read at the moment of publishing, not at upload, because families change their minds.
/// Callers: the leadership approval of a staff post and the moderator's approval of a held post. Call it before
/// changing the post's status and refuse (422 with the clause) when it returns anything.
/// </summary>
public static class ImageConsent
{
    public static async Task<IReadOnlyList<Refusal>> PublishBlockersAsync(AppDbContext db, Guid postId, Site site, CancellationToken ct)
    {
        var tagged = await db.PostImages.AsNoTracking()
            .Where(i => i.PostId == postId)
            .SelectMany(i => i.Pupils)
            .Join(db.People, t => t.PersonId, p => p.Id, (t, p) => new { p.Id, p.FirstName, p.LastName, p.PreferredName, p.PhotoConsent })
            .Distinct()
            .ToListAsync(ct);

        var publicSite = site.Privacy == SitePrivacy.Public || site.Kind == SiteKind.ThirdParty;
        return tagged
            .OrderBy(p => p.LastName, StringComparer.Ordinal).ThenBy(p => p.FirstName, StringComparer.Ordinal)
            .Select(p => PupilsInPicturesHaveConsent.Check(
                // Staff see these refusals (approvers, moderators), so the pupil is named in full to be found in the records.
                $"{p.PreferredName ?? p.FirstName} {p.LastName}",
                p.PhotoConsent switch
                {
                    PhotoConsent.Yes => PhotoConsentOnRecord.Yes,
                    PhotoConsent.Limited => PhotoConsentOnRecord.Limited,
                    PhotoConsent.No => PhotoConsentOnRecord.No,
                    _ => PhotoConsentOnRecord.Missing,
                },
                publicSite))
            .OfType<BlockedOutcome>()
            .Select(b => new Refusal(b.Clause, "images", b.Reason))
            .ToList();
    }
}
