namespace CommuneRadio.Grains.Alerts;

/// <summary>
/// Where an alert stands on one device: <c>queued → sent → received → playing → done</c>, or it ends
/// <c>failed</c>, <c>expired</c> or <c>cancelled</c>. "Sent" means the broker took the command;
/// only the device's own acknowledgement (received and after) counts as delivered.
/// </summary>
[GenerateSerializer, Alias("cr.DeliveryState")]
public enum DeliveryState
{
    Queued,
    Sent,
    Received,
    Playing,
    Done,
    Failed,
    Expired,
    Cancelled,
}

public static class DeliveryStates
{
    /// <summary>How far along a state is; a device only ever moves to a state of a higher rank.</summary>
    public static int Rank(this DeliveryState state) => state switch
    {
        DeliveryState.Queued => 0,
        DeliveryState.Sent => 1,
        DeliveryState.Received => 2,
        DeliveryState.Playing => 3,
        _ => 4,
    };

    public static bool IsFinal(this DeliveryState state) => state.Rank() == 4;

    /// <summary>The device's application acknowledged the alert (what the console calls delivered).</summary>
    public static bool IsConfirmed(this DeliveryState state) =>
        state is DeliveryState.Received or DeliveryState.Playing or DeliveryState.Done;

    /// <summary>Whether a device in <paramref name="from"/> may move to <paramref name="to"/>: forward only; expiry only before playing.</summary>
    public static bool CanMove(this DeliveryState from, DeliveryState to) =>
        to.Rank() > from.Rank() && !(to == DeliveryState.Expired && from == DeliveryState.Playing);

    public static string ToWire(this DeliveryState state) => state.ToString().ToLowerInvariant();

    public static DeliveryState FromWire(string text) => Enum.Parse<DeliveryState>(text, ignoreCase: true);
}
