using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Signpost.Data;
using Signpost.Data.Entities;
using Signpost.Policy;
using Signpost.Policy.Clauses;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Features.Sites;

public sealed record Refusal(string Clause, string? Field, string Message);

public enum WorkflowStatus
{
    Ok,
    NotFound,
    Forbidden,
    Refused,
    Conflict,
}

public sealed record WorkflowResult(WorkflowStatus Status, Site? Site = null, IReadOnlyList<Refusal>? Refusals = null)
{
    public static WorkflowResult Refuse(params Refusal[] r) => new(WorkflowStatus.Refused, null, r);
}

/// <summary>
/// The life of a site proposal: draft → submitted → leadership review (A.1.3) → Headteacher decision (A.3.2) →
/// go live once the go-live rules hold (A.5.4, A.3.1, A.4.1, A.4.7, 7.3, A.5.2). Pages and the API both call these
/// handlers; the rules themselves live in Signpost.Policy. Every step is dated, attributed and audited.
/// </summary>
public sealed class SiteWorkflow(AppDbContext db, TimeProvider clock, SiteNotifications notifications)
{
    private static readonly Role[] LeadershipRoles = [Role.Headteacher, Role.LeadershipTeam, Role.AssistantHead];

    public static bool IsLeadership(ClaimsPrincipal user) => LeadershipRoles.Any(r => user.IsInRole(r.ToString()));

    /// <summary>Who may read a proposal: its proposer, its proposed administrators, the leadership team and the ICT leader.</summary>
    public IQueryable<Site> Visible(ClaimsPrincipal user)
    {
        var me = user.PersonId();
        var sites = db.Sites.AsQueryable();
        if (IsLeadership(user) || user.IsInRole(nameof(Role.IctLeader)))
        {
            return sites;
        }

        if (user.Kind() is PersonKind.Pupil or PersonKind.Parent or null)
        {
            return sites.Where(s => s.Status == SiteStatus.Live || s.Status == SiteStatus.Archived);
        }

        return sites.Where(s => s.Status == SiteStatus.Live || s.Status == SiteStatus.Archived || s.ProposedById == me || s.Members.Any(m => m.PersonId == me));
    }

    public async Task<WorkflowResult> CreateAsync(ClaimsPrincipal user, ProposalInput input, CancellationToken ct)
    {
        if (!IsStaff(user))
        {
            return new(WorkflowStatus.Forbidden);
        }

        var schoolId = user.SchoolId()!.Value;
        var school = await db.Schools.SingleAsync(s => s.Id == schoolId, ct);
        var site = new Site
        {
            SchoolId = schoolId,
            Name = input.Name!.Trim(),
            Slug = await UniqueSlugAsync(input.Name!, ct),
            Status = SiteStatus.Draft,
            CreatedAt = Now,
            ProposedById = user.PersonId(),
        };
        var refusals = await ApplyAsync(site, input, ct);
        if (refusals.Count > 0)
        {
            return new(WorkflowStatus.Refused, null, refusals);
        }

        site.TermsOfUse ??= SiteTemplates.TermsOfUse(school.Name, site.Name);
        site.HouseRules ??= SiteTemplates.HouseRules(site.Name);
        db.Sites.Add(site);
        AddEvent(site, user, SiteEventKind.Proposed, null);
        await db.SaveChangesAsync(ct);
        return new(WorkflowStatus.Ok, site);
    }

    /// <summary>The caller's own draft, or why they cannot act on it: only the proposer changes or submits a draft.</summary>
    private async Task<(Site? Site, WorkflowResult? Refusal)> OwnDraftAsync(ClaimsPrincipal user, string slug, CancellationToken ct)
    {
        var site = await FindAsync(user, slug, ct);
        if (site is null)
        {
            return (null, new(WorkflowStatus.NotFound));
        }

        if (site.ProposedById != user.PersonId())
        {
            return (null, new(WorkflowStatus.Forbidden));
        }

        return site.Status == SiteStatus.Draft
            ? (site, null)
            : (null, WorkflowResult.Refuse(new Refusal("A.3.2", null, "This proposal has been submitted, so it can no longer be changed.")));
    }

    public async Task<WorkflowResult> UpdateDraftAsync(ClaimsPrincipal user, string slug, ProposalInput input, CancellationToken ct)
    {
        var (site, refusal) = await OwnDraftAsync(user, slug, ct);
        if (site is null)
        {
            return refusal!;
        }

        if (input.Version is { } v && v != site.Version)
        {
            return new(WorkflowStatus.Conflict, site);
        }

        site.Name = input.Name!.Trim();
        var refusals = await ApplyAsync(site, input, ct);
        if (refusals.Count > 0)
        {
            return new(WorkflowStatus.Refused, site, refusals);
        }

        site.Version++;
        AddEvent(site, user, SiteEventKind.DraftSaved, null);
        return await SaveAsync(site, ct);
    }

