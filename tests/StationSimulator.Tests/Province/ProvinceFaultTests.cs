using CommuneRadio.DeviceProtocol;
using CommuneRadio.StationSimulator.Faults;
using CommuneRadio.StationSimulator.Province;
using CommuneRadio.StationSimulator.Tests.Support;
using CommuneRadio.TestSupport;

namespace CommuneRadio.StationSimulator.Tests.Province;

[Collection(BrokerCollection.Name)]
public sealed class ProvinceFaultTests(BrokerFixture fixture)
{
    [Theory]
    [InlineData(0.0, 0)]
    [InlineData(0.1, 2)]
    [InlineData(0.25, 5)]
    [InlineData(1.0, 20)]
    public void A_share_picks_that_many_devices_spread_over_the_province(double share, int expected) =>
        Assert.Equal(expected, Enumerable.Range(0, 20).Count(i => SimulatedProvince.Picked(i, share)));

    [Fact]
    public async Task Province_wide_faults_reach_the_share_of_devices_they_name()
    {
        var stationId = DeviceHarness.NewStationId();
        var file = new ProvinceFile([new ProvinceStation(stationId, null, [.. Enumerable.Range(1, 4).Select(i => new ProvinceDevice($"d-{i:00}", null, null, null))])]);
        var clock = new ManualTimeProvider();
        var options = new SimulatedProvinceOptions { Devices = DeviceHarness.Options(fixture) };
        await using var province = SimulatedProvince.Create(file, file.Stations[0].Devices!.Select(d => DeviceHarness.CredentialsFor(stationId, d.Id)), options, clock);
        await province.StartAsync().WithTimeout("four devices starting");
        await using var observer = await StationObserver.StartAsync(fixture.Broker, stationId);

        Assert.Equal(2, await province.PublishMalformedAsync(MalformedKind.NotJson, 0.5));
        province.GoSilent(0.5);
        province.DriftVolumes(1, maxStep: 0);
        province.SetFaults(f => f with { RefusePlaysWithReason = "download" }, 0.25);
        clock.Advance(TimeSpan.FromSeconds(30));
        await observer.SendAsync(new DeviceCommand { CmdId = "all-play", Type = CommandType.Play, Text = "Thông báo" });

        var rejected = await observer.WaitForAsync(m => m.Topic.EndsWith("/ack", StringComparison.Ordinal) && StationObserver.ReadAck(m).State == AckState.Rejected, "one refusal");
        Assert.Equal("download", StationObserver.ReadAck(rejected).Reason);
        Assert.Equal(2, province.Devices.Count(d => d.Faults.Silent));
        Assert.All(province.Devices.Where(d => d.Faults.Silent), d => Assert.Single(d.Journal.Heartbeats));
        Assert.Equal(2, province.Counters.Snapshot().MalformedSent);
        province.Resume();
        Assert.DoesNotContain(province.Devices, d => d.Faults.Silent);
    }
}
