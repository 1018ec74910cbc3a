using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Signpost.Data;
using Signpost.Data.Entities;
using Signpost.Policy.Clauses;
using Signpost.Web.Features.People;

namespace Signpost.Web.Features.Safeguarding;

public sealed record ConcernRow(Guid Id, string Category, string Status, DateTime RaisedAt, string Source, string? Site, string? Subject, int Entries);

public sealed record ConcernPerson(Guid Id, string FullName, string Kind, string? Detail, bool Active);

public sealed record ConcernEntryView(Guid Id, DateTime At, string? By, string Kind, string Text);

public sealed record EvidenceView(Guid Id, DateTime At, string? Where, string Text, string Sha256, string ComputedSha256, bool Intact, ConcernPerson? Author, IReadOnlyList<FindingView> Findings);

public sealed record ConcernDetail(
    Guid Id,
    string Category,
    string Summary,
    string Status,
    string Source,
    int Version,
    DateTime RaisedAt,
    string? RaisedBy,
    ConcernPerson? Subject,
    ConcernContentFacts? Content,
    string? Where,
    string? ReviewStatus,
    bool AwaitsDecision,
    IReadOnlyList<FindingView> Findings,
    IReadOnlyList<EvidenceView> Evidence,
    IReadOnlyList<ConcernEntryView> Chronology,
    string? Outcome,
    DateTime? ClosedAt,
    string? ClosedBy)
{
    public bool IsOpen => Status == nameof(ConcernStatus.Open);
}

/// <summary>
/// Reading safeguarding concerns (A.2.3, A.5.6): the list and one concern with its content, findings, evidence and
/// chronology. Only for the DSL and the Headteacher signed in with two-factor sign-in; every view is audited, and so is
/// every refused attempt (without telling the person whether the concern exists).
/// </summary>
public sealed class ConcernQueries(AppDbContext db, TimeProvider clock)
{
    public async Task<(ConcernOutcome Outcome, IReadOnlyList<ConcernRow> Rows)> ListAsync(ClaimsPrincipal user, bool includeClosed, CancellationToken ct, string auditAction = "safeguarding-concerns.listed")
    {
        var access = await CheckAsync(user, auditAction, null, ct);
        if (access != ConcernOutcome.Ok)
        {
            return (access, []);
        }

        var rows = await db.SafeguardingConcerns.AsNoTracking()
            .Where(c => includeClosed || c.Status == ConcernStatus.Open)
            .OrderBy(c => c.Status == ConcernStatus.Open ? 0 : 1).ThenByDescending(c => c.RaisedAt)
            .Select(c => new ConcernRow(c.Id, c.Category, c.Status.ToString(), c.RaisedAt, c.Source.ToString(),
                db.Sites.Where(s => s.Id == c.SiteId).Select(s => s.Name).FirstOrDefault(),
                db.People.Where(p => p.Id == c.SubjectPersonId).Select(p => p.FirstName + " " + p.LastName).FirstOrDefault(),
                db.ConcernEntries.Count(e => e.ConcernId == c.Id)))
            .ToListAsync(ct);
        await db.SaveChangesAsync(ct);
        return (ConcernOutcome.Ok, rows);
    }

    public async Task<(ConcernOutcome Outcome, ConcernDetail? Detail)> GetAsync(ClaimsPrincipal user, Guid id, string auditAction, CancellationToken ct)
    {
        var access = await CheckAsync(user, auditAction, id, ct);
        if (access != ConcernOutcome.Ok)
        {
            return (access, null);
        }

        var detail = await LoadAsync(id, ct);
        if (detail is null)
        {
            db.Audit(auditAction, nameof(SafeguardingConcern), id.ToString(), "not-found");
        }

        await db.SaveChangesAsync(ct);
        return detail is null ? (ConcernOutcome.NotFound, null) : (ConcernOutcome.Ok, detail);
    }

