namespace Signpost.Data.Entities;

public enum SiteKind
{
    SchoolBlog,
    YearGroupBlog,
    ProjectBlog,
    ThirdParty,
}

/// <summary>Lifecycle of an official site (section 7, Appendix A).</summary>
public enum SiteStatus
{
    Draft,
    Submitted,
    Approved,
    Live,
    UnderReview,
    Archived,
    Rejected,
}

/// <summary>Who may read a site. Sites with pupil contributions default to the strongest (A.5.2).</summary>
public enum SitePrivacy
{
    Public,
    ParentsAndSchool,
    SchoolOnly,
    ClassOnly,
}

public enum SiteMemberRole
{
    Administrator,
    Moderator,
    Contributor,
}

public sealed class Site : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SchoolId { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public string? Summary { get; set; }
    public SiteKind Kind { get; set; }
    public SiteStatus Status { get; set; }
    public SitePrivacy Privacy { get; set; }
    public int? YearGroup { get; set; }
    public DateTime CreatedAt { get; set; }
    public List<SiteMember> Members { get; set; } = [];
}

public sealed class SiteMember : ITenantOwned
{
    public Guid SiteId { get; set; }
    public Guid PersonId { get; set; }
    public Guid SchoolId { get; set; }
    public SiteMemberRole Role { get; set; }
}
