using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Features.People;

[RequestSizeLimit(ImportModel.MaxBytes + 64 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = ImportModel.MaxBytes + 64 * 1024)]
public sealed class ImportModel(RosterImporter importer) : PageModel
{
    public const int MaxBytes = 5 * 1024 * 1024;

    [BindProperty]
    public RosterKind? Kind { get; set; }

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public RosterImportResult? Result { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        ModelState.Clear();
        if (Kind is null)
        {
            ModelState.AddModelError(nameof(Kind), "Choose what is in the file: pupils, staff or parents.");
        }

        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), "Choose the CSV file to import.");
        }
        else if (Upload.Length > MaxBytes)
        {
            ModelState.AddModelError(nameof(Upload), "The file is larger than 5 MB. Export one kind of roster at a time.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        using var reader = new StreamReader(Upload!.OpenReadStream(), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        Result = await importer.ImportAsync(User.SchoolId()!.Value, User.PersonId()!.Value, Kind!.Value, reader, HttpContext.RequestAborted);
        if (!Result.Succeeded)
        {
            ModelState.AddModelError(nameof(Upload), $"The file has {Result.Errors.Count} {(Result.Errors.Count == 1 ? "problem" : "problems")}, listed below. Nothing was imported.");
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }

        return Page();
    }
}
