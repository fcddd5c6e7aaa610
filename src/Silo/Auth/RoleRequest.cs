namespace CommuneRadio.Silo.Auth;

/// <summary>One role in a request: ProvinceAdmin, CommuneOperator or Viewer (any letter case), the area code of its scope ('*' for every area), the alert permission, the content approval permission.</summary>
public sealed record RoleRequest(string? Role, string? AreaCode, bool CanIssueAlerts, bool CanApproveContent = false);
