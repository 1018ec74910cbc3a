using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Signpost.Data.Entities;

namespace Signpost.Web.Infrastructure;

/// <summary>
/// /api endpoints take bearer tokens only (no cookies, so no cross-site request can use a browser's session).
/// A token stops working at once when its user's security stamp changes: a password change, a leaver (6.7), a lockout.
/// </summary>
public sealed class ApiTokenValidationMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, SignInManager<AppUser> signIn)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            var result = await context.AuthenticateAsync(ServiceRegistration.ApiScheme);
            context.User = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity());
            if (result.Succeeded && result.Principal is not null)
            {
                var user = await signIn.ValidateSecurityStampAsync(result.Principal);
                if (user is not null && await signIn.CanSignInAsync(user))
                {
                    context.User = result.Principal;
                }
            }
        }

        await next(context);
    }
}
