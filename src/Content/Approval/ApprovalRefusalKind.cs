namespace CommuneRadio.Content.Approval;

/// <summary>The item is not a draft (a conflict with its state), or the approver is its author (not allowed).</summary>
public enum ApprovalRefusalKind
{
    NotDraft,
    OwnContent,
}
