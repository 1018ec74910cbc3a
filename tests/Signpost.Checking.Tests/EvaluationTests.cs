using Signpost.Checking.Evaluation;

namespace Signpost.Checking.Tests;

/// <summary>
/// Scores the checker on the labelled corpus in Evaluation/corpus.jsonl (fictional writing, fictional
/// roster) and holds it to floors it meets today. The figures are recorded in docs/CHECKER.md.
/// </summary>
public class EvaluationTests
{
    private static readonly string Dir = Path.Combine(AppContext.BaseDirectory, "Evaluation");

    /// <summary>The checker every set is scored with: the sets' fictional roster and school, as docs/CHECKER.md runs them.</summary>
    private static readonly Lazy<ContentChecker> Checker = new(() => new ContentChecker(
        RosterCsv.Load(Path.Combine(Dir, "roster.csv")),
        new SchoolProfile(["Holbrook Primary", "Holbrook"], ["holbrook.sch.uk"], ["Oak Class", "Willow Class"])));

    private static readonly Lazy<EvaluationReport> Report = new(() => Score("corpus.jsonl"));

    /// <summary>One labelled set of Evaluation/ scored.</summary>
    private static EvaluationReport Score(string file) => Evaluator.Run(Checker.Value, File.ReadLines(Path.Combine(Dir, file)));

    [Theory]
    [InlineData("contact-details", 0.95, 0.90)]
    [InlineData("pupil-identity", 0.95, 0.90)]
    [InlineData("extreme-offence", 0.95, 0.90)]
    [InlineData("profanity", 0.90, 0.90)]
    [InlineData("personal-data", 0.85, 0.85)]
    [InlineData("bullying", 0.90, 0.85)]
    [InlineData("safeguarding", 0.95, 0.85)]
    [InlineData("grooming", 0.90, 0.85)]
    [InlineData("opinion", 0.85, 0.85)]
    [InlineData("confidential", 0.85, 0.85)]
    [InlineData("spam", 0.85, 0.80)]
    [InlineData("self-identification", 0.75, 0.75)]
    [InlineData("school-email", 1.0, 0.9)]
    public void Category_meets_its_recall_and_precision_floor(string category, double recall, double precision)
    {
        var score = Report.Value.For(category);
        Assert.True(score.TruePositives + score.FalseNegatives >= 2, $"The corpus needs examples of {category}.");
        Assert.True(score.Recall >= recall, $"{category} recall {score.Recall:0.000} < {recall}\n{string.Join('\n', Report.Value.Misses)}");
        Assert.True(score.Precision >= precision, $"{category} precision {score.Precision:0.000} < {precision}\n{string.Join('\n', Report.Value.Misses)}");
    }

    /// <summary>A second set written after the lists, never tuned against line by line (see docs/CHECKER.md).</summary>
    [Fact]
    public void The_held_out_set_keeps_overall_recall_and_clean_lines_clean()
    {
        var report = Score("holdout.jsonl");
        var tp = report.Categories.Sum(c => c.TruePositives);
        var fn = report.Categories.Sum(c => c.FalseNegatives);
        Assert.True((double)tp / (tp + fn) >= 0.85, report.ToTable() + string.Join('\n', report.Misses));
        Assert.True(report.CleanFalsePositiveRate < 0.02, report.ToTable());
    }

    /// <summary>
    /// A third set, written by someone who had not seen the lists or the checker (blind.jsonl, 333 lines; its labelling
    /// notes in blind-notes.md). Its first run found what the lists missed, which was then fixed (docs/CHECKER.md), so
    /// it is no longer blind: it holds the checker to what it reaches now. Six of its 140 clean lines still get a
    /// finding (4.3%: four where the checker's rules differ from the set's labels, e.g. a first name beside "Oak Class";
    /// docs/CHECKER.md), above the 2% the other sets meet.
    /// </summary>
    [Fact]
    public void The_blind_set_keeps_its_recall_and_its_clean_lines_mostly_clean()
    {
        var report = Score("blind.jsonl");
        var details = report.ToTable() + string.Join('\n', report.Misses);
        var tp = report.Categories.Sum(c => c.TruePositives);
        var fn = report.Categories.Sum(c => c.FalseNegatives);
        Assert.True((double)tp / (tp + fn) >= 0.90, details);
        foreach (var category in new[] { Categories.Safeguarding, Categories.ExtremeOffence, Categories.PupilIdentity })
        {
            Assert.True(report.For(category).Recall >= 0.95, $"{category}\n{details}");
        }

        Assert.True(report.CleanLines >= 120, details);
        Assert.True(report.CleanFalsePositiveRate <= 0.05, details);
    }

