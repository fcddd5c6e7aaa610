namespace CommuneRadio.MqttLink;

public sealed class MqttLinkStateChangedEventArgs(MqttLinkState previousState, MqttLinkState state) : EventArgs
{
    public MqttLinkState PreviousState { get; } = previousState;

    public MqttLinkState State { get; } = state;
}
