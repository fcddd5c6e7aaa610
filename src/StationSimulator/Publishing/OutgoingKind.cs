namespace CommuneRadio.StationSimulator.Publishing;

internal enum OutgoingKind
{
    Heartbeat,
    Ack,
    Malformed,

    /// <summary>Carries nothing: completes once everything queued before it went out.</summary>
    Flush,
}