    public async Task<WorkflowResult> SubmitAsync(ClaimsPrincipal user, string slug, CancellationToken ct)
    {
        var (site, refusal) = await OwnDraftAsync(user, slug, ct);
        if (site is null)
        {
            return refusal!;
        }

        var missing = ProposalIsComplete.Check(Facts(site));
        if (missing.Count > 0)
        {
            return new(WorkflowStatus.Refused, site, missing.Select(m => new Refusal(m.Clause, m.Field, m.Message)).ToList());
        }

        site.Submit(Now);
        AddEvent(site, user, SiteEventKind.Submitted, null);
        return await SaveAndNotifyAsync(site, SiteEventKind.Submitted, ct);
    }

    public async Task<WorkflowResult> ReviewAsync(ClaimsPrincipal user, string slug, string? notes, CancellationToken ct)
    {
        var site = await FindAsync(user, slug, ct);
        if (site is null)
        {
            return new(WorkflowStatus.NotFound);
        }

        if (LeadershipTeamDiscussesAudience.MayReview(IsLeadership(user), user.PersonId()!.Value, site.ProposedById) is BlockedOutcome b)
        {
            return WorkflowResult.Refuse(new Refusal(b.Clause, null, b.Reason));
        }

        if (site.Status != SiteStatus.Submitted)
        {
            return WorkflowResult.Refuse(new Refusal("A.1.3", null, "Only a submitted proposal is reviewed."));
        }

        if (string.IsNullOrWhiteSpace(notes) || notes.Trim().Length < 10)
        {
            return WorkflowResult.Refuse(new Refusal("A.1.3", "notes", "Record what the leadership team agreed about the audience and the level of interaction (A.1.3)."));
        }

        site.RecordLeadershipReview(user.PersonId()!.Value, Now, notes.Trim());
        AddEvent(site, user, SiteEventKind.LeadershipReviewed, notes.Trim());
        return await SaveAndNotifyAsync(site, SiteEventKind.LeadershipReviewed, ct);
    }

    public async Task<WorkflowResult> DecideAsync(ClaimsPrincipal user, string slug, string? action, string? reasons, CancellationToken ct)
    {
        var site = await FindAsync(user, slug, ct);
        if (site is null)
        {
            return new(WorkflowStatus.NotFound);
        }

        if (HeadteacherApprovesSites.MayDecide(user.IsInRole(nameof(Role.Headteacher)), user.PersonId()!.Value, site.ProposedById) is BlockedOutcome b)
        {
            return WorkflowResult.Refuse(new Refusal(b.Clause, null, b.Reason));
        }

        if (site.Status != SiteStatus.Submitted)
        {
            return WorkflowResult.Refuse(new Refusal("A.3.2", null, "Only a submitted proposal can be decided."));
        }

        if (LeadershipTeamDiscussesAudience.ReadyForDecision(site.LeadershipReviewedAt is not null) is BlockedOutcome review)
        {
            return WorkflowResult.Refuse(new Refusal(review.Clause, null, review.Reason));
        }

        reasons = reasons?.Trim();
        if (action is "reject" or "send-back" && string.IsNullOrEmpty(reasons))
        {
            return WorkflowResult.Refuse(new Refusal("A.3.2", "reasons", "Give your reasons, so the proposer knows what to change."));
        }

        var me = user.PersonId()!.Value;
        SiteEventKind step;
        switch (action)
        {
            case "approve":
                site.Approve(me, Now, reasons);
                step = SiteEventKind.Approved;
                break;
            case "reject":
                site.Reject(me, Now, reasons!);
                step = SiteEventKind.Rejected;
                break;
            case "send-back":
                site.SendBack(me, Now, reasons!);
                step = SiteEventKind.SentBack;
                break;
            default:
                return WorkflowResult.Refuse(new Refusal("A.3.2", "action", "Choose approve, reject or send back."));
        }

        AddEvent(site, user, step, reasons);
        return await SaveAndNotifyAsync(site, step, ct);
    }

    public async Task<IReadOnlyList<BlockedOutcome>> GoLiveRefusalsAsync(Site site, CancellationToken ct) =>
        GoLiveRules.Refusals(await GoLiveFactsAsync(site, ct));

