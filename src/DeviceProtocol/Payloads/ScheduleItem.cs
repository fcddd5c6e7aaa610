namespace CommuneRadio.DeviceProtocol;

/// <summary>One programme slot of a schedule: what to play from when, at which level.</summary>
public sealed record ScheduleItem
{
    public required string ItemId { get; init; }

    public required DateTimeOffset Start { get; init; }

    public required double DurationS { get; init; }

    public BroadcastPriority Priority { get; init; } = BroadcastPriority.Normal;

    public MediaRef? Media { get; init; }

    public string? Text { get; init; }

    /// <summary>Stream URL for a relayed channel.</summary>
    public string? StreamUrl { get; init; }

    public int? Volume { get; init; }
}
