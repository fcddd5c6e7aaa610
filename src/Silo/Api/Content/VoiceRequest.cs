namespace CommuneRadio.Silo.Api.Content;

/// <summary><c>PUT /api/content/voices/{areaCode}</c>: the voice for the area and everything below it.</summary>
public sealed record VoiceRequest(string? Voice);
