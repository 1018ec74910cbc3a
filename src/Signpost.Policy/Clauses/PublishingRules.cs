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
/// Each site decides how far pupils, parents and the public may take part (A.5.1); parents and members of the public
/// must first be vetted, i.e. approved as contributors for that site (A.2.6). Staff who read a site may comment on it.
/// </summary>
[Clause("A.5.1", "Per-site level of engagement")]
[Clause("A.2.6", "External contributors vetted")]
public static class SiteInteractionLevels
{
    /// <summary>What decides whether someone may take part on one site.</summary>
    /// <param name="Kind">The person's kind (PersonKind name), or null when not signed in.</param>
    /// <param name="IsStaff">A staff member in the sense of clause 2.1.</param>
    /// <param name="ReadsSite">The person may read the site (its privacy, A.5.2).</param>
    /// <param name="Vetted">Approved as a contributor for this site (A.2.6).</param>
    /// <param name="SiteLive">The site is live (archived and draft sites take no contributions).</param>
    public sealed record Facts(string? Kind, bool IsStaff, bool ReadsSite, bool Vetted, bool SiteLive,
        bool PupilsMayPost, bool PupilsMayComment, bool ParentsMayComment, bool PublicMayComment);

    public static RuleOutcome MayComment(Facts f)
    {
        if (f.Kind is null)
        {
            return RuleOutcome.Blocked("A.2.6", "Sign in to comment: only people the school has approved can comment.");
        }

        if (!f.SiteLive || !f.ReadsSite)
        {
            return RuleOutcome.Blocked("A.5.1", "This site does not take comments from you.");
        }

        if (f.IsStaff)
        {
            return RuleOutcome.Allowed;
        }

        return f.Kind switch
        {
            "Pupil" => f.PupilsMayComment ? RuleOutcome.Allowed : RuleOutcome.Blocked("A.5.1", "Pupils do not comment on this site."),
            "Parent" when !f.ParentsMayComment => RuleOutcome.Blocked("A.5.1", "Parents do not comment on this site."),
            "Parent" => f.Vetted ? RuleOutcome.Allowed : RuleOutcome.Blocked("A.2.6", "The school has not yet approved you as a contributor to this site."),
            _ when !f.PublicMayComment => RuleOutcome.Blocked("A.5.1", "This site does not take comments from the public."),
            _ => f.Vetted ? RuleOutcome.Allowed : RuleOutcome.Blocked("A.2.6", "The school has not yet approved you as a contributor to this site."),
        };
    }

    public static RuleOutcome MayPupilPost(Facts f) =>
        f.Kind != "Pupil" ? RuleOutcome.Blocked("A.5.1", "Only pupils write pupil posts.")
        : !f.SiteLive || !f.ReadsSite ? RuleOutcome.Blocked("A.5.1", "You cannot write on this site.")
        : f.PupilsMayPost ? RuleOutcome.Allowed
        : RuleOutcome.Blocked("A.5.1", "Pupils do not write posts on this site.");
}
