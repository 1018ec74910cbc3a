using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Signpost.Web.Api;

namespace Signpost.Web.Infrastructure;

public static class Pipeline
{
    public static WebApplication UseSignpost(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/Error",
            StatusCodeSelector = ex => ex switch
            {
                BadHttpRequestException b => b.StatusCode,
                _ when IsDatabaseUnavailable(ex) => StatusCodes.Status503ServiceUnavailable,
                _ => StatusCodes.Status500InternalServerError,
            },
        });
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"),
            a => a.UseStatusCodePages());
        app.UseWhen(c => !c.Request.Path.StartsWithSegments("/api"),
            a => a.UseStatusCodePagesWithReExecute("/status/{0}"));
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseMiddleware<StorableTextMiddleware>();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseMiddleware<ApiTokenValidationMiddleware>();
        app.UseRateLimiter(); // after authentication: posting is limited per person (sign-in stays per address)
        app.UseMiddleware<SchoolResolutionMiddleware>();
        app.UseMiddleware<TrustOfficerBoundaryMiddleware>(); // a trust officer reaches the trust view only (issue 6)
        app.UseAuthorization();
        app.UseOutputCache(); // anonymous copies of public pages only: see PublicPageCache

        app.MapRazorPages();
        app.MapHealthChecks("/health", new HealthCheckOptions
        {
            ResultStatusCodes = { [Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable },
        });
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapSignpostApi();
        SchoolLogos.Map(app);
        Features.Images.ImageEndpoints.Map(app);
        return app;
    }

    public static bool IsDatabaseUnavailable(Exception ex) =>
        ex is System.Net.Sockets.SocketException or Npgsql.NpgsqlException { IsTransient: true } or (TimeoutException and not System.Text.RegularExpressions.RegexMatchTimeoutException)
        || (ex.InnerException is not null && IsDatabaseUnavailable(ex.InnerException))
        || ex is Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 5 or 6 or 14 };
}
