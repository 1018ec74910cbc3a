using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Signpost.BrowserTests.Infrastructure;

/// <summary>
/// The real app, served by Kestrel on a free loopback port (.NET 10's <c>WebApplicationFactory.UseKestrel</c>), in the
/// Production environment, on a fresh SQLite data directory: real migrations run and the demo school is seeded.
/// In-process rather than a child process so that start-up failures surface as exceptions and nothing outlives the run.
/// </summary>
public sealed class SignpostServer : WebApplicationFactory<Program>
{
    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "signpost-browser-tests", Guid.NewGuid().ToString("N"));

    /// <summary>Where the app listens, e.g. http://127.0.0.1:40123 (known once <see cref="Start"/> has run).</summary>
    public Uri BaseAddress { get; private set; } = null!;

    public void Start()
    {
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseAddress = new Uri(addresses.Single(a => a.StartsWith("http://127.0.0.1:", StringComparison.Ordinal)));
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Signpost:DataDirectory", DataDirectory);
        builder.UseSetting("Signpost:Database", "sqlite");
        builder.UseSetting("Signpost:SignInAttemptsPerMinute", "100000");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
