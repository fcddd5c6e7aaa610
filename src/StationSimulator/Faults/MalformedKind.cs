namespace CommuneRadio.StationSimulator.Faults;

/// <summary>Broken heartbeats a device can publish on its own heartbeat topic, each failing a different check of the system.</summary>
public enum MalformedKind
{
    /// <summary>Bytes that are not JSON at all.</summary>
    NotJson,

    /// <summary>JSON whose fields have the wrong types (a string for <c>seq</c>, a boolean for <c>uptimeS</c>).</summary>
    WrongTypes,

    /// <summary>A well-formed heartbeat reporting volume 150.</summary>
    VolumeOutOfRange,

    /// <summary>A well-formed heartbeat padded past the 4 KiB limit for device payloads.</summary>
    Oversized,

    /// <summary>A heartbeat with a byte sequence that is not UTF-8 inside a string.</summary>
    InvalidUtf8,
}
