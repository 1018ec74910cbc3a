using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Signpost.Data;
using Signpost.Data.Entities;

namespace Signpost.Web.Features.Classes;

public sealed class IndexModel(AppDbContext db) : PageModel
{
    public sealed record ClassRow(Guid Id, string Name, int Pupils);

    public IReadOnlyList<ClassRow> Classes { get; private set; } = [];

    public async Task OnGetAsync() =>
        Classes = await db.Classes.AsNoTracking().OrderBy(c => c.YearGroup).ThenBy(c => c.Name)
            .Select(c => new ClassRow(c.Id, c.Name, db.People.Count(p => p.ClassId == c.Id && p.IsActive && p.Kind == PersonKind.Pupil)))
            .ToListAsync();
}
