namespace Signpost.Policy.Clauses;

/// <summary>
/// Staff content goes out only after a member of the leadership team approves it, and never on its author's say-so:
/// an author cannot approve their own post or their own edit (A.3.4). Approval makes the content official, so it must
/// be accurate, fair and transparent, and later edits keep a visible history (5.6).
/// </summary>
[Clause("A.3.4", "Content approved by a leadership-team member")]
[Clause("5.6", "Accurate, fair, transparent official content; edit history")]
public static class StaffPostsNeedLeadershipApproval
{
    /// <summary>The furthest ahead a post can be scheduled.</summary>
    public static readonly TimeSpan LongestSchedule = TimeSpan.FromDays(366);

    public static RuleOutcome MayApprove(bool isLeadership, Guid approver, Guid author) =>
        !isLeadership
            ? RuleOutcome.Blocked("A.3.4", "Only a member of the leadership team approves posts for the school's sites.")
            : approver == author
                ? RuleOutcome.Blocked("A.3.4", "You wrote this post, so another member of the leadership team must approve it.")
                : RuleOutcome.Allowed;

    /// <summary>A scheduled time must be ahead of now (a minute's grace) and within a year.</summary>
    public static RuleOutcome MaySchedule(DateTime publishAtUtc, DateTime nowUtc) =>
        publishAtUtc < nowUtc.AddMinutes(-1)
            ? RuleOutcome.Blocked("A.3.4", "That time has already passed. Choose a time in the future, or publish now.")
            : publishAtUtc > nowUtc + LongestSchedule
                ? RuleOutcome.Blocked("A.3.4", "Schedule a post at most a year ahead.")
                : RuleOutcome.Allowed;

    /// <summary>A refusal or a sending back always says why, so the author knows what to change.</summary>
    public static RuleOutcome MayRefuse(string? reasons) =>
        string.IsNullOrWhiteSpace(reasons) || reasons.Trim().Length < 5
            ? RuleOutcome.Blocked("A.3.4", "Give your reasons, so the author knows what to change.")
            : RuleOutcome.Allowed;
}

/// <summary>Staff items show who wrote them and their position, so readers know who speaks for the school (A.4.8).</summary>
[Clause("A.4.8", "Staff identify themselves and their position")]
public static class StaffIdentifyThemselves
{
    public static string Byline(string firstName, string lastName, string? position) =>
        $"{firstName} {lastName}, {(string.IsNullOrWhiteSpace(position) ? "staff" : position.Trim())}";
}

/// <summary>
/// Each site decides how far pupils take part (A.5.1): a pupil writes a post only where the site lets pupils post and
/// they may read it; the post then waits for a moderator (A.5.3).
/// </summary>
[Clause("A.5.1", "Per-site level of engagement")]
public static class PupilsPostWhereTheSiteAllows
{
    public static RuleOutcome Check(bool isPupil, bool readsSite, bool siteLive, bool pupilsMayPost) =>
        !isPupil ? RuleOutcome.Blocked("A.5.1", "Only pupils write pupil posts.")
        : !siteLive || !readsSite ? RuleOutcome.Blocked("A.5.1", "You cannot write on this site.")
        : pupilsMayPost ? RuleOutcome.Allowed
        : RuleOutcome.Blocked("A.5.1", "Pupils do not write posts on this site.");
}
