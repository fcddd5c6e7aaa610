using CommuneRadio.DeviceProtocol;

namespace CommuneRadio.StationSimulator.Devices;

public sealed partial class SimulatedDevice
{
    private int _volume;
    private AmpState _amp = AmpState.On;
    private double? _fm;
    private IReadOnlyList<ScheduleItem> _schedule = [];
    private long _scheduleVersion;
    private int _boot;
    private long _bootTimestamp;
    private TimeSpan _uptimeAtBoot;
    private long _seq;
    private int _rssi;

    /// <summary>The volume setting (0–100) heartbeats report; items may play at their own volume.</summary>
    public int Volume => Read(() => _volume);

    public AmpState Amp => Read(() => _amp);

    /// <summary>The FM frequency relayed (MHz), or null.</summary>
    public double? FmFrequency => Read(() => _fm);

    /// <summary>What heartbeats report: playing while an item sounds, fm while relaying, else idle.</summary>
    public PlaybackState State => Read(CurrentState);

    public long ScheduleVersion => Read(() => _scheduleVersion);

    public IReadOnlyList<ScheduleItem> Schedule => Read(() => _schedule);

    /// <summary>1 for the first boot, +1 per restart.</summary>
    public int Boot => Read(() => _boot);

    /// <summary>Seconds since the device booted, as heartbeats report it.</summary>
    public long UptimeSeconds => Read(Uptime);

    /// <summary>Someone turned the knob on the cabinet: the volume changes locally, without a command; the next heartbeat reports it.</summary>
    public void TurnVolumeKnob(int volume)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(volume, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(volume, 100);
        lock (_gate)
        {
            _volume = volume;
        }
    }

    private T Read<T>(Func<T> read)
    {
        lock (_gate)
        {
            return read();
        }
    }

    /// <summary>A new boot: seq and uptime start over. Call under the lock.</summary>
    private void StartBoot(TimeSpan uptimeAtBoot)
    {
        _boot++;
        _seq = 0;
        _bootTimestamp = _time.GetTimestamp();
        _uptimeAtBoot = uptimeAtBoot;
    }

    private long Uptime() => (long)(_uptimeAtBoot + _time.GetElapsedTime(_bootTimestamp)).TotalSeconds;

    private PlaybackState CurrentState() =>
        _player.Sounding is not null ? PlaybackState.Playing : _fm is not null ? PlaybackState.Fm : PlaybackState.Idle;
}
