namespace CommuneRadio.Grains.Alerts;

/// <summary>
/// What an alert grain asks a station grain to play: the alert's current content at emergency
/// priority. The station turns it into the device protocol's <c>play</c> command. Its
/// <see cref="CmdId"/> changes only when an Update replaces the content, so every resend of one
/// content is the same command and no loudspeaker plays it twice.
/// </summary>
[GenerateSerializer, Immutable, Alias("cr.AlertOrder")]
public sealed record AlertOrder
{
    [Id(0)] public required string AlertId { get; init; }

    [Id(1)] public required string CmdId { get; init; }

    /// <summary>The recording to play; when null, <see cref="Text"/> is read by the device's text-to-speech.</summary>
    [Id(2)] public AlertAudio? Audio { get; init; }

    [Id(3)] public string? Text { get; init; }

    [Id(4)] public int Repeat { get; init; } = 1;

    [Id(5)] public int RepeatIntervalS { get; init; }

    [Id(6)] public int Volume { get; init; }

    [Id(7)] public required DateTimeOffset ExpiresAt { get; init; }
}
