using CommuneRadio.MqttLink;

namespace CommuneRadio.StationSimulator.Publishing;

/// <summary>What a <see cref="DeviceOutbox"/> needs from its device.</summary>
internal interface IOutboxOwner
{
    /// <summary>Open while the device is connected and has announced itself online.</summary>
    AsyncGate Online { get; }

    BrokerLink? CurrentClient { get; }

    TimeProvider Time { get; }

    /// <summary>Called once per message, after it was published (<paramref name="published"/>) or dropped.</summary>
    void OnOutgoingDone(OutgoingMessage message, bool published);

    /// <summary>A publish found <paramref name="client"/> not connected: the device closes its gate until the client is back.</summary>
    void OnNotConnected(BrokerLink client);
}
