using CommuneRadio.Grains.Operators;

namespace CommuneRadio.Silo.Auth;

/// <summary>
/// What <see cref="OperatorAccess"/> decided and why: allowed or not, the reason in words, and for
/// a refusal the role (and alert or content approval permission) that was missing and the area it was needed for.
/// </summary>
public sealed record AccessDecision(
    bool Allowed, string Reason, OperatorRole? RequiredRole, string? AreaCode, bool NeedsAlertPermission = false, bool NeedsApprovePermission = false)
{
    public static AccessDecision Allow(string reason) => new(true, reason, null, null);

    public static AccessDecision Refuse(string reason, OperatorRole? requiredRole, string? areaCode, bool needsAlertPermission = false, bool needsApprovePermission = false) =>
        new(false, reason, requiredRole, areaCode, needsAlertPermission, needsApprovePermission);
}
