using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;
using Signpost.Data;
using Signpost.Policy.Clauses;

namespace Signpost.Web.Infrastructure;

/// <summary>
/// The Headteacher and the DSL may not use any page until they have set up two-factor sign-in, once their school's
/// deadline has passed (6.14–6.15). Account pages stay open so they can set it up or sign out.
/// </summary>
public sealed class TwoFactorRequirementFilter(AppDbContext db, TimeProvider clock) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var user = context.HttpContext.User;
        var page = context.ActionDescriptor.ViewEnginePath;
        if (user.Identity?.IsAuthenticated == true
            && user.FindFirst(SignpostClaims.TwoFactor)?.Value != "true"
            && !page.StartsWith("/Accounts/", StringComparison.Ordinal)
            && user.SchoolId() is { } schoolId)
        {
            var roles = StrongSignInForStaff.RolesRequiringTwoFactor.Where(user.IsInRole).ToList();
            if (roles.Count > 0)
            {
                var requiredFrom = await db.Schools.Where(s => s.Id == schoolId).Select(s => s.TwoFactorRequiredFrom).SingleAsync();
                var outcome = StrongSignInForStaff.MayContinueWithoutTwoFactor(roles, false, clock.GetUtcNow().UtcDateTime, requiredFrom);
                if (!outcome.IsAllowed)
                {
                    context.Result = new RedirectToPageResult("/Accounts/TwoFactorSetup", new { required = "true" });
                    return;
                }
            }
        }

        await next();
    }
}
