using System.Security.Claims;
using Signpost.Policy;
using Signpost.Policy.Clauses;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Features.Safeguarding;

public enum ConcernOutcome
{
    Ok,
    NotFound,
    Forbidden,
    NeedsTwoFactor,
    Refused,
    Conflict,
}

/// <summary>What a concern handler did: the outcome and, for a refusal, why (with its clause).</summary>
public sealed record ConcernResult(ConcernOutcome Outcome, Sites.Refusal? Refusal = null, Guid? Id = null)
{
    public static readonly ConcernResult Ok = new(ConcernOutcome.Ok);

    public static ConcernResult Refuse(string clause, string? field, string message) => new(ConcernOutcome.Refused, new Sites.Refusal(clause, field, message));

    public static ConcernResult From(RuleOutcome outcome, string? field = null) =>
        outcome is BlockedOutcome b ? Refuse(b.Clause, field, b.Reason) : Ok;
}

/// <summary>
/// Who may open safeguarding concerns (A.2.3): the DSL and the Headteacher, in a session signed in with two-factor
/// sign-in. The two-factor claim is "true" only when the account has two-factor sign-in on, and then every sign-in
/// (cookie or API token) has asked for the code, so its presence means this session was signed in with it.
/// </summary>
public static class ConcernAccess
{
    public static IReadOnlyList<string> Roles(ClaimsPrincipal user) =>
        SafeguardingConcernsStayWithTheDsl.RolesThatHoldConcerns.Where(user.IsInRole).ToList();

    public static bool HoldsConcerns(ClaimsPrincipal user) => Roles(user).Count > 0;

    public static bool SignedInWithTwoFactor(ClaimsPrincipal user) => user.FindFirst(SignpostClaims.TwoFactor)?.Value == "true";

    /// <summary>Ok, NeedsTwoFactor (right role, no second factor) or NotFound (anyone else: the concern's existence never shows).</summary>
    public static ConcernOutcome For(ClaimsPrincipal user) =>
        !HoldsConcerns(user) ? ConcernOutcome.NotFound
        : SafeguardingConcernsStayWithTheDsl.MayOpen(Roles(user), SignedInWithTwoFactor(user)).IsAllowed ? ConcernOutcome.Ok
        : ConcernOutcome.NeedsTwoFactor;
}
