namespace CommuneRadio.Content.Approval;

/// <summary>Why an approval is refused, in words, and of which kind.</summary>
public sealed record ApprovalRefusal(ApprovalRefusalKind Kind, string Reason);
