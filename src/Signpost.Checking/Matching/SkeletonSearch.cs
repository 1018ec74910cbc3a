using Signpost.Checking.Normalisation;

namespace Signpost.Checking.Matching;

/// <summary>Finds a whole-word skeleton key ("holbrok primary") in a skeleton; used for school and class names.</summary>
internal static class SkeletonSearch
{
    public static IEnumerable<int> FindAll(Skeleton sk, string key)
    {
        var results = new List<int>();
        if (key.Length == 0)
        {
            return results;
        }

        var chars = sk.Chars.AsSpan(0, sk.Length);
        var from = 0;
        while (from < chars.Length)
        {
            var i = chars[from..].IndexOf(key.AsSpan());
            if (i < 0)
            {
                break;
            }

            var at = from + i;
            var end = at + key.Length;
            if ((at == 0 || sk.IsBoundary(at - 1)) && sk.IsBoundary(end))
            {
                results.Add(at);
            }

            from = at + 1;
        }

        return results;
    }
}
