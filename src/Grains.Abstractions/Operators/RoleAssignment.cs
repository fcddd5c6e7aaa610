namespace CommuneRadio.Grains.Operators;

/// <summary>
/// One role of an operator, scoped to an area by its official code: the scope covers that area
/// and every area below it. <see cref="WholeTree"/> scopes the whole tree, roots added later
/// included. <see cref="CanIssueAlerts"/> is a separate permission to send disaster alerts to the
/// areas of this scope; a <see cref="OperatorRole.Viewer"/> never has it. <see cref="CanApproveContent"/>, likewise
/// never a Viewer's, is the permission to approve content drafted by another operator for these areas.
/// </summary>
public sealed record RoleAssignment(OperatorRole Role, string AreaCode, bool CanIssueAlerts = false, bool CanApproveContent = false)
{
    /// <summary>The scope of every area there is and will be.</summary>
    public const string WholeTree = "*";
}
