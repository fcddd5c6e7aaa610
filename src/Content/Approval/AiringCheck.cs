using CommuneRadio.Content.Library;

namespace CommuneRadio.Content.Approval;

/// <summary>Whether an item may air; the item when it exists; the reason when it may not.</summary>
public sealed record AiringCheck(bool MayAir, ContentItem? Item, string? Reason)
{
    public static AiringCheck Of(string contentId, ContentItem? item) => item switch
    {
        null => new AiringCheck(false, null, $"there is no content '{contentId}'"),
        { Status: ContentStatus.Approved } => new AiringCheck(true, item, null),
        { Status: ContentStatus.Draft } => new AiringCheck(false, item, $"'{contentId}' is a draft: another operator must approve it before it airs"),
        _ => new AiringCheck(false, item, $"'{contentId}' is archived"),
    };
}