    public async Task<WorkflowResult> GoLiveAsync(ClaimsPrincipal user, string slug, CancellationToken ct)
    {
        var site = await FindAsync(user, slug, ct);
        if (site is null)
        {
            return new(WorkflowStatus.NotFound);
        }

        var me = user.PersonId();
        var isAdmin = await db.SiteMembers.AnyAsync(m => m.SiteId == site.Id && m.PersonId == me && m.Role == SiteMemberRole.Administrator, ct);
        if (!isAdmin && !user.IsInRole(nameof(Role.Headteacher)))
        {
            return new(WorkflowStatus.Forbidden);
        }

        var refusals = await GoLiveRefusalsAsync(site, ct);
        if (refusals.Count > 0)
        {
            AddEvent(site, user, SiteEventKind.GoLiveRefused, string.Join(" ", refusals.Select(r => r.Clause)));
            await db.SaveChangesAsync(ct);
            return new(WorkflowStatus.Refused, site, refusals.Select(r => new Refusal(r.Clause, null, r.Reason)).ToList());
        }

        site.GoLive(Now);
        AddEvent(site, user, SiteEventKind.WentLive, null);
        return await SaveAsync(site, ct);
    }

    /// <summary>An administrator or the Headteacher changes who may read a running site; pupil sites never become public (A.5.2).</summary>
    public async Task<WorkflowResult> ChangePrivacyAsync(ClaimsPrincipal user, string slug, string? privacy, CancellationToken ct)
    {
        var site = await FindAsync(user, slug, ct);
        if (site is null)
        {
            return new(WorkflowStatus.NotFound);
        }

        var me = user.PersonId();
        if (!user.IsInRole(nameof(Role.Headteacher)) && !site.Members.Any(m => m.PersonId == me && m.Role == SiteMemberRole.Administrator))
        {
            return new(WorkflowStatus.Forbidden);
        }

        SitePrivacy? wanted = privacy switch
        {
            "public" => SitePrivacy.Public,
            "parents-and-school" => SitePrivacy.ParentsAndSchool,
            "school-only" => SitePrivacy.SchoolOnly,
            "class-only" => SitePrivacy.ClassOnly,
            _ => null,
        };
        if (wanted is null)
        {
            return WorkflowResult.Refuse(new Refusal("A.5.2", "privacy", "Choose public, parents-and-school, school-only or class-only."));
        }

        if (site.Status is not (SiteStatus.Live or SiteStatus.UnderReview or SiteStatus.Approved))
        {
            return WorkflowResult.Refuse(new Refusal("A.5.2", null, "Only a running site's privacy is changed here; a draft's is part of its proposal."));
        }

        var facts = await GoLiveFactsAsync(site, ct) with { IsPublic = wanted == SitePrivacy.Public };
        if (PupilSitesAreNeverPublic.Check(facts) is BlockedOutcome b)
        {
            return WorkflowResult.Refuse(new Refusal(b.Clause, "privacy", b.Reason));
        }

        site.ChangePrivacy(wanted.Value);
        AddEvent(site, user, SiteEventKind.PrivacyChanged, $"Now: {SitePresentation.PrivacyLabel(wanted.Value)}.");
        return await SaveAsync(site, ct);
    }

    public async Task<WorkflowResult> ExtendAsync(ClaimsPrincipal user, string slug, DateOnly? newEnd, string? reasons, CancellationToken ct)
    {
        var site = await FindAsync(user, slug, ct);
        if (site is null)
        {
            return new(WorkflowStatus.NotFound);
        }

        if (newEnd is null)
        {
            return WorkflowResult.Refuse(new Refusal("A.1.6", "endDate", "Give the new end date."));
        }

        if (SitesEndAsPlanned.MayExtend(user.IsInRole(nameof(Role.Headteacher)), site.EndDate, newEnd.Value, DateOnly.FromDateTime(Now)) is BlockedOutcome b)
        {
            return WorkflowResult.Refuse(new Refusal(b.Clause, "endDate", b.Reason));
        }

        if (site.Status is not (SiteStatus.Live or SiteStatus.UnderReview or SiteStatus.Approved))
        {
            return WorkflowResult.Refuse(new Refusal("A.1.6", null, "Only a running site can be extended."));
        }

        site.Extend(newEnd.Value);
        AddEvent(site, user, SiteEventKind.Extended, $"New end date {newEnd:d MMM yyyy}. {reasons?.Trim()}".Trim());
        return await SaveAsync(site, ct);
    }

