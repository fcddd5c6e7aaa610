using System.Net.Sockets;
using CommuneRadio.Mqtt.Formatting;
using CommuneRadio.Mqtt.Internal;
using CommuneRadio.Mqtt.Packets;
using CommuneRadio.TestSupport;

namespace CommuneRadio.Mqtt.Tests.Fakes;

/// <summary>The broker side of one client connection, driven packet by packet by the test.</summary>
public sealed class ScriptedConnection : IAsyncDisposable
{
    private readonly Socket _socket;
    private readonly NetworkStream _stream;
    private readonly PacketReader _reader;
    private readonly MqttPacketFormatter _formatter;

    internal ScriptedConnection(Socket socket, MqttProtocolVersion version)
    {
        _socket = socket;
        _stream = new NetworkStream(socket, ownsSocket: true);
        _reader = new PacketReader(_stream, int.MaxValue);
        _formatter = MqttPacketFormatter.For(version);
    }

    /// <summary>The next packet from the client; fails if none arrives in time or the client closes.</summary>
    internal async Task<MqttPacket> ReceiveAsync(string? what = null)
    {
        return await ReadAsync().WithTimeout(what ?? "a packet from the client");

        async Task<MqttPacket> ReadAsync()
        {
            while (true)
            {
                if (_reader.TryTakeFrame(out var fixedHeader, out var body))
                {
                    return _formatter.Decode(fixedHeader, body.ToArray());
                }

                if (!await _reader.FillAsync(CancellationToken.None))
                {
                    throw new IOException("The client closed the connection.");
                }
            }
        }
    }

    internal async Task<T> ReceiveAsync<T>(string? what = null)
        where T : MqttPacket
    {
        var packet = await ReceiveAsync(what ?? typeof(T).Name);
        return packet as T ?? throw new Xunit.Sdk.XunitException($"Expected {typeof(T).Name} from the client, got {packet.Type}.");
    }

    /// <summary>Reads until the client closes the connection and returns what it sent on the way (e.g. a DISCONNECT).</summary>
    internal async Task<List<MqttPacket>> ReceiveUntilClosedAsync(string what)
    {
        var packets = new List<MqttPacket>();
        await ReadAllAsync().WithTimeout(what);
        return packets;

        async Task ReadAllAsync()
        {
            try
            {
                while (true)
                {
                    packets.Add(await ReceiveAsync(what));
                }
            }
            catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException)
            {
                // Closed.
            }
        }
    }

    internal Task SendAsync(MqttPacket packet) => SendRawAsync(_formatter.Encode(packet));

    internal async Task SendRawAsync(byte[] bytes) => await _stream.WriteAsync(bytes).AsTask().WithTimeout("writing to the client");

    /// <summary>Closes the TCP connection abruptly, as a crashed broker would.</summary>
    public void Drop() => _socket.Close(0);

    /// <summary>Ends the broker's half of the stream (the client reads end-of-stream) while still reading what the client sends.</summary>
    public void EndSending() => _socket.Shutdown(SocketShutdown.Send);

    public async ValueTask DisposeAsync()
    {
        _reader.Dispose();
        await _stream.DisposeAsync();
    }
}
