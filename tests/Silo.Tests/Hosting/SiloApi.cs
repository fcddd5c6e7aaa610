using System.Net.Http.Json;
using System.Text.Json;

namespace CommuneRadio.Silo.Tests.Hosting;

/// <summary>Typed reads of the Silo's HTTP API for tests: a station with its devices, the gateway counters, the status history.</summary>
public static class SiloApi
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<StationView> StationAsync(this SiloHost silo, string stationId) =>
        (await silo.Http.GetFromJsonAsync<StationView>($"/api/stations/{stationId}", Json))!;

    public static async Task<DeviceView> DeviceAsync(this SiloHost silo, string stationId, string deviceId) =>
        (await silo.StationAsync(stationId)).Devices.Single(d => d.DeviceId == deviceId);

    public static async Task<GatewayView> GatewayAsync(this SiloHost silo) =>
        (await silo.Http.GetFromJsonAsync<GatewayView>("/api/gateway", Json))!;

    public static async Task<IReadOnlyList<TransitionView>> HistoryAsync(this SiloHost silo, string stationId, string? deviceId = null)
    {
        var path = deviceId is null ? $"/api/stations/{stationId}/history" : $"/api/stations/{stationId}/devices/{deviceId}/history";
        return (await silo.Http.GetFromJsonAsync<List<TransitionView>>(path, Json))!;
    }
}

/// <summary>GET /api/stations/{id} as tests read it.</summary>
public sealed record StationView(string StationId, string Name, string Health, IReadOnlyList<DeviceView> Devices);

/// <summary>One device of <see cref="StationView"/>.</summary>
public sealed record DeviceView(string DeviceId, bool Online, DateTimeOffset? Since, DateTimeOffset? LastSeen, int? Volume, int? DesiredVolume, string? Firmware);

/// <summary>GET /api/gateway as tests read it.</summary>
public sealed record GatewayView(
    bool Connected, Dictionary<string, long> Received, long Accepted, long Duplicates,
    Dictionary<string, long> Malformed, Dictionary<string, long> Rejected, long Failed, long CommandsSent)
{
    public long MalformedTotal => Malformed.Values.Sum();

    public long ReceivedOf(string kind) => Received.GetValueOrDefault(kind);

    public long RejectedOf(string outcome) => Rejected.GetValueOrDefault(outcome);
}

/// <summary>One status transition of the history endpoints.</summary>
public sealed record TransitionView(string StationId, string? DeviceId, string State, DateTimeOffset At, string Reason);
