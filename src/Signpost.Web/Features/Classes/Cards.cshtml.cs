using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using QRCoder;
using Signpost.Data;
using Signpost.Data.Entities;
using Signpost.Web.Features.Accounts;

namespace Signpost.Web.Features.Classes;

/// <summary>Printable QR login cards for a class, revoked or reissued one pupil at a time. Cards show first names only (A.5.2).</summary>
public sealed class CardsModel(AppDbContext db, PupilLogins logins) : PageModel
{
    public sealed record Card(Guid PupilId, string Name, string? QrSvg, IReadOnlyList<string> Pictures);

    public string ClassName { get; private set; } = "";
    public string SchoolName { get; private set; } = "";
    public IReadOnlyList<Card> Cards { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var cls = await db.Classes.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id);
        if (cls is null)
        {
            return NotFound();
        }

        ClassName = cls.Name;
        SchoolName = await db.Schools.Where(s => s.Id == cls.SchoolId).Select(s => s.Name).SingleAsync();
        var pupils = await db.People.AsNoTracking().Where(p => p.ClassId == id && p.IsActive && p.Kind == PersonKind.Pupil)
            .OrderBy(p => p.PreferredName ?? p.FirstName)
            .Join(db.PupilLogins, p => p.Id, l => l.PersonId, (p, l) => new { Name = p.PreferredName ?? p.FirstName, Login = l })
            .ToListAsync();
        var baseUrl = $"{Request.Scheme}://{Request.Host}";
        Cards = pupils.Select(p =>
        {
            var token = logins.RevealQrToken(p.Login);
            string? svg = null;
            if (token is not null)
            {
                using var data = QRCodeGenerator.GenerateQrCode($"{baseUrl}/qr/{token}", QRCodeGenerator.ECCLevel.M);
                svg = new SvgQRCode(data).GetGraphic(4).Replace("<svg ", $"<svg role=\"img\" aria-label=\"QR login code for {System.Net.WebUtility.HtmlEncode(p.Name)}\" ", StringComparison.Ordinal);
            }

            var pictures = p.Login.PictureHash is null ? [] : logins.RevealPictures(p.Login.PictureHash)
                .Select(k => PupilLogins.Pictures.First(x => x.Key == k)).Select(x => $"{x.Emoji} {x.Label}").ToList();
            return new Card(p.Login.PersonId, p.Name, svg, pictures);
        }).ToList();
        return Page();
    }

    public Task<IActionResult> OnPostRevokeAsync(Guid id, Guid pupilId) => ChangeAsync(id, pupilId, revoke: true);

    public Task<IActionResult> OnPostReissueAsync(Guid id, Guid pupilId) => ChangeAsync(id, pupilId, revoke: false);

    private async Task<IActionResult> ChangeAsync(Guid id, Guid pupilId, bool revoke)
    {
        var pupil = await db.People.SingleOrDefaultAsync(p => p.Id == pupilId && p.ClassId == id && p.Kind == PersonKind.Pupil);
        var login = pupil is null ? null : await db.PupilLogins.SingleOrDefaultAsync(l => l.PersonId == pupilId);
        if (pupil is null || login is null)
        {
            return NotFound();
        }

        if (revoke)
        {
            logins.RevokeQrCard(login);
        }
        else
        {
            logins.IssueQrCard(login);
        }

        await db.SaveChangesAsync();
        Message = revoke ? $"{pupil.PublicPupilName}'s card no longer works." : $"{pupil.PublicPupilName} has a new card; print it. The old card no longer works.";
        return RedirectToPage(new { id });
    }
}
