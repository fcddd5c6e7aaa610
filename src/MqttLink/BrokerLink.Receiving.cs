using MQTTnet;

namespace CommuneRadio.MqttLink;

public sealed partial class BrokerLink
{
    /// <summary>
    /// Every PUBLISH of a connection passes here, one at a time. One the guard refuses is neither
    /// delivered nor acknowledged; it is counted and logged, and the connection is closed (MQTT 5.0
    /// section 4.13: a malformed packet or protocol error ends the connection), so the keeper loop
    /// reconnects. Nothing else from that connection is delivered afterwards.
    /// </summary>
    private async Task OnReceivedAsync(LinkConnection connection, MqttApplicationMessageReceivedEventArgs e)
    {
        var message = e.ApplicationMessage;
        if (connection.Violated)
        {
            e.AutoAcknowledge = false;
            return;
        }

        if (ReceivedMessageGuard.Problem(message) is { } problem)
        {
            e.AutoAcknowledge = false;
            Interlocked.Increment(ref _rejected);
            Options.MessageRejected?.Invoke(problem);
            BrokerLinkLog.Rejected(_logger, Options.ClientId, message.Topic ?? "", problem);
            if (connection.MarkViolated())
            {
                // Not from inside MQTTnet's receive path: retiring disposes the client.
                _ = Task.Run(() => Retire(connection, $"protocol violation by the broker: {problem}", exception: null));
            }

            return;
        }

        if (Options.MessageHandler is not { } handler)
        {
            return;
        }

        try
        {
            await handler(message, RunToken).ConfigureAwait(false);
        }
        catch (Exception failure)
        {
            // Acknowledged anyway: an unacknowledged QoS 1 message would hold the broker's window forever.
            BrokerLinkLog.HandlerFailed(_logger, Options.ClientId, message.Topic ?? "", failure);
        }
    }

    private CancellationToken RunToken
    {
        get
        {
            lock (_gate)
            {
                return _run?.Token ?? CancellationToken.None;
            }
        }
    }
}
