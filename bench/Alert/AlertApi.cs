using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace CommuneRadio.Bench.Alert;

/// <summary>The Silo's HTTP API as the benchmark uses it, over a signed-in client: online devices of an area, sending an alert, its progress.</summary>
internal sealed class AlertApi(HttpClient http)
{
    private const int PageSize = 500;

    /// <summary>Devices online in the Silo's view under <paramref name="areaCode"/> (GET /api/stations, every page).</summary>
    public async Task<int> OnlineDevicesAsync(string areaCode, CancellationToken cancellationToken)
    {
        var online = 0;
        for (var page = 1; page <= 10_000; page++)
        {
            using var json = await GetJsonAsync($"/api/stations?area={Uri.EscapeDataString(areaCode)}&pageSize={PageSize}&page={page.ToString(CultureInfo.InvariantCulture)}", cancellationToken);
            var items = json.RootElement.GetProperty("items");
            online += items.EnumerateArray().Sum(s => s.GetProperty("onlineDevices").GetInt32());
            if (page * PageSize >= json.RootElement.GetProperty("total").GetInt32())
            {
                break;
            }
        }

        return online;
    }

    /// <summary>POST /api/alerts: a storm warning from the template over <paramref name="areaCode"/>, played once, status exercise (no second operator).</summary>
    public async Task<IssuedAlert> SendStormAsync(string identifier, string areaCode, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync("/api/alerts", new
        {
            template = "storm",
            identifier,
            areaCodes = new[] { areaCode },
            status = "exercise",
            repeat = 1,
            validForMinutes = 30,
        }, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"POST /api/alerts answered {(int)response.StatusCode}: {body}");
        }

        using var json = JsonDocument.Parse(body);
        var alert = json.RootElement.GetProperty("alert");
        var message = alert.GetProperty("message");
        var text = message.TryGetProperty("text", out var t) && t.GetString() is { Length: > 0 } spoken ? spoken : message.GetProperty("headline").GetString() ?? "";
        return new IssuedAlert(alert.GetProperty("id").GetString()!, alert.GetProperty("cmdId").GetString()!, text, json.RootElement.GetProperty("devices").GetInt32());
    }

    /// <summary>GET /api/alerts/{id}: devices, confirmed and per state.</summary>
    public async Task<AlertCounts> ProgressAsync(string id, CancellationToken cancellationToken)
    {
        using var json = await GetJsonAsync($"/api/alerts/{Uri.EscapeDataString(id)}", cancellationToken);
        var root = json.RootElement;
        var byState = root.GetProperty("byState").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32(), StringComparer.Ordinal);
        return new AlertCounts(root.GetProperty("devices").GetInt32(), root.GetProperty("confirmed").GetInt32(), byState);
    }

    private async Task<JsonDocument> GetJsonAsync(string path, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(path, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        return response.IsSuccessStatusCode ? JsonDocument.Parse(body) : throw new InvalidOperationException($"GET {path} answered {(int)response.StatusCode}: {body}");
    }
}
