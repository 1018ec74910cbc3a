using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Signpost.Web.Features;

/// <summary>The page shown for "not found", "forbidden" and other status codes.</summary>
[IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    public string Title { get; private set; } = "";
    public string Message { get; private set; } = "";

    public void OnGet(int code) => Set(code);

    public void OnPost(int code) => Set(code);

    private void Set(int code)
    {
        (Title, Message) = code switch
        {
            404 => ("Page not found", "There is nothing at this address. If you typed it, check it; if you followed a link, it may be out of date."),
            403 => ("You cannot open this page", "Your account does not have permission for it."),
            400 => ("That request could not be read", "Something in it was not in the expected form. Go back and try again."),
            413 => ("That was too large", "What you sent is larger than allowed."),
            429 => ("Too many attempts", "Wait a minute, then try again."),
            503 => ("The service is unavailable", "Try again in a minute."),
            _ => ("Something went wrong", "Go back and try again."),
        };
    }
}
