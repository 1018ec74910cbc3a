using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Signpost.Data;
using Signpost.Data.Entities;
using Signpost.Policy;
using Signpost.Policy.Clauses;
using Signpost.Web.Features.Accounts;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Api;

public sealed record LoginRequest(
    [property: JsonPropertyName("username")] string? Username,
    [property: JsonPropertyName("password")] string? Password,
    [property: JsonPropertyName("totp")] string? Totp);

public sealed record MeResponse(string UserId, string Username, string Name, string Kind, IReadOnlyList<string> Roles, string School);

/// <summary>POST /api/auth/login (CONTRACT.md): username, password and, where two-factor is on, a TOTP code; returns a bearer token.</summary>
public static class AuthApi
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/auth/login", LoginAsync).AllowAnonymous().WithName("Login")
            .WithSummary("Exchange a username, password and (when two-factor is on) a TOTP code for a bearer token.")
            .Produces(StatusCodes.Status200OK).ProducesProblem(StatusCodes.Status429TooManyRequests);
        api.MapGet("/me", MeAsync).RequireAuthorization().WithName("Me").WithSummary("Who the bearer token belongs to.");
    }

    private static async Task<IResult> LoginAsync(LoginRequest? body, UserManager<AppUser> users, SignInManager<AppUser> signIn, AppDbContext db, SystemDb systemDb, TimeProvider clock)
    {
        if (body is null || string.IsNullOrWhiteSpace(body.Username) || string.IsNullOrEmpty(body.Password))
        {
            return ApiEndpoints.Problem(400, "Username and password are required", "Send {\"username\": \"...\", \"password\": \"...\"} and, when two-factor sign-in is on, \"totp\".",
                field: string.IsNullOrWhiteSpace(body?.Username) ? "username" : "password");
        }

        if (body.Username.Length > 64 || body.Password.Length > 200 || body.Totp is { Length: > 20 })
        {
            return ApiEndpoints.Problem(400, "Field too long", "The username is at most 64 characters, the password at most 200 and the code at most 20.");
        }

        var user = await users.FindByNameAsync(body.Username.Trim());
        var unauthorized = ApiEndpoints.Problem(401, "Sign-in failed", "The username, password or code is not right, or the account cannot sign in.");
        if (user is null)
        {
            await AccountAudit.SignInAsync(db, null, SignInResult.Failed, "api");
            return unauthorized;
        }

        var result = await signIn.CheckPasswordSignInAsync(user, body.Password, lockoutOnFailure: true);
        if (!result.Succeeded)
        {
            await AccountAudit.SignInAsync(db, user, result, "api");
            return result.IsLockedOut
                ? ApiEndpoints.Problem(401, "Account locked", AccountAudit.Explain(result))
                : result.IsNotAllowed ? ApiEndpoints.Problem(401, "Account cannot sign in", AccountAudit.Explain(result), clause: "6.7") : unauthorized;
        }

        if (await users.GetTwoFactorEnabledAsync(user))
        {
            var code = body.Totp?.Replace(" ", "", StringComparison.Ordinal);
            if (string.IsNullOrEmpty(code) || !await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
            {
                await users.AccessFailedAsync(user);
                await AccountAudit.SignInAsync(db, user, SignInResult.TwoFactorRequired, "api");
                return ApiEndpoints.Problem(401, "Two-factor code needed", "This account uses two-factor sign-in: send the current code from the authenticator app as \"totp\".", field: "totp");
            }
        }
        else if (!DeploymentAccounts.IsDeploymentAccount(user))
        {
            await using var sys = systemDb.Create();
            var roles = await sys.PersonRoles.Where(r => r.PersonId == user.PersonId).Select(r => r.Role.ToString()).ToListAsync();
            var requiredFrom = await sys.Schools.Where(s => s.Id == user.SchoolId).Select(s => s.TwoFactorRequiredFrom).SingleAsync();
            if (StrongSignInForStaff.MayContinueWithoutTwoFactor(roles, false, clock.GetUtcNow().UtcDateTime, requiredFrom) is BlockedOutcome blocked)
            {
                await AccountAudit.SignInAsync(db, user, SignInResult.NotAllowed, "api");
                return ApiEndpoints.Problem(401, "Two-factor sign-in must be set up", blocked.Reason + " Sign in on the website to set it up.", clause: blocked.Clause);
            }
        }

        if ((await users.GetClaimsAsync(user)).Any(c => c.Type == SchoolProvisioning.PasswordChangeRequiredClaim))
        {
            await AccountAudit.SignInAsync(db, user, SignInResult.NotAllowed, "api");
            return ApiEndpoints.Problem(401, "Password change needed", "This account still has a one-time password. Sign in on the website and choose your own password at /account/password.", clause: "6.14–6.15", field: "password");
        }

        await users.ResetAccessFailedCountAsync(user);
        await AccountAudit.SignInAsync(db, user, SignInResult.Success, "api");
        var principal = await signIn.CreateUserPrincipalAsync(user);
        return Results.SignIn(principal, authenticationScheme: ServiceRegistration.ApiScheme);
    }

    private static async Task<IResult> MeAsync(HttpContext http, AppDbContext db)
    {
        var user = http.User;
        if (user.IsTrustOfficer())
        {
            return Results.Ok(new MeResponse(user.UserId()!, user.Identity!.Name!, user.FindFirst(SignpostClaims.DisplayName)?.Value ?? "",
                DeploymentAccounts.TrustOfficer, [], "Every school on this deployment (trust view)"));
        }

        var school = await db.Schools.Where(s => s.Id == user.SchoolId()).Select(s => s.Name).SingleAsync();
        return Results.Ok(new MeResponse(user.UserId()!, user.Identity!.Name!, user.FindFirst(SignpostClaims.DisplayName)?.Value ?? "",
            user.Kind()?.ToString() ?? "", user.FindAll(System.Security.Claims.ClaimTypes.Role).Select(c => c.Value).ToList(), school));
    }
}
