using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Signpost.Data.Entities;

namespace Signpost.Web.Infrastructure;

/// <summary>
/// An account made with a password someone else chose (a Headteacher added by <c>signpost school add</c>) may not use
/// any page until its owner has chosen their own password (6.14–6.15): every page but the account pages sends it to
/// /account/password. Changing the password removes <see cref="SchoolProvisioning.PasswordChangeRequiredClaim"/>.
/// Runs after <see cref="TwoFactorRequirementFilter"/>, so two-factor sign-in is set up first.
/// </summary>
public sealed class PasswordChangeRequirementFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var user = context.HttpContext.User;
        if (user.Identity?.IsAuthenticated == true
            && user.HasClaim(SchoolProvisioning.PasswordChangeRequiredClaim, "true")
            && !context.ActionDescriptor.ViewEnginePath.StartsWith("/Accounts/", StringComparison.Ordinal))
        {
            context.Result = new RedirectToPageResult("/Accounts/ChangePassword", new { required = "true" });
            return;
        }

        await next();
    }
}
