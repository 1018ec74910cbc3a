namespace Signpost.Data.Entities;

/// <summary>A message on a person's home page ("your report was looked at", "a safeguarding concern needs you").
/// Pupils have no email, so this is how they are told; staff get it beside their email.</summary>
public sealed class Notice : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SchoolId { get; set; }
    public Guid PersonId { get; set; }

    /// <summary>A short machine name: "safeguarding-concern", "report-outcome", "moderation-overdue", "weekly-update", ...</summary>
    public required string Kind { get; set; }
    public required string Text { get; set; }
    public string? Link { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? ReadAt { get; set; }
}

/// <summary>A version of the school's Social Media Policy, kept in the platform (2.1).</summary>
public sealed class PolicyVersion : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SchoolId { get; set; }
    public int Number { get; set; }
    public required string Title { get; set; }
    public required string Markdown { get; set; }

    /// <summary>Null while a draft; once set, everyone in scope is asked to acknowledge this version.</summary>
    public DateTime? PublishedAt { get; set; }
    public Guid? PublishedById { get; set; }
    public DateTime CreatedAt { get; set; }
}

/// <summary>A person's acknowledgement of one policy version (2.1).</summary>
public sealed class PolicyAcknowledgement : ITenantOwned, IAppendOnly
{
    public Guid PolicyVersionId { get; set; }
    public Guid PersonId { get; set; }
    public Guid SchoolId { get; set; }
    public DateTime At { get; set; }
}

public enum BreachSeverity
{
    Low,
    Medium,
    High,
}

/// <summary>A breach of the policy (9.1–9.3); seen only by the Headteacher (and an HR role the school grants).</summary>
public sealed class Breach : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SchoolId { get; set; }
    public Guid? PersonId { get; set; }
    public string? PersonDescription { get; set; }

    /// <summary>Clause IDs, comma separated (e.g. "5.5,6.8").</summary>
    public required string Clauses { get; set; }
    public required string WhatHappened { get; set; }
    public DateOnly? OccurredOn { get; set; }
    public DateOnly FoundOn { get; set; }
    public BreachSeverity Severity { get; set; }
    public bool Confidentiality { get; set; }
    public bool Defamation { get; set; }
    public string? ActionTaken { get; set; }
    public string? Outcome { get; set; }
    public bool ReportedByContractor { get; set; }
    public Guid? RecordedById { get; set; }
    public DateTime RecordedAt { get; set; }
    public int Version { get; set; }
}

/// <summary>A school term (or half term): weeks outside every term are holidays and do not count for A.1.5.</summary>
public sealed class TermDate : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SchoolId { get; set; }
    public required string Name { get; set; }
    public DateOnly Start { get; set; }
    public DateOnly End { get; set; }
}

/// <summary>
/// One run of a scheduled monitor for one period ("weekly-update", site, "2026-W48"). Its unique key is how a monitor
/// runs once across several app instances and survives restarts: whoever inserts the row does the work.
/// </summary>
public sealed class MonitorRun : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SchoolId { get; set; }
    public required string Monitor { get; set; }
    public required string Subject { get; set; }
    public required string Period { get; set; }
    public DateTime At { get; set; }
    public string? Outcome { get; set; }
}
