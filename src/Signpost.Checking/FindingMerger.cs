namespace Signpost.Checking;

/// <summary>
/// Several detectors can point at the same words (a numbered street found twice; "fuck" and "fucking"
/// both listed). Within one category, overlapping findings become one: the most severe, then the longest.
/// Findings come out in text order.
/// </summary>
internal static class FindingMerger
{
    public static List<Finding> Merge(List<Finding> findings)
    {
        if (findings.Count < 2)
        {
            return findings;
        }

        findings.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
        var result = new List<Finding>(findings.Count);

        // Sorted by start, a finding can only overlap the open finding of its category: the last one of that
        // category kept so far, found by looking back (no dictionary per check; looking back for a category
        // stops at its previous finding, so each category's looks add up to one pass at most).
        foreach (var f in findings)
        {
            var i = result.Count - 1;
            while (i >= 0 && !string.Equals(result[i].Category, f.Category, StringComparison.Ordinal))
            {
                i--;
            }

            if (i >= 0 && f.Start < result[i].Start + result[i].Length)
            {
                result[i] = Better(result[i], f);
                continue;
            }

            result.Add(f);
        }

        result.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : string.CompareOrdinal(a.Category, b.Category));
        return result;
    }

    private static Finding Better(Finding a, Finding b)
    {
        if (a.Severity != b.Severity)
        {
            return a.Severity > b.Severity ? a : b;
        }

        return b.Length > a.Length ? b : a;
    }
}
