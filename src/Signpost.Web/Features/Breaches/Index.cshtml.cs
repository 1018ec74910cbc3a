using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Features.Breaches;

/// <summary>The breach register (9.1–9.3), the Headteacher's alone; CSV export with formula cells neutralised.</summary>
public sealed class IndexModel(BreachRegister register) : PageModel
{
    public IReadOnlyList<BreachRow> Rows { get; private set; } = [];
    public string? Message { get; private set; }

    public async Task OnGetAsync()
    {
        Message = TempData["Message"] as string;
        Rows = await register.ListAsync(HttpContext.RequestAborted);
    }

    public async Task<IActionResult> OnGetCsvAsync() =>
        File(Csv.Bytes(new System.Text.StringBuilder(await register.CsvAsync(HttpContext.RequestAborted))), "text/csv; charset=utf-8", "breach-register.csv");
}
