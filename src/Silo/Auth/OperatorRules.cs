using System.Text.RegularExpressions;
using CommuneRadio.Grains.Operators;

namespace CommuneRadio.Silo.Auth;

/// <summary>What makes a username, display name and role assignment acceptable; each check returns null or the problem.</summary>
public static partial class OperatorRules
{
    public static string? UsernameProblem(string? username) => username?.Trim() switch
    {
        null or "" => "is required",
        var u when !UsernamePattern().IsMatch(u) => "must be 2–64 letters (a–z), digits, '.', '_', '-' or '@'",
        _ => null,
    };

    public static string? DisplayNameProblem(string? displayName) => displayName?.Trim() switch
    {
        null or "" => "is required",
        { Length: > 200 } => "must be at most 200 characters",
        _ => null,
    };

    public static string? RoleProblem(RoleAssignment role) => role switch
    {
        { AreaCode: null or "" } => "needs an areaCode ('*' for every area)",
        { Role: OperatorRole.Viewer, CanIssueAlerts: true } => "a Viewer cannot issue alerts",
        { Role: OperatorRole.Viewer, CanApproveContent: true } => "a Viewer cannot approve content",
        _ when !Enum.IsDefined(role.Role) => "role must be ProvinceAdmin, CommuneOperator or Viewer",
        _ => null,
    };

    [GeneratedRegex("^[A-Za-z0-9._@-]{2,64}$")]
    private static partial Regex UsernamePattern();
}
