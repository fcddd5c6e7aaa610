namespace CommuneRadio.MqttLink;

public sealed class BrokerLinkStateChangedEventArgs(BrokerLinkState previousState, BrokerLinkState state) : EventArgs
{
    public BrokerLinkState PreviousState { get; } = previousState;

    public BrokerLinkState State { get; } = state;
}
