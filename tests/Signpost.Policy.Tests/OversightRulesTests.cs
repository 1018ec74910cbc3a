using Signpost.Policy.Clauses;

namespace Signpost.Policy.Tests;

/// <summary>A.1.5, A.1.6, A.5.4 and 2.1: the rules behind the oversight dashboard and its monitors.</summary>
public class OversightRulesTests
{
    // Autumn 2 2026: Monday 2 November to Friday 18 December; half term the week of 26 October.
    private static readonly Term[] Terms =
    [
        new("Autumn 1", new(2026, 9, 2), new(2026, 10, 23)),
        new("Autumn 2", new(2026, 11, 2), new(2026, 12, 18)),
    ];

    private static DateTime At(int month, int day, int hour = 9, int minute = 0) => new(2026, month, day, hour, minute, 0);

    [Fact]
    public void Weeks_start_on_monday_and_holiday_weeks_are_not_school_weeks()
    {
        Assert.Equal(new DateOnly(2026, 11, 23), SchoolWeeks.MondayOf(new DateOnly(2026, 11, 29))); // Sunday
        Assert.Equal(new DateOnly(2026, 11, 23), SchoolWeeks.MondayOf(new DateOnly(2026, 11, 23)));
        Assert.False(SchoolWeeks.IsSchoolWeek(new DateOnly(2026, 10, 26), Terms)); // half term
        Assert.True(SchoolWeeks.IsSchoolWeek(new DateOnly(2026, 8, 31), Terms)); // term starts on the Wednesday
        Assert.Equal("Autumn 2", SchoolWeeks.CurrentTerm(Terms, new DateOnly(2026, 11, 24))!.Name);
        Assert.Equal("Autumn 1", SchoolWeeks.CurrentTerm(Terms, new DateOnly(2026, 10, 28))!.Name); // in half term: the term just ended
        Assert.Equal(7, SchoolWeeks.WeeksOf(Terms[1]).Count);
    }

    [Fact]
    public void A_1_5_a_post_late_on_friday_counts_for_its_week_and_the_next_monday_does_not()
    {
        var monday = new DateOnly(2026, 11, 16);
        Assert.True(YearGroupBlogsUpdatedWeekly.Kept(monday, [new DateOnly(2026, 11, 20)]));
        Assert.False(YearGroupBlogsUpdatedWeekly.Kept(monday, [new DateOnly(2026, 11, 23)]));
        Assert.False(YearGroupBlogsUpdatedWeekly.Kept(monday, [new DateOnly(2026, 11, 15)]));
    }

    [Fact]
    public void A_1_5_staff_are_reminded_from_thursday_morning_of_a_school_week_without_a_post()
    {
        Assert.Null(YearGroupBlogsUpdatedWeekly.WeekToRemind(At(11, 18), Terms, [])); // Wednesday
        Assert.Null(YearGroupBlogsUpdatedWeekly.WeekToRemind(At(11, 19, 6), Terms, [])); // Thursday 06:00
        Assert.Equal(new DateOnly(2026, 11, 16), YearGroupBlogsUpdatedWeekly.WeekToRemind(At(11, 19), Terms, []));
        Assert.Null(YearGroupBlogsUpdatedWeekly.WeekToRemind(At(11, 19), Terms, [new DateOnly(2026, 11, 17)]));
        Assert.Null(YearGroupBlogsUpdatedWeekly.WeekToRemind(At(10, 29), Terms, [])); // half term
    }

    [Fact]
    public void A_1_5_the_assistant_head_is_alerted_on_monday_about_last_school_week_only()
    {
        Assert.Equal(new DateOnly(2026, 11, 16), YearGroupBlogsUpdatedWeekly.WeekToAlert(At(11, 23), Terms, []));
        Assert.Null(YearGroupBlogsUpdatedWeekly.WeekToAlert(At(11, 23, 5), Terms, []));
        Assert.Null(YearGroupBlogsUpdatedWeekly.WeekToAlert(At(11, 23), Terms, [new DateOnly(2026, 11, 20)]));
        Assert.Null(YearGroupBlogsUpdatedWeekly.WeekToAlert(At(11, 2), Terms, [])); // the week before was half term
        Assert.Equal(new DateOnly(2026, 10, 19), YearGroupBlogsUpdatedWeekly.WeekToAlert(At(10, 26), Terms, []));
    }

