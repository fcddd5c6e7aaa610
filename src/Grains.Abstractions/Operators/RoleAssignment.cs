namespace CommuneRadio.Grains.Operators;

/// <summary>
/// One role of an operator, scoped to an area by its official code: the scope covers that area
/// and every area below it. <see cref="WholeTree"/> scopes the whole tree, roots added later
/// included. <see cref="CanIssueAlerts"/> is a separate permission to send disaster alerts to the
/// areas of this scope; a <see cref="OperatorRole.Viewer"/> never has it.
/// </summary>
public sealed record RoleAssignment(OperatorRole Role, string AreaCode, bool CanIssueAlerts = false)
{
    /// <summary>The scope of every area there is and will be.</summary>
    public const string WholeTree = "*";
}
