using System.Text.Json;
using CommuneRadio.Silo.Tests.Hosting;
using CommuneRadio.TestSupport;

namespace CommuneRadio.Silo.Tests.Alerts;

public sealed class AlertEventsTests
{
    [Fact]
    public async Task The_event_stream_shows_each_device_of_an_alert_moving_through_its_states()
    {
        await using var silo = await SiloHost.StartAsync("alert_events");
        await using var devices = await SimulatedDevices.ImportAndConnectAsync(silo);
        var away = devices["s-29224", "d-01"];
        var watching = new TaskCompletionSource();
        await away.DropLinkUntilAsync(watching.Task);
        await TaskTimeouts.Eventually(async () => !await StationApi.DeviceOnlineAsync(silo, "s-29224", "d-01"), "the console shows d-01 offline");
        var sent = await AlertApi.SendAsync(silo, new { template = "flood", areaCodes = new[] { "29224" }, status = "exercise" });

        using var response = await silo.Http.GetAsync($"/api/alerts/{AlertApi.Id(sent)}/events", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        var states = new List<string>();
        string? eventType = null;
        while (!states.Contains("done"))
        {
            var line = await reader.ReadLineAsync().WithTimeout("the stream shows d-01 reaching done after it comes back");
            if (line is not null && line.StartsWith("event: ", StringComparison.Ordinal))
            {
                eventType = line["event: ".Length..];
            }
            else if (line is not null && line.StartsWith("data: ", StringComparison.Ordinal))
            {
                if (eventType == "watching")
                {
                    // d-01 comes back only now: every state it goes through is in the stream.
                    watching.SetResult();
                    continue;
                }

                var delivery = JsonSerializer.Deserialize<JsonElement>(line["data: ".Length..]);
                if (delivery.GetProperty("deviceId").GetString() == "d-01" && delivery.GetProperty("stationId").GetString() == "s-29224")
                {
                    states.Add(delivery.GetProperty("state").GetString()!);
                }
            }
        }

        // Forward only, from sent to done; "received" may be absent when the device's playing ack
        // overtook it on the gateway's other connection (the grain never moves a device back).
        string[] order = ["sent", "received", "playing", "done"];
        Assert.Equal("sent", states[0]);
        Assert.Equal(states.OrderBy(s => Array.IndexOf(order, s)), states);
        Assert.Equal(states.Distinct(), states);
        Assert.Contains("playing", states);
    }
}
