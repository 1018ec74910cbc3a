using System.Text;
using System.Text.Json;
using Signpost.Checking;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Api;

/// <summary>
/// POST /api/check: one checker input object in, one output object out (CONTRACT.md), using the caller's school's
/// own people and details. The checker advises; nothing is stored, and the text is never logged.
/// </summary>
public static class CheckApi
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/check", CheckAsync).RequireAuthorization().WithName("Check")
            .WithSummary("Check a text: findings with clause, place and reason, and an action (allow, hold, block).")
            .Accepts<JsonElement>("application/json")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

    private static async Task<IResult> CheckAsync(HttpRequest request, SchoolCheckers checkers, PersonRateLimits limits, CancellationToken ct)
    {
        if (request.HttpContext.User.PersonId() is { } person && limits.TryTake(PersonAction.Check, person) is { } wait)
        {
            return PersonRateLimits.TooMany(request.HttpContext, wait, "checks");
        }

        if (request.ContentType is null || !request.ContentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return ApiEndpoints.Problem(415, "JSON expected", "Send the input object as JSON with Content-Type: application/json.");
        }

        string body;
        using (var reader = new StreamReader(request.Body, Encoding.UTF8))
        {
            body = await reader.ReadToEndAsync(ct);
        }

        if (!CheckerJson.TryParseLine(body, out var input, out var error) || input is null)
        {
            return ApiEndpoints.Problem(400, "The input could not be checked", error?.Message ?? "Send {\"id\": ..., \"text\": \"...\", \"context\": \"...\"}.");
        }

        var schoolId = request.HttpContext.User.SchoolId()!.Value;
        var checker = await checkers.ForSchoolAsync(schoolId, ct);
        var result = checker.Check(input.Text, input.Context);
        return Results.Text(CheckerJson.FormatResult(input.Id, result), "application/json", Encoding.UTF8);
    }
}
