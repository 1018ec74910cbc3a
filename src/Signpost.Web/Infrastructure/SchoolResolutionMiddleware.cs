using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Signpost.Data;

namespace Signpost.Web.Infrastructure;

/// <summary>
/// Decides which school an anonymous visitor is looking at: the school whose HostName matches the request, else the
/// configured default school, else the first school created. Signed-in users always see their own school.
/// </summary>
public sealed class SchoolResolutionMiddleware(RequestDelegate next, IMemoryCache cache, IOptions<SignpostOptions> options)
{
    public async Task InvokeAsync(HttpContext context, SystemDb systemDb)
    {
        if (context.User.Identity?.IsAuthenticated != true)
        {
            var host = context.Request.Host.Host.ToLowerInvariant();
            var id = await cache.GetOrCreateAsync("school-for-host:" + host, async entry =>
            {
                entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(30);
                entry.Size = 1;
                await using var db = systemDb.Create();
                var byHost = await db.Schools.Where(s => s.HostName == host).Select(s => (Guid?)s.Id).FirstOrDefaultAsync();
                if (byHost is not null)
                {
                    return byHost;
                }

                var slug = options.Value.DefaultSchool;
                if (!string.IsNullOrWhiteSpace(slug))
                {
                    var bySlug = await db.Schools.Where(s => s.Slug == slug).Select(s => (Guid?)s.Id).FirstOrDefaultAsync();
                    if (bySlug is not null)
                    {
                        return bySlug;
                    }
                }

                return await db.Schools.OrderBy(s => s.CreatedAt).Select(s => (Guid?)s.Id).FirstOrDefaultAsync();
            });
            if (id is not null)
            {
                context.Items[HttpActorContext.AnonymousSchoolItem] = id.Value;
            }
        }

        await next(context);
    }
}
