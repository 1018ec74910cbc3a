using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Signpost.Checking;
using Signpost.Data;
using Signpost.Data.Entities;
using Signpost.Web.Features.Comments;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Api;

public sealed record CommentRequest([property: JsonPropertyName("text")] string? Text);

/// <summary>A checker finding in the CONTRACT shape.</summary>
public sealed record FindingDto(
    [property: JsonPropertyName("category")] string Category,
    [property: JsonPropertyName("clause")] string Clause,
    [property: JsonPropertyName("severity")] string Severity,
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("length")] int Length,
    [property: JsonPropertyName("message")] string Message)
{
    public static FindingDto From(Finding f) => new(f.Category, f.Clause, f.Severity.ToString().ToLowerInvariant(), f.Start, f.Length, f.Message);
}

public sealed record CommentCreated(
    [property: JsonPropertyName("id")] Guid Id,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("findings")] IReadOnlyList<FindingDto> Findings,
    [property: JsonPropertyName("message")] string Message);

public sealed record CommentView(
    [property: JsonPropertyName("id")] Guid Id,
    [property: JsonPropertyName("author")] string Author,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("at")] DateTime At,
    [property: JsonPropertyName("mine")] bool Mine);

/// <summary>Comments over HTTP (CONTRACT.md): write one (A.5.1, A.2.6, A.5.3, A.5.6), and read a post's comments.</summary>
public static class CommentsApi
{
    public static void Map(RouteGroupBuilder api)
    {
        var g = api.MapGroup("/sites/{site}/posts/{post}/comments").RequireAuthorization();
        g.MapPost("/", CreateAsync).WithName("Comment")
            .WithSummary("Comment on a post. 201 held or published; 422 with clause when refused (A.5.6); 403 when the caller may not comment there (A.5.1, A.2.6).")
            .Produces<CommentCreated>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity).ProducesProblem(StatusCodes.Status429TooManyRequests);
        g.MapGet("/", ListAsync).WithName("ListComments")
            .WithSummary("The post's published comments, and the caller's own comments still waiting for a moderator (A.5.3).")
            .Produces<List<CommentView>>();
    }

    private static async Task<IResult> CreateAsync(HttpContext http, string site, string post, CommentRequest? body, CommentSubmission submission, CancellationToken ct)
    {
        if (body is null)
        {
            return ApiEndpoints.Problem(400, "Body required", "Send {\"text\": \"...\"} as JSON.", field: "text");
        }

        var r = await submission.SubmitAsync(http.User, site, post, body.Text, ct);
        var findings = (r.Findings ?? []).Select(FindingDto.From).ToList();
        return r.Outcome switch
        {
            CommentOutcome.Held or CommentOutcome.Published => Results.Created($"/sites/{site}/posts/{post}#comment-{r.Comment!.Id}",
                new CommentCreated(r.Comment!.Id, r.Outcome == CommentOutcome.Held ? "held" : "published", findings, r.Message!)),
            CommentOutcome.Invalid => ApiEndpoints.Problem(400, "The comment is not valid", r.Message!, field: r.Field),
            CommentOutcome.NotFound => ApiEndpoints.Problem(404, "Not found", r.Message!),
            CommentOutcome.Forbidden => ApiEndpoints.Problem(403, "You may not comment here", r.Message!, clause: r.Clause),
            CommentOutcome.TooMany => PersonRateLimits.TooMany(http, r.RetryAfter!.Value, "comments"),
            _ => Results.Problem(statusCode: 422, title: "Refused under the school's policy", detail: r.Message,
                extensions: new Dictionary<string, object?> { ["clause"] = r.Clause, ["findings"] = findings }),
        };
    }

    private static async Task<IResult> ListAsync(HttpContext http, string site, string post, AppDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var found = await ReadableContent.Posts(db, http.User, now)
            .Where(p => p.Slug == post && db.Sites.Any(s => s.Id == p.SiteId && s.Slug == site)).Select(p => p.Id).SingleOrDefaultAsync(ct);
        if (found == Guid.Empty)
        {
            return ApiEndpoints.Problem(404, "Not found", "There is no post here that you can read.");
        }

        var me = http.User.PersonId();
        var readable = ReadableContent.Comments(db, http.User, now).Select(c => c.Id);
        var rows = await db.Comments.AsNoTracking()
            .Where(c => c.PostId == found && (readable.Contains(c.Id) || (c.AuthorId == me && c.Status == CommentStatus.Held)))
            .OrderBy(c => c.CreatedAt)
            .Join(db.People, c => c.AuthorId, p => p.Id, (c, p) => new { c, p.Kind, p.FirstName, p.LastName, p.PreferredName, p.Position })
            .ToListAsync(ct);
        return Results.Ok(rows.Select(x => new CommentView(x.c.Id, AuthorName(x.Kind, x.FirstName, x.LastName, x.PreferredName, x.Position),
            x.c.Text,
            x.c.Status == CommentStatus.Published ? "published" : "held", x.c.PublishedAt ?? x.c.CreatedAt, x.c.AuthorId == me)).ToList());
    }

    /// <summary>Pupils by first name or pseudonym only (A.5.2); staff by name and position (A.4.8); parents by first name.</summary>
    public static string AuthorName(PersonKind kind, string first, string last, string? preferred, string? position) => kind switch
    {
        PersonKind.Pupil => preferred ?? first,
        PersonKind.Parent => (preferred ?? first) + " (parent)",
        _ when Person.IsStaffKind(kind) => $"{preferred ?? first} {last}, {position ?? "Staff"}",
        _ => preferred ?? first,
    };
}
