namespace Signpost.Data.Entities;

/// <summary>A school: the tenant. Everything else belongs to exactly one school.</summary>
public sealed class School
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>Short URL-safe name, unique in the deployment (e.g. "holbrook").</summary>
    public required string Slug { get; set; }

    public required string Name { get; set; }

    /// <summary>The school's own website; the logo on every hosted site links here (A.4.7).</summary>
    public string? WebsiteUrl { get; set; }

    /// <summary>Path of the logo under /logos, or null for the default mark.</summary>
    public string? LogoPath { get; set; }

    public required string LocalAuthority { get; set; }

    /// <summary>Host name that selects this school for anonymous visitors when one deployment hosts several schools.</summary>
    public string? HostName { get; set; }

    /// <summary>Email domains of the school (for 6.10 advice and invitations), comma separated.</summary>
    public string? EmailDomains { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>From this moment the Headteacher and the DSL cannot use the platform without two-factor sign-in.</summary>
    public DateTime TwoFactorRequiredFrom { get; set; }

    /// <summary>How long a moderation item may wait, in school-day hours, before the ICT leader is alerted (A.5.3).</summary>
    public int ModerationTargetHours { get; set; } = 24;
}

public interface ITenantOwned
{
    Guid SchoolId { get; }
}
