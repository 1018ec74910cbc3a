using System.Security.Claims;
using Signpost.Data.Entities;

namespace Signpost.Web.Infrastructure;

public static class SignpostClaims
{
    public const string School = "signpost:school";
    public const string Person = "signpost:person";
    public const string KindClaim = "signpost:kind";
    public const string DisplayName = "signpost:name";
    public const string TwoFactor = "signpost:2fa";
    public const string YearGroup = "signpost:year";

    public static Guid? SchoolId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(School), out var id) ? id : null;

    public static Guid? PersonId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(Person), out var id) ? id : null;

    public static string? UserId(this ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier);

    public static bool Has(this ClaimsPrincipal user, Role role) => user.IsInRole(role.ToString());

    /// <summary>A deployment-level trust officer (no school): sees the trust view's figures and nothing else (issue 6).</summary>
    public static bool IsTrustOfficer(this ClaimsPrincipal user) => DeploymentAccounts.IsTrustOfficer(user);

    public static PersonKind? Kind(this ClaimsPrincipal user) =>
        Enum.TryParse<PersonKind>(user.FindFirstValue(KindClaim), out var k) ? k : null;

    /// <summary>The highest role the user holds, for the audit log and the home page.</summary>
    public static string? PrimaryRole(this ClaimsPrincipal user)
    {
        foreach (var r in Enum.GetValues<Role>())
        {
            if (user.IsInRole(r.ToString()))
            {
                return r.ToString();
            }
        }

        return user.Kind()?.ToString();
    }
}
