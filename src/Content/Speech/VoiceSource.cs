namespace CommuneRadio.Content.Speech;

/// <summary>A resolved voice and the area whose setting chose it (null: the configured default).</summary>
public sealed record VoiceSource(string Voice, string? SetOnArea);
