namespace CommuneRadio.Mqtt;

/// <summary>Where a client is in its lifecycle. See <see cref="IMqttClient.StateChanged"/>.</summary>
public enum MqttClientState
{
    /// <summary>No connection and none being made: new, after DisconnectAsync, or lost without a reconnect policy.</summary>
    Disconnected,

    /// <summary>ConnectAsync is opening the connection and waiting for CONNACK.</summary>
    Connecting,

    /// <summary>CONNACK accepted the connection; publish, subscribe and unsubscribe work.</summary>
    Connected,

    /// <summary>The connection was lost and the reconnect policy is trying again, with backoff.</summary>
    Reconnecting,

    /// <summary>DisconnectAsync is sending DISCONNECT and closing.</summary>
    Disconnecting,
}