    /// <summary>The proposal's facts for the rules; the site's Members must be loaded (FindAsync includes them).</summary>
    public static ProposalFacts Facts(Site site) =>
        new(site.Kind == SiteKind.ThirdParty, site.Purpose, site.Reason, site.AudienceYears, site.AudienceParents, site.AudienceStaff,
            site.AudiencePublic, site.PupilsContribute, site.ProviderName, site.ProviderMinimumAge, site.HoursPerWeek, site.Maintainers,
            site.ResourcedById is not null, site.StartDate, site.EndDate, site.ExitPlan?.ToString(), site.SuccessMeasures,
            site.Members.Count(m => m.Role == SiteMemberRole.Administrator),
            site.InterventionPlan, (site.GoodPracticeChecklist ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries));

    private async Task<GoLiveFacts> GoLiveFactsAsync(Site site, CancellationToken ct)
    {
        var admins = await db.SiteMembers.Where(m => m.SiteId == site.Id && m.Role == SiteMemberRole.Administrator)
            .Join(db.People, m => m.PersonId, p => p.Id, (m, p) => new { p.IsActive, p.Kind }).ToListAsync(ct);
        var staff = admins.Count(a => a.IsActive && PeopleCoveredByThePolicy.IsStaffMember(a.Kind.ToString()));
        var website = await db.Schools.Where(s => s.Id == site.SchoolId).Select(s => s.WebsiteUrl).SingleAsync(ct);
        return new GoLiveFacts(site.Status == SiteStatus.Approved, staff, admins.Count - staff,
            !string.IsNullOrWhiteSpace(site.TermsOfUse), !string.IsNullOrWhiteSpace(site.HouseRules), !string.IsNullOrWhiteSpace(website),
            site.Kind == SiteKind.ThirdParty, site.ProviderMinimumAge, site.PupilsContribute, site.AudienceYears, site.Privacy == SitePrivacy.Public);
    }

    public Task<Site?> FindAsync(ClaimsPrincipal user, string slug, CancellationToken ct) =>
        Visible(user).Include(s => s.Members).SingleOrDefaultAsync(s => s.Slug == slug, ct);

    private async Task<List<Refusal>> ApplyAsync(Site site, ProposalInput i, CancellationToken ct)
    {
        var refusals = new List<Refusal>();
        site.Kind = i.Kind switch { "year-group-blog" => SiteKind.YearGroupBlog, "third-party" => SiteKind.ThirdParty, _ => SiteKind.ProjectBlog };
        site.YearGroup = site.Kind == SiteKind.YearGroupBlog ? i.YearGroup : null;
        site.Summary = Clean(i.Summary);
        site.Purpose = Clean(i.Purpose);
        site.Reason = Clean(i.Reason);
        site.AudienceYearGroups = string.Join(',', i.AudienceYears.Where(y => y is >= 0 and <= 6).Distinct().Order());
        (site.AudienceParents, site.AudienceStaff, site.AudiencePublic) = (i.AudienceParents, i.AudienceStaff, i.AudiencePublic);
        (site.PupilsMayPost, site.PupilsMayComment, site.PupilsMayUploadImages) = (i.PupilsMayPost, i.PupilsMayComment, i.PupilsMayUploadImages);
        (site.ParentsMayComment, site.PublicMayComment) = (i.ParentsMayComment, i.PublicMayComment);
        site.ProviderName = site.Kind == SiteKind.ThirdParty ? Clean(i.ProviderName) : null;
        site.ProviderMinimumAge = site.Kind == SiteKind.ThirdParty ? i.ProviderMinimumAge : null;
        site.HoursPerWeek = i.HoursPerWeek;
        site.Maintainers = Clean(i.Maintainers);
        site.StartDate = i.StartDate;
        site.EndDate = i.EndDate;
        site.ExitPlan = i.ExitPlan switch { "archive" => ExitPlan.Archive, "delete" => ExitPlan.Delete, "hand-over" => ExitPlan.HandOver, _ => null };
        site.ExitPlanDetails = Clean(i.ExitPlanDetails);
        site.SuccessMeasures = Clean(i.SuccessMeasures);
        site.InterventionPlan = site.Kind == SiteKind.ThirdParty ? Clean(i.InterventionPlan) : null;
        site.GoodPracticeChecklist = string.Join(',', i.GoodPractice.Where(ProposalIsComplete.GoodPracticeItems.ContainsKey).Distinct());
        (site.UseSchoolLogo, site.AdvertiseForContributors) = (i.UseSchoolLogo, i.AdvertiseForContributors);
        site.TermsOfUse = Clean(i.TermsOfUse) ?? site.TermsOfUse;
        site.HouseRules = Clean(i.HouseRules) ?? site.HouseRules;
        // Sites where pupils write default to the strongest privacy (A.5.2).
        site.Privacy = i.Privacy switch
        {
            "public" => SitePrivacy.Public,
            "parents-and-school" => SitePrivacy.ParentsAndSchool,
            "school-only" => SitePrivacy.SchoolOnly,
            "class-only" => SitePrivacy.ClassOnly,
            _ => site.PupilsContribute ? SitePrivacy.ClassOnly : SitePrivacy.SchoolOnly,
        };

        site.ResourcedById = null;
        if (!string.IsNullOrWhiteSpace(i.ResourcedBy))
        {
            var resourcer = await PersonByUsernameAsync(site.SchoolId, i.ResourcedBy, ct);
            if (resourcer is null || !resourcer.Roles.Any(r => r.Role == Role.AssistantHead))
            {
                refusals.Add(new Refusal("A.1.5", "resourcedBy", $"'{i.ResourcedBy}' is not the Assistant Head of this school (A.1.5)."));
            }
            else
            {
                site.ResourcedById = resourcer.Id;
            }
        }

        var wanted = new List<Person>();
        foreach (var username in i.Administrators.Where(u => !string.IsNullOrWhiteSpace(u)).Select(u => u.Trim()).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var person = await PersonByUsernameAsync(site.SchoolId, username, ct);
            if (person is null || !person.IsActive)
            {
                refusals.Add(new Refusal("A.3.1", "administrators", $"'{username}' is not a current member of this school."));
            }
            else if (!person.IsStaffMember)
            {
                refusals.Add(new Refusal("A.3.1", "administrators", $"'{username}' cannot be an administrator: administrators are staff or people the school has authorised (A.3.1)."));
            }
            else
            {
                wanted.Add(person);
            }
        }

        site.Members.RemoveAll(m => m.Role == SiteMemberRole.Administrator && wanted.All(w => w.Id != m.PersonId));
        foreach (var p in wanted.Where(p => site.Members.All(m => !(m.PersonId == p.Id && m.Role == SiteMemberRole.Administrator))))
        {
            site.Members.Add(new SiteMember { SiteId = site.Id, PersonId = p.Id, SchoolId = site.SchoolId, Role = SiteMemberRole.Administrator });
        }

        return refusals;
    }

