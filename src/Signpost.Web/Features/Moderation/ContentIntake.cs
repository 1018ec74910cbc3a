using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Signpost.Checking;
using Signpost.Data;
using Signpost.Data.Entities;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Features.Moderation;

/// <summary>A piece of content arriving: a post or a comment, where it is, who wrote it and its text.</summary>
public sealed record IncomingContent(ContentKind Kind, Guid Id, Guid SiteId, Guid AuthorId, PersonKind AuthorKind, string Text, string Where);

/// <summary>One reason an item is in the moderation queue, as stored in <see cref="ReviewItem.ReasonsJson"/> and shown by the API.</summary>
public sealed record ReviewReason(
    [property: JsonPropertyName("category")] string Category,
    [property: JsonPropertyName("clause")] string Clause,
    [property: JsonPropertyName("severity")] string Severity,
    [property: JsonPropertyName("source")] string Source,
    [property: JsonPropertyName("message")] string Message,
    [property: JsonPropertyName("start")] int? Start = null,
    [property: JsonPropertyName("length")] int? Length = null);

/// <summary>What the intake decided for a piece of content. Nothing is saved until the caller saves the context.</summary>
public sealed record IntakeDecision(
    CheckResult Result,
    IntakeOutcome Outcome,
    ReviewItem? Item,
    SafeguardingConcern? Concern,
    EvidenceRecord? Evidence)
{
    /// <summary>The clause behind a block (A.5.6), for the 422 problem.</summary>
    public string? BlockClause => Outcome == IntakeOutcome.Blocked
        ? Result.Findings.FirstOrDefault(f => f.Category == Categories.ExtremeOffence)?.Clause ?? "A.5.6"
        : null;
}

public enum IntakeOutcome
{
    /// <summary>Visible at once: staff content the checker found nothing in (staff posts still need leadership approval).</summary>
    Publish,

    /// <summary>Held for a moderator (A.5.3).</summary>
    Hold,

    /// <summary>Held and hidden from moderators until the DSL decides (A.2.3).</summary>
    Escalated,

    /// <summary>Never published; evidence kept; DSL and Headteacher told (A.5.6).</summary>
    Blocked,
}

