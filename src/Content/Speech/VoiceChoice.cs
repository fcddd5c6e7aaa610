namespace CommuneRadio.Content.Speech;

/// <summary>
/// The voice an area speaks with: the setting of the area itself, else of its nearest ancestor
/// that has one (a province's setting is the default of its communes), else the configured
/// default. Pure.
/// </summary>
public static class VoiceChoice
{
    /// <param name="lineage">The area and its ancestors, nearest first: [commune, province].</param>
    /// <param name="settings">Area code → voice, for the areas that have a setting.</param>
    /// <param name="fallback">The voice when no area of the lineage has one.</param>
    public static VoiceSource Resolve(IReadOnlyList<string> lineage, IReadOnlyDictionary<string, string> settings, string fallback)
    {
        ArgumentNullException.ThrowIfNull(lineage);
        ArgumentNullException.ThrowIfNull(settings);
        foreach (var code in lineage)
        {
            if (settings.TryGetValue(code, out var voice))
            {
                return new VoiceSource(voice, code);
            }
        }

        return new VoiceSource(fallback, null);
    }
}
