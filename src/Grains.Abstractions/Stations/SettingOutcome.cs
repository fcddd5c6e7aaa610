namespace CommuneRadio.Grains.Stations;

/// <summary>Result of changing a desired setting.</summary>
public enum SettingOutcome
{
    Applied,
    UnknownStation,
    UnknownDevice,
}
