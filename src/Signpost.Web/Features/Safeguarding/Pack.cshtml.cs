using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Signpost.Data;
using Signpost.Data.Entities;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Features.Safeguarding;

/// <summary>Downloads the report pack for the Police or CEOP (A.5.6); the download is audited and written into the chronology.</summary>
public sealed class PackModel(ReportPacks packs) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var (outcome, file) = await packs.ExportAsync(User, id, HttpContext.RequestAborted);
        return outcome switch
        {
            ConcernOutcome.Ok => File(file!.Bytes, "application/zip", file.Name),
            ConcernOutcome.NeedsTwoFactor => Forbidden(),
            _ => NotFound(),
        };
    }

    private PageResult Forbidden()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return Page();
    }
}

public sealed record PackFile(string Name, byte[] Bytes);

/// <summary>Makes a report pack for the DSL or the Headteacher (two-factor sign-in), recording who took it and when.</summary>
public sealed class ReportPacks(AppDbContext db, ConcernQueries queries, ConcernActions actions, TimeProvider clock)
{
    public async Task<(ConcernOutcome Outcome, PackFile? File)> ExportAsync(System.Security.Claims.ClaimsPrincipal user, Guid id, CancellationToken ct)
    {
        if (await queries.CheckAsync(user, "safeguarding-concern.report-pack-exported", id, ct) is var access && access != ConcernOutcome.Ok)
        {
            return (access, null);
        }

        var concern = await db.SafeguardingConcerns.SingleOrDefaultAsync(c => c.Id == id, ct);
        if (concern is null)
        {
            db.Audit("safeguarding-concern.report-pack-exported", nameof(SafeguardingConcern), id.ToString(), "not-found");
            await db.SaveChangesAsync(ct);
            return (ConcernOutcome.NotFound, null);
        }

        actions.Append(concern, ConcernEntryKind.Action, "Report pack for the Police or CEOP downloaded.", user.PersonId());
        await db.SaveChangesAsync(ct);
        var detail = (await queries.LoadAsync(id, ct))!;
        var school = await db.Schools.AsNoTracking().Where(s => s.Id == concern.SchoolId).Select(s => new { s.Name, s.LocalAuthority }).SingleAsync(ct);
        var by = user.FindFirst(SignpostClaims.DisplayName)?.Value ?? "the school";
        var now = clock.GetUtcNow().UtcDateTime;
        return (ConcernOutcome.Ok, new PackFile(ReportPack.FileName(detail, now), ReportPack.Build(detail, school.Name, school.LocalAuthority, by, now)));
    }
}
