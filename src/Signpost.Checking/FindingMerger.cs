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
        foreach (var f in findings)
        {
            var merged = false;
            for (var i = 0; i < result.Count; i++)
            {
                var r = result[i];
                if (r.Category == f.Category && f.Start < r.Start + r.Length && r.Start < f.Start + f.Length)
                {
                    result[i] = Better(r, f);
                    merged = true;
                    break;
                }
            }

            if (!merged)
            {
                result.Add(f);
            }
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
