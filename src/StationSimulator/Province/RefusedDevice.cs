namespace CommuneRadio.StationSimulator.Province;

/// <summary>A device the broker would not let in (wrong password, unknown account, ...).</summary>
public sealed record RefusedDevice(string StationId, string DeviceId, string Reason);
