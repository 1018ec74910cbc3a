namespace Signpost.Data.Audit;

/// <summary>
/// One append-only entry of the audit log (clauses 8.1–8.2): who, in which role, did what to which entity, when,
/// and the outcome. Never the content of posts or any personal data: entity ids only.
/// Each record carries the hash of the one before it, so altering or deleting any record breaks the chain.
/// </summary>
public sealed class AuditRecord
{
    public long Sequence { get; set; }
    public DateTime At { get; set; }
    public Guid? SchoolId { get; set; }
    public string? ActorUserId { get; set; }
    public string? ActorRole { get; set; }
    public required string Action { get; set; }
    public required string EntityType { get; set; }
    public string? EntityId { get; set; }
    public required string Outcome { get; set; }
    public required string PrevHash { get; set; }
    public required string Hash { get; set; }
}

/// <summary>
/// The single row that says where the chain ends. Every audited save first UPDATEs this row, which takes a write lock
/// (a row lock on PostgreSQL, the database write lock on SQLite), so concurrent writers — also in other app
/// instances — append one after another and never fork the chain. An UPDATE rather than a SELECT, because a SELECT
/// takes no lock.
/// </summary>
public sealed class AuditChainHead
{
    public int Id { get; set; }
    public long LastSequence { get; set; }
    public required string LastHash { get; set; }
}
