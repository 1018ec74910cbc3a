namespace Signpost.Data.Entities;

/// <summary>Everyone clause 2.1 covers ("staff members"), plus pupils and parents.</summary>
public enum PersonKind
{
    TeachingStaff,
    SupportStaff,
    Governor,
    Contractor,
    Trainee,
    Volunteer,
    Pupil,
    Parent,
}

/// <summary>Who employs a member of staff (2.1: "whether employed by the LA or directly by the school").</summary>
public enum Employer
{
    School,
    LocalAuthority,
    Other,
}

public enum PhotoConsent
{
    No,
    Limited,
    Yes,
}

/// <summary>What a person may do in the platform. A person can hold several.</summary>
public enum Role
{
    Headteacher,
    LeadershipTeam,
    AssistantHead,
    IctLeader,
    DesignatedSafeguardingLead,
    CommunicationsManager,
    Staff,
    Pupil,
    Parent,

    /// <summary>Reads, exports and records in the breach register beside the Headteacher (9.1–9.3); granted by the Headteacher only. Last, so it is never anyone's "highest" role.</summary>
    HumanResources,
}

public sealed class Person : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SchoolId { get; set; }
    public PersonKind Kind { get; set; }
    public required string FirstName { get; set; }
    public required string LastName { get; set; }

    /// <summary>A name the person goes by (a nickname, or the pseudonym a pupil is shown under).</summary>
    public string? PreferredName { get; set; }

    /// <summary>Job title shown beside staff posts (A.4.8), e.g. "Year 4 teacher".</summary>
    public string? Position { get; set; }

    public Employer? Employer { get; set; }

    /// <summary>Pupils: 0 is Reception, 1–6 are Years 1–6.</summary>
    public int? YearGroup { get; set; }

    public Guid? ClassId { get; set; }
    public SchoolClass? Class { get; set; }
    public PhotoConsent? PhotoConsent { get; set; }

    /// <summary>The identifier of the school's information system (UPN, staff code, contact id): how a roster re-import recognises the person.</summary>
    public string? ExternalId { get; set; }

    /// <summary>Which roster file the person came from ("pupils", "staff", "parents"), or null when added by hand. A re-import of that roster deactivates those it no longer lists.</summary>
    public string? RosterSource { get; set; }

    public string? Email { get; set; }
    public bool IsActive { get; set; } = true;
    public DateTime? LeftAt { get; set; }
    public string? UserId { get; set; }
    public DateTime CreatedAt { get; set; }

    public List<PersonRole> Roles { get; set; } = [];

    public string DisplayName => $"{PreferredName ?? FirstName} {LastName}";

    /// <summary>How a pupil appears anywhere others can see: first name (or pseudonym) only (A.5.2).</summary>
    public string PublicPupilName => PreferredName ?? FirstName;

    /// <summary>A "staff member" in the sense of clause 2.1.</summary>
    public bool IsStaffMember => IsStaffKind(Kind);

    /// <summary>Whether a kind of person is a "staff member" in the sense of clause 2.1.</summary>
    public static bool IsStaffKind(PersonKind kind) => Signpost.Policy.Clauses.PeopleCoveredByThePolicy.IsStaffMember(kind.ToString());

    /// <summary>6.7: a leaver loses access at once; what they published stays.</summary>
    public void MarkLeft(DateTime at)
    {
        if (!IsActive)
        {
            return;
        }

        IsActive = false;
        LeftAt = at;
    }

    public void Rejoin()
    {
        IsActive = true;
        LeftAt = null;
    }
}

public sealed class PersonRole : ITenantOwned
{
    public Guid PersonId { get; set; }
    public Guid SchoolId { get; set; }
    public Role Role { get; set; }
}

/// <summary>A parent or carer linked to their child.</summary>
public sealed class ParentLink : ITenantOwned
{
    public Guid ParentId { get; set; }
    public Guid PupilId { get; set; }
    public Guid SchoolId { get; set; }
    public string? Relationship { get; set; }
}

public sealed class SchoolClass : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SchoolId { get; set; }
    public required string Name { get; set; }
    public int YearGroup { get; set; }

    /// <summary>Hash of the simple class password pupils may type after choosing their name; null when the class uses picture passwords only.</summary>
    public string? ClassPasswordHash { get; set; }
}

/// <summary>How a pupil without an email address signs in: a picture password and a printable QR card.</summary>
public sealed class PupilLogin : ITenantOwned
{
    public Guid PersonId { get; set; }
    public Guid SchoolId { get; set; }
    /// <summary>The picture password (three picture names), encrypted with the app's data-protection keys so a teacher can print it on the card.</summary>
    public string? PictureHash { get; set; }
    /// <summary>SHA-256 of the current QR card's token, to find the pupil when a card is scanned.</summary>
    public string? QrTokenHash { get; set; }

    /// <summary>The current card's token, encrypted with the app's data-protection keys, so the class's cards can be printed again.</summary>
    public string? QrToken { get; set; }
    public DateTime? QrIssuedAt { get; set; }
    public DateTime? QrRevokedAt { get; set; }
}
