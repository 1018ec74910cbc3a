using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Signpost.Data;
using Signpost.Data.Entities;
using Signpost.Policy.Clauses;
using Signpost.Web.Features.Sites;

namespace Signpost.Web.Api;

public sealed record ProposalView(
    [property: JsonPropertyName("slug")] string Slug,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("privacy")] string Privacy,
    [property: JsonPropertyName("version")] int Version,
    [property: JsonPropertyName("missing")] IReadOnlyList<MissingField> Missing,
    [property: JsonPropertyName("goLiveRefusals")] IReadOnlyList<Refusal> GoLiveRefusals,
    [property: JsonPropertyName("history")] IReadOnlyList<HistoryItem> History);

public sealed record HistoryItem(
    [property: JsonPropertyName("at")] DateTime At,
    [property: JsonPropertyName("by")] string? By,
    [property: JsonPropertyName("step")] string Step,
    [property: JsonPropertyName("notes")] string? Notes);

public sealed record ExtendRequest(
    [property: JsonPropertyName("endDate")] DateOnly? EndDate,
    [property: JsonPropertyName("reasons")] string? Reasons);

public sealed record PrivacyRequest([property: JsonPropertyName("privacy")] string? Privacy);

public sealed record EvaluationRequest(
    [property: JsonPropertyName("evaluation")] string? Evaluation,
    [property: JsonPropertyName("completeReview")] bool? CompleteReview,
    [property: JsonPropertyName("nextReviewDate")] DateOnly? NextReviewDate,
    [property: JsonPropertyName("version")] int? Version);

public sealed record ReviewRequest([property: JsonPropertyName("notes")] string? Notes);

public sealed record DecisionRequest(
    [property: JsonPropertyName("action")] string? Action,
    [property: JsonPropertyName("reasons")] string? Reasons);

/// <summary>The site proposal journey over HTTP (section 7, Appendix A). Refusals are 422 problems carrying "clause".</summary>
public static class ProposalsApi
{
    public static void Map(RouteGroupBuilder api)
    {
        var g = api.MapGroup("/sites").RequireAuthorization();
        g.MapPost("/", CreateAsync).WithName("ProposeSite").WithSummary("Propose a site: saved as a draft (7.2, A.1.2–A.1.7).");
        g.MapGet("/{slug}/proposal", GetAsync).WithName("GetProposal").WithSummary("A proposal, what it still lacks, what stops it going live, and its history.");
        g.MapPut("/{slug}/proposal", UpdateAsync).WithName("UpdateProposal").WithSummary("Change a draft proposal (send the version you started from).");
        g.MapPost("/{slug}/submit", (HttpContext h, string slug, SiteWorkflow w, AppDbContext db, CancellationToken ct) =>
            RespondAsync(h, w.SubmitAsync(h.User, slug, ct), db, w, ct)).WithName("SubmitProposal").WithSummary("Submit a complete draft for leadership review.");
        g.MapPost("/{slug}/review", (HttpContext h, string slug, ReviewRequest body, SiteWorkflow w, AppDbContext db, CancellationToken ct) =>
            RespondAsync(h, w.ReviewAsync(h.User, slug, body.Notes, ct), db, w, ct)).WithName("ReviewProposal").WithSummary("Leadership team records its discussion of audience and interaction (A.1.3).");
        g.MapPost("/{slug}/decision", (HttpContext h, string slug, DecisionRequest body, SiteWorkflow w, AppDbContext db, CancellationToken ct) =>
            RespondAsync(h, w.DecideAsync(h.User, slug, body.Action, body.Reasons, ct), db, w, ct)).WithName("DecideProposal").WithSummary("Headteacher approves, rejects or sends back (A.3.2).");
        g.MapPost("/{slug}/extend", (HttpContext h, string slug, ExtendRequest body, SiteWorkflow w, AppDbContext db, CancellationToken ct) =>
            RespondAsync(h, w.ExtendAsync(h.User, slug, body.EndDate, body.Reasons, ct), db, w, ct)).WithName("ExtendSite").WithSummary("Headteacher extends a running site's planned life (A.1.6).");
        g.MapPost("/{slug}/privacy", (HttpContext h, string slug, PrivacyRequest body, SiteWorkflow w, AppDbContext db, CancellationToken ct) =>
            RespondAsync(h, w.ChangePrivacyAsync(h.User, slug, body.Privacy, ct), db, w, ct)).WithName("ChangePrivacy").WithSummary("Change who may read a running site; pupil sites are never public (A.5.2).");
        g.MapGet("/{slug}/evaluation", EvaluationAsync).RequireAuthorization(Authorization.Policies.Staff).WithName("GetEvaluation")
            .WithSummary("The site's success measures, its own figures and its reviews and evaluations so far (A.1.7).");
        g.MapPost("/{slug}/evaluation", (HttpContext h, string slug, EvaluationRequest body, SiteReviews r, AppDbContext db, SiteWorkflow w, CancellationToken ct) =>
            RespondAsync(h, r.EvaluateAsync(h.User, slug, body.Evaluation, body.CompleteReview ?? false, body.NextReviewDate, body.Version, ct), db, w, ct))
            .WithName("Evaluate").WithSummary("Record an evaluation against the success measures; the Headteacher may complete a review with the next review date (A.1.6, A.1.7).");
        g.MapPost("/{slug}/start-review", (HttpContext h, string slug, SiteReviews r, AppDbContext db, SiteWorkflow w, CancellationToken ct) =>
            RespondAsync(h, r.StartReviewAsync(h.User, slug, ct), db, w, ct)).WithName("StartReview").WithSummary("Put a live site under review before its review date (A.1.6).");
        g.MapPost("/{slug}/go-live", (HttpContext h, string slug, SiteWorkflow w, AppDbContext db, CancellationToken ct) =>
            RespondAsync(h, w.GoLiveAsync(h.User, slug, ct), db, w, ct)).WithName("GoLive").WithSummary("Take an approved site live when every go-live rule holds.");
    }