/// <summary>
/// The one door every post and comment comes through. It runs the checker with the school's own people, then decides:
/// extreme offence is blocked and its evidence kept unchangeably with a hash (A.5.6); safeguarding or grooming findings
/// raise a concern for the DSL and hide the item until the DSL decides (A.2.3, A.2.2); anything from a pupil, parent or
/// member of the public, and anything the checker wants a person to see, waits in the moderation queue (A.5.3). The DSL
/// and Headteacher get a notice on their home page in the same transaction, and an email once it is saved
/// (<see cref="EscalationNotifier"/>).
/// </summary>
public sealed class ContentIntake(AppDbContext db, SchoolCheckers checkers, TimeProvider clock)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<CheckResult> CheckAsync(Guid schoolId, string text, CheckContext context, CancellationToken ct) =>
        (await checkers.ForSchoolAsync(schoolId, ct)).Check(text, context);

    public static CheckContext ContextFor(ContentKind kind, PersonKind author) => (kind, author) switch
    {
        (ContentKind.Post, PersonKind.Pupil) => CheckContext.PupilPost,
        (ContentKind.Comment, PersonKind.Pupil) => CheckContext.PupilComment,
        (ContentKind.Post, _) => CheckContext.StaffPost,
        (ContentKind.Comment, PersonKind.Parent) => CheckContext.PublicComment,
        (ContentKind.Comment, _) when Person.IsStaffKind(author) => CheckContext.StaffPost,
        _ => CheckContext.PublicComment,
    };

    /// <summary>Whether content from this kind of author always waits for a moderator, whatever the checker says (A.5.3).</summary>
    public static bool AlwaysModerated(PersonKind author) => author is PersonKind.Pupil or PersonKind.Parent || !Person.IsStaffKind(author);

    /// <summary>Checks the content and adds to the context whatever follows: a review item, a concern, evidence, notices.</summary>
    public async Task<IntakeDecision> AdmitAsync(Guid schoolId, IncomingContent content, CancellationToken ct)
    {
        var result = await CheckAsync(schoolId, content.Text, ContextFor(content.Kind, content.AuthorKind), ct);
        return await DecideAsync(schoolId, content, result, ct);
    }

    public async Task<IntakeDecision> DecideAsync(Guid schoolId, IncomingContent content, CheckResult result, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (result.Action == CheckAction.Block || result.Findings.Any(f => f.Category == Categories.ExtremeOffence))
        {
            var evidence = new EvidenceRecord
            {
                SchoolId = schoolId,
                SiteId = content.SiteId,
                ContentKind = content.Kind,
                ContentId = content.Id,
                AuthorId = content.AuthorId,
                Text = content.Text,
                Sha256 = Sha256(content.Text),
                At = now,
                FindingsJson = FindingsJson(result.Findings),
                Where = content.Where,
            };
            db.EvidenceRecords.Add(evidence);
            var concern = RaiseConcern(schoolId, content, Categories.ExtremeOffence,
                "Extreme offence was blocked at submission (A.5.6). The evidence is kept unchanged with its hash.", null, now);
            await NotifyAsync(schoolId, [Role.DesignatedSafeguardingLead, Role.Headteacher], "extreme-offence",
                $"Extreme offence was blocked on {content.Where} (A.5.6). Open the concern to see the evidence.", $"/safeguarding/{concern.Id}", now, ct);
            return new IntakeDecision(result, IntakeOutcome.Blocked, null, concern, evidence);
        }

        var safeguarding = result.Findings.FirstOrDefault(f => f.Category is Categories.Safeguarding or Categories.Grooming);
        if (safeguarding is not null)
        {
            var concern = RaiseConcern(schoolId, content, safeguarding.Category,
                safeguarding.Category == Categories.Grooming
                    ? "The checker found a possible grooming pattern (A.2.2). The item is hidden until the DSL decides."
                    : "The checker found a possible safeguarding disclosure (A.2.3). The item is hidden until the DSL decides.",
                null, now);
            var item = Enqueue(schoolId, content, result, now, ReviewStatus.Escalated);
            await NotifyAsync(schoolId, [Role.DesignatedSafeguardingLead], "safeguarding-concern",
                $"A possible {safeguarding.Category} concern on {content.Where} needs you now (A.2.3).", $"/safeguarding/{concern.Id}", now, ct);
            return new IntakeDecision(result, IntakeOutcome.Escalated, item, concern, null);
        }

        if (AlwaysModerated(content.AuthorKind) || result.Action == CheckAction.Hold)
        {
            return new IntakeDecision(result, IntakeOutcome.Hold, Enqueue(schoolId, content, result, now, ReviewStatus.Pending), null, null);
        }

        return new IntakeDecision(result, IntakeOutcome.Publish, null, null, null);
    }

    /// <summary>A member of staff raises a concern by hand from any item (A.2.3).</summary>
    public async Task<SafeguardingConcern> RaiseByStaffAsync(Guid schoolId, IncomingContent content, Guid raisedBy, string note, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var concern = RaiseConcern(schoolId, content, "staff-raised", note, raisedBy, now);
        await NotifyAsync(schoolId, [Role.DesignatedSafeguardingLead], "safeguarding-concern",
            $"A member of staff raised a safeguarding concern about an item on {content.Where} (A.2.3).", $"/safeguarding/{concern.Id}", now, ct);
        return concern;
    }

    private SafeguardingConcern RaiseConcern(Guid schoolId, IncomingContent content, string category, string summary, Guid? raisedBy, DateTime now)
    {
        var concern = new SafeguardingConcern
        {
            SchoolId = schoolId,
            SiteId = content.SiteId,
            ContentKind = content.Kind,
            ContentId = content.Id,
            SubjectPersonId = content.AuthorId,
            Source = raisedBy is null ? ConcernSource.Checker : ConcernSource.Staff,
            RaisedById = raisedBy,
            RaisedAt = now,
            Category = category,
            Summary = summary,
            Status = ConcernStatus.Open,
        };
        db.SafeguardingConcerns.Add(concern);
        db.ConcernEntries.Add(new ConcernEntry
        {
            SchoolId = schoolId,
            ConcernId = concern.Id,
            At = now,
            ByPersonId = raisedBy,
            Kind = ConcernEntryKind.Raised,
            Text = summary,
        });
        return concern;
    }

    private ReviewItem Enqueue(Guid schoolId, IncomingContent content, CheckResult result, DateTime now, ReviewStatus status)
    {
        var reasons = Reasons(result.Findings);
        var item = new ReviewItem
        {
            SchoolId = schoolId,
            SiteId = content.SiteId,
            ContentKind = content.Kind,
            PostId = content.Kind == ContentKind.Post ? content.Id : null,
            CommentId = content.Kind == ContentKind.Comment ? content.Id : null,
            Status = status,
            Priority = PriorityOf(reasons),
            ReasonsJson = JsonSerializer.Serialize(reasons, Json),
            CreatedAt = now,
        };
        db.ReviewItems.Add(item);
        db.ReviewEvents.Add(new ReviewEvent
        {
            SchoolId = schoolId,
            ReviewItemId = item.Id,
            At = now,
            ByPersonId = null,
            Action = status == ReviewStatus.Escalated ? ReviewAction.Escalated : ReviewAction.Created,
            Notes = status == ReviewStatus.Escalated ? "Hidden until the DSL decides (A.2.3)." : null,
        });
        return item;
    }

    /// <summary>Adds a home-page notice for everyone active holding any of the roles; the email follows after saving.</summary>
    public async Task NotifyAsync(Guid schoolId, IReadOnlyCollection<Role> roles, string kind, string text, string? link, DateTime now, CancellationToken ct)
    {
        var people = await db.People.Where(p => p.SchoolId == schoolId && p.IsActive && p.Roles.Any(r => roles.Contains(r.Role)))
            .Select(p => p.Id).ToListAsync(ct);
        foreach (var id in people)
        {
            db.Notices.Add(new Notice { SchoolId = schoolId, PersonId = id, Kind = kind, Text = text, Link = link, CreatedAt = now });
        }
    }

    public static List<ReviewReason> Reasons(IEnumerable<Finding> findings) =>
        findings.Select(f => new ReviewReason(f.Category, f.Clause, f.Severity.ToString().ToLowerInvariant(), "checker", f.Message, f.Start, f.Length)).ToList();

    /// <summary>Safeguarding first (0), then extreme offence (1), reports (2), other findings (3), clean items (4).</summary>
    public static int PriorityOf(IEnumerable<ReviewReason> reasons)
    {
        var p = 4;
        foreach (var r in reasons)
        {
            var q = r.Category switch
            {
                Categories.Safeguarding or Categories.Grooming => 0,
                Categories.ExtremeOffence => 1,
                _ when r.Source == "report" => 2,
                _ => 3,
            };
            p = Math.Min(p, q);
        }

        return p;
    }

    public static string FindingsJson(IEnumerable<Finding> findings) =>
        JsonSerializer.Serialize(findings.Select(f => new
        {
            category = f.Category,
            clause = f.Clause,
            severity = f.Severity.ToString().ToLowerInvariant(),
            start = f.Start,
            length = f.Length,
            message = f.Message,
        }), Json);

    public static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
