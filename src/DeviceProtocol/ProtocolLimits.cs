namespace CommuneRadio.DeviceProtocol;

/// <summary>Sizes the system enforces; larger messages are counted, logged and dropped.</summary>
public static class ProtocolLimits
{
    /// <summary>Largest heartbeat, status or ack payload accepted from a device.</summary>
    public const int MaxDevicePayloadBytes = 4 * 1024;

    /// <summary>Largest command the system sends (a 24 h schedule fits well within it).</summary>
    public const int MaxCommandBytes = 256 * 1024;

    public const int MaxTextLength = 5000;

    public const int MaxItemIdLength = 128;

    public const int MaxFirmwareLength = 64;

    public const int MaxReasonLength = 256;
}
