using CommuneRadio.Content.Library;

namespace CommuneRadio.Content.Approval;

/// <summary>
/// The four-eyes rule of the library: only a draft can be approved, and never by its author. Area
/// permissions are the caller's to check (the Silo's operator access). Pure.
/// </summary>
public static class ApprovalRules
{
    public static ApprovalRefusal? Check(ContentItem item, string approver)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentException.ThrowIfNullOrEmpty(approver);
        return item.Status switch
        {
            ContentStatus.Approved => new ApprovalRefusal(ApprovalRefusalKind.NotDraft, $"'{item.Id}' was approved already by {item.ApprovedBy}"),
            ContentStatus.Archived => new ApprovalRefusal(ApprovalRefusalKind.NotDraft, $"'{item.Id}' is archived and can no longer be approved"),
            _ when string.Equals(item.Author, approver, StringComparison.OrdinalIgnoreCase) =>
                new ApprovalRefusal(ApprovalRefusalKind.OwnContent, $"{approver} drafted '{item.Id}'; another operator must approve it"),
            _ => null,
        };
    }
}
