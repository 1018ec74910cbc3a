using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Signpost.Data.Audit;

public static class AuditHasher
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>PostgreSQL keeps microseconds, SQLite keeps ticks: times are cut to microseconds before hashing and storing, so both agree.</summary>
    public static DateTime Truncate(DateTime utc) =>
        new(utc.Ticks - (utc.Ticks % 10), DateTimeKind.Utc);

    public static string Compute(AuditRecord r)
    {
        var canonical = string.Join('\u001f',
            r.Sequence.ToString(CultureInfo.InvariantCulture),
            r.At.ToString("yyyy-MM-ddTHH:mm:ss.ffffff", CultureInfo.InvariantCulture),
            r.SchoolId?.ToString("D") ?? "",
            r.ActorUserId ?? "",
            r.ActorRole ?? "",
            r.Action,
            r.EntityType,
            r.EntityId ?? "",
            r.Outcome,
            r.PrevHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }
}
