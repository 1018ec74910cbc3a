using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Signpost.Checking;
using Signpost.Data;
using Signpost.Data.Entities;
using Signpost.Web.Features.Moderation;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Features.Comments;

public enum CommentOutcome
{
    Held,
    Published,
    Invalid,
    NotFound,
    Forbidden,
    Blocked,
    TooMany,
}

/// <summary>What happened to a comment, with what the author may be shown.</summary>
public sealed record CommentResult(
    CommentOutcome Outcome,
    Comment? Comment = null,
    IReadOnlyList<Finding>? Findings = null,
    string? Clause = null,
    string? Field = null,
    string? Message = null,
    TimeSpan? RetryAfter = null);

/// <summary>
/// Writes a comment, for the API and the post page's form alike: checks the text, who may comment there (A.5.1, A.2.6,
/// 7.1), then sends it through <see cref="ContentIntake"/>: extreme offence is refused and its evidence kept (A.5.6),
/// safeguarding goes to the DSL (A.2.3), and everything from pupils, parents and the public waits for a moderator (A.5.3).
/// </summary>
public sealed class CommentSubmission(AppDbContext db, ContentIntake intake, EscalationNotifier notifier, PersonRateLimits limits, TimeProvider clock)
{
    public const int MaxLength = 5000;

    /// <summary>Posted when a comment is held: the plain words the post page shows.</summary>
    public const string HeldMessage = "Thank you. A teacher will read your comment before anyone else can see it.";

    public const string PublishedMessage = "Your comment is published.";

    public static string? Validate(string? text) =>
        string.IsNullOrWhiteSpace(text) ? "Write your comment first."
        : text.Trim().Length > MaxLength ? $"A comment can be at most {MaxLength} characters long (this one has {text.Trim().Length})."
        : null;

    public async Task<CommentResult> SubmitAsync(ClaimsPrincipal user, string siteSlug, string postSlug, string? text, CancellationToken ct)
    {
        if (Validate(text) is { } problem)
        {
            return new(CommentOutcome.Invalid, Field: "text", Message: problem);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var post = await ReadableContent.Posts(db, user, now)
            .Where(p => p.Slug == postSlug && db.Sites.Any(s => s.Id == p.SiteId && s.Slug == siteSlug))
            .Select(p => new { p.Id, p.SiteId, p.Title }).SingleOrDefaultAsync(ct);
        if (post is null || user.PersonId() is not { } personId)
        {
            return new(CommentOutcome.NotFound, Message: "There is no post here that you can read.");
        }

        var site = await db.Sites.AsNoTracking().SingleAsync(s => s.Id == post.SiteId, ct);
        var facts = await CommentRules.FactsAsync(db, personId, site.Id, ct);
        if (facts is null)
        {
            return new(CommentOutcome.Forbidden, Clause: "A.5.1", Message: "Your account cannot comment.");
        }

        if (CommentRules.MayComment(site, facts) is { } refusal)
        {
            return new(CommentOutcome.Forbidden, Clause: refusal.Clause, Message: refusal.Message);
        }

        if (limits.TryTake(PersonAction.Comment, personId) is { } wait)
        {
            return new(CommentOutcome.TooMany, RetryAfter: wait,
                Message: $"You have written a lot of comments in a short time. Wait {PersonRateLimits.Seconds(wait)} seconds, then try again.");
        }

        var comment = new Comment
        {
            SchoolId = site.SchoolId,
            SiteId = site.Id,
            PostId = post.Id,
            AuthorId = personId,
            AuthorKind = facts.Kind,
            Text = text!.Trim(),
            CreatedAt = now,
        };
        var decision = await intake.AdmitAsync(site.SchoolId,
            new IncomingContent(ContentKind.Comment, comment.Id, site.Id, personId, facts.Kind, comment.Text, $"{site.Name}, a comment on \"{post.Title}\""), ct);
        comment.FindingsJson = ContentIntake.FindingsJson(decision.Result.Findings);
        switch (decision.Outcome)
        {
            case IntakeOutcome.Blocked:
                comment.Status = CommentStatus.Blocked;
                break;
            case IntakeOutcome.Escalated:
                comment.Status = CommentStatus.Held;
                comment.HiddenForConcern = true;
                break;
            case IntakeOutcome.Hold:
                comment.Status = CommentStatus.Held;
                break;
            default:
                comment.Status = CommentStatus.Published;
                comment.PublishedAt = now;
                break;
        }

        db.Comments.Add(comment);
        await db.SaveChangesAsync(ct);
        await notifier.AfterSaveAsync(decision, ct);

        // The author never learns that a safeguarding or grooming pattern was seen: telling someone who grooms what
        // was noticed would help them hide it (A.2.2). The DSL sees everything.
        var shown = decision.Result.Findings.Where(f => f.Category is not (Categories.Safeguarding or Categories.Grooming)).ToList();
        return decision.Outcome switch
        {
            IntakeOutcome.Blocked => new(CommentOutcome.Blocked, comment, shown, decision.BlockClause,
                Message: "This comment cannot be published: it contains words that are never allowed on the school's sites (A.5.6)."),
            IntakeOutcome.Publish => new(CommentOutcome.Published, comment, shown, Message: PublishedMessage),
            _ => new(CommentOutcome.Held, comment, shown, Message: HeldMessage),
        };
    }
}
