namespace CommuneRadio.Grains.Stations;

/// <summary>A device's amplifier, as reported or as the operator wants it.</summary>
[GenerateSerializer, Alias("cr.DeviceAmp")]
public enum DeviceAmp
{
    Off,
    On,
}
