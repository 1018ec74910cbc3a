using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Signpost.Web.Authorization;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Features.Absences;

/// <summary>Record an absence so moderation cover follows who is in school (A.5.4).</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class IndexModel(AbsenceBook book) : PageModel
{
    [BindProperty] public Guid? PersonId { get; set; }
    [BindProperty] public DateOnly? From { get; set; }
    [BindProperty] public DateOnly? To { get; set; }
    [BindProperty] public string? Reason { get; set; }

    public bool ForOthers { get; private set; }
    public IReadOnlyList<AbsenceRow> Rows { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Name)> Staff { get; private set; } = [];
    public string? Message { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    /// <summary>The absences this person sees (A.5.4), as CSV.</summary>
    public async Task<IActionResult> OnGetCsvAsync()
    {
        await LoadAsync();
        return CsvDownload.File("absences.csv", ["person", "from", "to", "reason"],
            Rows.Select(r => new[] { r.Person, CsvDownload.Iso(r.From), CsvDownload.Iso(r.To), r.Reason }));
    }

    public async Task<IActionResult> OnPostAsync()
    {
        ModelState.Clear(); // the book validates, with messages in plain words
        var r = await book.RecordAsync(User, PersonId, null, From, To, Reason, HttpContext.RequestAborted);
        if (r.Forbidden)
        {
            return Forbid();
        }

        if (r.Ok)
        {
            Message = $"Recorded: {r.Row!.Person} away from {r.Row.From:d MMM yyyy} to {r.Row.To:d MMM yyyy}.";
            (PersonId, From, To, Reason) = (null, null, null, null);
        }
        else
        {
            ModelState.AddModelError(char.ToUpperInvariant(r.Field![0]) + r.Field[1..], r.Message!);
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid id)
    {
        var r = await book.RemoveAsync(User, id, HttpContext.RequestAborted);
        if (r.NotFound)
        {
            return NotFound();
        }

        if (r.Forbidden)
        {
            return Forbid();
        }

        Message = "Absence removed.";
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        ForOthers = AbsenceBook.RecordsForOthers(User);
        Rows = await book.ListAsync(User, HttpContext.RequestAborted);
        if (ForOthers)
        {
            Staff = await book.StaffAsync(HttpContext.RequestAborted);
        }
    }
}
