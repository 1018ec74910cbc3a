using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Signpost.Checking.Evaluation;

/// <summary>Precision, recall and F1 for one category over a labelled set (line level: a category found or not).</summary>
public sealed record CategoryScore(string Category, int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>The result of an evaluation run: per-category scores and the false-positive rate on clean lines.</summary>
public sealed record EvaluationReport(IReadOnlyList<CategoryScore> Categories, int Lines, int CleanLines, int CleanLinesFlagged, IReadOnlyList<string> Misses)
{
    public double CleanFalsePositiveRate => CleanLines == 0 ? 0 : (double)CleanLinesFlagged / CleanLines;

    public CategoryScore For(string category) => Categories.First(c => c.Category == category);

    public string ToTable()
    {
        var sb = new StringBuilder();
        sb.AppendLine("| category | TP | FP | FN | precision | recall | F1 |");
        sb.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var c in Categories.Where(c => c.TruePositives + c.FalseNegatives + c.FalsePositives > 0))
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"| {c.Category} | {c.TruePositives} | {c.FalsePositives} | {c.FalseNegatives} | {c.Precision:0.000} | {c.Recall:0.000} | {c.F1:0.000} |");
        }

        sb.AppendLine(CultureInfo.InvariantCulture, $"\nLines: {Lines}; clean lines: {CleanLines}; clean lines with any finding: {CleanLinesFlagged} (false-positive rate {CleanFalsePositiveRate:P1}).");
        return sb.ToString();
    }
}

/// <summary>
/// Runs the checker over a labelled JSON Lines set where each line is a checker input plus
/// "expected": ["category", ...] (empty for clean writing), and scores it per category.
/// </summary>
public static class Evaluator
{
    public static EvaluationReport Run(ContentChecker checker, IEnumerable<string> lines)
    {
        var tp = new Dictionary<string, int>();
        var fp = new Dictionary<string, int>();
        var fn = new Dictionary<string, int>();
        var misses = new List<string>();
        int count = 0, clean = 0, cleanFlagged = 0, lineNumber = 0;
        foreach (var line in lines)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var request = CheckerJson.ParseLine(line);
            using var doc = JsonDocument.Parse(line);
            var expected = doc.RootElement.TryGetProperty("expected", out var e)
                ? e.EnumerateArray().Select(x => x.GetString()!).ToHashSet(StringComparer.Ordinal)
                : throw new FormatException($"Line {lineNumber}: no \"expected\" array.");
            var found = checker.Check(request.Text, request.Context).Findings.Select(f => f.Category).ToHashSet(StringComparer.Ordinal);
            count++;
            if (expected.Count == 0)
            {
                clean++;
                cleanFlagged += found.Count > 0 ? 1 : 0;
            }

            foreach (var category in Signpost.Checking.Categories.All)
            {
                var (isExpected, isFound) = (expected.Contains(category), found.Contains(category));
                var bucket = (isExpected, isFound) switch
                {
                    (true, true) => tp,
                    (false, true) => fp,
                    (true, false) => fn,
                    _ => null,
                };
                if (bucket is not null)
                {
                    bucket[category] = bucket.GetValueOrDefault(category) + 1;
                }

                if (isExpected != isFound)
                {
                    misses.Add(string.Create(CultureInfo.InvariantCulture, $"line {lineNumber}: {(isFound ? "unexpected" : "missed")} {category}: {request.Text}"));
                }
            }
        }

        var scores = Signpost.Checking.Categories.All
            .Select(c => new CategoryScore(c, tp.GetValueOrDefault(c), fp.GetValueOrDefault(c), fn.GetValueOrDefault(c)))
            .ToList();
        return new EvaluationReport(scores, count, clean, cleanFlagged, misses);
    }
}
