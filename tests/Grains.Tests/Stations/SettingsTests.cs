using CommuneRadio.DeviceProtocol;
using CommuneRadio.Grains.Stations;
using CommuneRadio.TestSupport.Silos;

namespace CommuneRadio.Grains.Tests.Stations;

public sealed class SettingsTests
{
    [Fact]
    public async Task A_station_volume_goes_to_the_station_topic_and_is_kept()
    {
        await using var harness = await StationHarness.StartAsync();
        await harness.Heartbeat("d-01", volume: 70);

        Assert.Equal(SettingOutcome.Applied, await harness.Station().SetDesiredVolumeAsync(55, null));

        var sent = Assert.Single(harness.Commands.Sent);
        Assert.Equal(("s-29254", (string?)null, CommandType.Volume, (int?)55), (sent.StationId, sent.DeviceId, sent.Command.Type, sent.Command.Volume));
        var snapshot = await harness.Station().GetSnapshotAsync();
        Assert.Equal(55, snapshot.DesiredVolume);
        Assert.All(snapshot.Devices, d => Assert.Equal(55, d.DesiredVolume));
    }

    [Fact]
    public async Task A_device_that_reconnects_with_the_wrong_volume_is_corrected_without_an_operator()
    {
        await using var harness = await StationHarness.StartAsync();
        await harness.Station().SetDesiredVolumeAsync(50, null);
        var before = harness.Commands.Sent.Count;

        await harness.Heartbeat("d-02", volume: 80);

        var correction = harness.Commands.Sent.Skip(before).Single();
        Assert.Equal("d-02", correction.DeviceId);
        Assert.Equal(CommandType.Volume, correction.Command.Type);
        Assert.Equal(50, correction.Command.Volume);
    }

    [Fact]
    public async Task A_correction_is_not_repeated_on_every_heartbeat_but_retried_if_still_wrong()
    {
        await using var harness = await StationHarness.StartAsync();
        await harness.Station().SetDesiredVolumeAsync(50, "d-01");
        await harness.Heartbeat("d-01", volume: 80);
        var afterFirst = harness.Commands.Sent.Count;

        await harness.AdvanceAsync(StationHarness.Interval);
        await harness.Heartbeat("d-01", volume: 80);
        Assert.Equal(afterFirst, harness.Commands.Sent.Count);

        await harness.AdvanceAsync(StationHarness.Interval);
        await harness.Heartbeat("d-01", volume: 80);
        Assert.Equal(afterFirst + 1, harness.Commands.Sent.Count);
        Assert.NotEqual(harness.Commands.Sent[^1].Command.CmdId, harness.Commands.Sent[^2].Command.CmdId);

        await harness.AdvanceAsync(StationHarness.Interval * 3);
        await harness.Heartbeat("d-01", volume: 50);
        Assert.Equal(afterFirst + 1, harness.Commands.Sent.Count);
    }

    [Fact]
    public async Task A_device_volume_overrides_the_station_volume_until_the_station_is_set_again()
    {
        await using var harness = await StationHarness.StartAsync();
        await harness.Station().SetDesiredVolumeAsync(60, null);
        await harness.Station().SetDesiredVolumeAsync(90, "d-02");
        Assert.Equal(90, (await harness.Device("d-02")).DesiredVolume);
        Assert.Equal(60, (await harness.Device("d-01")).DesiredVolume);

        await harness.Station().SetDesiredVolumeAsync(40, null);

        Assert.All((await harness.Station().GetSnapshotAsync()).Devices, d => Assert.Equal(40, d.DesiredVolume));
    }

    [Fact]
    public async Task Amplifier_drift_is_corrected_like_volume()
    {
        await using var harness = await StationHarness.StartAsync();
        await harness.Station().SetDesiredAmpAsync(true, null);
        var before = harness.Commands.Sent.Count;

        await harness.Heartbeat("d-01", amp: DeviceAmp.Off);

        var correction = harness.Commands.Sent.Skip(before).Single();
        Assert.Equal((CommandType.Amp, (AmpState?)AmpState.On), (correction.Command.Type, correction.Command.Amp));
    }

    [Fact]
    public async Task Settings_survive_the_grain_being_reactivated()
    {
        var storage = new DurableTestGrainStorage();
        await using (var harness = await StationHarness.StartAsync(storage: storage))
        {
            await harness.Station().SetDesiredVolumeAsync(35, "d-01");
            await harness.Station().SetDesiredAmpAsync(false, null);
        }

        await using var again = await StationHarness.StartAsync(storage: storage);
        var device = await again.Device("d-01");
        Assert.Equal(35, device.DesiredVolume);
        Assert.Equal(DeviceAmp.Off, device.DesiredAmp);
    }

    [Fact]
    public async Task A_broker_outage_loses_no_setting_the_next_heartbeat_sends_it()
    {
        await using var harness = await StationHarness.StartAsync();
        await harness.Heartbeat("d-01", volume: 70);
        harness.Commands.BrokerDown = true;

        Assert.Equal(SettingOutcome.Applied, await harness.Station().SetDesiredVolumeAsync(30, null));
        Assert.Empty(harness.Commands.Sent);

        harness.Commands.BrokerDown = false;
        await harness.AdvanceAsync(TimeSpan.FromSeconds(61));
        await harness.Heartbeat("d-01", volume: 70);
        Assert.Equal(30, Assert.Single(harness.Commands.Sent).Command.Volume);
        Assert.Contains(harness.Silo.Logs.Entries, e => e.Message.Contains("did not reach the broker"));
    }

    [Fact]
    public async Task Settings_for_unknown_devices_or_stations_are_refused()
    {
        await using var harness = await StationHarness.StartAsync();

        Assert.Equal(SettingOutcome.UnknownDevice, await harness.Station().SetDesiredVolumeAsync(50, "d-77"));
        Assert.Equal(SettingOutcome.UnknownStation, await harness.Station("s-1").SetDesiredVolumeAsync(50, null));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => harness.Station().SetDesiredVolumeAsync(101, null));
        Assert.Empty(harness.Commands.Sent);
    }
}
