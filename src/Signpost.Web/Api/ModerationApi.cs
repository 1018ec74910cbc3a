using System.Text.Json.Serialization;
using Signpost.Data.Entities;
using Signpost.Web.Features.Absences;
using Signpost.Web.Features.Moderation;
using Signpost.Web.Features.Reports;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Api;

public sealed record ReasonDto(
    [property: JsonPropertyName("category")] string Category,
    [property: JsonPropertyName("clause")] string Clause,
    [property: JsonPropertyName("severity")] string Severity,
    [property: JsonPropertyName("source")] string Source,
    [property: JsonPropertyName("message")] string Message,
    [property: JsonPropertyName("start")] int? Start,
    [property: JsonPropertyName("length")] int? Length);

public sealed record QueueItemDto(
    [property: JsonPropertyName("id")] Guid Id,
    [property: JsonPropertyName("site")] string Site,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("version")] int Version,
    [property: JsonPropertyName("reasons")] IReadOnlyList<ReasonDto> Reasons,
    [property: JsonPropertyName("priority")] int Priority,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("title")] string? Title,
    [property: JsonPropertyName("postSlug")] string? PostSlug,
    [property: JsonPropertyName("contentId")] Guid ContentId,
    [property: JsonPropertyName("author")] string Author,
    [property: JsonPropertyName("createdAt")] DateTime CreatedAt,
    [property: JsonPropertyName("claimedBy")] string? ClaimedBy,
    [property: JsonPropertyName("cover")] bool Cover)
{
    public static QueueItemDto From(QueueItem i) => new(i.Id, i.SiteSlug, i.Text, i.Status.ToString().ToLowerInvariant(), i.Version,
        i.Reasons.Select(r => new ReasonDto(r.Category, r.Clause, r.Severity, r.Source, r.Message, r.Start, r.Length)).ToList(),
        i.Priority, i.Kind.ToString().ToLowerInvariant(), i.Title, i.PostSlug, i.ContentId, i.Author, i.CreatedAt, i.ClaimedBy, i.Cover);
}

public sealed record ModerationDecisionRequest(
    [property: JsonPropertyName("action")] string? Action,
    [property: JsonPropertyName("version")] int? Version,
    [property: JsonPropertyName("reason")] string? Reason,
    [property: JsonPropertyName("text")] string? Text,
    [property: JsonPropertyName("note")] string? Note);

public sealed record BulkItem([property: JsonPropertyName("id")] Guid Id, [property: JsonPropertyName("version")] int Version);

public sealed record BulkRequest(
    [property: JsonPropertyName("action")] string? Action,
    [property: JsonPropertyName("items")] IReadOnlyList<BulkItem>? Items,
    [property: JsonPropertyName("reason")] string? Reason);

public sealed record ReportRequest([property: JsonPropertyName("reason")] string? Reason);

public sealed record AbsenceRequest(
    [property: JsonPropertyName("username")] string? Username,
    [property: JsonPropertyName("from")] DateOnly? From,
    [property: JsonPropertyName("to")] DateOnly? To,
    [property: JsonPropertyName("reason")] string? Reason);

/// <summary>The moderation queue over HTTP (CONTRACT.md), reports ("tell a teacher") and absences for cover (A.5.3, A.5.4).</summary>
public static class ModerationApi
{
    public static void Map(RouteGroupBuilder api)
    {
        var g = api.MapGroup("/moderation").RequireAuthorization();
        g.MapGet("/queue", QueueAsync).WithName("ModerationQueue")
            .WithSummary("The caller's review items across the sites they moderate or cover, safeguarding first then oldest (A.5.3, A.5.4).")
            .Produces<List<QueueItemDto>>().ProducesProblem(StatusCodes.Status403Forbidden);
        g.MapGet("/items/{id:guid}", ItemAsync).WithName("ModerationItem").WithSummary("One review item.")
            .Produces<QueueItemDto>().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        g.MapPost("/items/{id:guid}/decision", DecideAsync).WithName("ModerationDecision")
            .WithSummary("approve | reject (reason: a House Rule's number or text) | edit (text) | escalate (note) | claim | release; 409 when the version is stale.")
            .Produces<QueueItemDto>().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        g.MapPost("/bulk", BulkAsync).WithName("ModerationBulk").WithSummary("Approve or reject many clean items (no findings, no reports) at once.");

        api.MapPost("/report/{kind:regex(^(post|comment)$)}/{id:guid}", ReportAsync).RequireAuthorization().WithName("Report")
            .WithSummary("Tell a teacher about a post or comment you can read; the item goes back to the moderators (A.5.3).")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status429TooManyRequests);

