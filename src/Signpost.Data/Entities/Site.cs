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

public enum ExitPlan
{
    Archive,
    Delete,
    HandOver,
}

/// <summary>
/// An official site: the school blog, a year-group or project blog, or an account on a third-party service. It is
/// born as a proposal (section 7, Appendix A) and only goes live once the Headteacher has approved it and the go-live
/// rules hold. Status changes only through the methods below; the rules that allow them live in Signpost.Policy.
/// </summary>
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

    // The proposal (A.1.2–A.1.7, A.5.1, A.5.5, A.2.4, A.3.5, A.5.7).
    public Guid? ProposedById { get; set; }
    public string? Purpose { get; set; }
    public string? Reason { get; set; }
    public string? AudienceYearGroups { get; set; }
    public bool AudienceParents { get; set; }
    public bool AudienceStaff { get; set; }
    public bool AudiencePublic { get; set; }
    public bool PupilsMayPost { get; set; }
    public bool PupilsMayComment { get; set; }
    public bool PupilsMayUploadImages { get; set; }
    public bool ParentsMayComment { get; set; }
    public bool PublicMayComment { get; set; }
    public string? ProviderName { get; set; }
    public int? ProviderMinimumAge { get; set; }
    public decimal? HoursPerWeek { get; set; }
    public string? Maintainers { get; set; }
    public Guid? ResourcedById { get; set; }
    public DateOnly? StartDate { get; set; }
    public DateOnly? EndDate { get; set; }
    public ExitPlan? ExitPlan { get; set; }
    public string? ExitPlanDetails { get; set; }
    public string? SuccessMeasures { get; set; }
    public string? InterventionPlan { get; set; }
    public string? GoodPracticeChecklist { get; set; }
    public bool UseSchoolLogo { get; set; }
    public bool AdvertiseForContributors { get; set; }
    public string? TermsOfUse { get; set; }
    public string? HouseRules { get; set; }
    public DateOnly? ReviewDate { get; set; }

    public DateTime? SubmittedAt { get; set; }
    public Guid? LeadershipReviewedById { get; set; }
    public DateTime? LeadershipReviewedAt { get; set; }
    public string? LeadershipReviewNotes { get; set; }
    public Guid? DecidedById { get; set; }
    public DateTime? DecidedAt { get; set; }
    public string? DecisionReasons { get; set; }
    public DateTime? LiveAt { get; set; }

    /// <summary>When the site closed at the end of its life, as its exit plan says (A.1.6).</summary>
    public DateTime? ClosedAt { get; set; }

    /// <summary>True when the exit plan deleted the site: its pages are gone, its record and history stay.</summary>
    public bool Deleted { get; set; }

    /// <summary>Version for optimistic concurrency: two people cannot act on the same proposal at once.</summary>
    public int Version { get; set; }

    public bool PupilsContribute => PupilsMayPost || PupilsMayComment || PupilsMayUploadImages;

    public IReadOnlyList<int> AudienceYears =>
        (AudienceYearGroups ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(y => int.TryParse(y, out var n) ? n : -1).Where(n => n is >= 0 and <= 6).Order().ToList();

    private void Move(SiteStatus from, SiteStatus to)
    {
        if (Status != from)
        {
            throw new InvalidOperationException($"A {Status} site cannot become {to}.");
        }

        Status = to;
        Version++;
    }

    public void Submit(DateTime at)
    {
        Move(SiteStatus.Draft, SiteStatus.Submitted);
        SubmittedAt = at;
    }

    public void RecordLeadershipReview(Guid by, DateTime at, string notes)
    {
        if (Status != SiteStatus.Submitted)
        {
            throw new InvalidOperationException("Only a submitted proposal is reviewed.");
        }

        LeadershipReviewedById = by;
        LeadershipReviewedAt = at;
        LeadershipReviewNotes = notes;
        Version++;
    }

    public void Approve(Guid by, DateTime at, string? reasons)
    {
        Move(SiteStatus.Submitted, SiteStatus.Approved);
        (DecidedById, DecidedAt, DecisionReasons) = (by, at, reasons);
    }

    public void Reject(Guid by, DateTime at, string reasons)
    {
        Move(SiteStatus.Submitted, SiteStatus.Rejected);
        (DecidedById, DecidedAt, DecisionReasons) = (by, at, reasons);
    }

    /// <summary>Back to the proposer as a draft, with the Headteacher's reasons; the leadership review is needed again.</summary>
    public void SendBack(Guid by, DateTime at, string reasons)
    {
        Move(SiteStatus.Submitted, SiteStatus.Draft);
        (DecidedById, DecidedAt, DecisionReasons) = (by, at, reasons);
        (LeadershipReviewedById, LeadershipReviewedAt, LeadershipReviewNotes, SubmittedAt) = (null, null, null, null);
    }

    public void GoLive(DateTime at)
    {
        Move(SiteStatus.Approved, SiteStatus.Live);
        LiveAt = at;
    }

    /// <summary>At the end of its planned life the site closes as its exit plan says (A.1.6): archived read-only, deleted, or handed over.</summary>
    public void Close(DateTime at)
    {
        if (Status is not (SiteStatus.Live or SiteStatus.UnderReview))
        {
            throw new InvalidOperationException($"A {Status} site cannot be closed.");
        }

        Status = SiteStatus.Archived;
        ClosedAt = at;
        Deleted = ExitPlan == Entities.ExitPlan.Delete;
        Version++;
    }

    /// <summary>Changes who may read a running site; the rule that pupil sites are never public is the caller's (A.5.2).</summary>
    public void ChangePrivacy(SitePrivacy privacy)
    {
        if (Status is not (SiteStatus.Live or SiteStatus.UnderReview or SiteStatus.Approved))
        {
            throw new InvalidOperationException("Only a running site's privacy is changed here.");
        }

        Privacy = privacy;
        Version++;
    }

    /// <summary>The site's review date has come (A.1.6, A.1.7): it keeps running while it is reviewed and evaluated.</summary>
    public void StartReview() => Move(SiteStatus.Live, SiteStatus.UnderReview);

    /// <summary>The review is over and the site carries on until its next review date.</summary>
    public void CompleteReview(DateOnly nextReview)
    {
        Move(SiteStatus.UnderReview, SiteStatus.Live);
        ReviewDate = nextReview;
    }

    /// <summary>The Headteacher extends a running site's life to a new end date.</summary>
    public void Extend(DateOnly newEnd)
    {
        if (Status is not (SiteStatus.Live or SiteStatus.UnderReview or SiteStatus.Approved))
        {
            throw new InvalidOperationException("Only a running site can be extended.");
        }

        EndDate = newEnd;
        Version++;
    }
}