    private async Task<Person?> PersonByUsernameAsync(Guid schoolId, string username, CancellationToken ct)
    {
        var normalized = username.Trim().ToUpperInvariant();
        var personId = await db.Users.Where(u => u.SchoolId == schoolId && u.NormalizedUserName == normalized).Select(u => (Guid?)u.PersonId).SingleOrDefaultAsync(ct);
        return personId is null ? null : await db.People.Include(p => p.Roles).SingleOrDefaultAsync(p => p.Id == personId, ct);
    }

    private async Task<string> UniqueSlugAsync(string name, CancellationToken ct)
    {
        var stem = new string(name.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray());
        while (stem.Contains("--", StringComparison.Ordinal))
        {
            stem = stem.Replace("--", "-", StringComparison.Ordinal);
        }

        stem = stem.Trim('-');
        stem = stem.Length == 0 ? "site" : stem[..Math.Min(stem.Length, 50)].Trim('-');
        var slug = stem;
        for (var n = 2; await db.Sites.AnyAsync(s => s.Slug == slug, ct); n++)
        {
            slug = $"{stem}-{n}";
        }

        return slug;
    }

    /// <summary>Saves a site's step; a concurrent change to the same site is a Conflict, not an error.</summary>
    internal async Task<WorkflowResult> SaveAsync(Site site, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return new(WorkflowStatus.Ok, site);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new(WorkflowStatus.Conflict, site);
        }
    }

    private async Task<WorkflowResult> SaveAndNotifyAsync(Site site, SiteEventKind step, CancellationToken ct)
    {
        var result = await SaveAsync(site, ct);
        if (result.Status == WorkflowStatus.Ok)
        {
            // Only after the commit: nobody is told about a step that did not happen.
            await notifications.AfterAsync(site, step, ct);
        }

        return result;
    }

    private void AddEvent(Site site, ClaimsPrincipal user, SiteEventKind kind, string? notes) =>
        db.SiteEvents.Add(new SiteEvent { SiteId = site.Id, SchoolId = site.SchoolId, At = Now, ByPersonId = user.PersonId(), Kind = kind, Notes = notes });

    private static bool IsStaff(ClaimsPrincipal user) => user.Kind() is { } k && PeopleCoveredByThePolicy.IsStaffMember(k.ToString());

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}
