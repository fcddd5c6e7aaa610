using CommuneRadio.Silo.Tests.Hosting;
using CommuneRadio.TestSupport;

namespace CommuneRadio.Silo.Tests.Gateway;

/// <summary>The broker goes away and comes back: every connection, the gateway's and the devices', is restored without help.</summary>
public sealed class BrokerRestartTests
{
    [Fact]
    public async Task After_a_broker_restart_every_device_and_the_gateway_come_back_and_heartbeats_flow_again()
    {
        await using var silo = await SiloHost.StartAsync("broker-restart");
        await using var devices = await SimulatedDevices.ImportAndConnectAsync(silo, configure: o => o with { HeartbeatInterval = TimeSpan.FromHours(1) });
        await TaskTimeouts.Eventually(() => AllOnlineAsync(silo, devices), "every imported device shows online");

        await silo.Broker.StopAsync();
        await TaskTimeouts.Eventually(() => devices.All.All(d => !d.IsOnline), "every device notices the broker is gone");
        await TaskTimeouts.Eventually(async () => !(await silo.GatewayAsync()).Connected, "the gateway reports it lost the broker");

        await silo.Broker.StartAgainAsync();
        await Task.WhenAll(devices.All.Select(d => d.WhenOnlineAsync())).WithTimeout("every device reconnects to the restarted broker", TimeSpan.FromSeconds(30));
        await TaskTimeouts.Eventually(async () => (await silo.GatewayAsync()).Connected, "the gateway reconnects to the restarted broker", TimeSpan.FromSeconds(30));

        // Fresh knob positions reach the API only through the restored gateway subscriptions.
        var knobs = devices.All.Select((device, i) => (Device: device, Volume: 11 + i)).ToList();
        foreach (var (device, volume) in knobs)
        {
            device.TurnVolumeKnob(volume);
            await device.SendHeartbeatAsync().WithTimeout($"{device} heartbeats after the restart");
        }

        await TaskTimeouts.Eventually(
            async () =>
            {
                foreach (var (device, volume) in knobs)
                {
                    var seen = await silo.DeviceAsync(device.StationId, device.DeviceId);
                    if (!seen.Online || seen.Volume != volume)
                    {
                        return false;
                    }
                }

                return true;
            },
            "every device's heartbeat after the restart shows in the API");
        using var health = await silo.Http.GetAsync("/health");
        Assert.True(health.IsSuccessStatusCode, "the Silo is healthy again");
    }

    private static async Task<bool> AllOnlineAsync(SiloHost silo, SimulatedDevices devices)
    {
        foreach (var station in devices.All.Select(d => d.StationId).Distinct())
        {
            if (!(await silo.StationAsync(station)).Devices.All(d => d.Online))
            {
                return false;
            }
        }

        return true;
    }
}
