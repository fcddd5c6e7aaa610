using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using CommuneRadio.Silo.Tests.Hosting;
using CommuneRadio.StationSimulator.Observation;
using CommuneRadio.TestSupport;

namespace CommuneRadio.Silo.Tests.Alerts;

public sealed class CapApiTests
{
    private static readonly XNamespace Cap = "urn:oasis:names:tc:emergency:cap:1.2";

    [Fact]
    public async Task A_CAP_storm_warning_reaches_both_communes_and_exports_with_its_Vietnamese_text_intact()
    {
        await using var silo = await SiloHost.StartAsync("cap_valid");
        await using var devices = await SimulatedDevices.ImportAndConnectAsync(silo);

        using var response = await silo.Http.PostAsync("/api/alerts/cap", CapSamples.Content(CapSamples.Load("storm-warning.xml", DateTimeOffset.UtcNow)));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, body);
        var cmdId = AlertApi.CmdId(JsonSerializer.Deserialize<JsonElement>(body));

        foreach (var device in devices.All)
        {
            await device.WaitForAckAsync(cmdId, DeviceProtocol.AckState.Playing).WithTimeout($"{device} plays the storm warning");
            Assert.Contains("Thông báo khẩn về bão số 15", device.Journal.Commands.First(c => c.Command.CmdId == cmdId).Command.Text, StringComparison.Ordinal);
        }

        var exported = XDocument.Parse(await silo.Http.GetStringAsync("/api/alerts/DT-2025-BAO15-001/cap"));
        Assert.Equal("Bão số 15", exported.Descendants(Cap + "event").Single().Value);
        Assert.Equal(["Xã Mỹ Hiệp", "Phường Sa Đéc"], exported.Descendants(Cap + "areaDesc").Select(a => a.Value));
    }

    [Fact]
    public async Task A_CAP_update_replaces_the_content_on_air_and_a_CAP_cancel_stops_it()
    {
        await using var silo = await SiloHost.StartAsync("cap_revise");
        await using var devices = await SimulatedDevices.ImportAndConnectAsync(silo, configure: o => o with { PlaybackSpeed = 1 });
        var now = DateTimeOffset.UtcNow;
        using (var first = await silo.Http.PostAsync("/api/alerts/cap", CapSamples.Content(CapSamples.Load("storm-warning.xml", now))))
        {
            Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        }

        using var update = await silo.Http.PostAsync("/api/alerts/cap", CapSamples.Content(CapSamples.Load("storm-update.xml", now)));
        var updated = JsonSerializer.Deserialize<JsonElement>(await update.Content.ReadAsStringAsync());
        Assert.True(update.IsSuccessStatusCode, updated.ToString());
        Assert.Equal("DT-2025-BAO15-001", AlertApi.Id(updated));
        var newCmdId = AlertApi.CmdId(updated);
        var device = devices["s-29308", "d-01"];
        await device.WaitForAckAsync(newCmdId, DeviceProtocol.AckState.Playing).WithTimeout("the update is on air");

        using var cancel = await silo.Http.PostAsync("/api/alerts/cap", CapSamples.Content(CapSamples.Load("storm-cancel.xml", now)));
        Assert.True(cancel.IsSuccessStatusCode, await cancel.Content.ReadAsStringAsync());
        await TaskTimeouts.Eventually(
            () => device.Journal.Plays.Any(p => p.CmdId == newCmdId && p.Kind == PlaybackEventKind.Interrupted),
            "the cancel stops the loudspeaker");
        var progress = await AlertApi.ProgressAsync(silo, "DT-2025-BAO15-001");
        Assert.Equal("cancelled", progress.GetProperty("alert").GetProperty("phase").GetString());
    }

    [Theory]
    [InlineData("invalid-wrong-namespace.xml", "urn:oasis:names:tc:emergency:cap:1.2")]
    [InlineData("invalid-missing-identifier.xml", "identifier")]
    [InlineData("invalid-not-well-formed.xml", "xml")]
    [InlineData("invalid-doctype-xxe.xml", "DTD")]
    public async Task An_invalid_CAP_document_is_refused_naming_the_reason_and_nothing_is_sent(string sample, string named)
    {
        await using var silo = await SiloHost.StartAsync("cap_invalid");

        using var response = await silo.Http.PostAsync("/api/alerts/cap", CapSamples.Content(CapSamples.Load(sample, DateTimeOffset.UtcNow)));

        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(named, body, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("[]", await silo.Http.GetStringAsync("/api/alerts"));
    }
}