public enum SiteEventKind
{
    Proposed,
    DraftSaved,
    Submitted,
    LeadershipReviewed,
    Approved,
    Rejected,
    SentBack,
    WentLive,
    GoLiveRefused,
    Extended,
    Closed,
    PrivacyChanged,
    ReviewStarted,
    ReviewCompleted,
    Evaluated,
}

/// <summary>One dated, attributed step in a site's life. Append-only: the proposal's history as people read it.</summary>
public sealed class SiteEvent : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SiteId { get; set; }
    public Guid SchoolId { get; set; }
    public DateTime At { get; set; }
    public Guid? ByPersonId { get; set; }
    public SiteEventKind Kind { get; set; }
    public string? Notes { get; set; }
}

public sealed class SiteMember : ITenantOwned
{
    public Guid SiteId { get; set; }
    public Guid PersonId { get; set; }
    public Guid SchoolId { get; set; }
    public SiteMemberRole Role { get; set; }
}

public enum ParticipationStatus
{
    Pending,
    Approved,
    Rejected,
}

/// <summary>
/// A member of staff asks to take part, for the school, in a site someone else runs (a partner's blog, a council
/// forum, a subject community); the Headteacher decides (A.3.3).
/// </summary>
public sealed class ParticipationRequest : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SchoolId { get; set; }
    public Guid RequestedById { get; set; }
    public required string Service { get; set; }
    public required string Purpose { get; set; }
    public string? Address { get; set; }
    public ParticipationStatus Status { get; set; }
    public DateTime RequestedAt { get; set; }
    public Guid? DecidedById { get; set; }
    public DateTime? DecidedAt { get; set; }
    public string? Reasons { get; set; }
    public int Version { get; set; }

    public void Decide(bool approve, Guid by, DateTime at, string? reasons)
    {
        if (Status != ParticipationStatus.Pending)
        {
            throw new InvalidOperationException("This request has already been decided.");
        }

        (Status, DecidedById, DecidedAt, Reasons) = (approve ? ParticipationStatus.Approved : ParticipationStatus.Rejected, by, at, reasons);
        Version++;
    }
}
