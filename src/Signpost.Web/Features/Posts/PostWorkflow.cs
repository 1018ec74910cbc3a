using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Signpost.Data;
using Signpost.Data.Entities;
using Signpost.Policy;
using Signpost.Policy.Clauses;
using Signpost.Web.Features.Moderation;
using Signpost.Web.Features.Sites;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Features.Posts;

public enum PostOutcome
{
    Ok,
    NotFound,
    Forbidden,
    Invalid,
    Refused,
    Conflict,
}

public sealed record PostResult(PostOutcome Outcome, Post? Post = null, IReadOnlyList<Refusal>? Refusals = null)
{
    public static PostResult Refuse(string clause, string? field, string message, Post? post = null) => new(PostOutcome.Refused, post, [new Refusal(clause, field, message)]);

    public static PostResult Invalid(string field, string message) => new(PostOutcome.Invalid, null, [new Refusal("", field, message)]);
}

/// <summary>What an author sends: the title and body as plain text, and the version they started from.</summary>
public sealed record PostInput(string? Title, string? Body, int? Version = null);

/// <summary>
/// The life of a post. Staff: draft → submitted (the checker runs through <see cref="ContentIntake"/>; extreme offence
/// is blocked, A.5.6; safeguarding hides it for the DSL, A.2.3) → approved by a leadership-team member who is not the
/// author, now or at a scheduled time, or sent back with reasons (A.3.4). An edit of a published post is a pending
/// revision needing approval again; the version it replaces is kept and shown (5.6). Pupils' posts, only where the site
/// allows them (A.5.1), go straight to the moderation queue (A.5.3). Pages and the API both call these handlers.
/// </summary>
public sealed class PostWorkflow(AppDbContext db, TimeProvider clock, ContentIntake intake, EscalationNotifier escalation, PostNotifications notifications, Policy.PolicyGate gate)
{
    public const int TitleMax = 200;
    public const int BodyMax = 20000;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>The site by its slug when the caller may read it (with its members), else null.</summary>
    public Task<Site?> ReadableSiteAsync(ClaimsPrincipal user, string slug, CancellationToken ct) =>
        SiteVisibility.Readable(db.Sites, user).Include(s => s.Members).Where(s => !s.Deleted).SingleOrDefaultAsync(s => s.Slug == slug, ct);

    /// <summary>Staff write on a live site they administer or contribute to; the leadership team on any live site.</summary>
    public static bool MayWrite(ClaimsPrincipal user, Site site)
    {
        var me = user.PersonId();
        if (user.Kind() is not { } kind || !Person.IsStaffKind(kind) || site.Status != SiteStatus.Live || site.Deleted)
        {
            return false;
        }

        return PostVisibility.IsApprover(user)
            || site.Members.Any(m => m.PersonId == me && m.Role is SiteMemberRole.Administrator or SiteMemberRole.Contributor);
    }

    /// <summary>A post of a site the caller may open (see <see cref="PostVisibility"/>), tracked, else null.</summary>
    public async Task<(Site? Site, Post? Post)> FindAsync(ClaimsPrincipal user, string slug, string postSlug, CancellationToken ct)
    {
        var site = await db.Sites.Include(s => s.Members).SingleOrDefaultAsync(s => s.Slug == slug && !s.Deleted, ct);
        if (site is null)
        {
            return (null, null);
        }

        var post = await db.Posts.SingleOrDefaultAsync(p => p.SiteId == site.Id && p.Slug == postSlug, ct);
        if (post is null)
        {
            return (site, null);
        }

        var readable = await SiteVisibility.Readable(db.Sites, user).AnyAsync(s => s.Id == site.Id, ct);
        var me = user.PersonId();
        var moderates = site.Members.Any(m => m.PersonId == me && m.Role is SiteMemberRole.Moderator or SiteMemberRole.Administrator);
        return PostVisibility.MayOpen(post, user, readable, moderates, Now) ? (site, post) : (site, null);
    }

