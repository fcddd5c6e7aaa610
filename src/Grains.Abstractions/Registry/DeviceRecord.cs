using CommuneRadio.DeviceProtocol;

namespace CommuneRadio.Grains.Registry;

/// <summary>A speaker cluster ("cụm loa") as registered: identity and installation data, not live status.</summary>
public sealed record DeviceRecord(string Id, string Name)
{
    public GpsPosition? Gps { get; init; }

    /// <summary>SIM number (ICCID or phone number) of its 4G link.</summary>
    public string? Sim { get; init; }

    public string? Serial { get; init; }

    public string? Firmware { get; init; }
}