    private static async Task<IResult> CreateAsync(HttpContext h, ProposalInput? body, SiteWorkflow w, AppDbContext db, CancellationToken ct)
    {
        if (Invalid(body) is { } problem)
        {
            return problem;
        }

        var result = await w.CreateAsync(h.User, body!, ct);
        if (result.Status == WorkflowStatus.Ok)
        {
            return Results.Created($"/api/sites/{result.Site!.Slug}/proposal", await ViewAsync(result.Site, db, w, ct));
        }

        return await RespondAsync(h, Task.FromResult(result), db, w, ct);
    }

    private static async Task<IResult> UpdateAsync(HttpContext h, string slug, ProposalInput? body, SiteWorkflow w, AppDbContext db, CancellationToken ct) =>
        Invalid(body) ?? await RespondAsync(h, w.UpdateDraftAsync(h.User, slug, body!, ct), db, w, ct);

    private static async Task<IResult> GetAsync(HttpContext h, string slug, SiteWorkflow w, AppDbContext db, CancellationToken ct)
    {
        var site = await w.FindAsync(h.User, slug, ct);
        return site is null ? ApiEndpoints.Problem(404, "Not found", "There is no site with that name that you may see.") : Results.Ok(await ViewAsync(site, db, w, ct));
    }

    private static async Task<IResult> EvaluationAsync(HttpContext h, string slug, SiteReviews r, AppDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var site = await r.FindEvaluableAsync(h.User, slug, ct);
        if (site is null)
        {
            return ApiEndpoints.Problem(404, "Not found", "There is no running or closed site with that name that you may see.");
        }

        var figures = await SiteReviews.FiguresAsync(db, site, clock.GetUtcNow().UtcDateTime, ct);
        return Results.Ok(new
        {
            slug = site.Slug,
            status = SitePresentation.StatusLabel(site.Status),
            version = site.Version,
            reviewDate = site.ReviewDate,
            endDate = site.EndDate,
            successMeasures = site.SuccessMeasures,
            figures,
            mayEvaluate = SiteReviews.MayEvaluate(site, h.User),
            history = await r.HistoryAsync(site, ct),
        });
    }

    private static IResult? Invalid(ProposalInput? body)
    {
        if (body is null)
        {
            return ApiEndpoints.Problem(400, "Body required", "Send the proposal as JSON (see /openapi/v1.json).");
        }

        var results = new List<ValidationResult>();
        if (Validator.TryValidateObject(body, new ValidationContext(body), results, validateAllProperties: true))
        {
            return null;
        }

        var first = results[0];
        var field = first.MemberNames.FirstOrDefault() is { } m ? char.ToLowerInvariant(m[0]) + m[1..] : null;
        return Results.Problem(statusCode: 400, title: "The proposal is not valid", detail: first.ErrorMessage, extensions: new Dictionary<string, object?>
        {
            ["field"] = field,
            ["errors"] = results.Select(r => new { field = r.MemberNames.FirstOrDefault(), message = r.ErrorMessage }).ToList(),
        });
    }

    private static async Task<IResult> RespondAsync(HttpContext h, Task<WorkflowResult> work, AppDbContext db, SiteWorkflow w, CancellationToken ct)
    {
        var result = await work;
        return result.Status switch
        {
            WorkflowStatus.Ok => Results.Ok(await ViewAsync(result.Site!, db, w, ct)),
            WorkflowStatus.NotFound => ApiEndpoints.Problem(404, "Not found", "There is no site with that name that you may see."),
            WorkflowStatus.Forbidden => ApiEndpoints.Problem(403, "Not allowed", "Your account may not do this to this site."),
            WorkflowStatus.Conflict => ApiEndpoints.Problem(409, "Changed by someone else", "The proposal changed since you loaded it. Load it again and redo your change."),
            _ => Results.Problem(statusCode: 422, title: "Refused under the school's policy", detail: result.Refusals![0].Message,
                extensions: new Dictionary<string, object?>
                {
                    ["clause"] = result.Refusals[0].Clause,
                    ["field"] = result.Refusals[0].Field,
                    ["refusals"] = result.Refusals.Select(r => new { clause = r.Clause, field = r.Field, message = r.Message }).ToList(),
                }),
        };
    }

    public static async Task<ProposalView> ViewAsync(Site site, AppDbContext db, SiteWorkflow w, CancellationToken ct)
    {
        var missing = site.Status == SiteStatus.Draft ? ProposalIsComplete.Check(SiteWorkflow.Facts(site)) : [];
        var goLive = site.Status == SiteStatus.Approved
            ? (await w.GoLiveRefusalsAsync(site, ct)).Select(r => new Refusal(r.Clause, null, r.Reason)).ToList()
            : [];
        var history = await db.SiteEvents.AsNoTracking().Where(e => e.SiteId == site.Id).OrderBy(e => e.At).ThenBy(e => e.Id)
            .GroupJoin(db.People, e => e.ByPersonId, p => p.Id, (e, ps) => new { e, ps })
            .SelectMany(x => x.ps.DefaultIfEmpty(), (x, p) => new HistoryItem(x.e.At, p == null ? null : p.FirstName + " " + p.LastName, x.e.Kind.ToString(), x.e.Notes))
            .ToListAsync(ct);
        return new ProposalView(site.Slug, site.Name, SitePresentation.StatusLabel(site.Status), SitesApi.Kebab(site.Privacy.ToString()), site.Version, missing, goLive, history);
    }
}
