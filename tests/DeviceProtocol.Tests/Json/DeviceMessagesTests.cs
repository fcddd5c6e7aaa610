using System.Text;

namespace CommuneRadio.DeviceProtocol.Tests.Json;

public sealed class DeviceMessagesTests
{
    [Fact]
    public void A_full_heartbeat_reads_with_every_field_and_unknown_fields_ignored()
    {
        var json = """
            {"seq":42,"uptimeS":3600,"volume":70,"state":"playing","itemId":"ban-tin-sang","rssi":-71,
             "firmware":"2.4.1","gps":{"lat":10.4603,"lon":105.6329},"amp":"on","scheduleVersion":7,
             "sentAt":"2026-11-22T06:00:00+07:00","batteryMv":12400,"vendor":{"model":"LX-4G"}}
            """;

        Assert.True(DeviceMessages.TryReadHeartbeat(Encoding.UTF8.GetBytes(json), out var heartbeat, out var problem), problem);

        Assert.Equal(42, heartbeat.Seq);
        Assert.Equal(3600, heartbeat.UptimeS);
        Assert.Equal(70, heartbeat.Volume);
        Assert.Equal(PlaybackState.Playing, heartbeat.State);
        Assert.Equal("ban-tin-sang", heartbeat.ItemId);
        Assert.Equal(-71, heartbeat.Rssi);
        Assert.Equal(new GpsPosition(10.4603, 105.6329), heartbeat.Gps);
        Assert.Equal(AmpState.On, heartbeat.Amp);
        Assert.Equal(7, heartbeat.ScheduleVersion);
    }

    [Theory]
    [InlineData("""{"uptimeS":1,"volume":70,"state":"idle"}""", "seq")]
    [InlineData("""{"seq":"1","uptimeS":1,"volume":70,"state":"idle"}""", "$.seq")]
    [InlineData("""{"seq":1,"uptimeS":1,"volume":170,"state":"idle"}""", "volume 170")]
    [InlineData("""{"seq":1,"uptimeS":1,"volume":70,"state":"dancing"}""", "$.state")]
    [InlineData("""{"seq":-1,"uptimeS":1,"volume":70,"state":"idle"}""", "seq must not be negative")]
    [InlineData("""{"seq":1,"uptimeS":1,"volume":70,"state":"idle","rssi":12}""", "rssi")]
    [InlineData("""{"seq":1,"uptimeS":1,"volume":70,"state":"idle","gps":{"lat":95,"lon":1}}""", "gps")]
    [InlineData("""{"seq":1,""", "invalid JSON")]
    [InlineData("null", "null")]
    [InlineData("[]", "invalid JSON")]
    public void A_bad_heartbeat_is_refused_saying_what_is_wrong(string json, string expected)
    {
        Assert.False(DeviceMessages.TryReadHeartbeat(Encoding.UTF8.GetBytes(json), out _, out var problem));
        Assert.Contains(expected, problem);
    }

    [Fact]
    public void An_oversized_or_non_utf8_payload_is_refused_before_parsing()
    {
        var huge = Encoding.UTF8.GetBytes($$"""{"seq":1,"uptimeS":1,"volume":1,"state":"idle","firmware":"{{new string('x', 5000)}}"}""");
        Assert.False(DeviceMessages.TryReadHeartbeat(huge, out _, out var tooBig));
        Assert.Contains("4096-byte limit", tooBig);

        Assert.False(DeviceMessages.TryReadHeartbeat([0x7B, 0xC3, 0x28, 0x7D], out _, out var notUtf8));
        Assert.Contains("UTF-8", notUtf8);
    }

    [Theory]
    [InlineData("online", DeviceConnectionStatus.Online)]
    [InlineData("offline\n", DeviceConnectionStatus.Offline)]
    public void Status_is_plain_text(string payload, DeviceConnectionStatus expected)
    {
        Assert.True(DeviceMessages.TryReadStatus(Encoding.UTF8.GetBytes(payload), out var status, out _));
        Assert.Equal(expected, status);
        Assert.False(DeviceMessages.TryReadStatus("\"online\""u8, out _, out var problem));
        Assert.Contains("'online' or 'offline'", problem);
    }

    [Fact]
    public void A_command_round_trips_with_vietnamese_text_and_omits_absent_fields()
    {
        var command = new DeviceCommand
        {
            CmdId = "alert-bao-so-3-r1",
            Type = CommandType.Play,
            Priority = BroadcastPriority.Emergency,
            Text = "Cảnh báo bão số 3: người dân khẩn trương sơ tán khỏi vùng ven biển.",
            Repeat = 3,
            Volume = 100,
            ExpiresAt = new DateTimeOffset(2026, 11, 22, 18, 0, 0, TimeSpan.FromHours(7)),
        };

        var bytes = DeviceMessages.Write(command);
        var json = Encoding.UTF8.GetString(bytes);

        Assert.Contains("\"type\":\"play\"", json);
        Assert.Contains("\"priority\":\"emergency\"", json);
        Assert.DoesNotContain("media", json);
        Assert.True(DeviceMessages.TryReadCommand(bytes, out var read, out var problem), problem);
        Assert.Equal(command.Text, read.Text);
        Assert.Equal(command, read with { Schedule = null });
    }

    [Theory]
    [InlineData("""{"cmdId":"c-1","state":"done"}""", null)]
    [InlineData("""{"cmdId":"c-1","state":"rejected","reason":"expired"}""", null)]
    [InlineData("""{"cmdId":"","state":"done"}""", "cmdId must not be empty")]
    [InlineData("""{"state":"done"}""", "cmdId")]
    [InlineData("""{"cmdId":"c-1","state":"finished"}""", "$.state")]
    public void Acks_are_read_strictly(string json, string? expected)
    {
        var ok = DeviceMessages.TryReadAck(Encoding.UTF8.GetBytes(json), out _, out var problem);
        Assert.Equal(expected is null, ok);
        if (expected is not null)
        {
            Assert.Contains(expected, problem);
        }
    }
}
