using Signpost.Checking.Matching;

namespace Signpost.Checking.Detectors;

/// <summary>
/// Turns the one-pass trie hits of the word and phrase lists (profanity 5.2, extreme offence A.5.6,
/// bullying 3.4/5.5, safeguarding A.2.3, grooming A.2.2, opinion A.4.10/5.3, confidential 3.2, spam,
/// personal-post advice 6.x) into findings. Hits overlapped by an allow-list entry are dropped.
/// Health and family terms are left to <see cref="CircumstanceDetector"/>.
/// </summary>
internal sealed class PhraseListDetector : Detector
{
    public const string Circumstance = "circumstance";

    public override void Detect(CheckInput input)
    {
        var matches = input.ListMatches;
        foreach (var m in matches)
        {
            var e = m.Entry;
            if (e.IsAllow || e.Category == Circumstance || !ContextRules.Applies(e.Category, e.MessageKey, input.Context))
            {
                continue;
            }

            if (IsAllowed(input, m))
            {
                continue;
            }

            input.AddSkeleton(e.Category, e.Clause, e.Severity, m.Start, m.End, e.MessageKey);
        }
    }

    /// <summary>An allow-list entry overlapping the hit (and at least as long) cancels it.</summary>
    internal static bool IsAllowed(CheckInput input, PhraseMatch hit)
    {
        foreach (var m in input.AllowMatches)
        {
            if (m.Start < hit.End && hit.Start < m.End && m.End - m.Start >= hit.End - hit.Start)
            {
                return true;
            }
        }

        return false;
    }
}
