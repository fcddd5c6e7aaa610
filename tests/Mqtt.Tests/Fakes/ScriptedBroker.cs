using System.Net;
using System.Net.Sockets;

namespace CommuneRadio.Mqtt.Tests.Fakes;

/// <summary>
/// A fake broker on a loopback port whose every packet the test writes by hand: for protocol
/// violations, lost acknowledgements, silence and other behaviour a real broker will not produce
/// on demand.
/// </summary>
public sealed class ScriptedBroker : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly List<ScriptedConnection> _connections = [];
    private int _accepted;

    public ScriptedBroker(MqttProtocolVersion version = MqttProtocolVersion.V500)
    {
        Version = version;
        _listener.Start();
    }

    public MqttProtocolVersion Version { get; }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>TCP connections accepted so far.</summary>
    public int Accepted => Volatile.Read(ref _accepted);

    public MqttClientOptions Options(string clientId = "scripted") => new()
    {
        Host = "127.0.0.1",
        Port = Port,
        ClientId = clientId,
        ProtocolVersion = Version,
        KeepAlive = TimeSpan.Zero,
        Reconnect = null,
    };

    /// <summary>Waits for the client's next TCP connection.</summary>
    public async Task<ScriptedConnection> AcceptAsync()
    {
        var socket = await _listener.AcceptSocketAsync().WaitAsync(TestSupport.TaskTimeouts.Default);
        Interlocked.Increment(ref _accepted);
        var connection = new ScriptedConnection(socket, Version);
        lock (_connections)
        {
            _connections.Add(connection);
        }

        return connection;
    }

    /// <summary>Accepts a connection, reads CONNECT and answers with <paramref name="connAck"/> (success by default).</summary>
    internal async Task<(ScriptedConnection Connection, Packets.ConnectPacket Connect)> AcceptClientAsync(Packets.ConnAckPacket? connAck = null)
    {
        var connection = await AcceptAsync();
        var connect = await connection.ReceiveAsync<Packets.ConnectPacket>();
        await connection.SendAsync(connAck ?? new Packets.ConnAckPacket());
        return (connection, connect);
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        List<ScriptedConnection> connections;
        lock (_connections)
        {
            connections = [.. _connections];
        }

        foreach (var connection in connections)
        {
            await connection.DisposeAsync();
        }
    }
}
