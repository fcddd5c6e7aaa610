using CommuneRadio.Mqtt.Connecting;
using CommuneRadio.Mqtt.Formatting;
using CommuneRadio.Mqtt.Packets;
using CommuneRadio.Mqtt.Topics;

namespace CommuneRadio.Mqtt.Internal;

/// <summary>
/// One network connection and what lives exactly as long as it: the stream, the packet reader and
/// sender, keep-alive, topic aliases, and the limits the broker set in CONNACK. A new one is made
/// for every (re)connect; the session state that outlives it stays in the client.
/// </summary>
internal sealed class MqttConnection
{
    /// <summary>How long closing waits for DISCONNECT to be written before it cuts the connection.</summary>
    private static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(2);

    private readonly Stream _stream;
    private readonly TimeProvider _time;
    private readonly CancellationTokenSource _aborted = new();
    private Exception? _abortReason;
    private int _abortState;
    private int _released;

    // Abort and ReleaseAsync both use _aborted and race each other (the receive loop ends and
    // releases while DisconnectAsync, AbortAsync, the dead-link timer or a failed write cuts the
    // connection): whichever of the two finishes last disposes it, so Cancel never meets a disposed source.
    private int _tokenSourceUsers = 2;
    private volatile bool _inHandler;

    public MqttConnection(Stream stream, MqttClientOptions options)
    {
        _stream = stream;
        _time = options.TimeProvider;
        Formatter = MqttPacketFormatter.For(options.ProtocolVersion);
        Reader = new PacketReader(stream, (int)Math.Min(options.MaximumPacketSize, int.MaxValue));
        Sender = new PacketSender(stream, Formatter, options.TimeProvider, options.OutgoingQueueCapacity);
        Received = new MqttReceivedMessage(IncomingPublish);
        Aborted = _aborted.Token;
    }

    public MqttPacketFormatter Formatter { get; }

    public PacketReader Reader { get; }

    public PacketSender Sender { get; }

    /// <summary>The one PUBLISH instance the receive loop decodes into, message after message.</summary>
    public PublishPacket IncomingPublish { get; } = new();

    public MqttReceivedMessage Received { get; }

    public TopicAliasMap Aliases { get; private set; } = new(0);

    public KeepAliveMonitor? KeepAlive { get; private set; }

    /// <summary>The broker's Maximum Packet Size: larger packets must not be sent [MQTT-3.2.2-15].</summary>
    public int MaximumOutgoingPacketSize { get; private set; } = int.MaxValue;

    /// <summary>The broker's Receive Maximum: the in-flight window for QoS 1/2 publishes (section 4.9).</summary>
    public int SendQuota { get; private set; } = ushort.MaxValue;

    public MqttQualityOfService MaximumQualityOfService { get; private set; } = MqttQualityOfService.ExactlyOnce;

    public bool RetainAvailable { get; private set; } = true;

    /// <summary>Token handed to the message handler: the client's lifetime when this connection started.</summary>
    public CancellationToken HandlerToken { get; private set; }

    public bool InHandler
    {
        get => _inHandler;
        set => _inHandler = value;
    }

    public bool IsAborted => Volatile.Read(ref _abortState) != 0;

    /// <summary>Why the connection was aborted; null for a close the application asked for.</summary>
    public Exception? AbortReason => Volatile.Read(ref _abortReason);

    /// <summary>Cancelled when the connection is aborted; safe to read at any time, also after the connection was released.</summary>
    public CancellationToken Aborted { get; }

    /// <summary>Whether <see cref="Start"/> ran: from then on the receive loop owns releasing the connection.</summary>
    public bool Started { get; private set; }

    public Task Writer { get; private set; } = Task.CompletedTask;

    public Task Receiver { get; private set; } = Task.CompletedTask;

