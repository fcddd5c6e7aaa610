namespace CommuneRadio.Silo.Api.Content;

/// <summary><c>POST /api/content/tts</c>: a title, the text to read, the target areas, and optionally a voice (else the areas' own).</summary>
public sealed record TtsRequest(string? Title, string? Text, IReadOnlyList<string>? AreaCodes, string? Voice);
