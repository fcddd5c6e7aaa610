namespace CommuneRadio.Grains.Stations;

/// <summary>What a device reports it is doing.</summary>
[GenerateSerializer, Alias("cr.DevicePlayback")]
public enum DevicePlayback
{
    Idle,
    Playing,
    Fm,
}
