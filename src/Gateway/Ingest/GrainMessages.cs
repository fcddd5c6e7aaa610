using CommuneRadio.DeviceProtocol;
using CommuneRadio.Grains.Stations;

namespace CommuneRadio.Gateway.Ingest;

/// <summary>
/// Device-protocol payloads turned into the station grain's own messages: protocol records never
/// cross a grain call, so the wire contract and the grain contract can change apart.
/// </summary>
internal static class GrainMessages
{
    public static DeviceHeartbeat Heartbeat(string deviceId, DateTimeOffset receivedAt, Heartbeat payload) => new()
    {
        DeviceId = deviceId,
        ReceivedAt = receivedAt,
        Seq = payload.Seq,
        UptimeS = payload.UptimeS,
        Volume = payload.Volume,
        State = payload.State switch
        {
            PlaybackState.Playing => DevicePlayback.Playing,
            PlaybackState.Fm => DevicePlayback.Fm,
            _ => DevicePlayback.Idle,
        },
        ItemId = payload.ItemId,
        Rssi = payload.Rssi,
        Firmware = payload.Firmware,
        Gps = payload.Gps is { } gps ? new DevicePosition(gps.Lat, gps.Lon) : null,
        Amp = payload.Amp switch
        {
            AmpState.On => DeviceAmp.On,
            AmpState.Off => DeviceAmp.Off,
            _ => null,
        },
        ScheduleVersion = payload.ScheduleVersion,
        SentAt = payload.SentAt,
    };

    public static DeviceStatusReport Status(string deviceId, DateTimeOffset receivedAt, DeviceConnectionStatus status, bool retained) =>
        new(deviceId, receivedAt, status == DeviceConnectionStatus.Online, retained);

    public static DeviceAckReport Ack(string deviceId, DateTimeOffset receivedAt, CommandAck ack) =>
        new(deviceId, receivedAt, ack.CmdId, ack.State switch
        {
            AckState.Received => DeviceAckState.Received,
            AckState.Playing => DeviceAckState.Playing,
            AckState.Done => DeviceAckState.Done,
            AckState.Failed => DeviceAckState.Failed,
            _ => DeviceAckState.Rejected,
        }, ack.Reason);
}
