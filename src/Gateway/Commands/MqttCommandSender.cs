using CommuneRadio.DeviceProtocol;
using CommuneRadio.Gateway.Metrics;
using CommuneRadio.Grains.Devices;
using MQTTnet;
using MQTTnet.Exceptions;
using MQTTnet.Protocol;
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

        var message = new MqttApplicationMessageBuilder()
            .WithTopic(topic)
            .WithPayload(DeviceMessages.Write(command))
            .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
            .WithContentType("application/json")
            .WithPayloadFormatIndicator(MqttPayloadFormatIndicator.CharacterData)
            .Build();
        if (expiry is { } left)
        {
            message.MessageExpiryInterval = (uint)Math.Ceiling(left.TotalSeconds);
        }

        MqttClientPublishResult result;
        try
        {
            result = await connections.Publisher.PublishAsync(message, cancellationToken);
        }
        catch (MqttCommunicationException e)
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
