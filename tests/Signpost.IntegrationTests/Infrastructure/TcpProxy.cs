using System.Net;
using System.Net.Sockets;

namespace Signpost.IntegrationTests.Infrastructure;

/// <summary>
/// A loopback TCP forwarder between the app and its database server, so a test can make the database "disappear"
/// (every connection cut, new ones refused) and "return" without stopping the shared server.
/// </summary>
public sealed class TcpProxy : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly string _targetHost;
    private readonly int _targetPort;
    private readonly List<TcpClient> _open = [];
    private readonly CancellationTokenSource _stop = new();
    private volatile bool _down;

    public TcpProxy(string targetHost, int targetPort)
    {
        (_targetHost, _targetPort) = (targetHost, targetPort);
        _listener.Start();
        _ = AcceptLoopAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>The database is gone: every open connection is cut and new ones are closed at once.</summary>
    public void Cut()
    {
        _down = true;
        lock (_open)
        {
            foreach (var c in _open)
            {
                c.Close();
            }

            _open.Clear();
        }
    }

    public void Restore() => _down = false;

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient inbound;
            try
            {
                inbound = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }

            if (_down)
            {
                inbound.Close();
                continue;
            }

            _ = PipeAsync(inbound);
        }
    }

    private async Task PipeAsync(TcpClient inbound)
    {
        var outbound = new TcpClient();
        try
        {
            await outbound.ConnectAsync(_targetHost, _targetPort, _stop.Token);
            lock (_open)
            {
                _open.Add(inbound);
                _open.Add(outbound);
            }

            var a = inbound.GetStream().CopyToAsync(outbound.GetStream(), _stop.Token);
            var b = outbound.GetStream().CopyToAsync(inbound.GetStream(), _stop.Token);
            await Task.WhenAny(a, b);
        }
        catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
        }
        finally
        {
            inbound.Close();
            outbound.Close();
            lock (_open)
            {
                _open.Remove(inbound);
                _open.Remove(outbound);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        Cut();
        _stop.Dispose();
    }
}
