using CommuneRadio.Content.Library;

namespace CommuneRadio.Content.Approval;

/// <summary><see cref="IContentAiring"/> over the content store: always reads the current row, never a cached one.</summary>
public sealed class ContentAiring(IContentStore store) : IContentAiring
{
    public async Task<AiringCheck> CheckAsync(string contentId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(contentId);
        return AiringCheck.Of(contentId, await store.GetAsync(contentId, cancellationToken).ConfigureAwait(false));
    }
}
