using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Signpost.IntegrationTests.Infrastructure;

/// <summary>
/// The real web app as a separate operating-system process (what `dotnet run --project src/Signpost.Web` runs), so a
/// test can kill it with SIGKILL and start it again on the same data. It runs the build of the same configuration as
/// the tests (Debug or Release), which `dotnet test Signpost.slnx` has built.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private AppProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public HttpClient Client(TimeSpan? timeout = null) => new() { BaseAddress = BaseAddress, Timeout = timeout ?? TimeSpan.FromSeconds(30) };

    public static async Task<AppProcess> StartAsync(IEnumerable<string> settings, int? port = null)
    {
        var dll = WebDll();
        var url = new Uri($"http://127.0.0.1:{port ?? FreePort()}");
        var psi = new ProcessStartInfo("dotnet") { WorkingDirectory = Path.GetDirectoryName(dll)!, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add(dll);
        psi.ArgumentList.Add("--urls");
        psi.ArgumentList.Add(url.ToString().TrimEnd('/'));
        foreach (var s in settings)
        {
            psi.ArgumentList.Add(s);
        }

        psi.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        psi.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(psi)!;
        var app = new AppProcess(process, url);
        process.OutputDataReceived += (_, e) => app.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => app.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await app.WaitHealthyAsync(TimeSpan.FromSeconds(90));
        return app;
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        while (_output.Count > 40 && _output.TryDequeue(out _))
        {
        }
    }

    public async Task WaitHealthyAsync(TimeSpan within)
    {
        using var client = Client(TimeSpan.FromSeconds(5));
        var deadline = DateTime.UtcNow + within;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The app process exited with code {_process.ExitCode} before it was healthy. Its last output:\n{string.Join('\n', _output)}");
            }

            try
            {
                if ((await client.GetAsync("/health")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"The app at {BaseAddress} was not healthy within {within}.");
    }

    /// <summary>SIGKILL: no shutdown, no flushing, no finally blocks. What a power cut or the OOM killer does.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }

    public static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }

    private static string WebDll()
    {
        var here = AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar); // tests/Signpost.IntegrationTests/bin/<Configuration>/net10.0/
        var configuration = new DirectoryInfo(here).Parent!.Name;
        var root = Signpost.Data.DatabaseSettings.DefaultRoot(here);
        var dll = Path.Combine(root, "src", "Signpost.Web", "bin", configuration, "net10.0", "Signpost.Web.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException($"Build the web app first ({configuration}): {dll} is missing.");
    }
}
