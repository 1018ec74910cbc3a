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
            var collapsed = new System.Text.StringBuilder(word.Length);
            foreach (var c in word)
            {
                if (collapsed.Length == 0 || collapsed[^1] != c)
                {
                    collapsed.Append(c);
                }
            }

            set.Add(collapsed.ToString());
        }

        return set.GetAlternateLookup<ReadOnlySpan<char>>();
    }
}
