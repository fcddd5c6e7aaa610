using CommuneRadio.Mqtt.Internal;

namespace CommuneRadio.Mqtt;

public sealed partial class MqttClient
{
    public Task AbortAsync(CancellationToken cancellationToken = default)
    {
        ThrowIfDisposed();
        cancellationToken.ThrowIfCancellationRequested();
        var connection = Volatile.Read(ref _connection);
        if (connection is null)
        {
            return Task.CompletedTask;
        }

        MqttClientLog.Aborting(_logger, ClientId);
        connection.Abort(new MqttCommunicationException("The application aborted the connection (AbortAsync)."));

        // The receive loop notices too, but it may be inside the message handler (perhaps the very
        // caller); ending the connection here makes the state deterministic when this returns. Whoever
        // comes second finds the connection no longer current and does nothing.
        OnConnectionEnded(connection);
        return Task.CompletedTask;
    }
}
