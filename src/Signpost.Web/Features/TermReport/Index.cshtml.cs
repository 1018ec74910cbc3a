using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Signpost.Data;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Features.TermReport;

/// <summary>
/// The governors' termly report (issue 6): one term's figures, printable (PDF through the browser's print), for the
/// Headteacher, the leadership team and governors. Counts, ages and dates only (A.1.5–A.1.7, A.5.3, A.5.4, 2.1, A.2.3, 9.x, A.3.6).
/// </summary>
public sealed class IndexModel(AppDbContext db, TermlyReport report) : PageModel
{
    public IReadOnlyList<TermChoice> Terms { get; private set; } = [];
    public TermReportFigures? Figures { get; private set; }

    [BindProperty(SupportsGet = true)]
    public Guid? Term { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var chosen = await ChooseAsync();
        if (chosen is IActionResult refusal)
        {
            return refusal;
        }

        return Page();
    }

    /// <summary>The report's per-site lines for the term, as CSV.</summary>
    public async Task<IActionResult> OnGetCsvAsync()
    {
        if (await ChooseAsync() is IActionResult refusal)
        {
            return refusal;
        }

        if (Figures is not { } f)
        {
            return NotFound();
        }

        static string N(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        static string H(double? h) => h?.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) ?? "";
        return CsvDownload.File($"termly-report-{f.Term.Start:yyyy-MM-dd}.csv",
            ["site", "name", "kind", "weekly_update_required", "school_weeks_ended", "weeks_kept", "weeks_missed", "posts_published", "moderating_now",
             "school_days_counted", "school_days_short_of_cover", "fewest_available", "moderation_items", "moderation_decided", "median_hours_to_decision",
             "longest_hours_to_decision", "still_pending", "review_date", "end_date"],
            f.Sites.Select(s => new[]
            {
                s.Slug, s.Name, s.Kind, s.WeeklyUpdateRequired ? "yes" : "no", N(s.SchoolWeeksEnded), N(s.WeeksKept), N(s.WeeksMissed), N(s.PostsPublished), N(s.Moderating),
                N(s.SchoolDaysCounted), N(s.SchoolDaysShortOfCover), N(s.FewestAvailable), N(s.ModerationItems), N(s.ModerationDecided), H(s.MedianHoursToDecision),
                H(s.LongestHoursToDecision), N(s.StillPending), CsvDownload.Iso(s.ReviewDate), CsvDownload.Iso(s.EndDate),
            }));
    }

    private async Task<IActionResult?> ChooseAsync()
    {
        var schoolId = User.SchoolId()!.Value;
        Terms = await TermlyReport.TermsAsync(db, schoolId, HttpContext.RequestAborted);
        TermChoice? term;
        if (Term is { } id)
        {
            term = Terms.FirstOrDefault(t => t.Id == id);
            if (term is null)
            {
                return NotFound();
            }
        }
        else
        {
            term = report.DefaultTerm(Terms);
        }

        Term = term?.Id;
        Figures = term is null ? null : await report.BuildAsync(db, schoolId, term, HttpContext.RequestAborted);
        return null;
    }
}
