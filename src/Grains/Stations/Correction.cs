namespace CommuneRadio.Grains.Stations;

/// <summary>A volume or amplifier command sent to bring a device into line, not yet confirmed.</summary>
internal sealed record Correction(string CmdId, DateTimeOffset SentAt);
