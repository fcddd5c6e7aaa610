namespace CommuneRadio.Silo.Api.Content;

/// <summary><c>POST /api/content/fm</c>: a title, the FM frequency in MHz (87.5–108), the target areas.</summary>
public sealed record FmRequest(string? Title, double? FrequencyMHz, IReadOnlyList<string>? AreaCodes);
