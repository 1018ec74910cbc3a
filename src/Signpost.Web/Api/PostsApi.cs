using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Signpost.Data;
using Signpost.Data.Entities;
using Signpost.Web.Features.Posts;
using Signpost.Web.Features.Sites;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Api;

public sealed record PostDto(
    [property: JsonPropertyName("slug")] string? Slug,
    [property: JsonPropertyName("site")] string Site,
    [property: JsonPropertyName("title")] string? Title,
    [property: JsonPropertyName("body")] string? Body,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("scheduled")] bool Scheduled,
    [property: JsonPropertyName("hiddenForConcern")] bool HiddenForConcern,
    [property: JsonPropertyName("author")] string Author,
    [property: JsonPropertyName("publishedAt")] DateTime? PublishedAt,
    [property: JsonPropertyName("editedAt")] DateTime? EditedAt,
    [property: JsonPropertyName("version")] int Version,
    [property: JsonPropertyName("rejectionReason")] string? RejectionReason,
    [property: JsonPropertyName("findings")] IReadOnlyList<StoredFinding>? Findings,
    [property: JsonPropertyName("pendingEdit")] PendingEditDto? PendingEdit);

public sealed record PendingEditDto(
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("body")] string Body,
    [property: JsonPropertyName("editedAt")] DateTime EditedAt);

public sealed record PostRequest(
    [property: JsonPropertyName("title")] string? Title,
    [property: JsonPropertyName("body")] string? Body,
    [property: JsonPropertyName("version")] int? Version,
    [property: JsonPropertyName("submit")] bool? Submit);

public sealed record SubmitPostRequest([property: JsonPropertyName("version")] int? Version);

public sealed record PostDecisionRequest(
    [property: JsonPropertyName("action")] string? Action,
    [property: JsonPropertyName("version")] int? Version,
    [property: JsonPropertyName("publishAt")] DateTimeOffset? PublishAt,
    [property: JsonPropertyName("reasons")] string? Reasons);

public sealed record ApprovalDto(
    [property: JsonPropertyName("site")] string Site,
    [property: JsonPropertyName("post")] string Post,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("body")] string Body,
    [property: JsonPropertyName("author")] string Author,
    [property: JsonPropertyName("mine")] bool Mine,
    [property: JsonPropertyName("submittedAt")] DateTime SubmittedAt,
    [property: JsonPropertyName("version")] int Version,
    [property: JsonPropertyName("findings")] IReadOnlyList<StoredFinding> Findings);

/// <summary>
/// Posts over HTTP: list, write, change, submit, and the leadership team's decisions (A.3.4). Refusals are 422
/// problems with "clause" (A.5.6 for blocked content, A.3.4 for approving your own post); a stale version is 409.
/// </summary>
public static class PostsApi
{
    public static void Map(RouteGroupBuilder api)
    {
        var g = api.MapGroup("/sites/{slug}/posts");
        g.MapGet("/", ListAsync).WithName("ListPosts").WithSummary("Published posts the caller may read, newest first; ?mine=true for the caller's own posts in every state.")
            .Produces<List<PostDto>>();
        g.MapGet("/{post}", GetAsync).WithName("GetPost").WithSummary("One post the caller may see; its author and the leadership team also get the checker's findings.")
            .Produces<PostDto>().ProducesProblem(404);
        g.MapPost("/", CreateAsync).RequireAuthorization().WithName("CreatePost")
            .WithSummary("Write a post: staff get a draft (\"submit\": true submits it at once, A.3.4); a pupil's post goes to the moderators (A.5.1, A.5.3).")
            .Produces<PostDto>(201).ProducesProblem(403).ProducesProblem(422).ProducesProblem(429);
        g.MapPut("/{post}", UpdateAsync).RequireAuthorization().WithName("UpdatePost")
            .WithSummary("Change your draft, or propose an edit of your published post (approved again, A.3.4; history kept, 5.6). Send the version you read.")
            .Produces<PostDto>().ProducesProblem(409).ProducesProblem(422);
        g.MapPost("/{post}/submit", SubmitAsync).RequireAuthorization().WithName("SubmitPost")
            .WithSummary("Submit your draft for leadership approval; the checker runs now (blocked: 422 with clause A.5.6).")
            .Produces<PostDto>().ProducesProblem(409).ProducesProblem(422).ProducesProblem(429);
        g.MapPost("/{post}/decision", DecideAsync).RequireAuthorization().WithName("DecidePost")
            .WithSummary("Leadership team: approve (now, or at publishAt) or reject with reasons. Never your own post (422, A.3.4); stale version: 409.")
            .Produces<PostDto>().ProducesProblem(403).ProducesProblem(409).ProducesProblem(422);
        api.MapGet("/approvals", ApprovalsAsync).RequireAuthorization().WithName("ListApprovals")
            .WithSummary("Leadership team: staff posts and edits waiting for approval, with the checker's findings (A.3.4).")
            .Produces<List<ApprovalDto>>().ProducesProblem(403);
    }

