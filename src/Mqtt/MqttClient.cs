using CommuneRadio.Mqtt.Internal;
using CommuneRadio.Mqtt.Topics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CommuneRadio.Mqtt;

/// <summary>
/// The MQTT client. See <see cref="IMqttClient"/> for the contract and thread-safety rules. Cheap
/// enough to run by the ten thousand in one process: no thread of its own (async I/O, one timer for
/// keep-alive), and pooled buffers that are returned while the connection is idle.
/// </summary>
/// <remarks>
/// Locks: <c>_gate</c> guards state, the current connection and the session; the outgoing queue has
/// its own lock, always taken inside <c>_gate</c> when both are needed, never the other way round.
/// No user code (handler, event) runs under a lock.
/// </remarks>
public sealed partial class MqttClient : IMqttClient
{
    private readonly Lock _gate = new();
    private readonly SemaphoreSlim _operations = new(1, 1);
    private readonly MqttSession _session = new();
    private MqttClientOptions? _options;
    private ILogger _logger = NullLogger.Instance;
    private TopicCache? _topics;
    private MqttConnection? _connection;
    private MqttClientState _state;
    private CancellationTokenSource _lifetime = new();
    private TaskCompletionSource? _connectionLost;
    private MqttConnection? _lostConnection;
    private Task? _monitor;
    private volatile bool _disposed;

    public event EventHandler<MqttClientStateChangedEventArgs>? StateChanged;

    public MqttClientState State
    {
        get
        {
            lock (_gate)
            {
                return _state;
            }
        }
    }

    public bool IsConnected => State == MqttClientState.Connected;

    public MqttClientOptions? Options => _options;

    /// <summary>The current connection, for tests that observe keep-alive and the outgoing queue.</summary>
    internal MqttConnection? CurrentConnection => Volatile.Read(ref _connection);

    private string ClientId => _options?.ClientId ?? "";

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        await DisconnectCoreAsync(MqttReasonCode.NormalDisconnection, CancellationToken.None).ConfigureAwait(false);
        _lifetime.Dispose();
    }

    /// <summary>Changes the state under <c>_gate</c>; the caller raises the event once it released the lock.</summary>
    private MqttClientState SetState(MqttClientState state)
    {
        var previous = _state;
        _state = state;
        return previous;
    }

    private void RaiseStateChanged(MqttClientState previous, MqttClientState state, Exception? exception)
    {
        if (previous == state)
        {
            return;
        }

        try
        {
            StateChanged?.Invoke(this, new MqttClientStateChangedEventArgs(previous, state, exception));
        }
        catch (Exception e)
        {
            MqttClientLog.StateHandlerFailed(_logger, ClientId, e);
        }
    }

    private void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(_disposed, this);

    /// <summary>The connection, or <see cref="MqttClientNotConnectedException"/>. Call under <c>_gate</c>.</summary>
    private MqttConnection RequireConnection() => _connection ?? throw new MqttClientNotConnectedException(
        $"The MQTT client is {_state.ToString().ToLowerInvariant()}, not connected.");
}
