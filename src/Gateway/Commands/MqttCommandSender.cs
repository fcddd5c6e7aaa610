using CommuneRadio.DeviceProtocol;
using CommuneRadio.Gateway.Metrics;
using CommuneRadio.Grains.Devices;
using CommuneRadio.Mqtt;
using Microsoft.Extensions.Options;

namespace CommuneRadio.Gateway.Commands;

/// <summary>
/// Publishes commands with QoS 1 on the gateway's publisher connection and waits for the broker's
/// PUBACK. A command with <c>expiresAt</c> carries an MQTT message expiry, so a broker holding it
/// for an offline device drops it when it is no longer worth playing.
/// </summary>
public sealed class MqttCommandSender(Connections.GatewayConnections connections, IOptions<GatewayOptions> options, GatewayMetrics metrics, TimeProvider time)
    : IDeviceCommandSender
{
    private readonly TopicLayout _layout = new(options.Value.TopicRoot);

    public async Task SendAsync(string stationId, string? deviceId, DeviceCommand command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var topic = deviceId is null ? _layout.StationCommands(stationId) : _layout.DeviceCommands(stationId, deviceId);
        TimeSpan? expiry = command.ExpiresAt is { } expiresAt ? expiresAt - time.GetUtcNow() : null;
        if (expiry <= TimeSpan.Zero)
        {
            throw new ArgumentException($"Command {command.CmdId} expired at {command.ExpiresAt:O}; it is not sent.", nameof(command));
        }

        var message = new MqttApplicationMessage(topic, DeviceMessages.Write(command), MqttQualityOfService.AtLeastOnce)
        {
            ContentType = "application/json",
            PayloadFormatIndicator = MqttPayloadFormatIndicator.CharacterData,
            MessageExpiryInterval = expiry is { } left ? TimeSpan.FromSeconds(Math.Ceiling(left.TotalSeconds)) : null,
        };

        MqttClientPublishResult result;
        try
        {
            result = await connections.Publisher.PublishAsync(message, cancellationToken);
        }
        catch (MqttException e)
        {
            metrics.CommandFailed();
            throw new BrokerUnavailableException($"Command {command.CmdId} for {topic} did not reach the broker: {e.Message}", e);
        }

        if (!result.IsSuccess)
        {
            metrics.CommandFailed();
            throw new BrokerUnavailableException($"The broker refused command {command.CmdId} for {topic}: {result.ReasonCode}");
        }

        metrics.CommandSent();
    }
}
