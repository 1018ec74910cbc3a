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

    public const string NotUtf8 = "The file is not saved as UTF-8, so some letters in names would be lost. In Excel choose Save As, then \"CSV UTF-8 (comma delimited)\", and import that file.";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

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

        // Strict UTF-8: an export saved in another encoding (Excel's plain "CSV" is Windows-1252) would otherwise turn
        // every "ë" or "é" into "�" in people's names without a word. Refuse it and say how to save it properly.
        string text;
        try
        {
            using var reader = new StreamReader(Upload!.OpenReadStream(), StrictUtf8, detectEncodingFromByteOrderMarks: true);
            text = await reader.ReadToEndAsync(HttpContext.RequestAborted);
        }
        catch (DecoderFallbackException)
        {
            ModelState.AddModelError(nameof(Upload), NotUtf8);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        using var rows = new StringReader(text);
        Result = await importer.ImportAsync(User.SchoolId()!.Value, User.PersonId()!.Value, Kind!.Value, rows, HttpContext.RequestAborted);
        if (!Result.Succeeded)
        {
            ModelState.AddModelError(nameof(Upload), $"The file has {Result.Errors.Count} {(Result.Errors.Count == 1 ? "problem" : "problems")}, listed below. Nothing was imported.");
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }

        return Page();
    }
}
