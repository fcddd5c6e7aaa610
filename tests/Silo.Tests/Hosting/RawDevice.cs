using System.Net;
using System.Net.Http.Json;
using System.Text;
using CommuneRadio.DeviceProtocol;
using CommuneRadio.MqttLink;
using MQTTnet;
using MQTTnet.Protocol;
using CommuneRadio.StationSimulator.Credentials;

namespace CommuneRadio.Silo.Tests.Hosting;

/// <summary>
/// A device account driven by hand over a bare MQTT client, for what a well-behaved simulated
/// device never does: publishing under other devices' topics, subscribing to other stations'
/// commands, sending arbitrary payloads.
/// </summary>
public sealed class RawDevice : IAsyncDisposable
{
    private readonly BrokerLink _client;

    private RawDevice(SimulatorCredentials credentials, BrokerLink client) => (Credentials, _client) = (credentials, client);

    public SimulatorCredentials Credentials { get; }

    public BrokerLink Client => _client;

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
        var device = new RawDevice(credentials, new BrokerLink(new BrokerLinkOptions
        {
            Host = silo.Broker.Host,
            Port = silo.Broker.Port,
            ClientId = credentials.ClientId,
            UserName = credentials.Username,
            Password = credentials.Password,
            Reconnect = null,
        }));
        try
        {
            await device._client.ConnectAsync();
        }
        catch
        {
            await device.DisposeAsync();
            throw;
        }

        return device;
    }

    public Task<MqttClientPublishResult> PublishAsync(string topic, string payload, bool retain = false) =>
        _client.PublishAsync(new MqttApplicationMessageBuilder().WithTopic(topic).WithPayload(Encoding.UTF8.GetBytes(payload))
            .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce).WithRetainFlag(retain).Build());

    public Task<MqttClientPublishResult> PublishAsync(string topic, byte[] payload) =>
        _client.PublishAsync(new MqttApplicationMessageBuilder().WithTopic(topic).WithPayload(payload)
            .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce).Build());

    public static string Heartbeat(long seq, int volume, string? firmware = null) =>
        Encoding.UTF8.GetString(DeviceMessages.Write(new Heartbeat { Seq = seq, UptimeS = 100 + seq, Volume = volume, State = PlaybackState.Idle, Firmware = firmware }));

    public async ValueTask DisposeAsync() => await _client.DisposeAsync();
}