    public Task<PostRevision?> PendingRevisionAsync(Guid postId, CancellationToken ct) =>
        db.PostRevisions.Where(r => r.PostId == postId && r.Status == RevisionStatus.Pending).OrderByDescending(r => r.Number).FirstOrDefaultAsync(ct);

    /// <summary>A staff member's new draft; with <paramref name="submit"/> it is submitted at once. A pupil's post is always submitted to the moderators.</summary>
    public async Task<PostResult> CreateAsync(ClaimsPrincipal user, string slug, PostInput input, bool submit, CancellationToken ct)
    {
        var site = await ReadableSiteAsync(user, slug, ct);
        if (site is null)
        {
            return new(PostOutcome.NotFound);
        }

        if (Validate(input) is { } invalid)
        {
            return invalid;
        }

        var pupil = user.Kind() == PersonKind.Pupil;
        if (pupil)
        {
            if (await PupilPostRules.MayPupilPostAsync(db, site, user, ct) is BlockedOutcome b)
            {
                return PostResult.Refuse(b.Clause, null, b.Reason);
            }
        }
        else if (!MayWrite(user, site))
        {
            return new(PostOutcome.Forbidden);
        }

        var title = input.Title!.Trim();
        var post = new Post
        {
            SchoolId = site.SchoolId,
            SiteId = site.Id,
            // A pupil's title could name someone (A.5.2), so their post's address never comes from it.
            Slug = pupil ? $"post-{Guid.NewGuid():N}"[..13] : await UniqueSlugAsync(site.Id, title, null, ct),
            Title = title,
            Body = PostText.Normalise(input.Body!),
            AuthorId = user.PersonId()!.Value,
            ByPupil = pupil,
            Status = PostStatus.Draft,
            CreatedAt = Now,
            UpdatedAt = Now,
        };
        db.Posts.Add(post);
        if (pupil || submit)
        {
            return await SubmitCoreAsync(user, site, post, ct);
        }

        await db.SaveChangesAsync(ct);
        return new(PostOutcome.Ok, post);
    }

    /// <summary>
    /// The author changes their post. A draft (or one sent back) changes in place; a published post gets a pending
    /// revision that needs approval again (A.3.4), checked like any submission; anything else cannot be changed now.
    /// </summary>
    public async Task<PostResult> UpdateAsync(ClaimsPrincipal user, string slug, string postSlug, PostInput input, CancellationToken ct)
    {
        var (site, post) = await FindAsync(user, slug, postSlug, ct);
        if (site is null || post is null)
        {
            return new(PostOutcome.NotFound);
        }

        if (post.AuthorId != user.PersonId() || post.ByPupil)
        {
            return new(PostOutcome.Forbidden);
        }

        if (input.Version is { } v && v != post.Version)
        {
            return new(PostOutcome.Conflict, post);
        }

        if (Validate(input) is { } invalid)
        {
            return invalid;
        }

        var title = input.Title!.Trim();
        var body = PostText.Normalise(input.Body!);
        if (post.IsEditableDraft)
        {
            if (title != post.Title && post.PublishedAt is null)
            {
                post.Slug = await UniqueSlugAsync(site.Id, title, post.Id, ct);
            }

            post.EditDraft(title, body, Now);
            return await SaveAsync(post, ct);
        }

        if (post.Status != PostStatus.Published)
        {
            return PostResult.Refuse("A.3.4", null, post.Status == PostStatus.Submitted
                ? "This post is waiting for approval, so it cannot be changed now."
                : "This post can no longer be changed.", post);
        }

        if (post.HiddenForConcern)
        {
            return PostResult.Refuse("A.2.3", null, "This post is held for the Designated Safeguarding Lead, so it cannot be changed now.", post);
        }

        if (title == post.Title && body == post.Body)
        {
            return PostResult.Invalid("body", "Nothing has changed: edit the title or the text first.");
        }

        return await ProposeRevisionAsync(user, site, post, title, body, ct);
    }

