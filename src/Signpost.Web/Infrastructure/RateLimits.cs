using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Signpost.Web.Infrastructure;

/// <summary>
/// Limits sign-in attempts per client address (all sign-in doors share one budget), and writing posts per person (pages
/// and API share one budget), answering 429 with Retry-After. Runs after authentication, so it knows who is posting.
/// </summary>
public static partial class RateLimits
{
    private static readonly string[] SignInPaths = ["/account/sign-in", "/account/pupil", "/account/two-factor", "/api/auth/login", "/qr/"];

    /// <summary>The public media-enquiry form (A.3.6): anyone may post, so each address gets a small budget per hour.</summary>
    public const string MediaEnquiryPath = "/media-enquiry";

    /// <summary>Creating, submitting or editing a post: POST /sites/{s}/posts/new, POST /sites/{s}/posts/{p}/edit, and the API's POST/PUT on posts and submit.</summary>
    public static bool IsPosting(HttpContext ctx)
    {
        var path = ctx.Request.Path.Value ?? "";
        var method = ctx.Request.Method;
        if (HttpMethods.IsPost(method))
        {
            return PostingPage().IsMatch(path) || ApiPostCreate().IsMatch(path) || ApiPostSubmit().IsMatch(path);
        }

        return HttpMethods.IsPut(method) && ApiPostUpdate().IsMatch(path);
    }

    public static PartitionedRateLimiter<HttpContext> Build(int signInPerMinute, int mediaEnquiriesPerHour = 5, int postsPerHour = 60) =>
        PartitionedRateLimiter.Create<HttpContext, string>(ctx =>
        {
            if (IsPosting(ctx))
            {
                var who = ctx.User.PersonId()?.ToString() ?? ctx.Connection.RemoteIpAddress?.ToString() ?? "unknown";
                return RateLimitPartition.GetFixedWindowLimiter("posting:" + who, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = postsPerHour,
                    Window = TimeSpan.FromHours(1),
                    QueueLimit = 0,
                });
            }

            var path = ctx.Request.Path.Value ?? "";
            if (HttpMethods.IsPost(ctx.Request.Method) && path.Equals(MediaEnquiryPath, StringComparison.OrdinalIgnoreCase))
            {
                return RateLimitPartition.GetFixedWindowLimiter("media-enquiry:" + (ctx.Connection.RemoteIpAddress?.ToString() ?? "unknown"),
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = mediaEnquiriesPerHour, Window = TimeSpan.FromHours(1), QueueLimit = 0 });
            }

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
        var posting = IsPosting(context.HttpContext);
        var problem = new ProblemDetails
        {
            Status = StatusCodes.Status429TooManyRequests,
            Title = "Too many attempts",
            Detail = context.HttpContext.Request.Path.StartsWithSegments(MediaEnquiryPath)
                ? $"Too many enquiries from this device. Wait {retry} seconds, then send yours again, or telephone the school office."
                : posting
                ? $"You have written a lot of posts in a short time. Wait {(retry + 59) / 60} minutes, then try again."
                : $"Too many sign-in attempts from this device. Wait {retry} seconds, then try again.",
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

    [System.Text.RegularExpressions.GeneratedRegex(@"^/sites/[^/]+/posts/(new|[^/]+/edit)/?$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex PostingPage();

    [System.Text.RegularExpressions.GeneratedRegex(@"^/api/sites/[^/]+/posts/?$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex ApiPostCreate();

    [System.Text.RegularExpressions.GeneratedRegex(@"^/api/sites/[^/]+/posts/[^/]+/submit/?$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex ApiPostSubmit();

    [System.Text.RegularExpressions.GeneratedRegex(@"^/api/sites/[^/]+/posts/[^/]+/?$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex ApiPostUpdate();
}

/// <summary>What a person may do only so often: commenting and reporting (per person, not per address).</summary>
public enum PersonAction
{
    Comment,
    Report,

    /// <summary>POST /api/check: the checker is fast, but nobody needs thousands of checks a minute.</summary>
    Check,
}

/// <summary>
/// Per-person limits on commenting and reporting (429 + Retry-After). The global limiter above runs before
/// authentication, so it cannot see who is asking; these partitions are keyed by the signed-in person and are taken
/// by the comment and report handlers themselves, so pages and the API share one budget.
/// Settings: <c>Signpost:CommentsPerFiveMinutes</c> (default 10), <c>Signpost:ReportsPerFiveMinutes</c> (default 10) and
/// <c>Signpost:ChecksPerFiveMinutes</c> (default 600, for POST /api/check).
/// </summary>
public sealed class PersonRateLimits(IConfiguration config) : IDisposable
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    private readonly PartitionedRateLimiter<(PersonAction, Guid)> _limiter = PartitionedRateLimiter.Create<(PersonAction Action, Guid Person), (PersonAction, Guid)>(key =>
        RateLimitPartition.GetFixedWindowLimiter(key, k => new FixedWindowRateLimiterOptions
        {
            PermitLimit = k.Item1 switch
            {
                PersonAction.Comment => config.GetValue<int?>("Signpost:CommentsPerFiveMinutes") ?? 10,
                PersonAction.Check => config.GetValue<int?>("Signpost:ChecksPerFiveMinutes") ?? 600,
                _ => config.GetValue<int?>("Signpost:ReportsPerFiveMinutes") ?? 10,
            },
            Window = Window,
            QueueLimit = 0,
        }));

    /// <summary>Null when allowed; otherwise how long to wait.</summary>
    public TimeSpan? TryTake(PersonAction action, Guid person)
    {
        using var lease = _limiter.AttemptAcquire((action, person));
        if (lease.IsAcquired)
        {
            return null;
        }

        return lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : Window;
    }

    public static int Seconds(TimeSpan wait) => Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));

    /// <summary>The 429 answer for /api: problem details with Retry-After.</summary>
    public static IResult TooMany(HttpContext http, TimeSpan wait, string what)
    {
        var seconds = Seconds(wait);
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many " + what,
            detail: $"You have sent a lot of {what} in a short time. Wait {seconds} seconds, then try again.");
    }

    public void Dispose() => _limiter.Dispose();
}
