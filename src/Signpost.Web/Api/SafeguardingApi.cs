using System.Text.Json.Serialization;
using Signpost.Web.Features.Media;
using Signpost.Web.Features.Safeguarding;

namespace Signpost.Web.Api;

public sealed record ConcernEntryRequest(
    [property: JsonPropertyName("kind")] string? Kind,
    [property: JsonPropertyName("text")] string? Text,
    [property: JsonPropertyName("referredTo")] string? ReferredTo);

public sealed record ConcernDecisionRequest(
    [property: JsonPropertyName("action")] string? Action,
    [property: JsonPropertyName("version")] int? Version,
    [property: JsonPropertyName("notes")] string? Notes,
    [property: JsonPropertyName("outcome")] string? Outcome);

public sealed record RaiseConcernRequest(
    [property: JsonPropertyName("kind")] string? Kind,
    [property: JsonPropertyName("id")] Guid? Id,
    [property: JsonPropertyName("text")] string? Text);

public sealed record ConcernContentView(string Kind, Guid Id, string Site, string Link, string Text, string Status, bool Hidden, IReadOnlyList<ConcernHighlight> Highlights);

public sealed record ConcernHighlight(string Text, string? Category, string? Clause);

public sealed record ConcernEvidenceView(Guid Id, DateTime At, string? Where, string? Author, string Text, string Sha256, string Sha256Recomputed, bool Verified);

public sealed record ConcernView(
    Guid Id, string Category, string Summary, string Status, string Source, int Version, DateTime RaisedAt, string? RaisedBy,
    ConcernPerson? Author, string? Where, ConcernContentView? Content, string? ReviewStatus, bool AwaitsDecision,
    IReadOnlyList<FindingView> Findings, IReadOnlyList<ConcernEvidenceView> Evidence, IReadOnlyList<ConcernEntryView> Chronology,
    string? Outcome, DateTime? ClosedAt, string? ClosedBy);

/// <summary>
/// Safeguarding concerns over HTTP (A.2.3, A.5.6): for the DSL and the Headteacher only, with a bearer token obtained
/// with a TOTP code (its two-factor claim); anyone else is told "not found" for a concern and "forbidden" for the
/// list. Any member of staff may raise a concern. Media enquiries (A.3.6) for the Headteacher.
/// </summary>
public static class SafeguardingApi
{
    public static void Map(RouteGroupBuilder api)
    {
        var g = api.MapGroup("/safeguarding").RequireAuthorization().WithTags("Safeguarding");
        g.MapGet("/concerns", ListAsync).WithName("ListConcerns")
            .WithSummary("Safeguarding concerns, open first (DSL and Headteacher, token obtained with a TOTP code; A.2.3).");
        g.MapGet("/concerns/{id:guid}", GetAsync).WithName("GetConcern")
            .WithSummary("One concern: the item with findings, evidence with its hash re-checked, and the chronology (every read audited).");
        g.MapPost("/concerns/{id:guid}/entries", AddEntryAsync).WithName("AddConcernEntry")
            .WithSummary("Add a note, an action taken, or a referral (with referredTo) to the chronology. Entries are never changed.");
        g.MapPost("/concerns/{id:guid}/decision", DecideAsync).WithName("DecideConcern")
            .WithSummary("release (back to normal moderation), keep-hidden (rejected, never published) or close (with an outcome). Send the version; 409 when stale.");
        g.MapPost("/raise", RaiseAsync).WithName("RaiseConcern")
            .WithSummary("Any member of staff raises a concern about a post or comment they can see: the DSL is told and the item hidden (A.2.3).");
        api.MapGet("/media-enquiries", MediaAsync).RequireAuthorization().WithTags("Media").WithName("ListMediaEnquiries")
            .WithSummary("Media enquiries sent through the public form (Headteacher only; A.3.6).");
    }

    private static async Task<IResult> ListAsync(HttpContext h, ConcernQueries queries, bool? all, CancellationToken ct)
    {
        var (outcome, rows) = await queries.ListAsync(h.User, all == true, ct);
        return outcome == ConcernOutcome.Ok
            ? Results.Ok(rows.Select(r => new { id = r.Id, category = r.Category, status = r.Status.ToLowerInvariant(), raisedAt = r.RaisedAt, source = r.Source.ToLowerInvariant(), site = r.Site, author = r.Subject, entries = r.Entries }))
            : Refused(outcome, list: true);
    }

    private static async Task<IResult> GetAsync(HttpContext h, Guid id, ConcernQueries queries, CancellationToken ct)
    {
        var (outcome, detail) = await queries.GetAsync(h.User, id, "safeguarding-concern.viewed", ct);
        return outcome == ConcernOutcome.Ok ? Results.Ok(View(detail!)) : Refused(outcome);
    }

    private static async Task<IResult> AddEntryAsync(HttpContext h, Guid id, ConcernEntryRequest? body, ConcernActions actions, ConcernQueries queries, CancellationToken ct)
    {
        if (body is null)
        {
            return ApiEndpoints.Problem(400, "Body required", "Send {\"kind\": \"note\" | \"action\" | \"referral\", \"text\": \"...\", \"referredTo\": \"...\"}.");
        }

        var r = await actions.AddEntryAsync(h.User, id, body.Kind, body.Text, body.ReferredTo, ct);
        return r.Outcome == ConcernOutcome.Ok
            ? Results.Created($"/api/safeguarding/concerns/{id}", View((await queries.LoadAsync(id, ct))!))
            : Refused(r.Outcome, refusal: r.Refusal);
    }

