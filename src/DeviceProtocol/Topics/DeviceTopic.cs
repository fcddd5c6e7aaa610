namespace CommuneRadio.DeviceProtocol;

/// <summary>A parsed device topic: <c>stations/{StationId}/devices/{DeviceId}/{Kind}</c>.</summary>
public readonly record struct DeviceTopic(DeviceTopicKind Kind, string StationId, string DeviceId);
