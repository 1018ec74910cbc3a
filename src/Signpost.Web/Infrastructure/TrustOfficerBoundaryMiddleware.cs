namespace Signpost.Web.Infrastructure;

/// <summary>
/// A trust officer (a deployment account, see <see cref="Signpost.Data.Entities.DeploymentAccounts"/>) may open the
/// trust view and their own account pages, and nothing else: no school page, no register, no form, no /api endpoint
/// beyond /api/trust and /api/me. Everything else is a 403 before any page or endpoint runs, so a new page added to the
/// app later is closed to them by default. The tenant filters already return no rows for an account without a school;
/// this makes the refusal explicit instead of an empty page.
/// </summary>
public sealed class TrustOfficerBoundaryMiddleware(RequestDelegate next)
{
    private static readonly string[] Open =
    [
        "/trust", "/api/trust", "/api/me", "/api/auth", "/account", "/status", "/Error", "/health", "/openapi",
    ];

    public async Task InvokeAsync(HttpContext context)
    {
        if (!context.User.IsTrustOfficer() || IsOpen(context.Request.Path))
        {
            await next(context);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            await ProblemAsync(context);
        }
    }

    public static bool IsOpen(PathString path) =>
        path == "/" || path == "/home" || Open.Any(p => path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase));

    private static Task ProblemAsync(HttpContext context) =>
        Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not allowed",
                detail: "A trust officer sees the oversight figures of every school (GET /api/trust) and nothing else.")
            .ExecuteAsync(context);
}
