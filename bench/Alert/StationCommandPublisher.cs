using CommuneRadio.Bench.Common;
using CommuneRadio.DeviceProtocol;
using CommuneRadio.MqttLink;
using MQTTnet;
using MQTTnet.Protocol;
using CommuneRadio.TestSupport.Mosquitto;

namespace CommuneRadio.Bench.Alert;

/// <summary>
/// The baseline: one MQTTnet link (BrokerLink), on one connection of a bench account allowed to publish on every
/// station's <c>cmd</c> topic, publishes one QoS 1 emergency play per station — the payload the Silo
/// sends for an alert — all at once, as the gateway's publisher does; mosquitto fans each out to the
/// station's devices. No Silo, no database: what the broker and the devices alone take.
/// </summary>
internal static class StationCommandPublisher
{
    public const string User = "bench-cmd";

    public static BenchAccount Account(string password) => new(User, password, [("publishClientSend", "stations/+/cmd")]);

    /// <summary>Connects the publishing client (before anything is timed).</summary>
    public static async Task<BrokerLink> ConnectAsync(MosquittoBroker broker, string password, CancellationToken cancellationToken)
    {
        var client = new BrokerLink(new BrokerLinkOptions
        {
            Host = broker.Host,
            Port = broker.Port,
            ClientId = "bench-cmd",
            UserName = User,
            Password = password,
            Reconnect = null,
            Timeout = TimeSpan.FromSeconds(60),
        });
        try
        {
            await client.ConnectAsync(cancellationToken);
            return client;
        }
        catch
        {
            await client.DisposeAsync();
            throw;
        }
    }

    /// <summary>Publishes <paramref name="command"/> to each station's cmd topic at QoS 1; completes when the broker acknowledged every one.</summary>
    public static async Task PublishAsync(BrokerLink client, BenchProvince province, DeviceCommand command, CancellationToken cancellationToken)
    {
        var payload = DeviceMessages.Write(command);
        var results = await Task.WhenAll(province.Stations.Select(s =>
            client.PublishAsync(
                new MqttApplicationMessageBuilder()
                    .WithTopic($"stations/{s.Id}/cmd")
                    .WithPayload(payload)
                    .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
                    .WithContentType("application/json")
                    .WithPayloadFormatIndicator(MqttPayloadFormatIndicator.CharacterData)
                    .Build(),
                cancellationToken)));
        if (results.FirstOrDefault(r => !r.IsSuccess) is { } refused)
        {
            throw new InvalidOperationException($"the broker refused a baseline command: {refused.ReasonCode}");
        }
    }
}
