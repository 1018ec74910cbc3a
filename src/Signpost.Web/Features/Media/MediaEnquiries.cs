using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Signpost.Data;
using Signpost.Data.Entities;
using Signpost.Data.Tenancy;
using Signpost.Policy.Clauses;
using Signpost.Web.Features.Moderation;
using Signpost.Web.Features.Safeguarding;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Features.Media;

/// <summary>What someone from the media sends through the public form (A.3.6).</summary>
public sealed class MediaEnquiryInput
{
    [Required(ErrorMessage = "Enter your name.")]
    [StringLength(200, ErrorMessage = "Your name can be at most 200 characters.")]
    public string? Name { get; set; }

    [Required(ErrorMessage = "Enter your email address, so the Headteacher can reply.")]
    [StringLength(256, ErrorMessage = "The email address can be at most 256 characters.")]
    [EmailAddress(ErrorMessage = "Enter an email address in the form name@example.com.")]
    public string? Email { get; set; }

    [StringLength(200, ErrorMessage = "The organisation can be at most 200 characters.")]
    public string? Organisation { get; set; }

    [StringLength(40, ErrorMessage = "The phone number can be at most 40 characters.")]
    [RegularExpression(@"^[0-9+() \-]*$", ErrorMessage = "Enter a phone number using digits, spaces, brackets, + and - only.")]
    public string? Phone { get; set; }

    [Required(ErrorMessage = "Write your enquiry.")]
    [StringLength(MediaEnquiriesGoToTheHeadteacher.MaximumMessageLength, ErrorMessage = "Keep your enquiry to 5,000 characters.")]
    public string? Message { get; set; }
}

public sealed record EnquiryRow(Guid Id, string Name, string? Organisation, DateTime ReceivedAt, string Status);

public sealed record EnquiryDetail(Guid Id, string Name, string Email, string? Organisation, string? Phone, string Message, DateTime ReceivedAt,
    string Status, string? HandledBy, DateTime? HandledAt, string? Notes, int Version);

