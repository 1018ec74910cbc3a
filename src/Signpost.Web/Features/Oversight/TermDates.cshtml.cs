using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Signpost.Data;
using Signpost.Data.Entities;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Features.Oversight;

/// <summary>
/// The school's term dates, kept by the Headteacher or the Assistant Head. Weeks outside every term are holidays: the
/// weekly-update and neglect monitors skip them (A.1.5, A.1.6).
/// </summary>
public sealed class TermDatesModel(AppDbContext db) : PageModel
{
    public sealed record Row(Guid Id, string Name, DateOnly Start, DateOnly End);

    [BindProperty] public string? Name { get; set; }
    [BindProperty] public DateOnly? Start { get; set; }
    [BindProperty] public DateOnly? End { get; set; }

    public IReadOnlyList<Row> Terms { get; private set; } = [];
    public string? Message { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnGetCsvAsync()
    {
        await LoadAsync();
        return Infrastructure.CsvDownload.File("term-dates.csv", ["name", "start", "end"],
            Terms.Select(t => new[] { t.Name, Infrastructure.CsvDownload.Iso(t.Start), Infrastructure.CsvDownload.Iso(t.End) }));
    }

    public async Task<IActionResult> OnPostAddAsync()
    {
        ModelState.Clear();
        var name = Name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > 100)
        {
            ModelState.AddModelError(nameof(Name), "Give the term a name of up to 100 characters, such as \"Spring 1 2027\".");
        }

        if (Start is null)
        {
            ModelState.AddModelError(nameof(Start), "Enter the first day of the term.");
        }

        if (End is null)
        {
            ModelState.AddModelError(nameof(End), "Enter the last day of the term.");
        }

        if (Start is { } s && End is { } e)
        {
            if (e < s)
            {
                ModelState.AddModelError(nameof(End), "The last day must be on or after the first day.");
            }
            else if (e.DayNumber - s.DayNumber > 140)
            {
                ModelState.AddModelError(nameof(End), "A term is at most 20 weeks long. Enter half terms separately if you like.");
            }
            else if (await db.TermDates.AnyAsync(t => t.Start <= e && s <= t.End))
            {
                ModelState.AddModelError(nameof(Start), "These dates overlap a term already in the calendar.");
            }
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            await LoadAsync();
            return Page();
        }

        db.TermDates.Add(new TermDate { SchoolId = User.SchoolId()!.Value, Name = name!, Start = Start!.Value, End = End!.Value });
        await db.SaveChangesAsync();
        TempData["Message"] = $"Added {name}.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id)
    {
        var term = await db.TermDates.SingleOrDefaultAsync(t => t.Id == id);
        if (term is null)
        {
            return NotFound();
        }

        db.TermDates.Remove(term);
        await db.SaveChangesAsync();
        TempData["Message"] = $"Removed {term.Name}.";
        return RedirectToPage();
    }

    private async Task LoadAsync()
    {
        Message = TempData["Message"] as string;
        Terms = (await db.TermDates.AsNoTracking().OrderBy(t => t.Start).Select(t => new { t.Id, t.Name, t.Start, t.End }).ToListAsync())
            .Select(t => new Row(t.Id, t.Name, t.Start, t.End)).ToList();
    }
}
