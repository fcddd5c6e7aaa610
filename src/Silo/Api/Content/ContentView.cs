using CommuneRadio.Content.Library;

namespace CommuneRadio.Silo.Api.Content;

/// <summary>An item as the API shows it (the media's file name on disk stays inside).</summary>
public sealed record ContentView(
    string Id, ContentKind Kind, string Title, IReadOnlyList<string> AreaCodes, ContentStatus Status, string Author, DateTimeOffset CreatedAt,
    string? ApprovedBy, DateTimeOffset? ApprovedAt, string? ArchivedBy, DateTimeOffset? ArchivedAt,
    string? Text, string? Voice, string? StreamUrl, double? FrequencyMHz, MediaView? Media)
{
    public static ContentView Of(ContentItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new ContentView(
            item.Id, item.Kind, item.Title, item.AreaCodes, item.Status, item.Author, item.CreatedAt,
            item.ApprovedBy, item.ApprovedAt, item.ArchivedBy, item.ArchivedAt,
            item.Text, item.Voice, item.StreamUrl, item.FrequencyMHz,
            item.Media is { } m ? new MediaView(m.MediaType, m.Bytes, m.Sha256, m.DurationS) : null);
    }
}
