using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Signpost.Web.Infrastructure;

/// <summary>/health is 200 only when the database answers a real query.</summary>
public sealed class DatabaseHealthCheck(SystemDb systemDb) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var db = systemDb.Create();
            _ = await db.Schools.CountAsync(cancellationToken);
            return HealthCheckResult.Healthy("The database is usable.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The database cannot be reached.");
        }
    }
}
