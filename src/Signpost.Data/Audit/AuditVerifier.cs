using Microsoft.EntityFrameworkCore;

namespace Signpost.Data.Audit;

public sealed record AuditVerification(bool Ok, long RecordsChecked, long? FirstBrokenSequence, string Message);

/// <summary>Walks the chain from the start and reports OK or the first record that was altered, removed or inserted.</summary>
public static class AuditVerifier
{
    public static async Task<AuditVerification> VerifyAsync(AppDbContext db, CancellationToken ct = default)
    {
        var prevHash = AuditHasher.Genesis;
        long expected = 1;
        long checkedCount = 0;
        const int batch = 5000;
        while (true)
        {
            var from = expected;
            var page = await db.AuditRecords.AsNoTracking()
                .Where(r => r.Sequence >= from)
                .OrderBy(r => r.Sequence)
                .Take(batch)
                .ToListAsync(ct);
            foreach (var r in page)
            {
                if (r.Sequence != expected)
                {
                    return new(false, checkedCount, expected,
                        $"Record {expected} is missing (the next record is {r.Sequence}): a record was deleted.");
                }

                if (r.PrevHash != prevHash)
                {
                    return new(false, checkedCount, r.Sequence,
                        $"Record {r.Sequence} does not follow record {r.Sequence - 1}: the chain was cut or a record was replaced.");
                }

                if (AuditHasher.Compute(r) != r.Hash)
                {
                    return new(false, checkedCount, r.Sequence, $"Record {r.Sequence} was altered after it was written.");
                }

                prevHash = r.Hash;
                expected++;
                checkedCount++;
            }

            if (page.Count < batch)
            {
                break;
            }
        }

        var head = await db.AuditChainHeads.AsNoTracking().SingleAsync(ct);
        if (head.LastSequence != expected - 1 || head.LastHash != prevHash)
        {
            return new(false, checkedCount, expected,
                $"The log ends at record {expected - 1} but {head.LastSequence} were written: records were removed from the end.");
        }

        return new(true, checkedCount, null, $"OK: {checkedCount} audit records, chain intact.");
    }
}
