namespace CommuneRadio.Content.Library;

/// <summary>The audio of an item as stored on disk: file name in the media folder, MIME type, size, SHA-256 (hex) and duration.</summary>
public sealed record MediaFile(string FileName, string MediaType, long Bytes, string Sha256, double DurationS);