    /// <summary>
    /// Thirty-two more sets written blind, each after the fixes the one before it showed, to measure them on writing nobody
    /// tuned against (blind2.jsonl, 210 lines; blind3.jsonl, 162 lines, most of it safeguarding, bullying and grooming;
    /// blind4.jsonl, 247 lines of every category; blind5.jsonl, 266 lines, and blind6.jsonl, 316 lines, both weighted to
    /// contact details, pupils' names and extreme offence; blind7.jsonl, 316 lines; blind8.jsonl, 349 lines, 200 of them
    /// clean; blind9.jsonl, 348 lines; blind10.jsonl, 346 lines; blind11.jsonl, 305 lines, 47 of them extreme offence;
    /// blind12.jsonl, 332 lines, and blind14.jsonl, 333 lines, weighted to contact details, pupils' names and extreme
    /// offence; blind13.jsonl, 336 lines of every category; blind15.jsonl, 340 lines, measured at the end of the session it
    /// was written in and not worked from until the next session printed its misses by mistake; blind16.jsonl, 338 lines
    /// of every category; blind17.jsonl, 340 lines, blind18.jsonl, 370 lines, and blind19.jsonl, 356 lines, written in the
    /// seventeenth session and worked from after their first runs (blind19's misses were printed by the same mistake);
    /// blind20.jsonl, 339 lines, and blind21.jsonl, 351 lines, written in that session, never read in it and worked from in
    /// the next after their first runs; blind22.jsonl, 348 lines, blind23.jsonl, 363 lines, blind24.jsonl, 358 lines,
    /// blind25.jsonl, 383 lines, weighted to contact details, pupils' names and extreme offence, and blind26.jsonl, 347
    /// lines, weighted to safeguarding and grooming, written in the eighteenth session; blind27.jsonl, 344 lines, blind28.jsonl,
    /// 349 lines, both weighted to contact details, pupils' names and extreme offence, and blind29.jsonl, 349 lines,
    /// weighted to safeguarding and grooming, written in the nineteenth; blind30.jsonl, 368 lines, and blind31.jsonl, 344
    /// lines, both weighted to contact details, pupils' names and extreme offence, written in the twentieth and never read
    /// in it, and blind32.jsonl, 345 lines, and blind33.jsonl, 350 lines, weighted the same way, written in the twentieth
    /// and worked from after their first runs: those not yet read have floors that guard the figures without being tuned to;
    /// notes beside them). The others have since been worked from, after each was measured (docs/CHECKER.md says what). They are
    /// measurements, not targets: these floors are a little under what the checker reaches on them today, so a change
    /// that loses ground fails here.
    /// </summary>
    [Theory]
    [InlineData("blind2.jsonl", 0.92, 0.90, 0.05)]
    [InlineData("blind3.jsonl", 0.83, 0.80, 0.03)]
    [InlineData("blind4.jsonl", 0.87, 0.70, 0.01)]
    [InlineData("blind5.jsonl", 0.88, 0.60, 0.03)]
    [InlineData("blind6.jsonl", 0.89, 0.95, 0.01)]
    [InlineData("blind7.jsonl", 0.86, 0.95, 0.02)]
    [InlineData("blind8.jsonl", 0.85, 0.70, 0.005)]
    [InlineData("blind9.jsonl", 0.82, 0.85, 0.02)]
    [InlineData("blind10.jsonl", 0.88, 0.95, 0.005)]
    [InlineData("blind11.jsonl", 0.9, 0.8, 0.01)]
    [InlineData("blind12.jsonl", 0.89, 0.85, 0.03)]
    [InlineData("blind13.jsonl", 0.87, 0.90, 0.01)]
    [InlineData("blind14.jsonl", 0.87, 0.95, 0.02)]
    [InlineData("blind15.jsonl", 0.88, 0.95, 0.035)]
    [InlineData("blind16.jsonl", 0.87, 0.95, 0.02)]
    [InlineData("blind17.jsonl", 0.89, 0.8, 0.015)]
    [InlineData("blind18.jsonl", 0.9, 0.95, 0.03)]
    [InlineData("blind19.jsonl", 0.88, 0.85, 0.01)]
    [InlineData("blind20.jsonl", 0.9, 0.95, 0.035)]
    [InlineData("blind21.jsonl", 0.87, 0.8, 0.015)]
    [InlineData("blind22.jsonl", 0.89, 0.9, 0.035)]
    [InlineData("blind23.jsonl", 0.86, 0.85, 0.025)]
    [InlineData("blind24.jsonl", 0.85, 0.7, 0.02)]
    [InlineData("blind25.jsonl", 0.86, 0.7, 0.035)]
    [InlineData("blind26.jsonl", 0.78, 0.62, 0.015)]
    [InlineData("blind27.jsonl", 0.90, 0.88, 0.015)]
    [InlineData("blind28.jsonl", 0.90, 0.92, 0.015)]
    [InlineData("blind29.jsonl", 0.78, 0.6, 0.015)]
    [InlineData("blind30.jsonl", 0.80, 0.58, 0.03)]
    [InlineData("blind31.jsonl", 0.80, 0.62, 0.02)]
    [InlineData("blind32.jsonl", 0.85, 0.70, 0.035)]
    [InlineData("blind33.jsonl", 0.82, 0.66, 0.015)]
    public void The_unseen_sets_keep_what_they_measured(string file, double recall, double safeguardingRecall, double cleanFalsePositives)
    {
        var report = Score(file);
        var details = report.ToTable() + string.Join('\n', report.Misses);
        var tp = report.Categories.Sum(c => c.TruePositives);
        var fn = report.Categories.Sum(c => c.FalseNegatives);
        Assert.True((double)tp / (tp + fn) >= recall, details);
        Assert.True(report.For(Categories.Safeguarding).Recall >= safeguardingRecall, details);
        Assert.True(report.CleanFalsePositiveRate <= cleanFalsePositives, details);
    }

    [Fact]
    public void Fewer_than_two_percent_of_clean_lines_get_a_finding()
    {
        Assert.True(Report.Value.CleanLines >= 200, "The corpus needs at least 200 clean lines of ordinary school writing.");
        Assert.True(Report.Value.CleanFalsePositiveRate < 0.02, Report.Value.ToTable());
    }
}
