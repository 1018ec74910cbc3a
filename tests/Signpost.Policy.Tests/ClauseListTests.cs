namespace Signpost.Policy.Tests;

/// <summary>Keeps the code's clauses and docs/policy-clauses.md (which follows ../shared/policy/CLAUSES.md) in step.</summary>
public class ClauseListTests
{
    private static readonly Dictionary<string, string> Listed = ReadList();

    private static Dictionary<string, string> ReadList()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Signpost.slnx")))
        {
            dir = dir.Parent;
        }

        Assert.NotNull(dir);
        return File.ReadAllLines(Path.Combine(dir.FullName, "docs", "policy-clauses.md"))
            .Where(l => l.StartsWith("| ", StringComparison.Ordinal) && !l.StartsWith("| ID", StringComparison.Ordinal))
            .Select(l => l.Trim('|').Split('|').Select(c => c.Trim()).ToArray())
            .ToDictionary(c => c[0], c => c[2]);
    }

    [Fact]
    public void The_list_has_every_clause_of_the_schools_policy()
    {
        Assert.Contains("A.5.6", Listed.Keys);
        Assert.Contains("8.1–8.2", Listed.Keys);
        Assert.True(Listed.Count >= 60, $"only {Listed.Count} clauses listed");
    }

    [Fact]
    public void Every_clause_class_cites_a_listed_clause()
    {
        Assert.NotEmpty(ClauseCatalog.Implemented);
        foreach (var (id, _, rule) in ClauseCatalog.Implemented)
        {
            Assert.True(Listed.ContainsKey(id), $"{rule.Name} cites clause '{id}', which docs/policy-clauses.md does not list");
        }
    }

    [Fact]
    public void Every_clause_marked_implemented_or_in_part_has_a_class()
    {
        foreach (var (id, status) in Listed.Where(kv => kv.Value is "implemented" or "in part"))
        {
            Assert.True(ClauseCatalog.Implemented.Any(c => c.Id == id), $"clause {id} is marked implemented but no class carries [Clause(\"{id}\")]");
        }
    }
}
