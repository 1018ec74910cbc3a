using Microsoft.EntityFrameworkCore;
using Signpost.Data;
using Signpost.Data.Tenancy;

namespace Signpost.Web.Infrastructure;

/// <summary>Creates a context that sees every school. Only for start-up, school resolution and background work — never for a user's request.</summary>
public sealed class SystemDb(DbContextOptions<AppDbContext> options, TimeProvider clock)
{
    public AppDbContext Create() => new(options, SystemActor.Instance, clock);

    public AppDbContext CreateFor(Guid schoolId, string? userId, string? role) => new(options, new FixedActor(schoolId, userId, role), clock);
}
