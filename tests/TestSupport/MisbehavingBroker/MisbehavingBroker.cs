using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace CommuneRadio.TestSupport.MisbehavingBroker;

/// <summary>
/// A broker of our own on a raw loopback socket, speaking just enough MQTT 5.0 / 3.1.1 to accept a
/// client (CONNACK, SUBACK, PINGRESP) — and, on the connections <see cref="Spoil"/> names, sending
/// <see cref="Fault"/> right after the SUBACK. On every other connection it sends
/// <see cref="GoodPayload"/> on <see cref="Topic"/> after the SUBACK, so a test sees a client that
/// came back being served. Connections are numbered from 1. Bounded: it serves at most
/// <see cref="MaxConnections"/> connections and stops with the test.
/// </summary>
public sealed class MisbehavingBroker : IAsyncDisposable
{
    public const int MaxConnections = 50;

    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentBag<Task> _sessions = [];
    private readonly Task _accepting;
    private int _connections;

    private MisbehavingBroker(BrokerFault fault, string topic, string badPayload, string goodPayload, Func<int, bool> spoil)
    {
        (Fault, Topic, BadPayload, GoodPayload, Spoil) = (fault, topic, badPayload, goodPayload, spoil);
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public BrokerFault Fault { get; }

    /// <summary>The topic of the good message (and of the bad ones that carry a topic).</summary>
    public string Topic { get; }

    public string BadPayload { get; }

    public string GoodPayload { get; }

    /// <summary>Which connections (numbered from 1) get the fault.</summary>
    public Func<int, bool> Spoil { get; }

    public string Host => "127.0.0.1";

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>Connections accepted so far.</summary>
    public int Connections => Volatile.Read(ref _connections);

    /// <summary>Starts a broker that spoils the first connection only (by default).</summary>
    public static MisbehavingBroker Start(BrokerFault fault, string topic, string badPayload, string goodPayload, Func<int, bool>? spoil = null) =>
        new(fault, topic, badPayload, goodPayload, spoil ?? (n => n == 1));

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await Task.WhenAll([_accepting, .. _sessions]);
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        try
        {
            while (Connections < MaxConnections)
            {
                var socket = await _listener.AcceptTcpClientAsync(_stop.Token);
                var number = Interlocked.Increment(ref _connections);
                _sessions.Add(ServeAsync(socket, number));
            }
        }
        catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
        {
            // Stopped.
        }
    }

    private async Task ServeAsync(TcpClient socket, int number)
    {
        using var _ = socket;
        var stream = socket.GetStream();
        byte level = 4;
        try
        {
            while (await MqttWire.ReadAsync(stream, _stop.Token) is var (first, body))
            {
                switch (first >> 4)
                {
                    case 1: // CONNECT: protocol name (2 + 4 bytes), then the level
                        level = body[6];
                        await stream.WriteAsync(MqttWire.ConnAck(level), _stop.Token);
                        break;
                    case 8: // SUBSCRIBE
                        await stream.WriteAsync(SubAck(level, body), _stop.Token);
                        var next = Spoil(number)
                            ? FaultPackets.For(Fault, level, Topic, BadPayload)
                            : MqttWire.Publish(level, 1, Topic, GoodPayload);
                        await stream.WriteAsync(next, _stop.Token);
                        break;
                    case 12: // PINGREQ
                        await stream.WriteAsync(new byte[] { 0xD0, 0x00 }, _stop.Token);
                        break;
                    case 14: // DISCONNECT
                        return;
                }
            }
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or ObjectDisposedException or SocketException or EndOfStreamException)
        {
            // The client went away (as it should after a fault), or the test ended.
        }
    }

    /// <summary>SUBACK granting QoS 1 (or less) to every filter of the SUBSCRIBE body.</summary>
    private static byte[] SubAck(byte level, byte[] body)
    {
        var at = 2;
        if (level == MqttWire.ProtocolLevel5)
        {
            var propertiesLength = 0;
            for (var shift = 0; ; shift += 7)
            {
                var b = body[at++];
                propertiesLength |= (b & 0x7F) << shift;
                if ((b & 0x80) == 0)
                {
                    break;
                }
            }

            at += propertiesLength;
        }

        var codes = new List<byte>();
        while (at < body.Length)
        {
            var length = (body[at] << 8) | body[at + 1];
            at += 2 + length;
            codes.Add((byte)Math.Min(body[at++] & 0x03, 1));
        }

        byte[] answer = level == MqttWire.ProtocolLevel5 ? [body[0], body[1], 0, .. codes] : [body[0], body[1], .. codes];
        return MqttWire.Packet(0x90, answer);
    }
}
