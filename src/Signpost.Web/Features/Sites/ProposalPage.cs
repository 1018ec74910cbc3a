using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Signpost.Data;
using Signpost.Data.Entities;

namespace Signpost.Web.Features.Sites;

/// <summary>What the proposal form needs to offer choices: staff who can administer, and the Assistant Heads.</summary>
public sealed record ProposalChoices(IReadOnlyList<(string Username, string Name)> Staff, IReadOnlyList<(string Username, string Name)> AssistantHeads)
{
    public static async Task<ProposalChoices> LoadAsync(AppDbContext db, CancellationToken ct)
    {
        var staff = await db.People.AsNoTracking().Where(p => p.IsActive && p.UserId != null && p.Kind != PersonKind.Pupil && p.Kind != PersonKind.Parent)
            .Join(db.Users, p => p.UserId, u => u.Id, (p, u) => new { u.UserName, Name = p.FirstName + " " + p.LastName + (p.Position == null ? "" : ", " + p.Position), IsAh = p.Roles.Any(r => r.Role == Role.AssistantHead) })
            .OrderBy(x => x.Name).ToListAsync(ct);
        return new(staff.Select(s => (s.UserName!, s.Name)).ToList(), staff.Where(s => s.IsAh).Select(s => (s.UserName!, s.Name)).ToList());
    }
}

public static class ProposalMapping
{
    public static async Task<ProposalInput> ToInputAsync(Site s, AppDbContext db, CancellationToken ct)
    {
        var adminIds = s.Members.Where(m => m.Role == SiteMemberRole.Administrator).Select(m => m.PersonId).ToList();
        var admins = await db.Users.Where(u => adminIds.Contains(u.PersonId)).Select(u => u.UserName!).ToListAsync(ct);
        var resourcer = s.ResourcedById is null ? null : await db.Users.Where(u => u.PersonId == s.ResourcedById).Select(u => u.UserName).FirstOrDefaultAsync(ct);
        return new ProposalInput
        {
            Name = s.Name, Kind = SitesKebab(s.Kind.ToString()), YearGroup = s.YearGroup, Summary = s.Summary, Purpose = s.Purpose, Reason = s.Reason,
            AudienceYears = s.AudienceYears.ToList(), AudienceParents = s.AudienceParents, AudienceStaff = s.AudienceStaff, AudiencePublic = s.AudiencePublic,
            PupilsMayPost = s.PupilsMayPost, PupilsMayComment = s.PupilsMayComment, PupilsMayUploadImages = s.PupilsMayUploadImages,
            ParentsMayComment = s.ParentsMayComment, PublicMayComment = s.PublicMayComment, ProviderName = s.ProviderName, ProviderMinimumAge = s.ProviderMinimumAge,
            HoursPerWeek = s.HoursPerWeek, Maintainers = s.Maintainers, ResourcedBy = resourcer, StartDate = s.StartDate, EndDate = s.EndDate,
            ExitPlan = s.ExitPlan switch { ExitPlan.Archive => "archive", ExitPlan.Delete => "delete", ExitPlan.HandOver => "hand-over", _ => null },
            ExitPlanDetails = s.ExitPlanDetails, SuccessMeasures = s.SuccessMeasures, Administrators = admins, InterventionPlan = s.InterventionPlan,
            GoodPractice = (s.GoodPracticeChecklist ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries).ToList(), UseSchoolLogo = s.UseSchoolLogo,
            AdvertiseForContributors = s.AdvertiseForContributors, TermsOfUse = s.TermsOfUse, HouseRules = s.HouseRules,
            Privacy = SitesKebab(s.Privacy.ToString()), Version = s.Version,
        };
    }

    private static string SitesKebab(string s) => Api.SitesApi.Kebab(s);

    /// <summary>Puts workflow refusals on the form, each against its field when it has one, with its clause.</summary>
    public static void AddRefusals(ModelStateDictionary state, IEnumerable<Refusal> refusals)
    {
        foreach (var r in refusals)
        {
            var key = r.Field is null ? "" : "Input." + char.ToUpperInvariant(r.Field[0]) + r.Field[1..];
            state.AddModelError(key, r.Message.Contains(r.Clause, StringComparison.Ordinal) ? r.Message : $"{r.Message} ({r.Clause})");
        }
    }
}
