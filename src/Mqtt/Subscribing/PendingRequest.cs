using CommuneRadio.Mqtt.Packets;

namespace CommuneRadio.Mqtt.Subscribing;

/// <summary>A SUBSCRIBE or UNSUBSCRIBE waiting for its SUBACK or UNSUBACK.</summary>
internal sealed class PendingRequest(MqttPacketType expectedAnswer, int filterCount)
{
    public MqttPacketType ExpectedAnswer { get; } = expectedAnswer;

    /// <summary>The answer carries one reason code per filter (sections 3.9.3 and 3.11.3).</summary>
    public int FilterCount { get; } = filterCount;

    public TaskCompletionSource<MqttPacket> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
