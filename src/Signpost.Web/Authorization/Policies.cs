using Microsoft.AspNetCore.Authorization;
using Signpost.Data.Entities;
using Signpost.Policy.Clauses;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Authorization;

/// <summary>Every named authorization policy, in one place. Folders and endpoints refer to these names.</summary>
public static class Policies
{
    public const string Staff = nameof(Staff);
    public const string Headteacher = nameof(Headteacher);
    public const string ManagePeople = nameof(ManagePeople);
    public const string SeeAuditLog = nameof(SeeAuditLog);
    public const string ManagePupilLogins = nameof(ManagePupilLogins);

    /// <summary>The compliance dashboard (A.1.5–A.1.7, A.5.4, 2.1, 9.x): the Headteacher, the Assistant Head and governors.</summary>
    public const string SeeOversight = nameof(SeeOversight);

    /// <summary>The school's term dates, which decide what counts as a school week (A.1.5): the Headteacher and the Assistant Head.</summary>
    public const string ManageTermDates = nameof(ManageTermDates);

    /// <summary>The governors' termly report (issue 6): the Headteacher, the leadership team (Assistant Head included) and governors.</summary>
    public const string SeeTermlyReport = nameof(SeeTermlyReport);

    public static bool MaySeeTermlyReport(System.Security.Claims.ClaimsPrincipal user) =>
        MaySeeOversight(user) || user.IsInRole(nameof(Role.LeadershipTeam));

    /// <summary>The breach register (9.1–9.3): the Headteacher and the HR role the Headteacher grants.</summary>
    public const string SeeBreaches = nameof(SeeBreaches);

    /// <summary>The Local Authority / trust view of every school's oversight figures (issue 6): deployment trust officers only.</summary>
    public const string TrustOfficer = nameof(TrustOfficer);

    public static bool MaySeeOversight(System.Security.Claims.ClaimsPrincipal user) =>
        user.IsInRole(nameof(Role.Headteacher)) || user.IsInRole(nameof(Role.AssistantHead)) || user.Kind() == PersonKind.Governor;

    public static void Add(AuthorizationOptions o)
    {
        o.AddPolicy(Staff, p => p.RequireAuthenticatedUser().RequireAssertion(c => c.User.Kind() is { } k && PeopleCoveredByThePolicy.IsStaffMember(k.ToString())));
        o.AddPolicy(Headteacher, p => p.RequireRole(nameof(Role.Headteacher)));
        o.AddPolicy(ManagePeople, p => p.RequireRole(nameof(Role.Headteacher), nameof(Role.LeadershipTeam), nameof(Role.IctLeader)));
        o.AddPolicy(SeeAuditLog, p => p.RequireRole(nameof(Role.Headteacher)));
        o.AddPolicy(ManagePupilLogins, p => p.RequireAuthenticatedUser()
            .RequireAssertion(c => c.User.Kind() is PersonKind.TeachingStaff or PersonKind.SupportStaff || c.User.IsInRole(nameof(Role.IctLeader))));
        o.AddPolicy(SeeOversight, p => p.RequireAuthenticatedUser().RequireAssertion(c => MaySeeOversight(c.User)));
        o.AddPolicy(SeeBreaches, p => p.RequireAuthenticatedUser().RequireAssertion(c => Features.Breaches.BreachRegister.MaySee(c.User)));
        o.AddPolicy(SeeTermlyReport, p => p.RequireAuthenticatedUser().RequireAssertion(c => MaySeeTermlyReport(c.User)));
        o.AddPolicy(TrustOfficer, p => p.RequireAuthenticatedUser().RequireAssertion(c => c.User.IsTrustOfficer()));
        o.AddPolicy(ManageTermDates, p => p.RequireRole(nameof(Role.Headteacher), nameof(Role.AssistantHead)));
    }
}
