using System.Net.Http.Json;
using System.Text.Json;
using CommuneRadio.Silo.Tests.Hosting;

namespace CommuneRadio.Silo.Tests.Alerts;

/// <summary>Sends alerts and reads their progress through the Silo's HTTP API, as the console does.</summary>
internal static class AlertApi
{
    public static async Task<JsonElement> SendAsync(SiloHost silo, object request)
    {
        using var response = await silo.Http.PostAsJsonAsync("/api/alerts", request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"POST /api/alerts: {(int)response.StatusCode} {body}");
        return JsonSerializer.Deserialize<JsonElement>(body);
    }

    public static async Task<JsonElement> ProgressAsync(SiloHost silo, string id) =>
        await silo.Http.GetFromJsonAsync<JsonElement>($"/api/alerts/{Uri.EscapeDataString(id)}");

    public static string Id(JsonElement progress) => progress.GetProperty("alert").GetProperty("id").GetString()!;

    public static string CmdId(JsonElement progress) => progress.GetProperty("alert").GetProperty("cmdId").GetString()!;

    public static int Count(JsonElement progress, string state) => progress.GetProperty("byState").GetProperty(state).GetInt32();
}
