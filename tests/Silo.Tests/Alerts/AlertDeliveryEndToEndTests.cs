using CommuneRadio.DeviceProtocol;
using CommuneRadio.Grains.Devices;
using CommuneRadio.Silo.Tests.Hosting;
using CommuneRadio.StationSimulator.Observation;
using CommuneRadio.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace CommuneRadio.Silo.Tests.Alerts;

public sealed class AlertDeliveryEndToEndTests
{
    private static readonly string[] MyHiep = ["d-01", "d-02", "d-03"];

    [Fact]
    public async Task An_alert_to_one_commune_is_played_by_exactly_its_devices_as_often_as_set_and_progress_reaches_every_one()
    {
        await using var silo = await SiloHost.StartAsync("alert_reach");
        await using var devices = await SimulatedDevices.ImportAndConnectAsync(silo);

        var sent = await AlertApi.SendAsync(silo, new { template = "storm", areaCodes = new[] { "29308" }, repeat = 2, repeatIntervalS = 0, status = "exercise" });
        var cmdId = AlertApi.CmdId(sent);

        foreach (var id in MyHiep)
        {
            var plays = await devices["s-29308", id].WaitForPlaysAsync(cmdId, 2).WithTimeout($"Mỹ Hiệp {id} plays the storm warning twice");
            Assert.All(plays, p => Assert.Equal((BroadcastPriority.Emergency, 100), (p.Priority, p.Volume)));
        }

        await TaskTimeouts.Eventually(
            async () => AlertApi.Count(await AlertApi.ProgressAsync(silo, AlertApi.Id(sent)), "done") == 3,
            "the console shows all three Mỹ Hiệp devices done");
        var progress = await AlertApi.ProgressAsync(silo, AlertApi.Id(sent));
        Assert.Equal((3, 3, 100.0), (progress.GetProperty("devices").GetInt32(), progress.GetProperty("confirmed").GetInt32(), progress.GetProperty("confirmedPercent").GetDouble()));
        Assert.Empty(progress.GetProperty("unconfirmed").EnumerateArray());
        Assert.All(devices.All.Where(d => d.StationId == "s-29224"), d => Assert.DoesNotContain(d.Journal.Commands, c => c.Command.CmdId == cmdId));
    }

    [Fact]
    public async Task An_alert_interrupts_a_normal_programme_already_playing()
    {
        await using var silo = await SiloHost.StartAsync("alert_preempt");
        await using var devices = await SimulatedDevices.ImportAndConnectAsync(silo, configure: o => o with { PlaybackSpeed = 1 });
        var device = devices["s-29308", "d-01"];
        var programme = new DeviceCommand
        {
            CmdId = "ban-tin-sang",
            Type = CommandType.Play,
            Priority = BroadcastPriority.Normal,
            Text = "Bản tin sáng của Đài truyền thanh xã Mỹ Hiệp. " + string.Concat(Enumerable.Repeat("Tin tức nông nghiệp và thời tiết. ", 40)),
        };
        await silo.Services.GetRequiredService<IDeviceCommandSender>().SendAsync("s-29308", "d-01", programme);
        await device.WaitForAckAsync("ban-tin-sang", AckState.Playing).WithTimeout("the morning programme starts");

        var sent = await AlertApi.SendAsync(silo, new { template = "flood", areaCodes = new[] { "29308" }, text = "Lũ lên nhanh, người dân di chuyển lên vùng cao.", status = "exercise" });

        await device.WaitForAckAsync(AlertApi.CmdId(sent), AckState.Playing).WithTimeout("the flood warning plays");
        Assert.Contains(device.Journal.Plays, p => p.CmdId == "ban-tin-sang" && p.Kind == PlaybackEventKind.Interrupted);
    }

