using CommuneRadio.DeviceProtocol;
using CommuneRadio.Gateway.Ingest;
using CommuneRadio.Grains.Stations;

namespace CommuneRadio.Gateway.Tests.Ingest;

/// <summary>The gateway turns protocol payloads into the station grain's own messages, field for field.</summary>
public sealed class GrainMessagesTests
{
    private static readonly DateTimeOffset Received = new(2026, 12, 4, 7, 30, 0, TimeSpan.Zero);

    [Fact]
    public void A_heartbeat_keeps_every_field_the_station_grain_reads()
    {
        var payload = new Heartbeat
        {
            Seq = 42,
            UptimeS = 3600,
            Volume = 85,
            State = PlaybackState.Fm,
            ItemId = "ban-tin-sang",
            Rssi = -71,
            Firmware = "2.4.1",
            Gps = new GpsPosition(10.4567, 105.6321),
            Amp = AmpState.On,
            ScheduleVersion = 7,
            SentAt = Received.AddSeconds(-1),
        };

        var heartbeat = GrainMessages.Heartbeat("d-01", Received, payload);

        Assert.Equal(
            ("d-01", Received, 42L, 3600L, 85, DevicePlayback.Fm, "ban-tin-sang", (int?)-71, "2.4.1", new DevicePosition(10.4567, 105.6321), (DeviceAmp?)DeviceAmp.On, (long?)7, (DateTimeOffset?)Received.AddSeconds(-1)),
            (heartbeat.DeviceId, heartbeat.ReceivedAt, heartbeat.Seq, heartbeat.UptimeS, heartbeat.Volume, heartbeat.State, heartbeat.ItemId, heartbeat.Rssi, heartbeat.Firmware, heartbeat.Gps, heartbeat.Amp, heartbeat.ScheduleVersion, heartbeat.SentAt));
    }

    [Fact]
    public void A_heartbeat_without_amplifier_or_position_leaves_them_unknown()
    {
        var heartbeat = GrainMessages.Heartbeat("d-02", Received, new Heartbeat { Seq = 1, UptimeS = 1, Volume = 0, State = PlaybackState.Idle });

        Assert.Equal((DevicePlayback.Idle, (DeviceAmp?)null, (DevicePosition?)null), (heartbeat.State, heartbeat.Amp, heartbeat.Gps));
    }

    [Theory]
    [InlineData(DeviceConnectionStatus.Online, true)]
    [InlineData(DeviceConnectionStatus.Offline, false)]
    public void A_status_message_becomes_online_or_offline(DeviceConnectionStatus status, bool online)
    {
        Assert.Equal(new DeviceStatusReport("d-01", Received, online, Retained: true), GrainMessages.Status("d-01", Received, status, retained: true));
    }

    [Theory]
    [InlineData(AckState.Received, DeviceAckState.Received)]
    [InlineData(AckState.Playing, DeviceAckState.Playing)]
    [InlineData(AckState.Done, DeviceAckState.Done)]
    [InlineData(AckState.Failed, DeviceAckState.Failed)]
    [InlineData(AckState.Rejected, DeviceAckState.Rejected)]
    public void An_ack_keeps_its_command_state_and_reason(AckState state, DeviceAckState expected)
    {
        var ack = GrainMessages.Ack("d-03", Received, new CommandAck { CmdId = "alert-1-bao-so-3", State = state, Reason = "hết hạn" });

        Assert.Equal(new DeviceAckReport("d-03", Received, "alert-1-bao-so-3", expected, "hết hạn"), ack);
    }
}
