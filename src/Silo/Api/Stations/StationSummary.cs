using CommuneRadio.Grains.Stations;

namespace CommuneRadio.Silo.Api.Stations;

/// <summary>A station in a list: its roll-up without the device details.</summary>
public sealed record StationSummary(
    string Id, string Name, string AreaCode, StationHealth Health, DateTimeOffset? HealthSince, int Devices, int OnlineDevices)
{
    public static StationSummary From(StationSnapshot s) =>
        new(s.StationId, s.Name, s.AreaCode, s.Health, s.HealthSince, s.Devices.Count, s.OnlineDevices);
}
