using CommuneRadio.DeviceProtocol;

namespace CommuneRadio.Grains.Stations;

/// <summary>Settings an operator set for one device, overriding the station's.</summary>
public sealed class DeviceSettings
{
    public int? Volume { get; set; }

    public AmpState? Amp { get; set; }
}
