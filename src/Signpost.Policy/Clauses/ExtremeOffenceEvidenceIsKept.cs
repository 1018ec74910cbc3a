using System.Security.Cryptography;
using System.Text;

namespace Signpost.Policy.Clauses;

/// <summary>
/// Extreme offence is never published; what was written is kept unchanged as evidence (text, author, time, place and
/// its SHA-256), readable only by the DSL and the Headteacher with two-factor sign-in, so that the Police or CEOP can
/// be told with a report pack whose hashes anyone can check.
/// </summary>
[Clause("A.5.6", "Extreme offence never tolerated; Police / CEOP told of illegal content")]
public static class ExtremeOffenceEvidenceIsKept
{
    /// <summary>The hex SHA-256 of the UTF-8 text: how the evidence was sealed when it was kept.</summary>
    public static string HashOf(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>Whether the evidence text still matches the hash sealed when it was kept.</summary>
    public static bool IsIntact(string text, string sealedHash) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(HashOf(text)), Encoding.ASCII.GetBytes(sealedHash.Trim().ToLowerInvariant()));

    /// <summary>Evidence, and the report pack made from it, are for the DSL and the Headteacher only, signed in with two-factor.</summary>
    public static RuleOutcome MayRead(IEnumerable<string> roles, bool signedInWithTwoFactor) =>
        SafeguardingConcernsStayWithTheDsl.MayOpen(roles, signedInWithTwoFactor) switch
        {
            BlockedOutcome b => RuleOutcome.Blocked("A.5.6", b.Reason),
            var ok => ok,
        };
}
