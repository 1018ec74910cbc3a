namespace Signpost.Data.Entities;

/// <summary>Rows that are evidence or history: once written they are never changed or deleted (A.5.6, A.2.3, 8.1–8.2).</summary>
public interface IAppendOnly
{
}

public enum ContentKind
{
    Post,
    Comment,
}

/// <summary>
/// Where a post is in its life. Staff posts: Draft → Submitted → Published (approved by a leadership-team member who
/// is not the author, A.3.4; "published" with a future <see cref="Post.PublishedAt"/> is a scheduled post).
/// Pupil posts: Held → Published or Rejected by a moderator (A.5.3). Blocked: extreme offence, never shown (A.5.6).
/// </summary>
public enum PostStatus
{
    Draft,
    Submitted,
    Held,
    Published,
    Rejected,
    Blocked,
    Withdrawn,
}

/// <summary>A post on an official site. Its title and body are the version readers see; earlier versions are revisions.</summary>
public sealed class Post : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SchoolId { get; set; }
    public Guid SiteId { get; set; }

    /// <summary>URL name, unique within the site: /sites/{site}/posts/{slug}.</summary>
    public required string Slug { get; set; }
    public required string Title { get; set; }

    /// <summary>Plain text; blank lines separate paragraphs. Never HTML: it is always shown escaped.</summary>
    public required string Body { get; set; }

    public Guid AuthorId { get; set; }

    /// <summary>Written by a pupil: shown by first name or pseudonym only (A.5.2) and moderated before anyone sees it (A.5.3).</summary>
    public bool ByPupil { get; set; }

    public PostStatus Status { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public DateTime? SubmittedAt { get; set; }
    public Guid? ApprovedById { get; set; }
    public DateTime? ApprovedAt { get; set; }
    public string? ApprovalNotes { get; set; }

    /// <summary>When readers first see it. In the future for a scheduled post; readers' queries compare it with now.</summary>
    public DateTime? PublishedAt { get; set; }

    /// <summary>The checker's findings at the last submission, as CONTRACT.md JSON (an array of findings).</summary>
    public string? FindingsJson { get; set; }

    /// <summary>Hidden from everyone but the DSL and Headteacher while a safeguarding concern about it is open (A.2.3).</summary>
    public bool HiddenForConcern { get; set; }

    /// <summary>Why an approver or moderator refused it, as shown to the author.</summary>
    public string? RejectionReason { get; set; }

    /// <summary>Optimistic concurrency: two approvers cannot act on the same post at once.</summary>
    public int Version { get; set; }

    /// <summary>A staff post its author may still change before anyone approves it: a draft, or one sent back with reasons.</summary>
    public bool IsEditableDraft => Status is PostStatus.Draft or PostStatus.Rejected;

    /// <summary>Readers see it: published, its time has come, and no safeguarding concern hides it (A.2.3).</summary>
    public bool IsVisibleAt(DateTime now) => Status == PostStatus.Published && PublishedAt <= now && !HiddenForConcern;

    private void Move(PostStatus[] from, PostStatus to, DateTime at)
    {
        if (!from.Contains(Status))
        {
            throw new InvalidOperationException($"A {Status} post cannot become {to}.");
        }

        Status = to;
        UpdatedAt = at;
        Version++;
    }

    /// <summary>A staff author changes their draft (or a post sent back to them).</summary>
    public void EditDraft(string title, string body, DateTime at)
    {
        Move([PostStatus.Draft, PostStatus.Rejected], Status, at);
        (Title, Body) = (title, body);
    }

    /// <summary>Submitted for leadership approval after the checker looked at it (A.3.4); a block or a hold follows from the intake.</summary>
    public void Submit(PostStatus outcome, string findingsJson, bool hidden, DateTime at)
    {
        if (outcome is not (PostStatus.Submitted or PostStatus.Held or PostStatus.Blocked))
        {
            throw new ArgumentOutOfRangeException(nameof(outcome));
        }

        Move([PostStatus.Draft, PostStatus.Rejected], outcome, at);
        (FindingsJson, HiddenForConcern, SubmittedAt, RejectionReason) = (findingsJson, hidden, at, null);
    }

    /// <summary>A leadership-team member who is not the author approves it (A.3.4): live at <paramref name="publishAt"/>, now or later.</summary>
    public void Approve(Guid by, DateTime at, DateTime publishAt, string? notes)
    {
        if (HiddenForConcern)
        {
            throw new InvalidOperationException("A post hidden for a safeguarding concern cannot be approved until the DSL decides.");
        }

        Move([PostStatus.Submitted], PostStatus.Published, at);
        (ApprovedById, ApprovedAt, PublishedAt, ApprovalNotes) = (by, at, publishAt, notes);
    }

    /// <summary>Sent back to the author with reasons; they may change it and submit it again.</summary>
    public void Reject(Guid by, DateTime at, string reasons)
    {
        Move([PostStatus.Submitted], PostStatus.Rejected, at);
        (ApprovedById, ApprovedAt, RejectionReason) = (by, at, reasons);
    }

    /// <summary>The author proposed (or changed) an edit of the published post; it waits for approval again (A.3.4).</summary>
    public void RevisionProposed(DateTime at)
    {
        if (Status != PostStatus.Published)
        {
            throw new InvalidOperationException("Only a published post is edited through a revision.");
        }

        (UpdatedAt, RejectionReason) = (at, null);
        Version++;
    }

    /// <summary>A moderator approves a held pupil post (A.5.3): readers see it from now on.</summary>
    public void ApproveHeld(Guid by, DateTime at)
    {
        if (HiddenForConcern)
        {
            throw new InvalidOperationException("A post hidden for a safeguarding concern cannot be approved until the DSL decides.");
        }

        Move([PostStatus.Held], PostStatus.Published, at);
        (ApprovedById, ApprovedAt, PublishedAt) = (by, at, at);
    }

    /// <summary>A moderator rejects a held pupil post, with the House Rules reason the pupil is shown (A.5.3).</summary>
    public void RejectHeld(Guid by, DateTime at, string reason)
    {
        Move([PostStatus.Held], PostStatus.Rejected, at);
        (ApprovedById, ApprovedAt, RejectionReason) = (by, at, reason);
    }

    /// <summary>An approved edit of the published post goes live; the text it replaces is kept in <paramref name="pending"/> (5.6).</summary>
    public void ApplyRevision(PostRevision pending, Guid by, DateTime at)
    {
        if (Status != PostStatus.Published || pending.Status != RevisionStatus.Pending || pending.PostId != Id)
        {
            throw new InvalidOperationException("Only a pending edit of a published post can be applied.");
        }

        if (HiddenForConcern)
        {
            throw new InvalidOperationException("A post hidden for a safeguarding concern cannot be changed until the DSL decides.");
        }

        // The revision row now records the version it replaced: its text, when it stopped being live and who approved that.
        (Title, Body, pending.Title, pending.Body) = (pending.Title, pending.Body, Title, Body);
        (pending.Status, pending.DecidedById, pending.DecidedAt) = (RevisionStatus.Superseded, by, at);
        (ApprovedById, ApprovedAt, RejectionReason) = (by, at, null);
        UpdatedAt = at;
        Version++;
    }

    /// <summary>An edit of the published post is refused; the published version stays as it was.</summary>
    public void RefuseRevision(PostRevision pending, Guid by, DateTime at, string reasons)
    {
        if (pending.Status != RevisionStatus.Pending || pending.PostId != Id)
        {
            throw new InvalidOperationException("Only a pending edit can be refused.");
        }

        (pending.Status, pending.DecidedById, pending.DecidedAt) = (RevisionStatus.Refused, by, at);
        RejectionReason = reasons;
        UpdatedAt = at;
        Version++;
    }
}

