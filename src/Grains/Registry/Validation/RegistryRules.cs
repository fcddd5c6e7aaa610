using CommuneRadio.DeviceProtocol;

namespace CommuneRadio.Grains.Registry.Validation;

/// <summary>
/// What a valid area, station and device look like, checked on normalized records
/// (<see cref="RegistryText"/>). Problems name the JSON field, prefixed by where the record sits
/// in its request or file (e.g. "stations[3].devices[2].gps.lat"). Used by the stores and by the
/// province file readers, so an import is refused before it changes anything.
/// </summary>
internal static class RegistryRules
{
    public const int MaxNameLength = 200;
    public const int MaxKindLength = 50;
    public const int MaxSimLength = 32;
    public const int MaxSerialLength = 64;

    /// <summary>Area codes follow the id rule too: official codes are digits, and codes appear in URLs and targets.</summary>
    public static RegistryResult? CheckArea(Area area, string prefix = "")
    {
        return Id(prefix + "code", area.Code)
            ?? Name(prefix + "name", area.Name)
            ?? Text(prefix + "kind", area.Kind, MaxKindLength)
            ?? Parent();

        RegistryResult? Parent() => area.ParentCode switch
        {
            null => null,
            var parent when parent == area.Code => RegistryResult.Invalid(prefix + "parentCode", "must not be the area itself"),
            var parent => Id(prefix + "parentCode", parent),
        };
    }

    public static RegistryResult? CheckStation(StationRecord station, string prefix = "")
    {
        var problem = Id(prefix + "id", station.Id)
            ?? Name(prefix + "name", station.Name)
            ?? Id(prefix + "areaCode", station.AreaCode);
        if (problem is not null)
        {
            return problem;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < station.Devices.Count; i++)
        {
            var device = station.Devices[i];
            var devicePrefix = $"{prefix}devices[{i}].";
            problem = CheckDevice(device, devicePrefix);
            if (problem is not null)
            {
                return problem;
            }

            if (!seen.Add(device.Id))
            {
                return RegistryResult.Conflict(devicePrefix + "id", $"device '{device.Id}' appears twice in this station");
            }
        }

        return null;
    }

    public static RegistryResult? CheckDevice(DeviceRecord device, string prefix = "") =>
        Id(prefix + "id", device.Id)
            ?? Name(prefix + "name", device.Name)
            ?? Coordinate(prefix + "gps.lat", device.Gps?.Lat, 90)
            ?? Coordinate(prefix + "gps.lon", device.Gps?.Lon, 180)
            ?? Length(prefix + "sim", device.Sim, MaxSimLength)
            ?? Length(prefix + "serial", device.Serial, MaxSerialLength)
            ?? Length(prefix + "firmware", device.Firmware, ProtocolLimits.MaxFirmwareLength);

    /// <summary>Ids become MQTT topic levels and URL segments: <see cref="ProtocolIds"/>.</summary>
    public static RegistryResult? Id(string field, string? id) =>
        ProtocolIds.Problem(id) is { } problem ? RegistryResult.Invalid(field, problem) : null;

    /// <summary>Names of areas, stations and devices: not empty, at most <see cref="MaxNameLength"/> characters (once normalized).</summary>
    public static RegistryResult? Name(string field, string? name) => Text(field, name, MaxNameLength);

    private static RegistryResult? Text(string field, string? text, int maxLength) => text switch
    {
        null or "" => RegistryResult.Invalid(field, "must not be empty"),
        { Length: var length } when length > maxLength => RegistryResult.Invalid(field, $"must be at most {maxLength} characters (has {length})"),
        _ => null,
    };

    private static RegistryResult? Length(string field, string? text, int maxLength) =>
        text is not null && text.Length > maxLength
            ? RegistryResult.Invalid(field, $"must be at most {maxLength} characters (has {text.Length})")
            : null;

    private static RegistryResult? Coordinate(string field, double? value, double limit) =>
        value is { } degrees && !(double.IsFinite(degrees) && Math.Abs(degrees) <= limit)
            ? RegistryResult.Invalid(field, $"must be a number of degrees between -{limit} and {limit}")
            : null;
}
