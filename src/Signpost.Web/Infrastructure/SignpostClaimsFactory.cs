using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Signpost.Data;
using Signpost.Data.Entities;

namespace Signpost.Web.Infrastructure;

/// <summary>Puts the school, the person, their kind and their roles into the sign-in, so every request knows them without a query.</summary>
public sealed class SignpostClaimsFactory(UserManager<AppUser> users, IOptions<IdentityOptions> options, SystemDb systemDb)
    : UserClaimsPrincipalFactory<AppUser>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var id = await base.GenerateClaimsAsync(user);
        if (DeploymentAccounts.IsDeploymentAccount(user))
        {
            // A trust officer: no school, no person, no roles. The stored claims (kind and name) came from the base
            // factory; the absence of a school claim makes every tenant query empty for this account.
            id.AddClaim(new Claim(SignpostClaims.TwoFactor, user.TwoFactorEnabled ? "true" : "false"));
            return id;
        }

        // Only deployment accounts carry a deployment role, whatever a stored claim might say.
        foreach (var stray in id.FindAll(DeploymentAccounts.RoleClaim).ToList())
        {
            id.RemoveClaim(stray);
        }

        await using var db = systemDb.Create();
        var person = await db.People.AsNoTracking().Include(p => p.Roles)
            .SingleAsync(p => p.Id == user.PersonId && p.SchoolId == user.SchoolId);
        id.AddClaim(new Claim(SignpostClaims.School, user.SchoolId.ToString()));
        id.AddClaim(new Claim(SignpostClaims.Person, person.Id.ToString()));
        id.AddClaim(new Claim(SignpostClaims.KindClaim, person.Kind.ToString()));
        id.AddClaim(new Claim(SignpostClaims.DisplayName,
            person.Kind == PersonKind.Pupil ? person.PublicPupilName : person.DisplayName));
        id.AddClaim(new Claim(SignpostClaims.TwoFactor, user.TwoFactorEnabled ? "true" : "false"));
        if (person.YearGroup is { } year)
        {
            id.AddClaim(new Claim(SignpostClaims.YearGroup, year.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        foreach (var r in person.Roles)
        {
            id.AddClaim(new Claim(id.RoleClaimType, r.Role.ToString()));
        }

        return id;
    }
}

/// <summary>Refuses sign-in to anyone who has left (6.7) or whose person record is inactive.</summary>
public sealed class SignpostSignInManager(
    UserManager<AppUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<AppUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<AppUser>> logger,
    Microsoft.AspNetCore.Authentication.IAuthenticationSchemeProvider schemes,
    IUserConfirmation<AppUser> confirmation,
    SystemDb systemDb)
    : SignInManager<AppUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(AppUser user)
    {
        if (!await base.CanSignInAsync(user))
        {
            return false;
        }

        await using var db = systemDb.Create();
        if (DeploymentAccounts.IsDeploymentAccount(user))
        {
            // Removing the stored claim (signpost trust-officer remove) ends the account at once.
            return await db.UserClaims.AnyAsync(c => c.UserId == user.Id && c.ClaimType == DeploymentAccounts.RoleClaim && c.ClaimValue == DeploymentAccounts.TrustOfficer);
        }

        return await db.People.AnyAsync(p => p.Id == user.PersonId && p.IsActive);
    }
}
