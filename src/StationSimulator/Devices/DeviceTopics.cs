using CommuneRadio.DeviceProtocol;

namespace CommuneRadio.StationSimulator.Devices;

/// <summary>The five topics of one device under a <see cref="TopicLayout"/>. Immutable.</summary>
public sealed class DeviceTopics(TopicLayout layout, string stationId, string deviceId)
{
    public string Heartbeat { get; } = layout.Heartbeat(stationId, deviceId);

    public string Status { get; } = layout.Status(stationId, deviceId);

    public string Ack { get; } = layout.Ack(stationId, deviceId);

    public string StationCommands { get; } = layout.StationCommands(stationId);

    public string DeviceCommands { get; } = layout.DeviceCommands(stationId, deviceId);

    public bool IsCommandTopic(string topic) => topic == DeviceCommands || topic == StationCommands;
}
