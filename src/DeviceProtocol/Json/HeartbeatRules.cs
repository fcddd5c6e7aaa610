namespace CommuneRadio.DeviceProtocol;

/// <summary>Value ranges of a heartbeat beyond what its JSON types say.</summary>
internal static class HeartbeatRules
{
    public static string? Problem(Heartbeat h) =>
        h.Seq < 0 ? "seq must not be negative"
        : h.UptimeS < 0 ? "uptimeS must not be negative"
        : h.Volume is < 0 or > 100 ? $"volume {h.Volume} is outside 0–100"
        : h.Rssi is < -150 or > 0 ? $"rssi {h.Rssi} is outside −150…0 dBm"
        : h.Gps is { Lat: < -90 or > 90 } or { Lon: < -180 or > 180 } ? "gps is outside valid latitude/longitude"
        : h.ItemId?.Length > ProtocolLimits.MaxItemIdLength ? $"itemId is longer than {ProtocolLimits.MaxItemIdLength} characters"
        : h.Firmware?.Length > ProtocolLimits.MaxFirmwareLength ? $"firmware is longer than {ProtocolLimits.MaxFirmwareLength} characters"
        : h.ScheduleVersion < 0 ? "scheduleVersion must not be negative"
        : !Enum.IsDefined(h.State) ? "state is unknown"
        : null;
}
