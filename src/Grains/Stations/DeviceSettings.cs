namespace CommuneRadio.Grains.Stations;

/// <summary>A device's own desired settings, where they differ from its station's.</summary>
[GenerateSerializer, Alias("cr.DeviceSettings")]
public sealed class DeviceSettings
{
    [Id(0)] public int? Volume { get; set; }

    [Id(1)] public DeviceAmp? Amp { get; set; }
}
