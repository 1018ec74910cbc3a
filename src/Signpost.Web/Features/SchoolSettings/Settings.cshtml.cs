using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Signpost.Data;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Features.SchoolSettings;

/// <summary>The Headteacher keeps the school's name, website, Local Authority, email domains and logo (A.4.7).</summary>
[RequestSizeLimit(SchoolLogos.MaxBytes + 64 * 1024)]
public sealed class SettingsModel(AppDbContext db, SchoolLogos logos) : PageModel
{
    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter the school's name.")]
        [StringLength(200, MinimumLength = 3, ErrorMessage = "The school's name must be 3 to 200 characters.")]
        public string? Name { get; set; }

        [Required(ErrorMessage = "Enter the school's website address.")]
        [Url(ErrorMessage = "Enter the website as a full address starting with https://")]
        [StringLength(500)]
        public string? WebsiteUrl { get; set; }

        [Required(ErrorMessage = "Enter the Local Authority.")]
        [StringLength(200)]
        public string? LocalAuthority { get; set; }

        [StringLength(500)]
        [RegularExpression(@"^\s*([a-zA-Z0-9-]+(\.[a-zA-Z0-9-]+)+)(\s*,\s*[a-zA-Z0-9-]+(\.[a-zA-Z0-9-]+)+)*\s*$", ErrorMessage = "Give domains like holbrook.sch.uk, separated by commas.")]
        public string? EmailDomains { get; set; }
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty]
    public IFormFile? Logo { get; set; }

    public bool Saved { get; private set; }
    public string LogoUrl { get; private set; } = "/img/school-logo.svg";

    public async Task<IActionResult> OnGetAsync()
    {
        var school = await db.Schools.SingleAsync(s => s.Id == User.SchoolId());
        Input = new InputModel { Name = school.Name, WebsiteUrl = school.WebsiteUrl, LocalAuthority = school.LocalAuthority, EmailDomains = school.EmailDomains };
        LogoUrl = school.LogoPath ?? LogoUrl;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var school = await db.Schools.SingleAsync(s => s.Id == User.SchoolId());
        LogoUrl = school.LogoPath ?? LogoUrl;
        byte[]? image = null;
        string? extension = null;
        if (Logo is { Length: > 0 })
        {
            (image, extension, var error) = await SchoolLogos.ReadAsync(Logo, HttpContext.RequestAborted);
            if (error is not null)
            {
                ModelState.AddModelError(nameof(Logo), error);
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        school.Name = Input.Name!.Trim();
        school.WebsiteUrl = Input.WebsiteUrl!.Trim();
        school.LocalAuthority = Input.LocalAuthority!.Trim();
        school.EmailDomains = string.IsNullOrWhiteSpace(Input.EmailDomains) ? null : string.Join(',', Input.EmailDomains.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
        if (image is not null)
        {
            school.LogoPath = await logos.SaveAsync(school.Id, image, extension!, HttpContext.RequestAborted);
            LogoUrl = school.LogoPath;
        }

        await db.SaveChangesAsync();
        Saved = true;
        return Page();
    }
}
