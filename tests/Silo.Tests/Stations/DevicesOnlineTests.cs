using System.Net.Http.Json;
using System.Text.Json;
using CommuneRadio.Silo.Tests.Hosting;
using CommuneRadio.TestSupport;

namespace CommuneRadio.Silo.Tests.Stations;

public sealed class DevicesOnlineTests
{
    [Fact]
    public async Task Imported_devices_connect_with_their_own_credentials_and_the_api_shows_them_online()
    {
        await using var silo = await SiloHost.StartAsync("online");
        await using var devices = await SimulatedDevices.ImportAndConnectAsync(silo);

        await TaskTimeouts.Eventually(async () =>
        {
            var station = await silo.Http.GetFromJsonAsync<JsonElement>("/api/stations/s-29308");
            return station.GetProperty("devices").EnumerateArray().All(d => d.GetProperty("online").GetBoolean());
        }, "every device of Mỹ Hiệp shows online");

        var station = await silo.Http.GetFromJsonAsync<JsonElement>("/api/stations/s-29308");
        Assert.Equal("Đài truyền thanh xã Mỹ Hiệp", station.GetProperty("name").GetString());
        Assert.Equal(3, station.GetProperty("devices").GetArrayLength());
    }
}
