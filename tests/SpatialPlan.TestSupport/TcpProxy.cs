using System.Net;
using System.Net.Sockets;

namespace SpatialPlan.TestSupport;

/// <summary>
/// A loopback TCP relay in front of a server, to take that server "down" and bring it back without touching it:
/// <see cref="Stop"/> refuses new connections and cuts open ones, as a crashed or restarting database would;
/// <see cref="Start"/> listens again on the same port.
/// </summary>
public sealed class TcpProxy(string targetHost, int targetPort) : IAsyncDisposable
{
    private readonly List<TcpClient> _open = [];
    private TcpListener? _listener;
    private Task? _accepting;

    /// <summary>The loopback port clients connect to; chosen on the first <see cref="Start"/> and kept.</summary>
    public int Port { get; private set; }

    public void Start()
    {
        if (_listener is not null)
        {
            return;
        }

        var listener = new TcpListener(IPAddress.Loopback, Port);
        listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        listener.Start();
        Port = ((IPEndPoint)listener.LocalEndpoint).Port;
        _listener = listener;
        _accepting = AcceptAsync(listener);
    }

    public void Stop()
    {
        _listener?.Stop();
        _listener = null;
        lock (_open)
        {
            foreach (var client in _open)
            {
                client.Dispose();
            }

            _open.Clear();
        }
    }

    public async ValueTask DisposeAsync()
    {
        Stop();
        if (_accepting is not null)
        {
            await _accepting;
        }
    }

    private async Task AcceptAsync(TcpListener listener)
    {
        while (true)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync();
            }
            catch (Exception e) when (e is SocketException or ObjectDisposedException or InvalidOperationException)
            {
                return; // stopped
            }

            _ = RelayAsync(client);
        }
    }

    private async Task RelayAsync(TcpClient client)
    {
        var server = new TcpClient();
        Track(client);
        Track(server);
        try
        {
            await server.ConnectAsync(targetHost, targetPort);
            var (a, b) = (client.GetStream(), server.GetStream());
            await Task.WhenAny(a.CopyToAsync(b), b.CopyToAsync(a));
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException)
        {
            // a cut connection: exactly what Stop is for
        }
        finally
        {
            client.Dispose();
            server.Dispose();
            lock (_open)
            {
                _open.Remove(client);
                _open.Remove(server);
            }
        }
    }

    private void Track(TcpClient client)
    {
        lock (_open)
        {
            _open.Add(client);
        }
    }
}
