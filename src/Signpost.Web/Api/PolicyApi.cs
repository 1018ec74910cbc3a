using Signpost.Data;
using Signpost.Data.Entities;
using Signpost.Web.Features.Policy;
using Signpost.Web.Features.Sites;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Api;

/// <summary>The school's current Social Media Policy and acknowledging it (2.1).</summary>
public static class PolicyApi
{
    public static void Map(RouteGroupBuilder api)
    {
        var g = api.MapGroup("/policy").RequireAuthorization();
        g.MapGet("/", async (HttpContext h, AppDbContext db, PolicyGate gate, CancellationToken ct) =>
            {
                var current = await PolicyGate.CurrentVersionAsync(db, h.User.SchoolId()!.Value, ct);
                var inScope = h.User.Kind() is { } k && Person.IsStaffKind(k);
                return Results.Ok(new
                {
                    version = current?.Number,
                    title = current?.Title,
                    publishedAt = current?.PublishedAt,
                    markdown = current?.Markdown,
                    inScope,
                    acknowledged = inScope && current is not null && await gate.HasAcknowledgedCurrentAsync(h.User.PersonId()!.Value, ct),
                });
            })
            .WithName("GetPolicy").WithSummary("The current version of the school's Social Media Policy, and whether you have acknowledged it (2.1).");
        g.MapPost("/acknowledge", async (HttpContext h, PolicyVersions versions, CancellationToken ct) =>
            {
                var r = await versions.AcknowledgeAsync(h.User, ct);
                return r.Status == WorkflowStatus.Ok
                    ? Results.Ok(new { acknowledged = true })
                    : ApiEndpoints.Problem(422, "Refused under the school's policy", r.Refusals![0].Message, r.Refusals[0].Clause);
            })
            .WithName("AcknowledgePolicy").WithSummary("Acknowledge the current version of the policy (2.1).")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }
}
