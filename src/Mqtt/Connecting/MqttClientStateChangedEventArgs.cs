namespace CommuneRadio.Mqtt;

/// <summary>A change of <see cref="IMqttClient.State"/>, with the cause when a connection ended.</summary>
public sealed class MqttClientStateChangedEventArgs(MqttClientState previousState, MqttClientState state, Exception? exception) : EventArgs
{
    public MqttClientState PreviousState { get; } = previousState;

    public MqttClientState State { get; } = state;

    /// <summary>
    /// Why the connection ended, when it did not end by DisconnectAsync: an
    /// <see cref="MqttCommunicationException"/> (link lost, keep-alive timeout, DISCONNECT from the
    /// broker), an <see cref="MqttProtocolException"/> (the broker broke the protocol), or another
    /// exception from the transport.
    /// </summary>
    public Exception? Exception { get; } = exception;

    public override string ToString() => $"{PreviousState} -> {State}{(Exception is null ? "" : $" ({Exception.Message})")}";
}
