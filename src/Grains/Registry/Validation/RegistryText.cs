using System.Text;

namespace CommuneRadio.Grains.Registry.Validation;

/// <summary>
/// How registry text is stored: trimmed and in Unicode normalization form C, so "Mỹ Hiệp" typed
/// with combining marks (NFD, as some Vietnamese keyboards and macOS produce) and with precomposed
/// letters is one name, compares equal and sorts together. Empty optional text becomes null.
/// </summary>
internal static class RegistryText
{
    public static string Required(string? value) =>
        string.IsNullOrWhiteSpace(value) ? "" : value.Trim().Normalize(NormalizationForm.FormC);

    public static string? Optional(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : value.Trim().Normalize(NormalizationForm.FormC);

    public static Area Normalize(Area area) => area with
    {
        Name = Required(area.Name),
        Kind = Required(area.Kind),
        ParentCode = Optional(area.ParentCode),
    };

    public static StationRecord Normalize(StationRecord station) => station with
    {
        Name = Required(station.Name),
        Devices = station.Devices is null ? [] : station.Devices.Select(Normalize).ToList(),
    };

    public static DeviceRecord Normalize(DeviceRecord device) => device with
    {
        Name = Required(device.Name),
        Sim = Optional(device.Sim),
        Serial = Optional(device.Serial),
        Firmware = Optional(device.Firmware),
    };
}
