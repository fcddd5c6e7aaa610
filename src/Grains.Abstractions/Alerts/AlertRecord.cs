namespace CommuneRadio.Grains.Alerts;

/// <summary>An alert as its grain holds it: the content on air, its phase, who issued and confirmed it, and the stations it reaches.</summary>
[GenerateSerializer, Immutable, Alias("cr.AlertRecord")]
public sealed record AlertRecord
{
    [Id(0)] public required string Id { get; init; }

    /// <summary>The content on air (the latest Alert or Update).</summary>
    [Id(1)] public required AlertMessage Message { get; init; }

    [Id(2)] public required AlertPhase Phase { get; init; }

    /// <summary>The command id of the content on air.</summary>
    [Id(3)] public required string CmdId { get; init; }

    [Id(4)] public required string IssuedBy { get; init; }

    [Id(5)] public string? ConfirmedBy { get; init; }

    [Id(6)] public required DateTimeOffset CreatedAt { get; init; }

    [Id(7)] public required DateTimeOffset UpdatedAt { get; init; }

    [Id(8)] public IReadOnlyList<AlertStation> Stations { get; init; } = [];

    [Id(9)] public IReadOnlyList<AlertRevision> Revisions { get; init; } = [];
}
