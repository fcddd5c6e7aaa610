using CommuneRadio.DeviceProtocol;
using CommuneRadio.StationSimulator.Observation;

namespace CommuneRadio.StationSimulator.Playback;

/// <summary>What a <see cref="Player"/> needs from its device. Called under the device's lock.</summary>
internal interface IPlayerHost
{
    /// <summary>The device's lock; timer callbacks take it.</summary>
    Lock Gate { get; }

    TimeProvider Time { get; }

    double PlaybackSpeed { get; }

    /// <summary>The device's volume setting, used by items that carry none.</summary>
    int Volume { get; }

    /// <summary>The device's own clock, skew included.</summary>
    DateTimeOffset DeviceNow();

    void Ack(string cmdId, AckState state, string? reason = null);

    void Played(PlaybackEvent play);
}
