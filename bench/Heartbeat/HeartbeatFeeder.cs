using CommuneRadio.Bench.Common;
using CommuneRadio.DeviceProtocol;
using CommuneRadio.MqttLink;
using MQTTnet.Protocol;
using CommuneRadio.TestSupport.Mosquitto;

namespace CommuneRadio.Bench.Heartbeat;

/// <summary>
/// For the 100,000-device hold: a few connections of one bench account, allowed by its own ACL to
/// publish on every device's heartbeat topic, send one protocol-v1 heartbeat per device at QoS 1.
/// The Silo cannot tell these from heartbeats of 100,000 connections: the same topics, payloads,
/// broker and gateway. What it does not exercise is the broker holding 100,000 connections.
/// </summary>
internal static class HeartbeatFeeder
{
    public const string User = "bench-feeder";
    private const int InFlightPerConnection = 128;

    public static async Task SendAsync(MosquittoBroker broker, string password, BenchProvince province, long seq, int connections, CancellationToken cancellationToken)
    {
        var devices = province.Stations.SelectMany(s => s.DeviceIds.Select(d => (Station: s.Id, Device: d))).ToArray();
        await Task.WhenAll(Enumerable.Range(0, connections).Select(async c =>
        {
            await using var client = new BrokerLink(new BrokerLinkOptions
            {
                Host = broker.Host,
                Port = broker.Port,
                ClientId = $"bench-feeder-{c}",
                UserName = User,
                Password = password,
                Reconnect = null,
                Timeout = TimeSpan.FromSeconds(60),
            });
            await client.ConnectAsync(cancellationToken);
            using var window = new SemaphoreSlim(InFlightPerConnection);
            var pending = new List<Task>();
            for (var i = c; i < devices.Length; i += connections)
            {
                await window.WaitAsync(cancellationToken);
                var (station, device) = devices[i];
                var payload = DeviceMessages.Write(new DeviceProtocol.Heartbeat
                {
                    Seq = seq,
                    UptimeS = 3600 + seq,
                    Volume = 70,
                    State = PlaybackState.Idle,
                    Rssi = -71,
                    Firmware = "2.4.1",
                    Amp = AmpState.On,
                    SentAt = DateTimeOffset.UtcNow,
                });
                pending.Add(Publish(client, $"stations/{station}/devices/{device}/heartbeat", payload, window, cancellationToken));
            }

            await Task.WhenAll(pending);
            await client.DisconnectAsync(cancellationToken: cancellationToken);
        }));
    }

    private static async Task Publish(BrokerLink client, string topic, byte[] payload, SemaphoreSlim window, CancellationToken cancellationToken)
    {
        try
        {
            await client.PublishAsync(topic, payload, MqttQualityOfServiceLevel.AtLeastOnce, cancellationToken: cancellationToken);
        }
        finally
        {
            window.Release();
        }
    }
}