public enum RevisionStatus
{
    /// <summary>An earlier published version, kept so the history of a published post stays visible.</summary>
    Superseded,

    /// <summary>An edit of a published post waiting for leadership approval (A.3.4); the published version stays until then.</summary>
    Pending,

    /// <summary>A pending edit that was refused.</summary>
    Refused,
}

/// <summary>One version of a post's title and body: the visible history of edits after publishing.</summary>
public sealed class PostRevision : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SchoolId { get; set; }
    public Guid PostId { get; set; }
    public int Number { get; set; }
    public required string Title { get; set; }
    public required string Body { get; set; }
    public RevisionStatus Status { get; set; }
    public Guid EditedById { get; set; }
    public DateTime EditedAt { get; set; }
    public string? Note { get; set; }
    public Guid? DecidedById { get; set; }
    public DateTime? DecidedAt { get; set; }
}

/// <summary>An image on a post, re-encoded on upload so no metadata (location!) survives; alt text required.</summary>
public sealed class PostImage : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SchoolId { get; set; }
    public Guid PostId { get; set; }
    public required string ContentType { get; set; }
    public required byte[] Bytes { get; set; }
    public int Width { get; set; }
    public int Height { get; set; }
    public required string AltText { get; set; }
    public required string Sha256 { get; set; }
    public Guid UploadedById { get; set; }
    public DateTime UploadedAt { get; set; }

    /// <summary>The uploader said no pupil appears in it (as opposed to forgetting to tag).</summary>
    public bool NoPupilsShown { get; set; }

    public List<PostImagePupil> Pupils { get; set; } = [];
}