    private static async Task<IResult> DecideAsync(HttpContext h, Guid id, ConcernDecisionRequest? body, ConcernActions actions, ConcernQueries queries, CancellationToken ct)
    {
        if (body is null)
        {
            return ApiEndpoints.Problem(400, "Body required", "Send {\"action\": \"release\" | \"keep-hidden\" | \"close\", \"version\": n, \"notes\"?: \"...\", \"outcome\"?: \"...\"}.");
        }

        var r = body.Action == "close"
            ? await actions.CloseAsync(h.User, id, body.Outcome, body.Version, ct)
            : await actions.DecideAsync(h.User, id, body.Action, body.Notes, body.Version, ct);
        return r.Outcome == ConcernOutcome.Ok ? Results.Ok(View((await queries.LoadAsync(id, ct))!)) : Refused(r.Outcome, refusal: r.Refusal);
    }

    private static async Task<IResult> RaiseAsync(HttpContext h, RaiseConcernRequest? body, RaiseConcern raise, CancellationToken ct)
    {
        if (body?.Id is not { } id || RaiseConcern.KindOf(body.Kind) is null)
        {
            return ApiEndpoints.Problem(400, "Say which item", "Send {\"kind\": \"post\" | \"comment\", \"id\": \"...\", \"text\": \"what worries you\"}.",
                field: body?.Id is null ? "id" : "kind");
        }

        var r = await raise.RaiseAsync(h.User, body.Kind, id, body.Text, ct);
        return r.Outcome switch
        {
            ConcernOutcome.Ok => Results.Json(new
            {
                status = "raised",
                hidden = true,
                message = "The Designated Safeguarding Lead has been told and the item is hidden until they decide (A.2.3).",
            }, statusCode: StatusCodes.Status201Created),
            ConcernOutcome.Forbidden => ApiEndpoints.Problem(403, "Not allowed", "Only members of staff raise safeguarding concerns.", clause: "A.2.3"),
            ConcernOutcome.NotFound => ApiEndpoints.Problem(404, "Not found", "There is no such item that you can see."),
            _ => Refused(r.Outcome, refusal: r.Refusal),
        };
    }

    private static async Task<IResult> MediaAsync(HttpContext h, MediaEnquiries enquiries, bool? all, CancellationToken ct)
    {
        var rows = await enquiries.ListAsync(h.User, all == true, ct);
        return rows is null
            ? ApiEndpoints.Problem(403, "Not allowed", "Only the Headteacher reads media enquiries. " + Policy.Clauses.MediaEnquiriesGoToTheHeadteacher.Instruction, clause: "A.3.6")
            : Results.Ok(rows.Select(r => new { id = r.Id, name = r.Name, organisation = r.Organisation, receivedAt = r.ReceivedAt, status = r.Status }));
    }

    private static IResult Refused(ConcernOutcome outcome, bool list = false, Features.Sites.Refusal? refusal = null) => outcome switch
    {
        ConcernOutcome.NeedsTwoFactor => ApiEndpoints.Problem(403, "Two-factor sign-in needed",
            "Safeguarding concerns open only with a token obtained with a TOTP code: turn on two-factor sign-in, then log in again with \"totp\".", clause: "A.2.3"),
        ConcernOutcome.NotFound when list => ApiEndpoints.Problem(403, "Not allowed", "Only the Designated Safeguarding Lead and the Headteacher read safeguarding concerns.", clause: "A.2.3"),
        ConcernOutcome.NotFound or ConcernOutcome.Forbidden => ApiEndpoints.Problem(404, "Not found", "There is no concern with that id that you may see."),
        ConcernOutcome.Conflict => ApiEndpoints.Problem(409, "Changed by someone else", "The concern changed since you loaded it. Load it again, then decide."),
        _ => Results.Problem(statusCode: 422, title: "Refused under the school's policy", detail: refusal!.Message,
            extensions: new Dictionary<string, object?> { ["clause"] = refusal.Clause, ["field"] = refusal.Field }),
    };

    private static ConcernView View(ConcernDetail c) => new(c.Id, c.Category, c.Summary, c.Status.ToLowerInvariant(), c.Source.ToLowerInvariant(), c.Version, c.RaisedAt,
        c.RaisedBy, c.Subject, c.Where,
        c.Content is { } x
            ? new ConcernContentView(x.Kind.ToString().ToLowerInvariant(), x.Id, x.SiteName, x.Link, x.Text, x.Status.ToLowerInvariant(), x.Hidden,
                ConcernContentFacts.Highlight(x.Text, c.Findings).Where(s => s.Finding is not null).Select(s => new ConcernHighlight(s.Text, s.Finding!.Category, s.Finding.Clause)).ToList())
            : null,
        c.ReviewStatus?.ToLowerInvariant(), c.AwaitsDecision, c.Findings,
        c.Evidence.Select(e => new ConcernEvidenceView(e.Id, e.At, e.Where, e.Author?.FullName, e.Text, e.Sha256, e.ComputedSha256, e.Intact)).ToList(),
        c.Chronology, c.Outcome, c.ClosedAt, c.ClosedBy);
}
