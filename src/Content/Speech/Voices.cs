namespace CommuneRadio.Content.Speech;

/// <summary>espeak-ng's Vietnamese voices: Northern (<c>vi</c>, Hà Nội), Central (<c>vi-vn-x-central</c>, Huế) and Southern (<c>vi-vn-x-south</c>, Sài Gòn).</summary>
public static class Voices
{
    public const string Northern = "vi";
    public const string Central = "vi-vn-x-central";
    public const string Southern = "vi-vn-x-south";

    public static IReadOnlyList<string> All { get; } = [Northern, Central, Southern];

    public static bool IsKnown(string? voice) => voice is not null && All.Contains(voice, StringComparer.Ordinal);

    public static string Problem => $"must be one of {string.Join(", ", All)}";
}
