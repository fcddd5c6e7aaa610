namespace CommuneRadio.Grains.Stations;

/// <summary>What a station grain did with a device message; the gateway counts each kind.</summary>
[GenerateSerializer, Alias("cr.IngestOutcome")]
public enum IngestOutcome
{
    Accepted,

    /// <summary>Same or older <c>seq</c> within the device's current boot: dropped.</summary>
    Duplicate,

    /// <summary>The station is not in the registry.</summary>
    UnknownStation,

    /// <summary>The station does not have this device.</summary>
    UnknownDevice,
}
