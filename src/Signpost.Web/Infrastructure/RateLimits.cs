using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Signpost.Web.Infrastructure;

/// <summary>Limits sign-in attempts per client address (all sign-in doors share one budget), answering 429 with Retry-After.</summary>
public static class RateLimits
{
    private static readonly string[] SignInPaths = ["/account/sign-in", "/account/pupil", "/account/two-factor", "/api/auth/login", "/qr/"];

    public static PartitionedRateLimiter<HttpContext> Build(int signInPerMinute) =>
        PartitionedRateLimiter.Create<HttpContext, string>(ctx =>
        {
            var path = ctx.Request.Path.Value ?? "";
            var isSignIn = (HttpMethods.IsPost(ctx.Request.Method) || path.StartsWith("/qr/", StringComparison.OrdinalIgnoreCase))
                && SignInPaths.Any(p => path.StartsWith(p, StringComparison.OrdinalIgnoreCase));
            if (!isSignIn)
            {
                return RateLimitPartition.GetNoLimiter("none");
            }

            var key = "sign-in:" + (ctx.Connection.RemoteIpAddress?.ToString() ?? "unknown");
            return RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = signInPerMinute,
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            });
        });

    public static async ValueTask OnRejectedAsync(OnRejectedContext context, CancellationToken ct)
    {
        var retry = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? (int)Math.Ceiling(after.TotalSeconds) : 60;
        var response = context.HttpContext.Response;
        response.Headers.RetryAfter = retry.ToString(CultureInfo.InvariantCulture);
        var problem = new ProblemDetails
        {
            Status = StatusCodes.Status429TooManyRequests,
            Title = "Too many attempts",
            Detail = $"Too many sign-in attempts from this device. Wait {retry} seconds, then try again.",
        };
        if (context.HttpContext.Request.Path.StartsWithSegments("/api"))
        {
            await response.WriteAsJsonAsync(problem, (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json", ct);
        }
        else
        {
            response.ContentType = "text/html; charset=utf-8";
            await response.WriteAsync(
                $"<!doctype html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>Too many attempts - Signpost</title></head><body><main><h1>Too many attempts</h1><p>{problem.Detail}</p><p><a href=\"/\">Back to the home page</a></p></main></body></html>",
                ct);
        }
    }
}
