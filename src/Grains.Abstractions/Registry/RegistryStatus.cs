namespace CommuneRadio.Grains.Registry;

public enum RegistryStatus
{
    Ok,
    Invalid,
    NotFound,
    Conflict,
}
