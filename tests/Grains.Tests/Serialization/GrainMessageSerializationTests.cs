using CommuneRadio.Grains.Alerts;
using CommuneRadio.Grains.Stations;
using CommuneRadio.Grains.Tests.Alerts.Rules;
using CommuneRadio.TestSupport.Silos;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;

namespace CommuneRadio.Grains.Tests.Serialization;

/// <summary>
/// What crosses a grain call or is stored as grain state goes through Orleans' serializer: a field
/// without an [Id], or a type without a generated codec, would be lost or refused on the wire.
/// </summary>
public sealed class GrainMessageSerializationTests : IAsyncLifetime
{
    private TestSilo _silo = null!;

    public async Task InitializeAsync() => _silo = await TestSilo.StartAsync();

    public async Task DisposeAsync() => await _silo.DisposeAsync();

    private T RoundTrip<T>(T value)
    {
        var serializer = _silo.Services.GetRequiredService<Serializer>();
        return serializer.Deserialize<T>(serializer.SerializeToArray(value))!;
    }

    [Fact]
    public void A_station_snapshot_keeps_every_device_field()
    {
        var snapshot = new StationSnapshot
        {
            StationId = "s-29254",
            Registered = true,
            Name = "Đài truyền thanh xã Mỹ Hiệp",
            AreaCode = "29254",
            Health = StationHealth.Degraded,
            HealthSince = DateTimeOffset.Parse("2026-12-04T07:00:00+07:00", System.Globalization.CultureInfo.InvariantCulture),
            DesiredVolume = 70,
            Devices =
            [
                new DeviceSnapshot
                {
                    DeviceId = "d-01", Name = "Cụm loa ấp Mỹ Thới", Online = true, Volume = 65, DesiredVolume = 70,
                    Amp = DeviceAmp.On, DesiredAmp = DeviceAmp.Off, State = DevicePlayback.Playing, ItemId = "ban-tin",
                    Rssi = -71, Firmware = "2.4.1", Gps = new DevicePosition(10.45, 105.63), ScheduleVersion = 3,
                },
            ],
        };

        var copy = RoundTrip(snapshot);

        Assert.Equal(snapshot with { Devices = [] }, copy with { Devices = [] });
        Assert.Equal(snapshot.Devices[0], Assert.Single(copy.Devices));
    }

    [Fact]
    public void Device_messages_and_an_alert_order_arrive_as_sent()
    {
        var at = DateTimeOffset.UnixEpoch.AddDays(20_000);
        var heartbeat = new DeviceHeartbeat { DeviceId = "d-01", ReceivedAt = at, Seq = 9, UptimeS = 90, Volume = 70, State = DevicePlayback.Fm, Amp = DeviceAmp.Off, SentAt = at };
        var order = new AlertOrder { AlertId = "bao-so-3", CmdId = "alert-1-bao-so-3", Audio = new AlertAudio("https://a.example/bao.mp3", new string('a', 64), 74.5), Repeat = 3, RepeatIntervalS = 60, Volume = 100, ExpiresAt = at };

        Assert.Equal(heartbeat, RoundTrip(heartbeat));
        Assert.Equal(new DeviceStatusReport("d-01", at, true, false), RoundTrip(new DeviceStatusReport("d-01", at, true, false)));
        Assert.Equal(new DeviceAckReport("d-01", at, "alert-1", DeviceAckState.Rejected, "hết hạn"), RoundTrip(new DeviceAckReport("d-01", at, "alert-1", DeviceAckState.Rejected, "hết hạn")));
        Assert.Equal(order, RoundTrip(order));
    }

    [Fact]
    public void An_alert_record_and_the_state_grains_store_keep_their_content()
    {
        var message = SampleAlerts.Audio();
        var record = new AlertRecord
        {
            Id = "bao-so-3", Message = message, Phase = AlertPhase.Active, CmdId = "alert-1-bao-so-3", IssuedBy = "nguyen.van.an",
            CreatedAt = message.Sent, UpdatedAt = message.Sent,
            Stations = [new AlertStation("s-29254", "Mỹ Hiệp", "29254", 2, Dispatched: true)],
            Revisions = [new AlertRevision(message.Identifier, AlertMessageType.Alert, "nguyen.van.an", message.Sent, "alert-1-bao-so-3")],
        };

        var copy = RoundTrip(new AlertState { Alert = record }).Alert!;
        Assert.Equal(record with { Message = message, Stations = [], Revisions = [] }, copy with { Message = message, Stations = [], Revisions = [] });
        Assert.Equal(message with { AreaCodes = [] }, copy.Message with { AreaCodes = [] });
        Assert.Equal(message.AreaCodes, copy.Message.AreaCodes);
        Assert.Equal(record.Stations, copy.Stations);
        Assert.Equal(record.Revisions, copy.Revisions);

        var state = new StationState { DesiredVolume = 60, DesiredAmp = DeviceAmp.On, SettingsVersion = 4, Devices = { ["d-01"] = new DeviceSettings { Volume = 35, Amp = DeviceAmp.Off } } };
        var stored = RoundTrip(state);
        Assert.Equal((60, DeviceAmp.On, 4L), (stored.DesiredVolume!.Value, stored.DesiredAmp!.Value, stored.SettingsVersion));
        Assert.Equal((35, DeviceAmp.Off), (stored.Devices["d-01"].Volume!.Value, stored.Devices["d-01"].Amp!.Value));
    }
}