    private async Task<PostResult> ProposeRevisionAsync(ClaimsPrincipal user, Site site, Post post, string title, string body, CancellationToken ct)
    {
        if (await NotAcknowledgedAsync(user, ct) is { } unacknowledged)
        {
            return PostResult.Refuse(unacknowledged.Clause, null, unacknowledged.Reason, post);
        }

        var me = user.PersonId()!.Value;
        var decision = await intake.AdmitAsync(site.SchoolId,
            new IncomingContent(ContentKind.Post, post.Id, site.Id, me, user.Kind()!.Value, PostText.CheckedText(title, body), $"{site.Name} (an edit of a post)"), ct);
        if (decision.Outcome == IntakeOutcome.Blocked)
        {
            // The published version stays; the evidence and the DSL's concern are saved (A.5.6).
            await db.SaveChangesAsync(ct);
            await escalation.AfterSaveAsync(decision, ct);
            return PostResult.Refuse(decision.BlockClause ?? "A.5.6", "body", BlockedMessage, post);
        }

        DropFromModerationQueue(decision);
        var pending = await PendingRevisionAsync(post.Id, ct);
        if (pending is null)
        {
            var number = await db.PostRevisions.Where(r => r.PostId == post.Id).Select(r => (int?)r.Number).MaxAsync(ct) ?? 0;
            pending = new PostRevision { SchoolId = post.SchoolId, PostId = post.Id, Number = number + 1, Title = title, Body = body, Status = RevisionStatus.Pending };
            db.PostRevisions.Add(pending);
        }

        (pending.Title, pending.Body, pending.EditedById, pending.EditedAt) = (title, body, me, Now);
        post.RevisionProposed(Now);
        post.FindingsJson = ContentIntake.FindingsJson(decision.Result.Findings);
        if (decision.Outcome == IntakeOutcome.Escalated)
        {
            post.HiddenForConcern = true; // A.2.3: hidden until the DSL decides, edit and all
        }

        var saved = await SaveAsync(post, ct);
        if (saved.Outcome == PostOutcome.Ok)
        {
            await escalation.AfterSaveAsync(decision, ct);
            if (decision.Outcome != IntakeOutcome.Escalated)
            {
                await notifications.SubmittedAsync(site, post, isEdit: true, ct);
            }
        }

        return saved;
    }

    public async Task<PostResult> SubmitAsync(ClaimsPrincipal user, string slug, string postSlug, int? version, CancellationToken ct)
    {
        var (site, post) = await FindAsync(user, slug, postSlug, ct);
        if (site is null || post is null)
        {
            return new(PostOutcome.NotFound);
        }

        if (post.AuthorId != user.PersonId() || post.ByPupil)
        {
            return new(PostOutcome.Forbidden);
        }

        if (version is { } v && v != post.Version)
        {
            return new(PostOutcome.Conflict, post);
        }

        if (!post.IsEditableDraft)
        {
            return PostResult.Refuse("A.3.4", null, post.Status == PostStatus.Submitted
                ? "This post has already been submitted and is waiting for approval."
                : "Only a draft, or a post sent back to you, can be submitted.", post);
        }

        if (!MayWrite(user, site))
        {
            return new(PostOutcome.Forbidden);
        }

        return await SubmitCoreAsync(user, site, post, ct);
    }

    public const string BlockedMessage =
        "This post was not published: it contains language the school never allows on its sites (A.5.6). The Designated Safeguarding Lead and the Headteacher have been told.";

    /// <summary>Staff publish and approve only once they have acknowledged the current policy (2.1); pupils are not asked.</summary>
    private async Task<BlockedOutcome?> NotAcknowledgedAsync(ClaimsPrincipal user, CancellationToken ct) =>
        user.Kind() is { } k && Person.IsStaffKind(k) && user.PersonId() is { } me ? await gate.CheckAsync(me, ct) as BlockedOutcome : null;