        var a = api.MapGroup("/absences").RequireAuthorization();
        a.MapGet("/", AbsencesAsync).WithName("ListAbsences").WithSummary("Current and future absences (own; everyone's for the ICT leader and Headteacher).");
        a.MapPost("/", RecordAbsenceAsync).WithName("RecordAbsence").WithSummary("Record an absence (own; anyone's for the ICT leader and Headteacher) (A.5.4).");
    }

    private static async Task<IResult> QueueAsync(HttpContext http, ModerationQueue queue, CancellationToken ct)
    {
        var scope = await queue.ScopeAsync(http.User, ct);
        if (scope is null)
        {
            return ApiEndpoints.Problem(403, "Not a moderator", "Only staff who moderate a site have a moderation queue.", "A.5.3");
        }

        return Results.Ok((await queue.ListAsync(scope, ct)).Select(QueueItemDto.From).ToList());
    }

    private static async Task<IResult> ItemAsync(HttpContext http, Guid id, ModerationQueue queue, CancellationToken ct)
    {
        var scope = await queue.ScopeAsync(http.User, ct);
        if (scope is null)
        {
            return ApiEndpoints.Problem(403, "Not a moderator", "Only staff who moderate a site have a moderation queue.", "A.5.3");
        }

        var detail = await queue.DetailAsync(scope, id, ct);
        if (detail is null)
        {
            return ApiEndpoints.Problem(404, "Not found", "There is no such item in your queue.");
        }

        return scope.Covers(detail.Item.SiteId) ? Results.Ok(QueueItemDto.From(detail.Item))
            : ApiEndpoints.Problem(403, "Not allowed", "You do not moderate this site.", "A.5.3");
    }

    private static async Task<IResult> DecideAsync(HttpContext http, Guid id, ModerationDecisionRequest? body, ModerationActions actions, ModerationQueue queue, CancellationToken ct)
    {
        if (body is null)
        {
            return ApiEndpoints.Problem(400, "Body required", "Send {\"action\": \"approve\"|\"reject\", \"version\": n, \"reason\": \"...\"} as JSON.");
        }

        var r = await actions.DecideAsync(http.User, id, new ModerationDecision(body.Action, body.Version, body.Reason, body.Text, body.Note), ct);
        if (r.Status != ModerationStatus.Ok)
        {
            return Problem(r);
        }

        var scope = await queue.ScopeAsync(http.User, ct);
        var detail = scope is null ? null : await queue.DetailAsync(scope, id, ct);
        return Results.Ok(detail is null
            ? new { id, status = r.Item!.Status.ToString().ToLowerInvariant(), version = r.Item.Version }
            : (object)QueueItemDto.From(detail.Item));
    }

    private static async Task<IResult> BulkAsync(HttpContext http, BulkRequest? body, ModerationActions actions, CancellationToken ct)
    {
        if (body?.Items is not { Count: > 0 })
        {
            return ApiEndpoints.Problem(400, "Nothing chosen", "Send {\"action\": \"approve\"|\"reject\", \"items\": [{\"id\", \"version\"}]}.", field: "items");
        }

        if (body.Action is not ("approve" or "reject"))
        {
            return ApiEndpoints.Problem(400, "Choose an action", "Bulk actions are approve or reject.", field: "action");
        }

        var results = await actions.BulkAsync(http.User, body.Action, body.Items.Select(i => (i.Id, i.Version)).ToList(), body.Reason, ct);
        return Results.Ok(results.Select(x => new
        {
            id = x.Id,
            status = x.Result.Status switch
            {
                ModerationStatus.Ok => "done",
                ModerationStatus.Conflict => "conflict",
                ModerationStatus.Forbidden => "forbidden",
                ModerationStatus.NotFound => "not-found",
                _ => "refused",
            },
            message = x.Result.Message,
        }).ToList());
    }

    private static IResult Problem(ModerationResult r) => r.Status switch
    {
        ModerationStatus.NotFound => ApiEndpoints.Problem(404, "Not found", r.Message!),
        ModerationStatus.Forbidden => ApiEndpoints.Problem(403, "Not allowed", r.Message!, r.Clause),
        ModerationStatus.Conflict => ApiEndpoints.Problem(409, "Someone else acted first", r.Message!),
        ModerationStatus.Invalid => ApiEndpoints.Problem(400, "The decision is not valid", r.Message!, field: r.Field),
        _ => ApiEndpoints.Problem(422, "Refused under the school's policy", r.Message!, r.Clause ?? "A.5.3", r.Field),
    };

    private static async Task<IResult> ReportAsync(HttpContext http, string kind, Guid id, ReportRequest? body, ItemReports reports, CancellationToken ct)
    {
        var r = await reports.ReportAsync(http.User, kind, id, body?.Reason, ct);
        return r.Outcome switch
        {
            ReportOutcome.Reported => Results.Ok(new { status = "reported", message = "Thank you. A moderator will look at it; you will see the outcome on your home page." }),
            ReportOutcome.NotFound => ApiEndpoints.Problem(404, "Not found", r.Message!),
            ReportOutcome.TooMany => PersonRateLimits.TooMany(http, r.RetryAfter!.Value, "reports"),
            _ => ApiEndpoints.Problem(400, "The report is not valid", r.Message!, field: "reason"),
        };
    }

    private static async Task<IResult> AbsencesAsync(HttpContext http, AbsenceBook book, CancellationToken ct) =>
        AbsenceBook.IsStaff(http.User)
            ? Results.Ok((await book.ListAsync(http.User, ct)).Select(a => new { id = a.Id, person = a.Person, from = a.From, to = a.To, reason = a.Reason }).ToList())
            : ApiEndpoints.Problem(403, "Not allowed", "Only staff record absences.");

    private static async Task<IResult> RecordAbsenceAsync(HttpContext http, AbsenceRequest? body, AbsenceBook book, CancellationToken ct)
    {
        if (body is null)
        {
            return ApiEndpoints.Problem(400, "Body required", "Send {\"from\": \"yyyy-mm-dd\", \"to\": \"yyyy-mm-dd\", \"username\"?: \"...\", \"reason\"?: \"...\"}.");
        }

        var r = await book.RecordAsync(http.User, null, body.Username, body.From, body.To, body.Reason, ct);
        if (r.Forbidden)
        {
            return ApiEndpoints.Problem(403, "Not allowed", r.Message!, "A.5.4");
        }

        return r.Ok
            ? Results.Created("/api/absences", new { id = r.Row!.Id, person = r.Row.Person, from = r.Row.From, to = r.Row.To, reason = r.Row.Reason })
            : ApiEndpoints.Problem(400, "The absence is not valid", r.Message!, field: r.Field);
    }
}
