using Microsoft.EntityFrameworkCore;
using Signpost.Data;
using Signpost.Data.Tenancy;

namespace Signpost.Web.Features.Shared;

public sealed record SchoolHeaderModel(string Name, string? WebsiteUrl, string? LogoPath, string LocalAuthority);

/// <summary>The school shown in the header: the signed-in user's school, or the one anonymous visitors see.</summary>
public sealed class SchoolHeader(AppDbContext db, IActorContext actor)
{
    private SchoolHeaderModel? _cached;

    public async Task<SchoolHeaderModel?> GetAsync()
    {
        if (_cached is not null || actor.SchoolId is not { } id)
        {
            return _cached;
        }

        try
        {
            _cached = await db.Schools.AsNoTracking().Where(s => s.Id == id)
                .Select(s => new SchoolHeaderModel(s.Name, s.WebsiteUrl, s.LogoPath, s.LocalAuthority)).SingleOrDefaultAsync();
        }
        catch (Exception ex) when (Infrastructure.Pipeline.IsDatabaseUnavailable(ex))
        {
            // The error page says the database is unreachable; its header must not need the database to say so.
            return null;
        }

        return _cached;
    }
}
