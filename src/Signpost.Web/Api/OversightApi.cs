using Signpost.Data;
using Signpost.Web.Authorization;
using Signpost.Web.Features.Oversight;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Api;

/// <summary>The compliance dashboard's figures (CONTRACT.md: GET /api/oversight).</summary>
public static class OversightApi
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/oversight", async (HttpContext h, AppDbContext db, OversightReport report, CancellationToken ct) =>
                !Policies.MaySeeOversight(h.User)
                    ? ApiEndpoints.Problem(403, "Not allowed", "Only the Headteacher, the Assistant Head and governors see the oversight figures.")
                    : Results.Ok(await report.BuildAsync(db, h.User.SchoolId()!.Value, ct)))
            .RequireAuthorization()
            .WithName("GetOversight")
            .WithSummary("Whether the school is keeping its policy: per site weekly updates (A.1.5), cover (A.5.4), pending items, review and end dates (A.1.6), evaluation (A.1.7); acknowledgements (2.1), open concerns, breaches this term (9.x), media enquiries.")
            .Produces<OversightFigures>()
            .ProducesProblem(StatusCodes.Status403Forbidden);
    }
}
