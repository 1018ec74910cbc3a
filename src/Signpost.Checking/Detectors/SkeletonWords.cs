namespace Signpost.Checking.Detectors;

/// <summary>
/// A set of words as the skeleton spells them, looked up by a token's chars: a run of one letter is one letter ("off"
/// reads "of", "mummy" "mumy"; the run's length is kept apart, <see cref="Normalisation.Skeleton.Runs"/>), so tokens
/// are looked up as they stand.
/// </summary>
internal static class SkeletonWords
{
    public static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Of(params string[] words)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            set.Add(Collapse(word));
        }

        return set.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>
    /// Several word sets in one table, each word mapped to the bits of the sets it is in: a reader that asks of every token
    /// which of several sets it is in makes one look-up, not one per set (issue 3's p99 on long texts).
    /// </summary>
    public static Dictionary<string, byte>.AlternateLookup<ReadOnlySpan<char>> Flags(params (byte Flag, string[] Words)[] sets)
    {
        var table = new Dictionary<string, byte>(StringComparer.Ordinal);
        foreach (var (flag, words) in sets)
        {
            foreach (var word in words)
            {
                var key = Collapse(word);
                table[key] = (byte)(table.GetValueOrDefault(key) | flag);
            }
        }

        return table.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>A word as the skeleton spells it: a run of one letter once.</summary>
    public static string Collapse(string word)
    {
        var collapsed = new System.Text.StringBuilder(word.Length);
        foreach (var c in word)
        {
            if (collapsed.Length == 0 || collapsed[^1] != c)
            {
                collapsed.Append(c);
            }
        }

        return collapsed.ToString();
    }
}
