using Signpost.Data.Tenancy;

namespace Signpost.Web.Infrastructure;

/// <summary>
/// The actor of the current request. A signed-in user acts for their own school only; an anonymous visitor reads
/// the school chosen by <see cref="SchoolResolutionMiddleware"/> (host name or the default school).
/// </summary>
public sealed class HttpActorContext(IHttpContextAccessor accessor) : IActorContext
{
    public const string AnonymousSchoolItem = "signpost:anonymous-school";

    public Guid? SchoolId
    {
        get
        {
            var ctx = accessor.HttpContext;
            if (ctx is null)
            {
                return null;
            }

            if (ctx.User.Identity?.IsAuthenticated == true)
            {
                return ctx.User.SchoolId();
            }

            return ctx.Items.TryGetValue(AnonymousSchoolItem, out var v) && v is Guid g ? g : null;
        }
    }

    public bool IsSystem => false;

    public string? UserId => accessor.HttpContext?.User.UserId();

    public string? Role => accessor.HttpContext?.User.Identity?.IsAuthenticated == true
        ? accessor.HttpContext.User.PrimaryRole()
        : "anonymous";
}
