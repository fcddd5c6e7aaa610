using MQTTnet;
using MQTTnet.Exceptions;
using MQTTnet.Protocol;

namespace CommuneRadio.MqttLink;

public sealed partial class BrokerLink
{
    /// <summary>
    /// Publishes on the current connection. QoS 0 completes once written; QoS 1/2 on the broker's
    /// answer, and waits first while the broker's Receive Maximum of publishes is unacknowledged. A
    /// refusal comes back in the result (<see cref="MqttClientPublishResult.IsSuccess"/> false).
    /// Throws <see cref="MqttClientNotConnectedException"/> (a <see cref="MqttCommunicationException"/>)
    /// when there is no connection or it ends meanwhile: nothing is queued across reconnects.
    /// </summary>
    public async Task<MqttClientPublishResult> PublishAsync(MqttApplicationMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        ThrowIfDisposed();
        var connection = RequireConnection();
        if (message.QualityOfServiceLevel == MqttQualityOfServiceLevel.AtMostOnce)
        {
            return await SendAsync(connection, message, cancellationToken).ConfigureAwait(false);
        }

        await connection.Window.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await SendAsync(connection, message, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            connection.Window.Release();
        }
    }

    private static async Task<MqttClientPublishResult> SendAsync(LinkConnection connection, MqttApplicationMessage message, CancellationToken cancellationToken)
    {
        try
        {
            return await connection.Client.PublishAsync(message, cancellationToken).ConfigureAwait(false);
        }
        catch (ObjectDisposedException)
        {
            // The connection ended and was retired while this publish was on its way.
            throw new MqttClientNotConnectedException();
        }
    }
}
