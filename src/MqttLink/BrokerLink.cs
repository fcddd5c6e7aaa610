using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using MQTTnet;
using MQTTnet.Exceptions;
using MQTTnet.Packets;

namespace CommuneRadio.MqttLink;

/// <summary>
/// A connection to one broker kept up over MQTTnet 5, which has no managed client: it reconnects
/// with backoff and jitter from its own loop (never from inside an MQTTnet event), resumes the
/// session (clean start off after the first connect) and subscribes again to everything granted
/// before; it bounds QoS 1 publishes by the broker's Receive Maximum; it can be cut without
/// DISCONNECT (<see cref="AbortAsync"/>) so the broker publishes the Will; and its guard drops, counts
/// and logs received messages the MQTT specification forbids, closing that connection.
/// <para>
/// Thread-safety: every member may be called from any thread; publishes may run concurrently.
/// Lifecycle: <see cref="ConnectAsync"/> → Connected ⇄ Reconnecting (with a reconnect policy) →
/// <see cref="DisconnectAsync"/> → Disconnected, from where ConnectAsync may start again;
/// <see cref="DisposeAsync"/> ends it for good. Each network connection uses a new MQTTnet client.
/// </para>
/// </summary>
public sealed partial class BrokerLink : IAsyncDisposable
{
    private static readonly MqttClientFactory Factory = new();

    private readonly Lock _gate = new();
    private readonly List<MqttTopicFilter> _subscriptions = [];
    private readonly ILogger _logger;
    private readonly MqttNetLogBridge _libraryLogger;
    private BrokerLinkState _state;
    private LinkConnection? _connection;
    private CancellationTokenSource? _run;
    private Task _keeper = Task.CompletedTask;
    private bool _connecting;
    private bool _disposed;
    private long _rejected;

    public BrokerLink(BrokerLinkOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        Options = options;
        _logger = options.LoggerFactory?.CreateLogger<BrokerLink>() ?? NullLogger<BrokerLink>.Instance;
        _libraryLogger = new MqttNetLogBridge(options.LoggerFactory?.CreateLogger("MQTTnet") ?? NullLogger.Instance);
    }

    /// <summary>Raised after each state change, outside any lock, on the thread that caused it. Do not block in it.</summary>
    public event EventHandler<BrokerLinkStateChangedEventArgs>? StateChanged;

    public BrokerLinkOptions Options { get; }

    public BrokerLinkState State
    {
        get
        {
            lock (_gate)
            {
                return _state;
            }
        }
    }

    public bool IsConnected => State == BrokerLinkState.Connected;

    /// <summary>Received messages the guard dropped since the link was made.</summary>
    public long RejectedMessages => Interlocked.Read(ref _rejected);

    /// <summary>QoS 1/2 publishes the current connection may have unacknowledged (the broker's Receive Maximum); 0 when not connected.</summary>
    public int ReceiveMaximum => Current?.ReceiveMaximum ?? 0;

    private LinkConnection? Current
    {
        get
        {
            lock (_gate)
            {
                return _connection;
            }
        }
    }

    public override string ToString() => $"{Options.ClientId}@{Options.Host}:{Options.Port}";

    private void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(_disposed, this);

    private LinkConnection RequireConnection() => Current ?? throw new MqttClientNotConnectedException();

    /// <summary>Sets the state under the lock; returns the change to raise outside it, or null.</summary>
    private BrokerLinkStateChangedEventArgs? SetState(BrokerLinkState state)
    {
        if (_state == state)
        {
            return null;
        }

        var change = new BrokerLinkStateChangedEventArgs(_state, state);
        _state = state;
        return change;
    }

    private void Raise(BrokerLinkStateChangedEventArgs? change)
    {
        if (change is null)
        {
            return;
        }

        try
        {
            StateChanged?.Invoke(this, change);
        }
        catch (Exception e)
        {
            BrokerLinkLog.StateHandlerFailed(_logger, Options.ClientId, e);
        }
    }
}
