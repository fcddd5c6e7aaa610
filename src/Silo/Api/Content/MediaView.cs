namespace CommuneRadio.Silo.Api.Content;

/// <summary>An item's audio: MIME type, size, SHA-256 (hex) and duration, as devices check it.</summary>
public sealed record MediaView(string MediaType, long Bytes, string Sha256, double DurationS);
