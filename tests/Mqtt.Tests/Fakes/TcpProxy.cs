using System.Net;
using System.Net.Sockets;

namespace CommuneRadio.Mqtt.Tests.Fakes;

/// <summary>
/// A loopback TCP proxy in front of a real broker, to break the network under a client: drop every
/// connection abruptly (a crash or a cut cable: no DISCONNECT), or freeze them (a dead link that
/// carries nothing while both ends believe it is up).
/// </summary>
public sealed class TcpProxy : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly int _targetPort;
    private readonly CancellationTokenSource _stopped = new();
    private readonly List<Socket> _sockets = [];
    private readonly Task _accepting;
    private volatile TaskCompletionSource _thawed = NewThawed(thawed: true);

    public TcpProxy(int targetPort)
    {
        _targetPort = targetPort;
        _listener.Start();
        _accepting = AcceptLoopAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>Closes every proxied connection at once, without any MQTT goodbye.</summary>
    public void DropAll()
    {
        lock (_sockets)
        {
            foreach (var socket in _sockets)
            {
                socket.Close(0);
            }

            _sockets.Clear();
        }
    }

    /// <summary>Stops forwarding in both directions; the connections stay open.</summary>
    public void Freeze() => _thawed = NewThawed(thawed: false);

    public void Thaw() => _thawed.TrySetResult();

    public async ValueTask DisposeAsync()
    {
        await _stopped.CancelAsync();
        _listener.Stop();
        Thaw();
        DropAll();
        await _accepting;
        _stopped.Dispose();
    }

    private static TaskCompletionSource NewThawed(bool thawed)
    {
        var source = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (thawed)
        {
            source.SetResult();
        }

        return source;
    }

    private async Task AcceptLoopAsync()
    {
        while (!_stopped.IsCancellationRequested)
        {
            Socket client;
            try
            {
                client = await _listener.AcceptSocketAsync(_stopped.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            var server = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await server.ConnectAsync(IPAddress.Loopback, _targetPort, _stopped.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException)
            {
                client.Close(0);
                server.Dispose();
                continue;
            }

            lock (_sockets)
            {
                _sockets.Add(client);
                _sockets.Add(server);
            }

            _ = PumpAsync(client, server);
            _ = PumpAsync(server, client);
        }
    }

    private async Task PumpAsync(Socket from, Socket to)
    {
        var buffer = new byte[16 * 1024];
        try
        {
            while (true)
            {
                var read = await from.ReceiveAsync(buffer, _stopped.Token);
                if (read == 0)
                {
                    break;
                }

                await _thawed.Task.WaitAsync(_stopped.Token);
                await to.SendAsync(buffer.AsMemory(0, read), _stopped.Token);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // One side went away; the other follows below.
        }

        from.Close(0);
        to.Close(0);
    }
}
