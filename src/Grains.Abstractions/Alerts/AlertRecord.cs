namespace CommuneRadio.Grains.Alerts;

/// <summary>An alert as its grain holds it: the content on air, its phase, who issued and confirmed it, and the stations it reaches.</summary>
public sealed record AlertRecord
{
    public required string Id { get; init; }

    /// <summary>The content on air (the latest Alert or Update).</summary>
    public required AlertMessage Message { get; init; }

    public required AlertPhase Phase { get; init; }

    /// <summary>The command id of the content on air.</summary>
    public required string CmdId { get; init; }

    public required string IssuedBy { get; init; }

    public string? ConfirmedBy { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset UpdatedAt { get; init; }

    public IReadOnlyList<AlertStation> Stations { get; init; } = [];

    public IReadOnlyList<AlertRevision> Revisions { get; init; } = [];
}
