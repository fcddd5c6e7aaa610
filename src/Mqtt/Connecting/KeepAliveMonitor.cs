using CommuneRadio.Mqtt.Internal;
using CommuneRadio.Mqtt.Packets;

namespace CommuneRadio.Mqtt.Connecting;

/// <summary>
/// Keep-alive of one connection (MQTT 5.0 section 3.1.2.10) on a timer of the connection's
/// <see cref="TimeProvider"/>, ticking every half keep-alive: no thread, no loop. When nothing was
/// sent for half the keep-alive it sends PINGREQ, so the gap between packets never reaches the
/// keep-alive; when a PINGREQ stays unanswered for a whole keep-alive the link is dead and the
/// connection is aborted (section 3.12.4). A message handler still running is not held against the
/// broker: the PINGRESP may be waiting behind it in the socket.
/// </summary>
internal sealed class KeepAliveMonitor(MqttConnection connection, TimeSpan keepAlive, TimeProvider time) : IDisposable
{
    private readonly Lock _lock = new();
    private ITimer? _timer;
    private bool _pingOutstanding;
    private long _pingSentAt;

    public TimeSpan KeepAlive => keepAlive;

    public bool PingOutstanding
    {
        get
        {
            lock (_lock)
            {
                return _pingOutstanding;
            }
        }
    }

    public void Start()
    {
        if (keepAlive <= TimeSpan.Zero)
        {
            return;
        }

        var period = keepAlive / 2;
        lock (_lock)
        {
            _timer = time.CreateTimer(static state => ((KeepAliveMonitor)state!).Tick(), this, period, period);
        }
    }

    public void PingResponseReceived()
    {
        lock (_lock)
        {
            _pingOutstanding = false;
        }
    }

    public void Dispose()
    {
        ITimer? timer;
        lock (_lock)
        {
            (timer, _timer) = (_timer, null);
        }

        timer?.Dispose();
    }

    private void Tick()
    {
        var now = time.GetTimestamp();
        bool sendPing = false, dead = false;
        lock (_lock)
        {
            if (_timer is null)
            {
                return;
            }

            if (_pingOutstanding)
            {
                dead = time.GetElapsedTime(_pingSentAt, now) >= keepAlive && !connection.InHandler;
            }
            else if (time.GetElapsedTime(connection.Sender.LastWriteTimestamp, now) >= keepAlive / 2)
            {
                (sendPing, _pingOutstanding, _pingSentAt) = (true, true, now);
            }
        }

        if (dead)
        {
            connection.Abort(new MqttCommunicationException(
                $"No PINGRESP within the keep-alive of {keepAlive.TotalSeconds:0.###} s: the link is dead (section 3.12.4)."));
        }
        else if (sendPing)
        {
            connection.Sender.TryEnqueue(PingReqPacket.Instance);
        }
    }
}
