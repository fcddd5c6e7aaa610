using CommuneRadio.DeviceProtocol;

namespace CommuneRadio.Grains.Stations;

/// <summary>One speaker cluster as the dashboard shows it. Reported values are null until the first heartbeat.</summary>
public sealed record DeviceSnapshot
{
    public required string DeviceId { get; init; }

    public required string Name { get; init; }

    public required bool Online { get; init; }

    /// <summary>When the device last went online or offline (null: never seen).</summary>
    public DateTimeOffset? Since { get; init; }

    public DateTimeOffset? LastSeen { get; init; }

    public int? Volume { get; init; }

    public int? DesiredVolume { get; init; }

    public AmpState? Amp { get; init; }

    public AmpState? DesiredAmp { get; init; }

    public PlaybackState? State { get; init; }

    public string? ItemId { get; init; }

    public int? Rssi { get; init; }

    public string? Firmware { get; init; }

    public GpsPosition? Gps { get; init; }

    public long? ScheduleVersion { get; init; }
}
