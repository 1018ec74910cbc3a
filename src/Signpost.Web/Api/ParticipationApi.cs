using System.Text.Json.Serialization;
using Signpost.Web.Features.Sites;

namespace Signpost.Web.Api;

public sealed record ParticipationRequestBody(
    [property: JsonPropertyName("service")] string? Service,
    [property: JsonPropertyName("purpose")] string? Purpose,
    [property: JsonPropertyName("address")] string? Address);

public sealed record ParticipationDecisionBody(
    [property: JsonPropertyName("action")] string? Action,
    [property: JsonPropertyName("reasons")] string? Reasons,
    [property: JsonPropertyName("version")] int? Version);

/// <summary>Taking part in other organisations' sites for the school (A.3.3).</summary>
public static class ParticipationApi
{
    public static void Map(RouteGroupBuilder api)
    {
        var g = api.MapGroup("/participation").RequireAuthorization(Authorization.Policies.Staff); // staff ask to take part for the school (A.3.3)
        g.MapGet("/", async (HttpContext h, Participation p, CancellationToken ct) => Results.Ok(await p.ListAsync(h.User, ct)))
            .WithName("ListParticipation").WithSummary("Requests to take part in others' sites: all for the Headteacher, your own otherwise.");
        g.MapPost("/", async (HttpContext h, ParticipationRequestBody body, Participation p, CancellationToken ct) =>
            Respond(await p.RequestAsync(h.User, body.Service, body.Purpose, body.Address, ct), StatusCodes.Status201Created))
            .WithName("RequestParticipation").WithSummary("Ask the Headteacher to let you take part in another organisation's site for the school (A.3.3).");
        g.MapPost("/{id:guid}/decision", async (HttpContext h, Guid id, ParticipationDecisionBody body, Participation p, CancellationToken ct) =>
            Respond(await p.DecideAsync(h.User, id, body.Action, body.Reasons, body.Version, ct), StatusCodes.Status200OK))
            .WithName("DecideParticipation").WithSummary("The Headteacher approves or rejects a participation request (A.3.3).");
    }

    private static IResult Respond(WorkflowResult r, int okStatus) => r.Status switch
    {
        WorkflowStatus.Ok => Results.StatusCode(okStatus),
        WorkflowStatus.NotFound => ApiEndpoints.Problem(404, "Not found", "There is no such request."),
        WorkflowStatus.Forbidden => ApiEndpoints.Problem(403, "Not allowed", "Only staff ask to take part in other sites for the school."),
        WorkflowStatus.Conflict => ApiEndpoints.Problem(409, "Changed by someone else", "The request changed since you loaded it."),
        _ => ApiEndpoints.Problem(422, "Refused under the school's policy", r.Refusals![0].Message, r.Refusals[0].Clause, r.Refusals[0].Field),
    };
}
