namespace Signpost.Policy.Clauses;

/// <summary>
/// Every media enquiry goes to the Headteacher at once and only to the Headteacher; other staff do not answer the
/// media and are shown the policy's instruction when they meet an enquiry.
/// </summary>
[Clause("A.3.6", "Media enquiries go to the Headteacher at once; staff don't talk to the media")]
public static class MediaEnquiriesGoToTheHeadteacher
{
    /// <summary>The words of the policy, as staff are shown them.</summary>
    public const string Instruction =
        "All media enquiries must be forwarded to the head teacher immediately. Staff members must not communicate with the media without the advice or approval of the head teacher.";

    public const int MaximumMessageLength = 5000;

    public static RuleOutcome MayRead(IEnumerable<string> roles) =>
        roles.Contains("Headteacher", StringComparer.Ordinal)
            ? RuleOutcome.Allowed
            : RuleOutcome.Blocked("A.3.6", "Only the Headteacher reads media enquiries. " + Instruction);
}
