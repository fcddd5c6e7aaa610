namespace CommuneRadio.Grains.Stations;

/// <summary>Result of changing a desired setting.</summary>
[GenerateSerializer, Alias("cr.SettingOutcome")]
public enum SettingOutcome
{
    Applied,
    UnknownStation,
    UnknownDevice,
}
