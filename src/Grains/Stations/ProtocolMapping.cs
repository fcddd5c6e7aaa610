using CommuneRadio.DeviceProtocol;

namespace CommuneRadio.Grains.Stations;

/// <summary>The station grain's own values in the device protocol's terms, for the commands it sends.</summary>
internal static class ProtocolMapping
{
    public static AmpState ToProtocol(this DeviceAmp amp) => amp switch
    {
        DeviceAmp.On => AmpState.On,
        _ => AmpState.Off,
    };

    public static DevicePosition? ToPosition(this GpsPosition? gps) => gps is null ? null : new DevicePosition(gps.Lat, gps.Lon);
}
