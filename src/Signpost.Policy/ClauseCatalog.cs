using System.Reflection;

namespace Signpost.Policy;

/// <summary>Every clause the code implements, found by reflection over [Clause] attributes.</summary>
public static class ClauseCatalog
{
    public static IReadOnlyList<(string Id, string Summary, Type Rule)> Implemented { get; } =
        typeof(ClauseCatalog).Assembly.GetTypes()
            .SelectMany(t => t.GetCustomAttributes<ClauseAttribute>().Select(a => (a.Id, a.Summary, t)))
            .OrderBy(x => x.Id, StringComparer.Ordinal)
            .ToList();
}
