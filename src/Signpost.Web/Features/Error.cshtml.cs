using System.Diagnostics;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Features;

/// <summary>
/// Every unhandled failure ends here: a page for people, a problem-details body for /api. The database being
/// unreachable is a 503 that says so, not a 500.
/// </summary>
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel(ILogger<ErrorModel> log) : PageModel
{
    public string Title { get; private set; } = "Sorry, something went wrong";
    public string Message { get; private set; } = "We could not finish that. Nothing you sent was half-saved: try again in a moment.";
    public string Reference { get; private set; } = "";

    public IActionResult OnGet() => Handle();

    public IActionResult OnPost() => Handle();

    public IActionResult OnPut() => Handle();

    public IActionResult OnDelete() => Handle();

    private IActionResult Handle()
    {
        Reference = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
        var feature = HttpContext.Features.Get<IExceptionHandlerPathFeature>();
        var ex = feature?.Error;
        var status = ex switch
        {
            BadHttpRequestException b => b.StatusCode,
            not null when Pipeline.IsDatabaseUnavailable(ex) => StatusCodes.Status503ServiceUnavailable,
            _ => StatusCodes.Status500InternalServerError,
        };
        if (ex is not null && status >= 500)
        {
            // The exception type and path only: messages can carry user input.
            log.LogError("Unhandled {ExceptionType} on {Path} ({Reference})", ex.GetType().Name, feature?.Path, Reference);
        }

        var (title, detail) = status switch
        {
            StatusCodes.Status503ServiceUnavailable => ("The service is unavailable", "The database cannot be reached just now. Nothing was saved. Try again in a minute."),
            StatusCodes.Status413PayloadTooLarge => ("That was too large", "What you sent is larger than allowed. Send something smaller."),
            >= 400 and < 500 => ("That request could not be read", "What was sent was not in the expected form."),
            _ => (Title, Message),
        };
        Response.StatusCode = status;
        if (feature?.Path.StartsWith("/api", StringComparison.Ordinal) == true)
        {
            return new ObjectResult(new ProblemDetails { Status = status, Title = title, Detail = detail, Extensions = { ["traceId"] = Reference } })
            {
                StatusCode = status,
                ContentTypes = { "application/problem+json" },
            };
        }

        Title = title;
        Message = detail;
        return Page();
    }
}
