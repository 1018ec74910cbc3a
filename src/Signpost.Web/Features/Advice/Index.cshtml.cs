using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Signpost.Checking;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Features.Advice;

/// <summary>
/// Advice on a draft for a member of staff's own personal social media (sections 5 and 6): the checker's
/// personal-post findings, highlighted in the text, each with its clause explained. The draft is never stored and
/// never logged: it lives only in this request and the page sent back.
/// </summary>
public sealed class IndexModel(SchoolCheckers checkers) : PageModel
{
    public const int MaxLength = 5000;

    public sealed record Segment(string Text, int? Finding);

    [BindProperty] public string? Text { get; set; }

    public IReadOnlyList<Finding>? Findings { get; private set; }
    public IReadOnlyList<Segment> Segments { get; private set; } = [];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Text))
        {
            ModelState.AddModelError(nameof(Text), "Paste the post you are thinking of writing.");
        }
        else if (Text.Length > MaxLength)
        {
            ModelState.AddModelError(nameof(Text), $"The checker reads up to {MaxLength:N0} characters at a time.");
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        var checker = await checkers.ForSchoolAsync(User.SchoolId()!.Value, HttpContext.RequestAborted);
        Findings = checker.Check(Text!, CheckContext.PersonalPost).Findings.OrderBy(f => f.Start).ToList();
        Segments = Highlight(Text!, Findings);
        return Page();
    }

    /// <summary>Splits the text into plain and highlighted runs; where findings overlap, the earlier one wins.</summary>
    public static IReadOnlyList<Segment> Highlight(string text, IReadOnlyList<Finding> findings)
    {
        var segments = new List<Segment>();
        var at = 0;
        for (var i = 0; i < findings.Count; i++)
        {
            var f = findings[i];
            var start = Math.Clamp(f.Start, 0, text.Length);
            var end = Math.Clamp(f.Start + f.Length, 0, text.Length);
            if (start < at || end <= start)
            {
                continue;
            }

            if (start > at)
            {
                segments.Add(new Segment(text[at..start], null));
            }

            segments.Add(new Segment(text[start..end], i + 1));
            at = end;
        }

        if (at < text.Length)
        {
            segments.Add(new Segment(text[at..], null));
        }

        return segments;
    }

    /// <summary>What each clause asks of a member of staff on their personal accounts, in plain words.</summary>
    public static string Explain(string clause) => clause switch
    {
        "6.1" => "6.1: do not identify yourself as working for the school or the Local Authority on your personal accounts.",
        "6.2" => "6.2: no contact with pupils through personal social media; your own number, address, email or handle on a public post lets pupils and their families reach you.",
        "6.8" => "6.8: never discuss work, pupils or their families on personal webspace.",
        "6.9" => "6.9: no images of pupils or their families, of staff in school uniform or with school logos, or of sensitive premises.",
        "6.10" => "6.10: a school email address is not for personal social media.",
        "5.4" => "5.4: no personal information about pupils, staff or other professionals.",
        "5.5" => "5.5: never attack, insult, abuse or defame pupils, families, colleagues, organisations, the school or the Council.",
        "5.3" => "5.3: your personal views are not the school's; never present them as the school's.",
        "5.2" => "5.2: nothing that could bring the school into disrepute.",
        "3.1–3.2" => "3.1–3.2: confidential information (pupil and staff records, things said in confidence, sensitive school business) stays confidential.",
        "3.3" => "3.3: libel, defamation, harassment and copyright law apply to what you post.",
        "3.4" => "3.4: harassment, bullying, discrimination and defamation can make the school liable.",
        "A.4.9" => "A.4.9: do not give out personal contact details.",
        "A.5.6" => "A.5.6: racist, homophobic or other hateful language is never acceptable.",
        "A.2.3" => "A.2.3: if this is about a child at risk, tell the Designated Safeguarding Lead now rather than posting.",
        _ => $"{clause}: see the school's Social Media Policy.",
    };
}
