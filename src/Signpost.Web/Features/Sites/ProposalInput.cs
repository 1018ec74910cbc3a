using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;

namespace Signpost.Web.Features.Sites;

/// <summary>
/// A site proposal as typed on the form or sent to the API. Only its shape is checked here (lengths, ranges); whether
/// it is complete enough to submit is the policy's question (ProposalIsComplete).
/// </summary>
public sealed class ProposalInput
{
    [Required(ErrorMessage = "Give the site a name.")]
    [StringLength(150, MinimumLength = 3, ErrorMessage = "The name must be 3 to 150 characters.")]
    public string? Name { get; set; }

    /// <summary>year-group-blog, project-blog or third-party.</summary>
    [RegularExpression("^(year-group-blog|project-blog|third-party)$", ErrorMessage = "Choose the kind of site: year-group blog, project blog or a site on another service.")]
    public string? Kind { get; set; } = "project-blog";

    [Range(0, 6, ErrorMessage = "A year group is R (0) or 1 to 6.")]
    public int? YearGroup { get; set; }

    [StringLength(1000)] public string? Summary { get; set; }
    [StringLength(2000)] public string? Purpose { get; set; }
    [StringLength(2000)] public string? Reason { get; set; }
    public List<int> AudienceYears { get; set; } = [];
    public bool AudienceParents { get; set; }
    public bool AudienceStaff { get; set; }
    public bool AudiencePublic { get; set; }
    public bool PupilsMayPost { get; set; }
    public bool PupilsMayComment { get; set; }
    public bool PupilsMayUploadImages { get; set; }
    public bool ParentsMayComment { get; set; }
    public bool PublicMayComment { get; set; }
    [StringLength(100)] public string? ProviderName { get; set; }
    [Range(0, 21, ErrorMessage = "A minimum age is between 0 and 21.")] public int? ProviderMinimumAge { get; set; }
    [Range(0.5, 40, ErrorMessage = "Hours a week must be between 0.5 and 40.")] public decimal? HoursPerWeek { get; set; }
    [StringLength(500)] public string? Maintainers { get; set; }

    /// <summary>Username of the Assistant Head who resources the site (A.1.5).</summary>
    [StringLength(64)] public string? ResourcedBy { get; set; }

    public DateOnly? StartDate { get; set; }
    public DateOnly? EndDate { get; set; }

    /// <summary>archive, delete or hand-over.</summary>
    [RegularExpression("^(archive|delete|hand-over)$", ErrorMessage = "Choose archive, delete or hand over.")]
    public string? ExitPlan { get; set; }

    [StringLength(2000)] public string? ExitPlanDetails { get; set; }
    [StringLength(2000)] public string? SuccessMeasures { get; set; }

    /// <summary>Usernames of the proposed administrators (A.5.4: two or more).</summary>
    public List<string> Administrators { get; set; } = [];

    [StringLength(2000)] public string? InterventionPlan { get; set; }
    public List<string> GoodPractice { get; set; } = [];
    public bool UseSchoolLogo { get; set; }
    public bool AdvertiseForContributors { get; set; }
    [StringLength(20000)] public string? TermsOfUse { get; set; }
    [StringLength(20000)] public string? HouseRules { get; set; }

    /// <summary>public, parents-and-school, school-only or class-only.</summary>
    [RegularExpression("^(public|parents-and-school|school-only|class-only)$", ErrorMessage = "Choose who may read the site.")]
    public string? Privacy { get; set; }

    /// <summary>The version the editor started from; a stale one is refused with 409.</summary>
    [JsonPropertyName("version")]
    public int? Version { get; set; }
}