/// <summary>A pupil the uploader says appears in an image: publishing waits for every tagged pupil's photo consent.</summary>
public sealed class PostImagePupil : ITenantOwned
{
    public Guid ImageId { get; set; }
    public Guid PersonId { get; set; }
    public Guid SchoolId { get; set; }
}

public enum CommentStatus
{
    Held,
    Published,
    Rejected,
    Blocked,
}

/// <summary>A comment on a post. From pupils, parents and the public it is held until a moderator approves it (A.5.3).</summary>
public sealed class Comment : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SchoolId { get; set; }
    public Guid SiteId { get; set; }
    public Guid PostId { get; set; }
    public Guid AuthorId { get; set; }
    public PersonKind AuthorKind { get; set; }
    public required string Text { get; set; }
    public CommentStatus Status { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? PublishedAt { get; set; }
    public string? FindingsJson { get; set; }
    public bool HiddenForConcern { get; set; }
    public string? RejectionReason { get; set; }
    public int Version { get; set; }
}

public enum ReviewStatus
{
    Pending,
    Approved,
    Rejected,
    Escalated,
}

/// <summary>
/// One item in the moderation queue, for one post or comment (after Discourse's reviewables): its reasons, its
/// priority (safeguarding first), who has claimed it, and a version so two moderators cannot act on it at once.
/// </summary>
public sealed class ReviewItem : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SchoolId { get; set; }
    public Guid SiteId { get; set; }
    public ContentKind ContentKind { get; set; }
    public Guid? PostId { get; set; }
    public Guid? CommentId { get; set; }
    public ReviewStatus Status { get; set; }

    /// <summary>Lower comes first: 0 safeguarding or grooming, 1 extreme offence, 2 reported, 3 other findings, 4 clean.</summary>
    public int Priority { get; set; }

    /// <summary>Why it is here: JSON array of {"category","clause","severity","source","message"} (source: checker or report).</summary>
    public required string ReasonsJson { get; set; }

    public DateTime CreatedAt { get; set; }
    public Guid? ClaimedById { get; set; }
    public DateTime? ClaimedAt { get; set; }
    public Guid? DecidedById { get; set; }
    public DateTime? DecidedAt { get; set; }
    public string? DecisionReason { get; set; }

    /// <summary>When the ICT leader was told the item had waited longer than the school's target (A.5.3).</summary>
    public DateTime? OverdueAlertedAt { get; set; }

    public int Version { get; set; }
}

public enum ReviewAction
{
    Created,
    Claimed,
    Released,
    Approved,
    Rejected,
    EditedAndApproved,
    Escalated,
    Reported,
    RoutedToCover,
    OverdueAlerted,
}

/// <summary>The history of a review item: who did what, when and why.</summary>
public sealed class ReviewEvent : ITenantOwned, IAppendOnly
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SchoolId { get; set; }
    public Guid ReviewItemId { get; set; }
    public DateTime At { get; set; }
    public Guid? ByPersonId { get; set; }
    public ReviewAction Action { get; set; }
    public string? Notes { get; set; }
}