    private async Task<PostResult> SubmitCoreAsync(ClaimsPrincipal user, Site site, Post post, CancellationToken ct)
    {
        if (await NotAcknowledgedAsync(user, ct) is { } unacknowledged)
        {
            if (db.Entry(post).State == EntityState.Added)
            {
                await db.SaveChangesAsync(ct); // the draft is kept; only submitting waits for the acknowledgement
            }

            return PostResult.Refuse(unacknowledged.Clause, null, unacknowledged.Reason, post);
        }

        var kind = user.Kind()!.Value;
        var decision = await intake.AdmitAsync(site.SchoolId,
            new IncomingContent(ContentKind.Post, post.Id, site.Id, post.AuthorId, kind, PostText.CheckedText(post.Title, post.Body), $"{site.Name} (a post)"), ct);
        var findings = ContentIntake.FindingsJson(decision.Result.Findings);
        switch (decision.Outcome)
        {
            case IntakeOutcome.Blocked:
                post.Submit(PostStatus.Blocked, findings, hidden: false, Now);
                post.Slug = $"blocked-{post.Id:N}"; // the address must not carry the words either
                break;
            case IntakeOutcome.Escalated:
                post.Submit(post.ByPupil ? PostStatus.Held : PostStatus.Submitted, findings, hidden: true, Now);
                break;
            default:
                if (!post.ByPupil)
                {
                    DropFromModerationQueue(decision);
                }

                post.Submit(post.ByPupil ? PostStatus.Held : PostStatus.Submitted, findings, hidden: false, Now);
                break;
        }

        var saved = await SaveAsync(post, ct);
        if (saved.Outcome != PostOutcome.Ok)
        {
            return saved;
        }

        await escalation.AfterSaveAsync(decision, ct);
        if (decision.Outcome == IntakeOutcome.Blocked)
        {
            return PostResult.Refuse(decision.BlockClause ?? "A.5.6", "body", BlockedMessage, post);
        }

        if (!post.ByPupil && decision.Outcome != IntakeOutcome.Escalated)
        {
            await notifications.SubmittedAsync(site, post, isEdit: false, ct);
        }

        return saved;
    }

    /// <summary>
    /// Staff posts wait for the leadership team's approval (A.3.4), not for the moderators: a person already looks at
    /// every one, with the findings highlighted. So a "hold" from the intake does not also put it in the moderation
    /// queue, where approving it would bypass the leadership team.
    /// </summary>
    private void DropFromModerationQueue(IntakeDecision decision)
    {
        if (decision.Outcome != IntakeOutcome.Hold || decision.Item is null)
        {
            return;
        }

        foreach (var e in db.ChangeTracker.Entries<ReviewEvent>().Where(e => e.Entity.ReviewItemId == decision.Item.Id).ToList())
        {
            e.State = EntityState.Detached;
        }

        db.Entry(decision.Item).State = EntityState.Detached;
    }