    private static async Task<IResult> ListAsync(HttpContext h, string slug, bool? mine, int? page, AppDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var site = await SiteVisibility.Readable(db.Sites.AsNoTracking(), h.User).SingleOrDefaultAsync(s => s.Slug == slug && !s.Deleted, ct);
        if (site is null)
        {
            return NotFound();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var me = h.User.PersonId();
        List<Post> posts;
        if (mine == true)
        {
            if (me is null)
            {
                return ApiEndpoints.Problem(401, "Not signed in", "Sign in to list your own posts.");
            }

            posts = await db.Posts.AsNoTracking().Where(p => p.SiteId == site.Id && p.AuthorId == me).OrderByDescending(p => p.UpdatedAt).Take(200).ToListAsync(ct);
        }
        else
        {
            var n = Math.Max(1, page ?? 1);
            posts = await PostVisibility.Readable(db.Posts.AsNoTracking().Where(p => p.SiteId == site.Id), SiteVisibility.Readable(db.Sites, h.User), now)
                .OrderByDescending(p => p.PublishedAt).ThenByDescending(p => p.Id).Skip((n - 1) * 20).Take(20).ToListAsync(ct);
        }

        var names = await Bylines.ForAsync(db, posts.Select(p => p.AuthorId), ct);
        return Results.Ok(posts.Select(p => Dto(p, site.Slug, names.GetValueOrDefault(p.AuthorId, ""), now, mine == true, null, null)).ToList());
    }

    private static async Task<IResult> GetAsync(HttpContext h, string slug, string post, PostWorkflow w, AppDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var (site, item) = await w.FindAsync(h.User, slug, post, ct);
        return site is null || item is null ? NotFound() : Results.Ok(await ViewAsync(h.User, site, item, w, db, clock, ct));
    }

    private static async Task<IResult> CreateAsync(HttpContext h, string slug, PostRequest? body, PostWorkflow w, AppDbContext db, TimeProvider clock, CancellationToken ct)
    {
        if (body is null)
        {
            return ApiEndpoints.Problem(400, "Body required", "Send {\"title\": \"...\", \"body\": \"...\"} as JSON.");
        }

        var r = await w.CreateAsync(h.User, slug, new PostInput(body.Title, body.Body), body.Submit == true, ct);
        if (r.Outcome == PostOutcome.Ok)
        {
            var site = await db.Sites.AsNoTracking().SingleAsync(s => s.Id == r.Post!.SiteId, ct);
            return Results.Created($"/api/sites/{slug}/posts/{r.Post!.Slug}", await ViewAsync(h.User, site, r.Post, w, db, clock, ct));
        }

        return await RespondAsync(h, r, w, db, clock, ct);
    }

    private static async Task<IResult> UpdateAsync(HttpContext h, string slug, string post, PostRequest? body, PostWorkflow w, AppDbContext db, TimeProvider clock, CancellationToken ct)
    {
        if (body is null)
        {
            return ApiEndpoints.Problem(400, "Body required", "Send {\"title\", \"body\", \"version\"} as JSON.");
        }

        if (body.Version is null)
        {
            return ApiEndpoints.Problem(400, "Version required", "Send the version of the post you read, so nobody's change is overwritten.", field: "version");
        }

        return await RespondAsync(h, await w.UpdateAsync(h.User, slug, post, new PostInput(body.Title, body.Body, body.Version), ct), w, db, clock, ct);
    }

    private static async Task<IResult> SubmitAsync(HttpContext h, string slug, string post, SubmitPostRequest? body, PostWorkflow w, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
        await RespondAsync(h, await w.SubmitAsync(h.User, slug, post, body?.Version, ct), w, db, clock, ct);

    private static async Task<IResult> DecideAsync(HttpContext h, string slug, string post, PostDecisionRequest? body, PostWorkflow w, AppDbContext db, TimeProvider clock, CancellationToken ct)
    {
        if (body is null)
        {
            return ApiEndpoints.Problem(400, "Body required", "Send {\"action\": \"approve\" | \"reject\", \"version\": n} as JSON.");
        }

        var r = await w.DecideAsync(h.User, slug, post, body.Action, body.Version, body.PublishAt?.UtcDateTime, body.Reasons, ct);
        return await RespondAsync(h, r, w, db, clock, ct);
    }

    private static async Task<IResult> ApprovalsAsync(HttpContext h, AppDbContext db, CancellationToken ct)
    {
        if (!PostVisibility.IsApprover(h.User))
        {
            return ApiEndpoints.Problem(403, "Not allowed", "Only the leadership team approves posts (A.3.4).", clause: "A.3.4");
        }

        var me = h.User.PersonId();
        var items = await ApprovalQueue.LoadAsync(db, ct);
        return Results.Ok(items.Select(i => new ApprovalDto(i.SiteSlug, i.PostSlug, i.IsEdit ? "edit" : "post", i.Title, i.Body, i.Byline, i.AuthorId == me,
            i.SubmittedAt, i.Version, PostText.Findings(i.FindingsJson))).ToList());
    }

    private static async Task<IResult> RespondAsync(HttpContext h, PostResult r, PostWorkflow w, AppDbContext db, TimeProvider clock, CancellationToken ct)
    {
        switch (r.Outcome)
        {
            case PostOutcome.Ok:
                db.ChangeTracker.Clear();
                var site = await db.Sites.AsNoTracking().SingleAsync(s => s.Id == r.Post!.SiteId, ct);
                var post = await db.Posts.AsNoTracking().SingleAsync(p => p.Id == r.Post!.Id, ct);
                return Results.Ok(await ViewAsync(h.User, site, post, w, db, clock, ct));
            case PostOutcome.NotFound:
                return NotFound();
            case PostOutcome.Forbidden:
                return ApiEndpoints.Problem(403, "Not allowed", "Your account may not do this to this post.");
            case PostOutcome.Conflict:
                return ApiEndpoints.Problem(409, "Changed by someone else", "The post changed since you read it (a decision or an edit). Read it again and redo your change.");
            case PostOutcome.Invalid:
                var bad = r.Refusals![0];
                return ApiEndpoints.Problem(400, "The post is not valid", bad.Message, field: bad.Field);
            default:
                var first = r.Refusals![0];
                return Results.Problem(statusCode: 422, title: "Refused under the school's policy", detail: first.Message, extensions: new Dictionary<string, object?>
                {
                    ["clause"] = first.Clause,
                    ["field"] = first.Field,
                    ["refusals"] = r.Refusals.Select(x => new { clause = x.Clause, field = x.Field, message = x.Message }).ToList(),
                });
        }
    }

    private static IResult NotFound() => ApiEndpoints.Problem(404, "Not found", "There is no post or site at this address that you may see.");

    private static async Task<PostDto> ViewAsync(ClaimsPrincipal user, Site site, Post post, PostWorkflow w, AppDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var name = (await Bylines.ForAsync(db, [post.AuthorId], ct)).GetValueOrDefault(post.AuthorId, "");
        var seesFindings = post.AuthorId == user.PersonId() || PostVisibility.IsApprover(user);
        var pending = seesFindings && post.Status == PostStatus.Published ? await w.PendingRevisionAsync(post.Id, ct) : null;
        var edited = await db.PostRevisions.Where(r => r.PostId == post.Id && r.Status == RevisionStatus.Superseded).MaxAsync(r => r.DecidedAt, ct);
        return Dto(post, site.Slug, name, now, seesFindings, pending, edited);
    }

    private static PostDto Dto(Post p, string site, string author, DateTime now, bool seesFindings, PostRevision? pending, DateTime? edited)
    {
        // Blocked words never leave the server, not even to their author (A.5.6).
        var blocked = p.Status == PostStatus.Blocked;
        return new PostDto(blocked ? null : p.Slug, site, blocked ? null : p.Title, blocked ? null : p.Body, SitesApi.Kebab(p.Status.ToString()),
            p.Status == PostStatus.Published && p.PublishedAt > now, p.HiddenForConcern, author, p.PublishedAt, edited, p.Version,
            p.RejectionReason, seesFindings && !blocked ? PostText.Findings(p.FindingsJson) : null,
            pending is null ? null : new PendingEditDto(pending.Title, pending.Body, pending.EditedAt));
    }
}
