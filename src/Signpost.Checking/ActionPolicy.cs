namespace Signpost.Checking;

/// <summary>
/// What the findings mean for publishing (CONTRACT.md "action"). Extreme offence is never published
/// (A.5.6): block, in every context. Anything else found needs a person: hold. On a pupil site or a
/// public comment that is moderation before publishing (A.5.3); on a staff post it is the approver's
/// look (A.3.4); on a personal post "hold" means "think again before posting" (6.x are advice).
/// Nothing found: allow.
/// </summary>
public static class ActionPolicy
{
    public static CheckAction Decide(IReadOnlyList<Finding> findings)
    {
        if (findings.Count == 0)
        {
            return CheckAction.Allow;
        }

        foreach (var f in findings)
        {
            if (f.Category == Categories.ExtremeOffence)
            {
                return CheckAction.Block;
            }
        }

        return CheckAction.Hold;
    }

    /// <summary><see cref="Decide(IReadOnlyList{Finding})"/> for the checker's own array: walked by index, with no enumerator.</summary>
    internal static CheckAction Decide(Finding[] findings)
    {
        if (findings.Length == 0)
        {
            return CheckAction.Allow;
        }

        for (var i = 0; i < findings.Length; i++)
        {
            if (findings[i].Category == Categories.ExtremeOffence)
            {
                return CheckAction.Block;
            }
        }

        return CheckAction.Hold;
    }
}
