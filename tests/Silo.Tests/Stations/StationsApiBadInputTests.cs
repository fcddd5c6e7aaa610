using System.Net;
using System.Text;
using System.Text.Json;
using CommuneRadio.Silo.Tests.Hosting;

namespace CommuneRadio.Silo.Tests.Stations;

/// <summary>Bad requests to the station, device and volume endpoints are 400 problem details naming the field; unknown stations are 404.</summary>
public sealed class StationsApiBadInputTests : IAsyncLifetime
{
    private SiloHost _silo = null!;

    public async Task InitializeAsync()
    {
        _silo = await SiloHost.StartAsync("stations-bad-input");
        await SimulatedDevices.ImportAsync(_silo);
    }

    public async Task DisposeAsync() => await _silo.DisposeAsync();

    [Theory]
    [InlineData("""{"volume":150}""", "volume")]
    [InlineData("""{"volume":-1}""", "volume")]
    [InlineData("""{"volume":"to lắm"}""", "volume")]
    [InlineData("""{"volume":40.5}""", "volume")]
    [InlineData("""{}""", "volume")]
    [InlineData("""{"volume":""", "volume")]
    [InlineData("""[]""", "body")]
    public async Task A_bad_volume_is_a_400_naming_the_field(string body, string field)
    {
        await AssertNamesFieldAsync(await PutJsonAsync("/api/stations/s-29308/volume", body), field);
        await AssertNamesFieldAsync(await PutJsonAsync("/api/stations/s-29308/devices/d-01/volume", body), field);
    }

    [Theory]
    [InlineData("""{}""")]
    [InlineData("""{"on":"bật"}""")]
    public async Task A_bad_amplifier_setting_is_a_400_naming_the_field(string body) =>
        await AssertNamesFieldAsync(await PutJsonAsync("/api/stations/s-29308/amp", body), "on");

    [Fact]
    public async Task A_volume_that_is_not_json_is_a_400_naming_the_body()
    {
        using var content = new StringContent("volume=40", Encoding.UTF8, "text/plain");
        await AssertNamesFieldAsync(await _silo.Http.PutAsync("/api/stations/s-29308/volume", content), "body");
    }

    [Theory]
    [InlineData("""{"id":"s-new","name":"","areaCode":"29308"}""", "name")]
    [InlineData("""{"id":"s new/#","name":"Đài xã mới","areaCode":"29308"}""", "id")]
    [InlineData("""{"id":"s-new","name":"Đài xã mới","areaCode":"99999999"}""", "areaCode")]
    [InlineData("""{"id":"s-new","name":123,"areaCode":"29308"}""", "name")]
    public async Task A_bad_station_is_a_400_naming_the_field(string body, string field) =>
        await AssertNamesFieldAsync(await PostJsonAsync("/api/stations", body), field);

    [Theory]
    [InlineData("""{"id":"","name":"Cụm loa chợ"}""", "id")]
    [InlineData("""{"id":"d+1","name":"Cụm loa chợ"}""", "id")]
    [InlineData("""{"id":"d-50","name":""}""", "name")]
    [InlineData("""{"id":"d-50","name":"Cụm loa chợ","gps":{"lat":"mười","lon":105.6}}""", "gps.lat")]
    [InlineData("""{"id":"d-50","name":"Cụm loa chợ","gps":{"lat":95,"lon":105.6}}""", "gps.lat")]
    public async Task A_bad_device_is_a_400_naming_the_field(string body, string field) =>
        await AssertNamesFieldAsync(await PostJsonAsync("/api/stations/s-29308/devices", body), field);

    [Theory]
    [InlineData("status=sideways", "status")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("page=-1", "page")]
    [InlineData("area=không-có", "area")]
    public async Task A_bad_station_list_query_is_a_400_naming_the_parameter(string query, string field) =>
        await AssertNamesFieldAsync(await _silo.Http.GetAsync($"/api/stations?{query}"), field);

    [Theory]
    [InlineData("GET", "/api/stations/s-00000")]
    [InlineData("GET", "/api/stations/s-00000/history")]
    [InlineData("GET", "/api/stations/s-00000/uptime")]
    [InlineData("PUT", "/api/stations/s-00000/volume")]
    [InlineData("PUT", "/api/stations/s-29308/devices/d-99/volume")]
    [InlineData("POST", "/api/stations/s-00000/devices")]
    [InlineData("DELETE", "/api/stations/s-29308/devices/d-99")]
    public async Task An_unknown_station_or_device_is_a_404_problem(string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method is "PUT" or "POST")
        {
            request.Content = new StringContent(path.EndsWith("volume", StringComparison.Ordinal) ? """{"volume":40}""" : """{"id":"d-50","name":"Cụm loa chợ"}""", Encoding.UTF8, "application/json");
        }

        using var response = await _silo.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_valid_volume_after_bad_ones_is_applied()
    {
        using var response = await PutJsonAsync("/api/stations/s-29308/volume", """{"volume":40}""");
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.All((await _silo.StationAsync("s-29308")).Devices, d => Assert.Equal(40, d.DesiredVolume));
    }

    private Task<HttpResponseMessage> PutJsonAsync(string path, string body) =>
        _silo.Http.PutAsync(path, new StringContent(body, Encoding.UTF8, "application/json"));

    private Task<HttpResponseMessage> PostJsonAsync(string path, string body) =>
        _silo.Http.PostAsync(path, new StringContent(body, Encoding.UTF8, "application/json"));

    private static async Task AssertNamesFieldAsync(HttpResponseMessage response, string field)
    {
        using (response)
        {
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"expected 400 naming '{field}', got {(int)response.StatusCode}: {body}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var errors = JsonDocument.Parse(body).RootElement.GetProperty("errors");
            Assert.True(errors.TryGetProperty(field, out _), $"the problem names '{field}': {body}");
        }
    }
}
