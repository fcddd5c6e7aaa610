using CommuneRadio.DeviceProtocol;

namespace CommuneRadio.Grains.Tests.Stations.StandIns;

public sealed record SentCommand(string StationId, string? DeviceId, DeviceCommand Command);
