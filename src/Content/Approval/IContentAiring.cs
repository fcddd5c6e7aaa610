namespace CommuneRadio.Content.Approval;

/// <summary>
/// The one question announcements and programmes ask before content airs: may this item air now?
/// Only approved, unarchived items may. Thread-safe singleton.
/// </summary>
public interface IContentAiring
{
    Task<AiringCheck> CheckAsync(string contentId, CancellationToken cancellationToken = default);
}
