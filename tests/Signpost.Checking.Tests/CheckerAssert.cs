namespace Signpost.Checking.Tests;

/// <summary>Shared checkers and assertions. Every assertion checks the span against the original text.</summary>
internal static class CheckerAssert
{
    public static readonly KnownPerson[] Roster =
    [
        new("Rose", "Baker", KnownPersonRole.Pupil, ["Rosie"]),
        new("Oliver", "Okonkwo", KnownPersonRole.Pupil, ["Olly"]),
        new("Amelia", "Wright-Fairbanks", KnownPersonRole.Pupil, ["Millie"]),
        new("Zoë", "Ńowak", KnownPersonRole.Pupil),
        new("Noah", "Green", KnownPersonRole.Pupil),
        new("Helen", "Price", KnownPersonRole.Staff),
        new("Sarah", "Baker", KnownPersonRole.Parent),
    ];

    public static readonly SchoolProfile School = new(["Holbrook Primary", "Holbrook"], ["holbrook.sch.uk"], ["Oak Class"]);

    public static readonly ContentChecker WithRoster = new(Roster, School);

    public static CheckResult Check(string text, CheckContext context = CheckContext.PupilComment) => WithRoster.Check(text, context);

    /// <summary>Asserts a finding of the category and clause whose span is exactly <paramref name="span"/>.</summary>
    public static Finding Finds(string text, string category, string clause, string span, CheckContext context = CheckContext.PupilComment)
    {
        var result = Check(text, context);
        var found = result.Findings.Where(f => f.Category == category).ToList();
        Assert.True(found.Count > 0, $"Expected a {category} finding in \"{text}\" ({context}); got: {Describe(text, result)}");
        var match = found.FirstOrDefault(f => text.Substring(f.Start, f.Length) == span);
        Assert.True(match is not null, $"Expected {category} on \"{span}\" in \"{text}\"; got: {Describe(text, result)}");
        Assert.Equal(clause, match!.Clause);
        Assert.False(string.IsNullOrWhiteSpace(match.Message));
        return match;
    }

    public static void FindsCategory(string text, string category, CheckContext context = CheckContext.PupilComment)
    {
        var result = Check(text, context);
        Assert.True(result.Findings.Any(f => f.Category == category), $"Expected a {category} finding in \"{text}\"; got: {Describe(text, result)}");
    }

    public static void NoCategory(string text, string category, CheckContext context = CheckContext.PupilComment)
    {
        var result = Check(text, context);
        Assert.False(result.Findings.Any(f => f.Category == category), $"Expected no {category} finding in \"{text}\"; got: {Describe(text, result)}");
    }

    public static void Clean(string text, CheckContext context = CheckContext.PupilComment)
    {
        var result = Check(text, context);
        Assert.True(result.Findings.Count == 0, $"Expected nothing in \"{text}\"; got: {Describe(text, result)}");
        Assert.Equal(CheckAction.Allow, result.Action);
    }

    public static string Describe(string text, CheckResult result) =>
        result.Findings.Count == 0
            ? "(none)"
            : string.Join("; ", result.Findings.Select(f => $"{f.Category} {f.Clause} [{text.Substring(f.Start, f.Length)}]"));
}
