namespace CommuneRadio.MqttLink;

/// <summary>Where a <see cref="BrokerLink"/> is in its life.</summary>
public enum BrokerLinkState
{
    /// <summary>Not connected: before the first connect, after a stop, or after a loss without a reconnect policy.</summary>
    Disconnected,

    Connected,

    /// <summary>Lost; the link's own loop is connecting again with backoff.</summary>
    Reconnecting,
}