/// <summary>
/// Media enquiries (A.3.6): anyone may send one from a public site; it goes only to the Headteacher, at once (a notice
/// on their home page in the same save, and an email after it). Only the Headteacher lists, reads and answers them;
/// every read is audited.
/// </summary>
public sealed class MediaEnquiries(AppDbContext db, IActorContext actor, ContentIntake intake, EmailSender email, IOptions<EmailOptions> options,
    IHttpContextAccessor http, TimeProvider clock, ILogger<MediaEnquiries> log)
{
    public static bool MayRead(ClaimsPrincipal user) =>
        MediaEnquiriesGoToTheHeadteacher.MayRead(user.FindAll(ClaimTypes.Role).Select(c => c.Value)).IsAllowed;

    /// <summary>Stores a validated enquiry for the visitor's school; null when no school is known for this address.</summary>
    public async Task<Guid?> SubmitAsync(MediaEnquiryInput input, CancellationToken ct)
    {
        if (actor.SchoolId is not { } schoolId)
        {
            return null;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var enquiry = new MediaEnquiry
        {
            SchoolId = schoolId, Name = input.Name!.Trim(), Email = input.Email!.Trim(), Organisation = Blank(input.Organisation),
            Phone = Blank(input.Phone), Message = input.Message!.Trim(), ReceivedAt = now, Status = EnquiryStatus.Open,
        };
        db.MediaEnquiries.Add(enquiry);
        await intake.NotifyAsync(schoolId, [Role.Headteacher], "media-enquiry",
            $"A media enquiry from {enquiry.Name}{(enquiry.Organisation is null ? "" : $" ({enquiry.Organisation})")} needs your answer (A.3.6).",
            $"/media-enquiries/{enquiry.Id}", now, ct);
        await db.SaveChangesAsync(ct);
        await EmailHeadteacherAsync(enquiry, ct);
        return enquiry.Id;
    }

    public async Task<IReadOnlyList<EnquiryRow>?> ListAsync(ClaimsPrincipal user, bool includeClosed, CancellationToken ct)
    {
        if (!MayRead(user))
        {
            return null;
        }

        return await db.MediaEnquiries.AsNoTracking().Where(e => includeClosed || e.Status != EnquiryStatus.Closed)
            .OrderByDescending(e => e.ReceivedAt)
            .Select(e => new EnquiryRow(e.Id, e.Name, e.Organisation, e.ReceivedAt, e.Status.ToString().ToLower()))
            .ToListAsync(ct);
    }

    public async Task<EnquiryDetail?> GetAsync(ClaimsPrincipal user, Guid id, CancellationToken ct)
    {
        if (!MayRead(user))
        {
            return null;
        }

        var detail = await db.MediaEnquiries.AsNoTracking().Where(e => e.Id == id)
            .Select(e => new EnquiryDetail(e.Id, e.Name, e.Email, e.Organisation, e.Phone, e.Message, e.ReceivedAt, e.Status.ToString().ToLower(),
                db.People.Where(p => p.Id == e.HandledById).Select(p => p.FirstName + " " + p.LastName).FirstOrDefault(), e.HandledAt, e.Notes, e.Version))
            .SingleOrDefaultAsync(ct);
        if (detail is not null)
        {
            db.Audit("media-enquiry.viewed", nameof(MediaEnquiry), id.ToString());
            await db.SaveChangesAsync(ct);
        }

        return detail;
    }

    /// <summary>The Headteacher marks an enquiry answered or closed, with notes (how it was answered).</summary>
    public async Task<ConcernResult> UpdateAsync(ClaimsPrincipal user, Guid id, string? status, string? notes, int? version, CancellationToken ct)
    {
        if (!MayRead(user))
        {
            return new ConcernResult(ConcernOutcome.Forbidden);
        }

        var enquiry = await db.MediaEnquiries.SingleOrDefaultAsync(e => e.Id == id, ct);
        if (enquiry is null)
        {
            return new ConcernResult(ConcernOutcome.NotFound);
        }

        if (version != enquiry.Version)
        {
            return new ConcernResult(ConcernOutcome.Conflict);
        }

        EnquiryStatus? next = status switch
        {
            "open" => EnquiryStatus.Open,
            "answered" => EnquiryStatus.Answered,
            "closed" => EnquiryStatus.Closed,
            _ => null,
        };
        if (next is null)
        {
            return ConcernResult.Refuse("A.3.6", "status", "Choose open, answered or closed.");
        }

        if (notes is { Length: > 5000 })
        {
            return ConcernResult.Refuse("A.3.6", "notes", "Keep the notes to 5,000 characters.");
        }

        enquiry.Status = next.Value;
        enquiry.Notes = Blank(notes);
        enquiry.HandledById = user.PersonId();
        enquiry.HandledAt = clock.GetUtcNow().UtcDateTime;
        enquiry.Version++;
        try
        {
            await db.SaveChangesAsync(ct);
            return ConcernResult.Ok;
        }
        catch (DbUpdateConcurrencyException)
        {
            return new ConcernResult(ConcernOutcome.Conflict);
        }
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private async Task EmailHeadteacherAsync(MediaEnquiry enquiry, CancellationToken ct)
    {
        try
        {
            var heads = await db.People.AsNoTracking()
                .Where(p => p.SchoolId == enquiry.SchoolId && p.IsActive && p.Email != null && p.Roles.Any(r => r.Role == Role.Headteacher))
                .Select(p => new { p.Email, p.FirstName, p.LastName }).ToListAsync(ct);
            var baseUrl = options.Value.LinkBase(http.HttpContext?.Request);
            foreach (var h in heads)
            {
                await email.SendAsync(new EmailMessage(h.Email!, $"{h.FirstName} {h.LastName}", "A media enquiry needs your answer (A.3.6)",
                    $"Hello {h.FirstName},\n\nA media enquiry has arrived through the school's sites from {enquiry.Name}"
                    + $"{(enquiry.Organisation is null ? "" : $" ({enquiry.Organisation})")}. The policy (A.3.6) sends every media enquiry to you at once; "
                    + $"no other member of staff has seen it.\n\nRead it: {baseUrl}/media-enquiries/{enquiry.Id}\n"), ct);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            log.LogWarning("Could not send the media enquiry email for enquiry {EnquiryId}: {Error}", enquiry.Id, ex.GetType().Name);
        }
    }
}
