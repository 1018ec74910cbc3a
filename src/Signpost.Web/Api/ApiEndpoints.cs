using Microsoft.AspNetCore.Mvc;

namespace Signpost.Web.Api;

public static class ApiEndpoints
{
    public const int MaxBodyBytes = 256 * 1024;

    /// <summary>Every /api endpoint: bearer tokens only, JSON bodies of bounded size, RFC 9457 problem details for errors.</summary>
    public static IEndpointRouteBuilder MapSignpostApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api")
            .WithMetadata(new RequestSizeLimitAttribute(MaxBodyBytes))
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        AuthApi.Map(api);
        SitesApi.Map(api);
        ImagesApi.Map(api);
        CheckApi.Map(api);
        ProposalsApi.Map(api);
        ParticipationApi.Map(api);
        OversightApi.Map(api);
        TrustApi.Map(api);
        CommentsApi.Map(api);
        ModerationApi.Map(api);
        PolicyApi.Map(api);
        SafeguardingApi.Map(api);
        PostsApi.Map(api);
        return app;
    }

    public static IResult Problem(int status, string title, string detail, string? clause = null, string? field = null)
    {
        var extensions = new Dictionary<string, object?>();
        if (clause is not null)
        {
            extensions["clause"] = clause;
        }

        if (field is not null)
        {
            extensions["field"] = field;
        }

        return Results.Problem(statusCode: status, title: title, detail: detail, extensions: extensions);
    }
}
