using System.Net;
using System.Net.Http.Json;
using System.Text;
using CommuneRadio.DeviceProtocol;
using CommuneRadio.Mqtt;
using CommuneRadio.StationSimulator.Credentials;

namespace CommuneRadio.Silo.Tests.Hosting;

/// <summary>
/// A device account driven by hand over a bare MQTT client, for what a well-behaved simulated
/// device never does: publishing under other devices' topics, subscribing to other stations'
/// commands, sending arbitrary payloads.
/// </summary>
public sealed class RawDevice : IAsyncDisposable
{
    private readonly MqttClient _client = new();

    private RawDevice(SimulatorCredentials credentials) => Credentials = credentials;

    public SimulatorCredentials Credentials { get; }

    public MqttClient Client => _client;

    public string OwnTopic(string kind) => $"stations/{Credentials.StationId}/devices/{Credentials.DeviceId}/{kind}";

    /// <summary>Enrolls a new device through <c>POST /api/stations/{id}/devices</c> and connects with the password it answers with.</summary>
    public static async Task<RawDevice> EnrollAndConnectAsync(SiloHost silo, string stationId, string deviceId, string name = "Cụm loa thử nghiệm")
    {
        using var response = await silo.Http.PostAsJsonAsync($"/api/stations/{stationId}/devices", new { id = deviceId, name });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"enrolling {stationId}/{deviceId}: {(int)response.StatusCode} {body}");
        return await ConnectAsync(silo, System.Text.Json.JsonSerializer.Deserialize<SimulatorCredentials>(body, SiloApi.Json)!);
    }

    public static async Task<RawDevice> ConnectAsync(SiloHost silo, SimulatorCredentials credentials)
    {
        var device = new RawDevice(credentials);
        await device._client.ConnectAsync(new MqttClientOptions
        {
            Host = silo.Broker.Host,
            Port = silo.Broker.Port,
            ClientId = credentials.ClientId,
            UserName = credentials.Username,
            Password = credentials.Password,
        });
        return device;
    }

    public Task<MqttClientPublishResult> PublishAsync(string topic, string payload, bool retain = false) =>
        _client.PublishAsync(new MqttApplicationMessage(topic, Encoding.UTF8.GetBytes(payload), MqttQualityOfService.AtLeastOnce, retain));

    public Task<MqttClientPublishResult> PublishAsync(string topic, byte[] payload) =>
        _client.PublishAsync(new MqttApplicationMessage(topic, payload, MqttQualityOfService.AtLeastOnce));

    public static string Heartbeat(long seq, int volume, string? firmware = null) =>
        Encoding.UTF8.GetString(DeviceMessages.Write(new Heartbeat { Seq = seq, UptimeS = 100 + seq, Volume = volume, State = PlaybackState.Idle, Firmware = firmware }));

    public async ValueTask DisposeAsync() => await _client.DisposeAsync();
}
