namespace CommuneRadio.Content.Library;

/// <summary>
/// Content items in PostgreSQL. Thread-safe singleton. Steps that change an item's status are
/// single conditional updates, so two operators approving or archiving at once cannot both win.
/// </summary>
public interface IContentStore
{
    Task AddAsync(ContentItem item, CancellationToken cancellationToken = default);

    Task<ContentItem?> GetAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>
    /// Newest first; archived items only when <paramref name="status"/> asks for them; with
    /// <paramref name="areaCodes"/>, only items meant for at least one of those areas.
    /// </summary>
    Task<IReadOnlyList<ContentItem>> ListAsync(
        ContentStatus? status, IReadOnlyCollection<string>? areaCodes, int offset, int limit, CancellationToken cancellationToken = default);

    /// <summary>Draft → Approved by <paramref name="approver"/>, unless the item is not a draft or is theirs; null then.</summary>
    Task<ContentItem?> ApproveAsync(string id, string approver, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>Draft or Approved → Archived; null when the item does not exist or is archived already.</summary>
    Task<ContentItem?> ArchiveAsync(string id, string by, DateTimeOffset at, CancellationToken cancellationToken = default);
}
