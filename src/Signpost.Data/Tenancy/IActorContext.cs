namespace Signpost.Data.Tenancy;

/// <summary>
/// Who is acting and for which school. The DbContext uses it to scope every query to one school (fail-closed: no
/// school and not the system means no rows) and to attribute audit records.
/// </summary>
public interface IActorContext
{
    /// <summary>The school whose data may be read and written, or null when none is known.</summary>
    Guid? SchoolId { get; }

    /// <summary>True only for start-up, seeding, the CLI and background jobs: sees every school.</summary>
    bool IsSystem { get; }

    string? UserId { get; }

    /// <summary>The role the actor acted in (their highest role), for the audit log.</summary>
    string? Role { get; }
}

public sealed class SystemActor : IActorContext
{
    public static readonly SystemActor Instance = new();
    public Guid? SchoolId => null;
    public bool IsSystem => true;
    public string? UserId => null;
    public string? Role => "system";
}

/// <summary>A fixed actor, for tests and for work done on behalf of one school outside a request.</summary>
public sealed record FixedActor(Guid? SchoolId, string? UserId, string? Role, bool IsSystem = false) : IActorContext;
