namespace CommuneRadio.Silo.Api.Content;

/// <summary><c>POST /api/content/stream</c>: a title, the live stream's URL, the target areas.</summary>
public sealed record StreamRequest(string? Title, string? Url, IReadOnlyList<string>? AreaCodes);
