namespace CommuneRadio.Content.Speech;

/// <summary>The voice setting per area, in PostgreSQL. Thread-safe singleton.</summary>
public interface IVoiceSettings
{
    /// <summary>The settings of those of <paramref name="areaCodes"/> that have one.</summary>
    Task<IReadOnlyDictionary<string, string>> OfAsync(IEnumerable<string> areaCodes, CancellationToken cancellationToken = default);

    Task SetAsync(string areaCode, string voice, string by, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>Removes the area's own setting (it inherits again); false when it had none.</summary>
    Task<bool> ClearAsync(string areaCode, CancellationToken cancellationToken = default);
}