    /// <summary>The concern as it is now, without access checks or audit: for callers that have already done both.</summary>
    public async Task<ConcernDetail?> LoadAsync(Guid id, CancellationToken ct)
    {
        var c = await db.SafeguardingConcerns.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (c is null)
        {
            return null;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var content = await ConcernContentFacts.LoadAsync(db, c.ContentKind, c.ContentId, now, ct);
        var item = c.ContentKind is { } kind && c.ContentId is { } contentId
            ? await ConcernContentFacts.ReviewItemsFor(db, kind, contentId).AsNoTracking().FirstOrDefaultAsync(ct)
            : null;
        var evidenceRows = c.ContentId is null ? [] : await db.EvidenceRecords.AsNoTracking()
            .Where(e => e.ContentId == c.ContentId).OrderBy(e => e.At).ToListAsync(ct);
        var entries = await db.ConcernEntries.AsNoTracking().Where(e => e.ConcernId == id).OrderBy(e => e.At).ThenBy(e => e.Id).ToListAsync(ct);

        var personIds = entries.Select(e => e.ByPersonId).Append(c.RaisedById).Append(c.ClosedById).Append(c.SubjectPersonId)
            .Concat(evidenceRows.Select(e => e.AuthorId)).OfType<Guid>().Distinct().ToList();
        var people = await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id))
            .Select(p => new { p.Id, p.FirstName, p.LastName, p.Kind, p.Position, p.YearGroup, p.IsActive }).ToListAsync(ct);
        var byId = people.ToDictionary(p => p.Id, p => new ConcernPerson(p.Id, $"{p.FirstName} {p.LastName}", PeoplePresentation.KindLabel(p.Kind).TrimEnd('s'),
            p.Kind == PersonKind.Pupil ? (p.YearGroup is { } y ? (y == 0 ? "Reception" : $"Year {y}") : null) : p.Position, p.IsActive));
        string? Name(Guid? pid) => pid is { } x && byId.TryGetValue(x, out var p) ? p.FullName : null;

        var evidence = evidenceRows.Select(e => new EvidenceView(e.Id, e.At, e.Where, e.Text, e.Sha256, ExtremeOffenceEvidenceIsKept.HashOf(e.Text),
            ExtremeOffenceEvidenceIsKept.IsIntact(e.Text, e.Sha256), e.AuthorId is { } a && byId.TryGetValue(a, out var ap) ? ap : null,
            FindingView.Parse(e.FindingsJson))).ToList();
        var findings = evidence.Count > 0 ? evidence[^1].Findings
            : item is not null && FindingView.Parse(item.ReasonsJson) is { Count: > 0 } reasons ? reasons
            : FindingView.Parse(content?.FindingsJson);
        var awaits = c.Status == ConcernStatus.Open && item?.Status == ReviewStatus.Escalated;
        return new ConcernDetail(c.Id, c.Category, c.Summary, c.Status.ToString(), c.Source.ToString(), c.Version, c.RaisedAt, Name(c.RaisedById),
            c.SubjectPersonId is { } s && byId.TryGetValue(s, out var subject) ? subject : null,
            content, content?.Where ?? evidence.LastOrDefault()?.Where, item?.Status.ToString(), awaits, findings, evidence,
            entries.Select(e => new ConcernEntryView(e.Id, e.At, Name(e.ByPersonId), ConcernContentFacts.EntryLabel(e.Kind), e.Text)).ToList(),
            c.Outcome, c.ClosedAt, Name(c.ClosedById));
    }

    /// <summary>Checks access and records the attempt in the audit log (saved by the caller's next save).</summary>
    public async Task<ConcernOutcome> CheckAsync(ClaimsPrincipal user, string auditAction, Guid? id, CancellationToken ct)
    {
        var access = ConcernAccess.For(user);
        db.Audit(auditAction, nameof(SafeguardingConcern), id?.ToString(), access switch
        {
            ConcernOutcome.Ok => "ok",
            ConcernOutcome.NeedsTwoFactor => "refused-no-two-factor",
            _ => "refused",
        });
        if (access != ConcernOutcome.Ok)
        {
            await db.SaveChangesAsync(ct);
        }

        return access;
    }
}
