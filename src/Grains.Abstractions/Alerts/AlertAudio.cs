namespace CommuneRadio.Grains.Alerts;

/// <summary>An alert's recording: where devices fetch it, its SHA-256 (hex) and its length in seconds.</summary>
[GenerateSerializer, Immutable, Alias("cr.AlertAudio")]
public sealed record AlertAudio(
    [property: Id(0)] string Url,
    [property: Id(1)] string Sha256,
    [property: Id(2)] double DurationS);
