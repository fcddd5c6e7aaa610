namespace CommuneRadio.Grains.Devices;

/// <summary>A device by station and device id.</summary>
public readonly record struct DeviceAddress(string StationId, string DeviceId)
{
    public override string ToString() => $"{StationId}/{DeviceId}";
}
