using Signpost.Web.Features.Trust;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Api;

/// <summary>GET /api/trust: the Local Authority / trust view of every school's oversight figures (issue 6), for trust officers only.</summary>
public static class TrustApi
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/trust", async (HttpContext h, TrustOverview overview, CancellationToken ct) =>
                !h.User.IsTrustOfficer()
                    ? ApiEndpoints.Problem(403, "Not allowed", "Only a trust officer of this deployment sees every school's figures; a school's own figures are at GET /api/oversight.")
                    : Results.Ok(await overview.BuildAsync(h.User.UserId(), ct)))
            .RequireAuthorization()
            .WithName("GetTrustOverview")
            .WithSummary("Every school's oversight figures (A.1.5–A.1.7, A.5.4, 2.1, 9.x, A.2.3, A.3.6): per-site lines and school-wide counts; no names, no concern or breach details.")
            .Produces<TrustFigures>()
            .ProducesProblem(StatusCodes.Status403Forbidden);
    }
}
