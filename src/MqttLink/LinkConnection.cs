using MQTTnet;

namespace CommuneRadio.MqttLink;

/// <summary>
/// One network connection of a link: its MQTTnet client (never reused after it ends), the
/// in-flight window the broker's Receive Maximum allows, and the signal of its end.
/// </summary>
internal sealed class LinkConnection(IMqttClient client)
{
    /// <summary>What the broker allows unacknowledged when it names no Receive Maximum (MQTT 5.0 section 3.2.2.3.3).</summary>
    public const ushort UnnamedReceiveMaximum = ushort.MaxValue;

    private SemaphoreSlim _window = new(UnnamedReceiveMaximum, UnnamedReceiveMaximum);
    private int _violated;

    public IMqttClient Client { get; } = client;

    public MqttClientConnectResult? Result { get; private set; }

    /// <summary>QoS 1/2 publishes the broker accepts unacknowledged on this connection.</summary>
    public int ReceiveMaximum { get; private set; } = UnnamedReceiveMaximum;

    public SemaphoreSlim Window => _window;

    /// <summary>Completes with the reason once the connection ended, however it ended.</summary>
    public TaskCompletionSource<string> Lost { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>True once a received packet broke the protocol: nothing more from this connection is delivered.</summary>
    public bool Violated => Volatile.Read(ref _violated) == 1;

    public void Opened(MqttClientConnectResult result)
    {
        Result = result;
        ReceiveMaximum = result.ReceiveMaximum is > 0 and var named ? named : UnnamedReceiveMaximum;
        _window = new SemaphoreSlim(ReceiveMaximum, ReceiveMaximum);
    }

    /// <summary>Marks the connection as broken by the broker; true for the first caller.</summary>
    public bool MarkViolated() => Interlocked.Exchange(ref _violated, 1) == 0;
}