    /// <summary>Sends CONNECT and waits for CONNACK, which must be the first packet from the broker [MQTT-3.2.0-1].</summary>
    public async Task<ConnAckPacket> HandshakeAsync(ConnectPacket connect, CancellationToken cancellationToken)
    {
        await _stream.WriteAsync(Formatter.Encode(connect), cancellationToken).ConfigureAwait(false);
        while (true)
        {
            if (Reader.TryTakeFrame(out var fixedHeader, out var body))
            {
                var packet = Formatter.Decode(fixedHeader, body);
                return packet as ConnAckPacket
                    ?? throw MqttProtocolException.ProtocolError($"The broker sent {packet.Type.Name()} before CONNACK [MQTT-3.2.0-1].");
            }

            if (!await Reader.FillAsync(cancellationToken).ConfigureAwait(false))
            {
                throw new MqttCommunicationException("The broker closed the connection before sending CONNACK.");
            }
        }
    }

    /// <summary>Takes the broker's limits from CONNACK (absent properties have the defaults of section 3.2.2.3).</summary>
    public void Apply(ConnAckPacket connAck, MqttClientOptions options)
    {
        MaximumOutgoingPacketSize = (int)Math.Min(connAck.MaximumPacketSize ?? int.MaxValue, int.MaxValue);
        SendQuota = connAck.ReceiveMaximum ?? ushort.MaxValue;
        MaximumQualityOfService = connAck.MaximumQoS ?? MqttQualityOfService.ExactlyOnce;
        RetainAvailable = connAck.RetainAvailable ?? true;
        Aliases = new TopicAliasMap(options.ProtocolVersion == MqttProtocolVersion.V500 ? options.TopicAliasMaximum : (ushort)0);

        // A Server Keep Alive replaces the client's value [MQTT-3.2.2-21].
        var keepAlive = connAck.ServerKeepAlive is { } serverKeepAlive ? TimeSpan.FromSeconds(serverKeepAlive) : options.KeepAlive;
        KeepAlive = new KeepAliveMonitor(this, keepAlive, _time);
    }

    /// <summary>Starts the writer loop, keep-alive and the receive loop.</summary>
    public void Start(Func<MqttConnection, Task> receiveLoop, CancellationToken handlerToken)
    {
        HandlerToken = handlerToken;
        Started = true;
        Writer = RunWriterAsync();
        KeepAlive?.Start();
        Receiver = Task.Run(() => receiveLoop(this), CancellationToken.None);
    }

    /// <summary>
    /// Cuts the connection at once. Idempotent and thread-safe, also against a concurrent
    /// <see cref="ReleaseAsync"/>; the first reason wins.
    /// </summary>
    public void Abort(Exception? reason)
    {
        if (Interlocked.CompareExchange(ref _abortState, 1, 0) != 0)
        {
            return;
        }

        try
        {
            Volatile.Write(ref _abortReason, reason);
            KeepAlive?.Dispose();
            Sender.Close();
            _aborted.Cancel();
            _stream.Dispose();
        }
        finally
        {
            StopUsingTokenSource();
        }
    }

    /// <summary>Queues DISCONNECT, lets the writer flush it (briefly), then cuts the connection.</summary>
    public async Task CloseAsync(DisconnectPacket disconnect, Exception? reason)
    {
        if (!IsAborted)
        {
            Sender.TryEnqueue(disconnect);
            Sender.Close();
            try
            {
                await Writer.WaitAsync(CloseTimeout).ConfigureAwait(false);
            }
            catch (Exception e) when (e is TimeoutException or IOException or ObjectDisposedException or OperationCanceledException)
            {
                // The DISCONNECT is a courtesy; the connection closes either way.
            }
        }

        Abort(reason);
    }

    /// <summary>Releases what the receive loop used, once it has ended (after <see cref="Abort"/>). Runs once; later calls do nothing.</summary>
    public async Task ReleaseAsync()
    {
        if (Interlocked.Exchange(ref _released, 1) != 0)
        {
            return;
        }

        await Writer.ConfigureAwait(false);
        Reader.Dispose();
        StopUsingTokenSource();
    }

    private void StopUsingTokenSource()
    {
        if (Interlocked.Decrement(ref _tokenSourceUsers) == 0)
        {
            _aborted.Dispose();
        }
    }

    private async Task RunWriterAsync()
    {
        try
        {
            await Sender.RunAsync(Aborted).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            // Never unobserved: a failed write ends the connection, with the failure as its cause
            // unless something else (a close, a dead link) ended it first.
            Abort(new MqttCommunicationException("Writing to the broker failed.", e));
        }
    }
}
