using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Signpost.Data;
using Signpost.Data.Entities;
using Signpost.Web.Features.Oversight;
using Signpost.Web.Features.Sites;

namespace Signpost.Web.Features.Breaches;

/// <summary>Record or edit a breach (9.1–9.2).</summary>
public sealed class EditModel(AppDbContext db, BreachRegister register, TimeProvider clock) : PageModel
{
    [BindProperty] public BreachInput Input { get; set; } = new();

    public Guid? Id { get; private set; }
    public IReadOnlyList<(Guid Id, string Name)> People { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid? id)
    {
        Id = id;
        if (id is not null)
        {
            var b = await db.Breaches.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id);
            if (b is null)
            {
                return NotFound();
            }

            Input = new BreachInput
            {
                PersonId = b.PersonId, PersonDescription = b.PersonDescription, Clauses = b.Clauses.Replace(",", ", ", StringComparison.Ordinal), WhatHappened = b.WhatHappened,
                OccurredOn = b.OccurredOn, FoundOn = b.FoundOn, Severity = b.Severity.ToString().ToLowerInvariant(), Confidentiality = b.Confidentiality,
                Defamation = b.Defamation, ActionTaken = b.ActionTaken, Outcome = b.Outcome, Version = b.Version,
            };
        }
        else
        {
            Input.FoundOn = SchoolTime.Today(clock);
            Input.Severity = "medium";
        }

        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id)
    {
        Id = id;
        var r = await register.SaveAsync(User, id, Input, HttpContext.RequestAborted);
        switch (r.Status)
        {
            case WorkflowStatus.Ok:
                TempData["Message"] = id is null ? "Breach recorded." : "Breach updated.";
                return RedirectToPage("/Breaches/Index");
            case WorkflowStatus.NotFound:
                return NotFound();
            case WorkflowStatus.Forbidden:
                return Forbid();
            case WorkflowStatus.Conflict:
                ModelState.AddModelError("", "Someone else changed this breach since you opened it. Open it again to see their changes.");
                Response.StatusCode = StatusCodes.Status409Conflict;
                break;
            default:
                ModelState.Clear();
                foreach (var x in r.Refusals ?? [])
                {
                    ModelState.AddModelError(x.Field is null ? "" : "Input." + x.Field, x.Message);
                }

                Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
                break;
        }

        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        var kinds = OversightReport.InScopeKinds;
        People = (await db.People.AsNoTracking().Where(p => kinds.Contains(p.Kind)).OrderBy(p => p.LastName).ThenBy(p => p.FirstName)
                .Select(p => new { p.Id, Name = (p.PreferredName ?? p.FirstName) + " " + p.LastName + (p.Position == null ? "" : ", " + p.Position) + (p.IsActive ? "" : " (left)") })
                .ToListAsync())
            .Select(p => (p.Id, p.Name)).ToList();
    }
}
