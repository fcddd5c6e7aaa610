using System.Text.Json;
using CommuneRadio.StationSimulator.Credentials;
using CommuneRadio.StationSimulator.Devices;
using CommuneRadio.TestSupport;

namespace CommuneRadio.Silo.Tests.Hosting;

/// <summary>
/// A province imported into a <see cref="SiloHost"/> through <c>POST /api/import</c>, with one
/// simulated device per enrolled device, connected with the credentials the import handed out.
/// </summary>
public sealed class SimulatedDevices : IAsyncDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly Dictionary<(string Station, string Device), SimulatedDevice> _devices;

    private SimulatedDevices(Dictionary<(string, string), SimulatedDevice> devices) => _devices = devices;

    public IReadOnlyCollection<SimulatedDevice> All => _devices.Values;

    public SimulatedDevice this[string stationId, string deviceId] => _devices[(stationId, deviceId)];

    /// <summary>Imports <c>samples/province/{file}</c> and connects every device it enrolled.</summary>
    public static async Task<SimulatedDevices> ImportAndConnectAsync(
        SiloHost silo, string file = "mini.json", Func<SimulatedDeviceOptions, SimulatedDeviceOptions>? configure = null, TimeProvider? time = null)
    {
        var imported = await ImportAsync(silo, file);
        var options = new SimulatedDeviceOptions
        {
            BrokerHost = silo.Broker.Host,
            BrokerPort = silo.Broker.Port,
            HeartbeatJitter = 0,
            PlaybackSpeed = 50,
            Reconnect = new() { InitialDelay = TimeSpan.FromMilliseconds(100), MaximumDelay = TimeSpan.FromSeconds(1) },
        };
        options = configure?.Invoke(options) ?? options;
        var devices = new Dictionary<(string, string), SimulatedDevice>();
        foreach (var c in imported)
        {
            var profile = new DeviceProfile { StationId = c.StationId, DeviceId = c.DeviceId, InitialVolume = 70 };
            devices[(c.StationId, c.DeviceId)] = new SimulatedDevice(profile, c, options, time);
        }

        var simulated = new SimulatedDevices(devices);
        await Task.WhenAll(devices.Values.Select(d => d.StartAsync())).WithTimeout("every simulated device connects", TimeSpan.FromSeconds(30));
        return simulated;
    }

    /// <summary>Imports <c>samples/province/{file}</c> through the API; returns the credentials of the devices it enrolled.</summary>
    public static async Task<IReadOnlyList<SimulatorCredentials>> ImportAsync(SiloHost silo, string file = "mini.json")
    {
        var path = Path.Combine(RepositoryRoot.Path, "samples", "province", file);
        using var content = new StringContent(await File.ReadAllTextAsync(path), System.Text.Encoding.UTF8, "application/json");
        using var response = await silo.Http.PostAsync("/api/import", content);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"import failed: {(int)response.StatusCode} {body}");
        return JsonSerializer.Deserialize<ImportAnswer>(body, Json)!.Credentials;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var device in _devices.Values)
        {
            await device.DisposeAsync();
        }
    }

    private sealed record ImportAnswer(IReadOnlyList<SimulatorCredentials> Credentials);
}
