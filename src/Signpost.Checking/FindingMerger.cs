using System.Runtime.InteropServices;

namespace Signpost.Checking;

/// <summary>
/// Several detectors can point at the same words (a numbered street found twice; "fuck" and "fucking"
/// both listed). Within one category, overlapping findings become one: the most severe, then the longest.
/// Findings come out in text order.
/// </summary>
internal static class FindingMerger
{
    /// <summary>Up to this many findings are sorted by <see cref="InsertionSort"/> (List.Sort's own steps for so few).</summary>
    private const int SmallCount = 16;

    /// <summary>The merged findings (<paramref name="findings"/> is sorted in place on the way).</summary>
    public static Finding[] Merge(List<Finding> findings)
    {
        if (findings.Count < 2)
        {
            return [.. findings];
        }

        var all = CollectionsMarshal.AsSpan(findings);
        if (all.Length <= SmallCount)
        {
            InsertionSort(all, ByStartThenLongest);
        }
        else
        {
            findings.Sort(ByStartThenLongest);
            all = CollectionsMarshal.AsSpan(findings);
        }

        // Sorted by start, a finding can only overlap the open finding of its category: the last one of that
        // category kept so far, found by looking back (no dictionary per check; looking back for a category
        // stops at its previous finding, so each category's looks add up to one pass at most).
        var result = new Finding[all.Length];
        var count = 0;
        foreach (var f in all)
        {
            var i = count - 1;
            while (i >= 0 && !string.Equals(result[i].Category, f.Category, StringComparison.Ordinal))
            {
                i--;
            }

            if (i >= 0 && f.Start < result[i].Start + result[i].Length)
            {
                result[i] = Better(result[i], f);
                continue;
            }

            result[count++] = f;
        }

        var merged = result.AsSpan(0, count);
        if (count <= SmallCount)
        {
            InsertionSort(merged, ByStartThenCategory);
        }
        else
        {
            merged.Sort(ByStartThenCategory);
        }

        return count == result.Length ? result : merged.ToArray();
    }

    private static readonly Comparison<Finding> ByStartThenLongest =
        static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length);

    private static readonly Comparison<Finding> ByStartThenCategory =
        static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : string.CompareOrdinal(a.Category, b.Category);

    /// <summary>
    /// What List.Sort (introsort) does with 16 items or fewer, step for step, so equal items end in the same order:
    /// two or three by compare-and-swap, more by insertion. Called directly, it skips the sort's set-up, a good part
    /// of merging a check's few findings (issue 3's speed).
    /// </summary>
    private static void InsertionSort(Span<Finding> items, Comparison<Finding> compare)
    {
        if (items.Length == 2)
        {
            SwapIfGreater(items, compare, 0, 1);
            return;
        }

        if (items.Length == 3)
        {
            SwapIfGreater(items, compare, 0, 1);
            SwapIfGreater(items, compare, 0, 2);
            SwapIfGreater(items, compare, 1, 2);
            return;
        }

        for (var i = 0; i < items.Length - 1; i++)
        {
            var item = items[i + 1];
            var j = i;
            while (j >= 0 && compare(item, items[j]) < 0)
            {
                items[j + 1] = items[j];
                j--;
            }

            items[j + 1] = item;
        }
    }

    private static void SwapIfGreater(Span<Finding> items, Comparison<Finding> compare, int i, int j)
    {
        if (compare(items[i], items[j]) > 0)
        {
            (items[i], items[j]) = (items[j], items[i]);
        }
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
