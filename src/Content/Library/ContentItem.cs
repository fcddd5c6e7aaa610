namespace CommuneRadio.Content.Library;

/// <summary>
/// One item of the content library, immutable: its kind, NFC-normalised title, the areas it is
/// meant for (official codes), its approval step and who took each step. Audio and TTS items have
/// <see cref="Media"/>; TTS items also their <see cref="Text"/> and <see cref="Voice"/>; stream relays
/// a <see cref="StreamUrl"/>; FM relays a <see cref="FrequencyMHz"/>.
/// </summary>
public sealed record ContentItem(
    string Id, ContentKind Kind, string Title, IReadOnlyList<string> AreaCodes, ContentStatus Status, string Author, DateTimeOffset CreatedAt)
{
    public MediaFile? Media { get; init; }

    public string? Text { get; init; }

    public string? Voice { get; init; }

    public string? StreamUrl { get; init; }

    public double? FrequencyMHz { get; init; }

    public string? ApprovedBy { get; init; }

    public DateTimeOffset? ApprovedAt { get; init; }

    public string? ArchivedBy { get; init; }

    public DateTimeOffset? ArchivedAt { get; init; }

    /// <summary>A new id: <c>c-</c> and 16 random hex digits.</summary>
    public static string NewId() => "c-" + Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(8));
}