    /// <summary>A leadership-team member who is not the author approves (now or at <paramref name="publishAt"/>) or sends back with reasons.</summary>
    public async Task<PostResult> DecideAsync(ClaimsPrincipal user, string slug, string postSlug, string? action, int? version, DateTime? publishAt, string? reasons, CancellationToken ct)
    {
        var (site, post) = await FindAsync(user, slug, postSlug, ct);
        if (site is null || post is null || post.ByPupil)
        {
            return new(PostOutcome.NotFound);
        }

        var me = user.PersonId()!.Value;
        if (StaffPostsNeedLeadershipApproval.MayApprove(PostVisibility.IsApprover(user), me, post.AuthorId) is BlockedOutcome b)
        {
            return PostIsOwn(post, me) ? PostResult.Refuse(b.Clause, null, b.Reason, post) : new(PostOutcome.Forbidden);
        }

        if (await NotAcknowledgedAsync(user, ct) is { } unacknowledged)
        {
            return PostResult.Refuse(unacknowledged.Clause, null, unacknowledged.Reason, post);
        }

        if (version is null)
        {
            return PostResult.Invalid("version", "Send the version of the post you read, so nobody's decision is overwritten.");
        }

        if (version != post.Version)
        {
            return new(PostOutcome.Conflict, post);
        }

        if (post.HiddenForConcern)
        {
            return PostResult.Refuse("A.2.3", null, "This post is held for the Designated Safeguarding Lead; it cannot be approved until the DSL decides.", post);
        }

        if (action is not ("approve" or "reject"))
        {
            return PostResult.Invalid("action", "Choose approve or reject (send back).");
        }

        reasons = string.IsNullOrWhiteSpace(reasons) ? null : reasons.Trim();
        if (action == "reject" && StaffPostsNeedLeadershipApproval.MayRefuse(reasons) is BlockedOutcome noReasons)
        {
            return PostResult.Refuse(noReasons.Clause, "reasons", noReasons.Reason, post);
        }

        var pending = post.Status == PostStatus.Published ? await PendingRevisionAsync(post.Id, ct) : null;
        PostDecision step;
        if (pending is not null)
        {
            if (action == "approve")
            {
                post.ApplyRevision(pending, me, Now);
                step = PostDecision.EditApproved;
            }
            else
            {
                post.RefuseRevision(pending, me, Now, reasons!);
                step = PostDecision.EditRefused;
            }
        }
        else if (post.Status != PostStatus.Submitted)
        {
            return PostResult.Refuse("A.3.4", null, "This post is not waiting for approval.", post);
        }
        else if (action == "approve")
        {
            // A.5.2: no picture of a pupil goes out without their photo consent, read at the moment of publishing.
            var consent = await Images.ImageConsent.PublishBlockersAsync(db, post.Id, site, ct);
            if (consent.Count > 0)
            {
                return new(PostOutcome.Refused, post, consent);
            }

            var when = publishAt is { } at ? DateTime.SpecifyKind(at, DateTimeKind.Utc) : Now;
            if (StaffPostsNeedLeadershipApproval.MaySchedule(when, Now) is BlockedOutcome late)
            {
                return PostResult.Refuse(late.Clause, "publishAt", late.Reason, post);
            }

            post.Approve(me, Now, when < Now ? Now : when, reasons);
            step = when > Now ? PostDecision.Scheduled : PostDecision.Published;
        }
        else
        {
            post.Reject(me, Now, reasons!);
            step = PostDecision.SentBack;
        }

        var saved = await SaveAsync(post, ct);
        if (saved.Outcome == PostOutcome.Ok)
        {
            await notifications.DecidedAsync(site, post, step, reasons, ct);
        }

        return saved;
    }

    private static bool PostIsOwn(Post post, Guid me) => post.AuthorId == me;

    private static PostResult? Validate(PostInput input)
    {
        var title = input.Title?.Trim() ?? "";
        var body = input.Body?.Trim() ?? "";
        if (title.Length == 0)
        {
            return PostResult.Invalid("title", "Give the post a title.");
        }

        if (title.Length > TitleMax)
        {
            return PostResult.Invalid("title", $"Keep the title to {TitleMax} characters or fewer.");
        }

        if (title.Contains('\n', StringComparison.Ordinal))
        {
            return PostResult.Invalid("title", "Write the title on one line.");
        }

        if (body.Length == 0)
        {
            return PostResult.Invalid("body", "Write the text of the post.");
        }

        return body.Length > BodyMax ? PostResult.Invalid("body", $"Keep the text to {BodyMax:N0} characters or fewer.") : null;
    }

    private async Task<string> UniqueSlugAsync(Guid siteId, string title, Guid? except, CancellationToken ct)
    {
        var stem = new string(title.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray());
        while (stem.Contains("--", StringComparison.Ordinal))
        {
            stem = stem.Replace("--", "-", StringComparison.Ordinal);
        }

        stem = stem.Trim('-');
        stem = stem.Length == 0 ? "post" : stem[..Math.Min(stem.Length, 60)].Trim('-');
        if (stem is "new" or "feed")
        {
            stem += "-post";
        }

        var slug = stem;
        for (var n = 2; await db.Posts.AnyAsync(p => p.SiteId == siteId && p.Slug == slug && p.Id != except, ct); n++)
        {
            slug = $"{stem}-{n}";
        }

        return slug;
    }

    private async Task<PostResult> SaveAsync(Post post, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return new(PostOutcome.Ok, post);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new(PostOutcome.Conflict, post);
        }
    }
}

public enum PostDecision
{
    Published,
    Scheduled,
    SentBack,
    EditApproved,
    EditRefused,
}
