using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Signpost.Data;
using Signpost.Data.Entities;
using Signpost.Policy.Clauses;
using Signpost.Web.Features.People;
using Signpost.Web.Features.Sites;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Features.Home;

/// <summary>Each person's home after signing in: what they can read, and what their role asks of them.</summary>
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public sealed record Figure(string Label, int Count);
    public sealed record Link(string Href, string Text);

    public string Heading { get; private set; } = "Your home";
    public bool IsPupil { get; private set; }
    public bool IsTrustOfficer { get; private set; }
    public bool TwoFactorReminder { get; private set; }
    public bool OfferTwoFactor { get; private set; }
    public IReadOnlyList<SiteSummary> Sites { get; private set; } = [];
    public List<Figure> Figures { get; } = [];
    public List<Link> Links { get; } = [];
    public List<string> Children { get; } = [];

    public async Task OnGetAsync()
    {
        if (User.IsTrustOfficer())
        {
            // A trust officer belongs to no school: their one job is the trust view (issue 6).
            Heading = "Trust officer's home";
            IsTrustOfficer = true;
            Links.Add(new Link("/trust", "Are our schools keeping their policy? (every school's oversight figures)"));
            return;
        }

        var kind = User.Kind();
        var name = User.FindFirst(SignpostClaims.DisplayName)?.Value ?? "";
        IsPupil = kind == PersonKind.Pupil;
        var twoFactorOn = User.FindFirst(SignpostClaims.TwoFactor)?.Value == "true";
        var needsTwoFactor = StrongSignInForStaff.RolesRequiringTwoFactor.Any(User.IsInRole);
        TwoFactorReminder = needsTwoFactor && !twoFactorOn;
        OfferTwoFactor = !needsTwoFactor && !twoFactorOn && kind is not (PersonKind.Pupil or PersonKind.Parent) && kind is not null;

        Heading = User.Has(Role.Headteacher) ? "Headteacher's home"
            : User.Has(Role.DesignatedSafeguardingLead) ? "Safeguarding lead's home"
            : IsPupil ? $"Hello {name}!"
            : kind == PersonKind.Parent ? "Parent's home"
            : kind == PersonKind.Governor ? "Governor's home"
            : "Your home";

        Sites = await SiteVisibility.Readable(db.Sites.AsNoTracking(), User)
            .Where(s => s.Status == SiteStatus.Live)
            .OrderBy(s => s.Kind).ThenBy(s => s.YearGroup)
            .Select(s => new SiteSummary(s.Slug, s.Name, s.Summary, s.Privacy, s.Status)).ToListAsync();

        if (kind == PersonKind.Parent && User.PersonId() is { } parentId)
        {
            Children.AddRange(await db.ParentLinks.Where(l => l.ParentId == parentId)
                .Join(db.People, l => l.PupilId, p => p.Id, (l, p) => p)
                .Where(p => p.IsActive)
                .Select(p => (p.PreferredName ?? p.FirstName) + (p.YearGroup == null ? "" : ", Year " + p.YearGroup)).ToListAsync());
        }

        if (User.Has(Role.Headteacher) || User.Has(Role.LeadershipTeam) || User.Has(Role.IctLeader))
        {
            var counts = await db.People.Where(p => p.IsActive).GroupBy(p => p.Kind).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
            foreach (var k in Enum.GetValues<PersonKind>())
            {
                Figures.Add(new Figure(PeoplePresentation.KindLabel(k), counts.FirstOrDefault(c => c.Key == k)?.Count ?? 0));
            }

            Links.Add(new Link("/people", "People directory"));
            Links.Add(new Link("/people/import", "Import a roster from the school information system"));
        }

        if (User.Has(Role.Headteacher))
        {
            Links.Add(new Link("/audit", "Search the audit log"));
            Links.Add(new Link("/school/settings", "School settings: name, website and logo"));
            Links.Add(new Link("/people/hr", "Grant the HR role for the breach register (9.1–9.2)"));
        }

        if (Signpost.Web.Authorization.Policies.MaySeeTermlyReport(User))
        {
            Links.Add(new Link("/termly-report", "Governors' termly report (print or save as PDF)"));
        }

        if (Breaches.BreachRegister.MaySee(User))
        {
            Links.Add(new Link("/breaches", "Breach register (9.1–9.3)"));
        }

        if (kind is { } staffKind && Person.IsStaffKind(staffKind))
        {
            Links.Add(new Link("/moderation", "Moderation queue"));
            Links.Add(new Link("/absences", "Record an absence, so someone covers your moderation (A.5.4)"));
        }

        if (kind is PersonKind.TeachingStaff or PersonKind.SupportStaff)
        {
            Links.Add(new Link("/classes", "Print pupils' login cards"));
        }

        if (kind is { } memberKind && PeopleCoveredByThePolicy.IsStaffMember(memberKind.ToString()))
        {
            Links.Add(User.Has(Role.Headteacher)
                ? new Link("/media-enquiries", "Media enquiries (A.3.6)")
                : new Link("/media", "If the media contact you: refer them to the Headteacher (A.3.6)"));
        }

        if (User.Has(Role.Headteacher) || User.Has(Role.DesignatedSafeguardingLead))
        {
            Links.Add(new Link("/safeguarding", "Safeguarding concerns (A.2.3)"));
        }
    }
}
