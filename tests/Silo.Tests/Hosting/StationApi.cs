using System.Net.Http.Json;
using System.Text.Json;

namespace CommuneRadio.Silo.Tests.Hosting;

/// <summary>Reads station state through the Silo's HTTP API.</summary>
public static class StationApi
{
    public static async Task<bool> DeviceOnlineAsync(SiloHost silo, string stationId, string deviceId)
    {
        var station = await silo.Http.GetFromJsonAsync<JsonElement>($"/api/stations/{stationId}");
        return station.GetProperty("devices").EnumerateArray().Single(d => d.GetProperty("deviceId").GetString() == deviceId).GetProperty("online").GetBoolean();
    }
}
