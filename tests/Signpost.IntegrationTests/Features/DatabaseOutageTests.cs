using System.Net;
using Npgsql;
using Signpost.IntegrationTests.Infrastructure;

namespace Signpost.IntegrationTests.Features;

/// <summary>PostgreSQL reached through a proxy the test can cut, as if the database server went away.</summary>
public sealed class OutagePostgresFactory : PostgresFactory
{
    private readonly TcpProxy _proxy;

    public OutagePostgresFactory()
    {
        var server = new NpgsqlConnectionStringBuilder(ServerConnectionString);
        _proxy = new TcpProxy(server.Host!, server.Port);
    }

    public TcpProxy Proxy => _proxy;

    protected override string? ConnectionString => base.ConnectionString is null
        ? null
        : new NpgsqlConnectionStringBuilder(base.ConnectionString) { Host = "127.0.0.1", Port = _proxy.Port, Timeout = 3, CommandTimeout = 5 }.ConnectionString;

    public override async Task DisposeAsync()
    {
        _proxy.Restore();
        await base.DisposeAsync();
        await _proxy.DisposeAsync();
    }
}

/// <summary>Issue 7: the database disappears mid-use → 503 with a clear message (never a 500), and the app recovers by itself when it returns.</summary>
[Collection("postgres")]
public sealed class DatabaseOutageTests(OutagePostgresFactory app) : IClassFixture<OutagePostgresFactory>
{
    [Fact]
    public async Task While_the_database_is_gone_requests_get_503_saying_so_and_the_app_recovers_when_it_returns()
    {
        var api = await app.ApiAsAsync("head");
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/sites")).StatusCode);

        app.Proxy.Cut();
        try
        {
            var r = await api.GetAsync("/api/sites");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, r.StatusCode);
            Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType);
            Assert.Contains("database cannot be reached", await r.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);

            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await app.CreateClient().GetAsync("/health")).StatusCode);

            var page = await app.Browser().GetAsync("/sites/school");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
            Assert.Contains("database cannot be reached", Http.Text(await page.Content.ReadAsStringAsync()), StringComparison.OrdinalIgnoreCase);
        }
        finally
        {
            app.Proxy.Restore();
        }

        // Back again: within a few seconds everything answers normally, with no restart.
        var deadline = DateTime.UtcNow.AddSeconds(20);
        HttpStatusCode status;
        do
        {
            status = (await api.GetAsync("/api/sites")).StatusCode;
            if (status != HttpStatusCode.OK)
            {
                await Task.Delay(250);
            }
        }
        while (status != HttpStatusCode.OK && DateTime.UtcNow < deadline);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().GetAsync("/health")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().GetAsync("/sites/school")).StatusCode);
    }
}
