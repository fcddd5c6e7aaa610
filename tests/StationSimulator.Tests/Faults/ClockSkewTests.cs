using CommuneRadio.DeviceProtocol;
using CommuneRadio.StationSimulator.Tests.Support;

namespace CommuneRadio.StationSimulator.Tests.Faults;

[Collection(BrokerCollection.Name)]
public sealed class ClockSkewTests(BrokerFixture fixture)
{
    [Fact]
    public async Task A_device_whose_clock_runs_ahead_reports_it_in_sentAt_and_judges_expiry_by_it()
    {
        await using var harness = await DeviceHarness.StartAsync(fixture);
        harness.Device.Faults = harness.Device.Faults with { ClockSkew = TimeSpan.FromMinutes(10) };
        var systemNow = harness.Clock.GetUtcNow();

        var heartbeat = await harness.Device.SendHeartbeatAsync();
        await harness.SendAsync(harness.Play("valid-for-5-min") with { ExpiresAt = systemNow.AddMinutes(5) });

        Assert.Equal(systemNow.AddMinutes(10), heartbeat.SentAt);
        Assert.Equal("expired", (await harness.AckAsync("valid-for-5-min", AckState.Rejected)).Reason);
    }
}
