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
        if (findings is Finding[] array)
        {
            return Decide(array);
        }

        // A loop, not a spread (which compiles to LINQ's ToArray): `signpost check` never loads System.Linq.
        var copy = new Finding[findings.Count];
        for (var i = 0; i < copy.Length; i++)
        {
            copy[i] = findings[i];
        }

        return Decide(copy);
    }

    /// <summary>
    /// <see cref="Decide(IReadOnlyList{Finding})"/> over the checker's own array, by index: through the list interface
    /// an array's count and items are interface calls, and a foreach made an enumerator (issue 3's speed).
    /// </summary>
    internal static CheckAction Decide(Finding[] findings)
    {
        for (var i = 0; i < findings.Length; i++)
        {
            if (findings[i].Category == Categories.ExtremeOffence)
            {
                return CheckAction.Block;
            }
        }

        return findings.Length == 0 ? CheckAction.Allow : CheckAction.Hold;
    }
}