    [Fact]
    public void A_1_6_three_school_weeks_without_a_post_is_neglect_and_holidays_do_not_count()
    {
        // Completed school weeks before 16 Nov: 9 Nov, 2 Nov, then (half term skipped) 19 Oct.
        var today = new DateOnly(2026, 11, 16);
        Assert.True(SitesAreNeverNeglected.IsNeglected(today, Terms, [new DateOnly(2026, 10, 28)], null)); // a post in half term only
        Assert.False(SitesAreNeverNeglected.IsNeglected(today, Terms, [new DateOnly(2026, 10, 21)], null));
        Assert.False(SitesAreNeverNeglected.IsNeglected(today, Terms, [], new DateOnly(2026, 11, 3))); // new site
        Assert.True(SitesAreNeverNeglected.DueSoon(new DateOnly(2026, 11, 30), today));
        Assert.False(SitesAreNeverNeglected.DueSoon(new DateOnly(2026, 12, 30), today));
        Assert.False(SitesAreNeverNeglected.DueSoon(null, today));
    }

    [Fact]
    public void A_5_4_an_absence_leaves_a_gap_below_two()
    {
        Guid a = Guid.NewGuid(), b = Guid.NewGuid(), c = Guid.NewGuid();
        var today = new DateOnly(2026, 11, 24);
        var full = EnoughCoverForAbsence.Availability(today, [a, b, c], [new AbsenceSpan(a, today.AddDays(2), today.AddDays(4))]);
        Assert.Equal(14, full.Count);
        Assert.Equal(2, full.Min(d => d.Available));
        Assert.Null(EnoughCoverForAbsence.FirstGap(full));

        var gap = EnoughCoverForAbsence.Availability(today, [a, b], [new AbsenceSpan(b, today.AddDays(13), today.AddDays(20))]);
        Assert.Equal(today.AddDays(13), EnoughCoverForAbsence.FirstGap(gap));
        Assert.True(EnoughCoverForAbsence.IsShort(1));
    }

    [Fact]
    public void Clause_2_1_nobody_is_held_back_before_a_version_is_published_then_only_those_who_acknowledged_act()
    {
        Assert.True(EveryoneAcknowledgesThePolicy.MayActOnContent(anyVersionPublished: false, acknowledgedCurrent: false).IsAllowed);
        Assert.True(EveryoneAcknowledgesThePolicy.MayActOnContent(true, true).IsAllowed);
        var refused = Assert.IsType<BlockedOutcome>(EveryoneAcknowledgesThePolicy.MayActOnContent(true, false));
        Assert.Equal("2.1", refused.Clause);
        Assert.True(EveryoneAcknowledgesThePolicy.InScope("Volunteer"));
        Assert.False(EveryoneAcknowledgesThePolicy.InScope("Parent"));
    }
}

public class BreachesAreRecordedTests
{
    [Theory]
    [InlineData("Contractor", true)]
    [InlineData("Volunteer", true)]
    [InlineData("TeachingStaff", true)]
    [InlineData("Parent", false)]
    [InlineData("Pupil", false)]
    public void Clause_9_3_staff_members_of_every_kind_report_breaches(string kind, bool may) => Assert.Equal(may, BreachesAreRecorded.MayReport(kind));

    [Fact]
    public void Clause_9_1_the_register_is_the_headteachers_alone()
    {
        Assert.True(BreachesAreRecorded.MaySeeRegister(isHeadteacher: true));
        Assert.False(BreachesAreRecorded.MaySeeRegister(isHeadteacher: false));
    }

    [Fact]
    public void Clause_9_1_an_hr_role_the_school_grants_also_reads_the_register()
    {
        Assert.True(BreachesAreRecorded.MaySeeRegister(isHeadteacher: false, holdsHrRole: true));
        Assert.False(BreachesAreRecorded.MaySeeRegister(isHeadteacher: false, holdsHrRole: false));
    }

    [Theory]
    [InlineData("TeachingStaff", true)]
    [InlineData("SupportStaff", true)]
    [InlineData("Governor", false)]
    [InlineData("Contractor", false)]
    [InlineData("Volunteer", false)]
    [InlineData("Parent", false)]
    [InlineData("Pupil", false)]
    public void Clause_9_1_only_school_staff_may_hold_the_hr_role(string kind, bool may) => Assert.Equal(may, BreachesAreRecorded.MayHoldHrRole(kind));
}