    [Fact]
    public async Task A_device_offline_when_the_alert_is_sent_gets_it_when_it_comes_back_and_plays_it_once()
    {
        await using var silo = await SiloHost.StartAsync("alert_offline");
        await using var devices = await SimulatedDevices.ImportAndConnectAsync(silo);
        var away = devices["s-29308", "d-02"];
        var dropped = away.DropLinkAsync(TimeSpan.FromSeconds(3));
        await TaskTimeouts.Eventually(async () => !await StationApi.DeviceOnlineAsync(silo, "s-29308", "d-02"), "the console shows d-02 offline");

        var sent = await AlertApi.SendAsync(silo, new { template = "landslide", areaCodes = new[] { "29308" }, repeat = 1, status = "exercise" });
        var cmdId = AlertApi.CmdId(sent);
        await devices["s-29308", "d-01"].WaitForPlaysAsync(cmdId, 1).WithTimeout("an online device plays it at once");
        await dropped;

        await away.WaitForPlaysAsync(cmdId, 1).WithTimeout("d-02 plays it after reconnecting", TimeSpan.FromSeconds(30));
        await TaskTimeouts.Eventually(async () => AlertApi.Count(await AlertApi.ProgressAsync(silo, AlertApi.Id(sent)), "done") == 3, "all three done");
        Assert.Single(away.Journal.Plays, p => p.CmdId == cmdId && p.Kind == PlaybackEventKind.Started);
    }

    [Fact]
    public async Task Cancelling_stops_playback_everywhere_and_the_console_shows_the_devices_cancelled()
    {
        await using var silo = await SiloHost.StartAsync("alert_cancel");
        await using var devices = await SimulatedDevices.ImportAndConnectAsync(silo, configure: o => o with { PlaybackSpeed = 1 });
        var sent = await AlertApi.SendAsync(silo, new { template = "evacuation", areaCodes = new[] { "29308" }, repeat = 5, repeatIntervalS = 600, status = "exercise" });
        var cmdId = AlertApi.CmdId(sent);
        foreach (var id in MyHiep)
        {
            await devices["s-29308", id].WaitForAckAsync(cmdId, AckState.Playing).WithTimeout($"{id} plays the evacuation order");
        }

        using var response = await silo.Http.PostAsync($"/api/alerts/{AlertApi.Id(sent)}/cancel", null);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());

        foreach (var id in MyHiep)
        {
            await TaskTimeouts.Eventually(
                () => devices["s-29308", id].Journal.Plays.Any(p => p.CmdId == cmdId && p.Kind == PlaybackEventKind.Interrupted),
                $"{id} stops playing");
        }

        var progress = await AlertApi.ProgressAsync(silo, AlertApi.Id(sent));
        Assert.Equal("cancelled", progress.GetProperty("alert").GetProperty("phase").GetString());
        Assert.Equal(3, AlertApi.Count(progress, "cancelled"));
    }

    [Fact]
    public async Task An_alert_that_expired_while_a_device_was_away_is_not_played_when_it_comes_back()
    {
        await using var silo = await SiloHost.StartAsync("alert_expired", new SiloHostOptions { Settings = new Dictionary<string, string?> { ["Stations:AlertResendAfter"] = "00:00:01" } });
        await using var devices = await SimulatedDevices.ImportAndConnectAsync(silo);
        var away = devices["s-29308", "d-03"];
        var dropped = away.DropLinkAsync(TimeSpan.FromSeconds(8));
        await TaskTimeouts.Eventually(async () => !await StationApi.DeviceOnlineAsync(silo, "s-29308", "d-03"), "the console shows d-03 offline");

        var sent = await AlertApi.SendAsync(silo, new
        {
            @event = "Triều cường", areaCodes = new[] { "29308" }, text = "Triều cường dâng cao trong hai giờ tới.",
            expires = DateTimeOffset.UtcNow.AddSeconds(4), status = "exercise",
        });
        var cmdId = AlertApi.CmdId(sent);
        await dropped;
        await TaskTimeouts.Eventually(async () => AlertApi.Count(await AlertApi.ProgressAsync(silo, AlertApi.Id(sent)), "expired") == 1, "d-03 is shown expired");
        await away.WhenOnlineAsync().WithTimeout("d-03 is back");
        await devices["s-29308", "d-01"].SendHeartbeatAsync();

        Assert.DoesNotContain(away.Journal.Plays, p => p.CmdId == cmdId && p.Kind == PlaybackEventKind.Started);
    }
}
