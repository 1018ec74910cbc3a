using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Signpost.Data;

namespace Signpost.Web.Infrastructure;

public static class StartupDatabase
{
    /// <summary>Applies migrations where configured, refuses unsafe demo set-ups, and seeds the demo school into an empty database.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<SignpostOptions>>().Value;
        var settings = app.Services.GetRequiredService<DatabaseSettings>();
        var log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Signpost.Startup");

        await using var scope = app.Services.CreateAsyncScope();
        await using var db = scope.ServiceProvider.GetRequiredService<SystemDb>().Create();
        var migrate = options.MigrateAtStart ?? !settings.IsPostgres;
        if (migrate)
        {
            await DatabaseSetup.MigrateAsync(db);
        }
        else if ((await db.Database.GetPendingMigrationsAsync()).Any())
        {
            throw new InvalidOperationException(
                "The database needs migrating. Run: dotnet run --project src/Signpost.Cli -- migrate (with the same settings), or set Signpost__MigrateAtStart=true.");
        }

        var empty = !await db.Schools.AnyAsync();
        var demo = options.Demo ?? empty;
        if (demo)
        {
            var explicitPassword = !string.IsNullOrEmpty(app.Configuration["Signpost:DemoPassword"]);
            if (!explicitPassword && !ListensOnLoopbackOnly(app))
            {
                throw new InvalidOperationException(
                    "Demo mode refuses to listen on a non-loopback address with the published demo password. Set Signpost__DemoPassword explicitly, or listen on localhost.");
            }

            if (empty)
            {
                var seeder = scope.ServiceProvider.GetRequiredService<DemoSeeder>();
                await seeder.SeedAsync(options.DemoPassword ?? SignpostOptions.DefaultDemoPassword);
                log.LogInformation("Seeded the fictional demo school");
            }
        }
    }

    private static bool ListensOnLoopbackOnly(WebApplication app)
    {
        var urls = (app.Configuration["urls"] ?? app.Configuration["ASPNETCORE_URLS"] ?? "http://localhost:5080")
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var url in urls)
        {
            var host = url.Contains("://", StringComparison.Ordinal) ? url[(url.IndexOf("://", StringComparison.Ordinal) + 3)..] : url;
            host = host.Split('/')[0];
            host = host.StartsWith('[') ? host[1..host.IndexOf(']', StringComparison.Ordinal)] : host.Split(':')[0];
            if (host is "localhost" || (IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip)))
            {
                continue;
            }

            return false;
        }

        return true;
    }
}