/// <summary>Anyone, pupils included, can report a post or comment; the reporter is told the outcome.</summary>
public sealed class ItemReport : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SchoolId { get; set; }
    public Guid ReviewItemId { get; set; }
    public Guid ReporterId { get; set; }
    public required string Reason { get; set; }
    public DateTime At { get; set; }
    public string? Outcome { get; set; }
    public DateTime? OutcomeAt { get; set; }
}

/// <summary>
/// Evidence of extreme offence (A.5.6), kept unchangeably even if the author deletes the content: what was written,
/// by whom, when, where, with its SHA-256. Only the DSL and the Headteacher may read it.
/// </summary>
public sealed class EvidenceRecord : ITenantOwned, IAppendOnly
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SchoolId { get; set; }
    public Guid? SiteId { get; set; }
    public ContentKind ContentKind { get; set; }
    public Guid? ContentId { get; set; }
    public Guid? AuthorId { get; set; }
    public required string Text { get; set; }
    public required string Sha256 { get; set; }
    public DateTime At { get; set; }
    public required string FindingsJson { get; set; }
    public string? Where { get; set; }
}

public enum ConcernStatus
{
    Open,
    Closed,
}

public enum ConcernSource
{
    Checker,
    Staff,
}

/// <summary>A safeguarding concern (A.2.3): seen only by the DSL and the Headteacher, with two-factor sign-in.</summary>
public sealed class SafeguardingConcern : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SchoolId { get; set; }
    public Guid? SiteId { get; set; }
    public ContentKind? ContentKind { get; set; }
    public Guid? ContentId { get; set; }

    /// <summary>The person the content came from (a pupil who disclosed, or an adult who groomed).</summary>
    public Guid? SubjectPersonId { get; set; }
    public ConcernSource Source { get; set; }
    public Guid? RaisedById { get; set; }
    public DateTime RaisedAt { get; set; }

    /// <summary>safeguarding, grooming, extreme-offence, or staff-raised.</summary>
    public required string Category { get; set; }
    public required string Summary { get; set; }
    public ConcernStatus Status { get; set; }
    public Guid? ClosedById { get; set; }
    public DateTime? ClosedAt { get; set; }
    public string? Outcome { get; set; }
    public int Version { get; set; }
}

public enum ConcernEntryKind
{
    Raised,
    Note,
    Action,
    Referral,
    ContentReleased,
    ContentKeptHidden,
    Closed,
}

/// <summary>One line of a concern's chronology. Never changed; a correction is a new line.</summary>
public sealed class ConcernEntry : ITenantOwned, IAppendOnly
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SchoolId { get; set; }
    public Guid ConcernId { get; set; }
    public DateTime At { get; set; }
    public Guid? ByPersonId { get; set; }
    public ConcernEntryKind Kind { get; set; }
    public required string Text { get; set; }
}

public enum EnquiryStatus
{
    Open,
    Answered,
    Closed,
}

/// <summary>A question from the media, sent through the public site; only the Headteacher sees it (A.3.6).</summary>
public sealed class MediaEnquiry : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SchoolId { get; set; }
    public required string Name { get; set; }
    public required string Email { get; set; }
    public string? Organisation { get; set; }
    public string? Phone { get; set; }
    public required string Message { get; set; }
    public DateTime ReceivedAt { get; set; }
    public EnquiryStatus Status { get; set; }
    public Guid? HandledById { get; set; }
    public DateTime? HandledAt { get; set; }
    public string? Notes { get; set; }
    public int Version { get; set; }
}

/// <summary>A recorded absence: a moderator away is not available to review (cover, A.5.4).</summary>
public sealed class Absence : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SchoolId { get; set; }
    public Guid PersonId { get; set; }
    public DateOnly From { get; set; }
    public DateOnly To { get; set; }
    public string? Reason { get; set; }
    public Guid? RecordedById { get; set; }
    public DateTime RecordedAt { get; set; }
}
