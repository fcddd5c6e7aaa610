using CommuneRadio.Grains.Operators;

namespace CommuneRadio.Silo.Auth;

/// <summary>
/// Decides what the signed-in operator may do to an area: a role covers the area of its
/// assignment and every area below it (ancestry through the area registry). Scoped per request.
/// Endpoints ask, and on a refusal answer <see cref="RefuseAsync"/>, which audits it and returns
/// the 403 naming the missing role and area.
/// </summary>
public sealed class OperatorAccess(CurrentOperator current, AreaLineage lineage, OperatorAudit audit)
{
    /// <summary>Viewer or above in a scope covering the area.</summary>
    public Task<AccessDecision> CanReadAsync(string areaCode, CancellationToken cancellationToken = default) =>
        CheckAsync(OperatorRole.Viewer, areaCode, Permission.None, "read", cancellationToken);

    /// <summary>CommuneOperator or above in a scope covering the area (stations, devices, volume).</summary>
    public Task<AccessDecision> CanWriteAsync(string areaCode, CancellationToken cancellationToken = default) =>
        CheckAsync(OperatorRole.CommuneOperator, areaCode, Permission.None, "change", cancellationToken);

    /// <summary>ProvinceAdmin in a scope covering the area (areas, operators with roles there).</summary>
    public Task<AccessDecision> CanAdministerAsync(string areaCode, CancellationToken cancellationToken = default) =>
        CheckAsync(OperatorRole.ProvinceAdmin, areaCode, Permission.None, "administer", cancellationToken);

    /// <summary>
    /// The alert permission in scopes covering every one of the areas (an alert to a province
    /// needs it on the province, not on each commune). Refused with the uncovered areas named.
    /// </summary>
    public async Task<AccessDecision> CanAlertAsync(IEnumerable<string> areaCodes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(areaCodes);
        var codes = areaCodes.Distinct(StringComparer.Ordinal).ToList();
        if (codes.Count == 0)
        {
            return AccessDecision.Refuse("an alert needs at least one area", OperatorRole.CommuneOperator, null, true);
        }

        var uncovered = new List<string>();
        foreach (var code in codes)
        {
            if (!(await CheckAsync(OperatorRole.CommuneOperator, code, Permission.Alerts, "alert", cancellationToken)).Allowed)
            {
                uncovered.Add(code);
            }
        }

        return uncovered.Count == 0
            ? AccessDecision.Allow($"{current.Username} may issue alerts to {string.Join(", ", codes)}")
            : AccessDecision.Refuse(
                $"issuing alerts to {string.Join(", ", uncovered.Select(c => $"'{c}'"))} needs the alert permission in a scope covering "
                + $"{(uncovered.Count == 1 ? "it" : "them")}; {Who()} has {current.DescribeRoles()}",
                OperatorRole.CommuneOperator,
                string.Join(",", uncovered),
                true);
    }

    /// <summary>
    /// The content approval permission in scopes covering every one of the areas an item is for.
    /// Refused with the uncovered areas named.
    /// </summary>
    public async Task<AccessDecision> CanApproveContentAsync(IEnumerable<string> areaCodes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(areaCodes);
        var uncovered = new List<string>();
        foreach (var code in areaCodes.Distinct(StringComparer.Ordinal))
        {
            if (!(await CheckAsync(OperatorRole.CommuneOperator, code, Permission.ApproveContent, "approve content for", cancellationToken)).Allowed)
            {
                uncovered.Add(code);
            }
        }

        return uncovered.Count == 0
            ? AccessDecision.Allow($"{current.Username} may approve content for these areas")
            : AccessDecision.Refuse(
                $"approving content for {string.Join(", ", uncovered.Select(c => $"'{c}'"))} needs the content approval permission in a scope covering "
                + $"{(uncovered.Count == 1 ? "it" : "them")}; {Who()} has {current.DescribeRoles()}",
                OperatorRole.CommuneOperator,
                string.Join(",", uncovered),
                needsApprovePermission: true);
    }

    /// <summary>Records the refusal in the audit log and answers the 403 that names why.</summary>
    public async Task<IResult> RefuseAsync(AccessDecision decision, string action, string? target, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(decision);
        if (!current.IsAuthenticated)
        {
            return AuthProblems.Unauthenticated(audit.Context);
        }

        await audit.RecordAsync(action, target, AuditOutcome.Refused, decision.Reason, new { decision.RequiredRole, decision.AreaCode, decision.NeedsAlertPermission, decision.NeedsApprovePermission }, cancellationToken);
        return AuthProblems.Forbidden(decision);
    }

    private async Task<AccessDecision> CheckAsync(OperatorRole minimum, string areaCode, Permission permission, string verb, CancellationToken cancellationToken)
    {
        var alerts = permission == Permission.Alerts;
        var approves = permission == Permission.ApproveContent;
        ArgumentNullException.ThrowIfNull(areaCode);
        if (!current.IsAuthenticated)
        {
            return AccessDecision.Refuse("nobody is signed in", minimum, areaCode, alerts, approves);
        }

        var roles = current.Roles.Where(r => r.Role >= minimum && (!alerts || r.CanIssueAlerts) && (!approves || r.CanApproveContent)).ToList();
        if (roles.FirstOrDefault(r => r.AreaCode == RoleAssignment.WholeTree) is { } everywhere)
        {
            return AccessDecision.Allow($"{Who()} is {everywhere.Role} of every area");
        }

        var needed = alerts ? "the alert permission" : approves ? "the content approval permission" : $"the role {minimum}{(minimum == OperatorRole.ProvinceAdmin ? "" : " or above")}";
        if (areaCode == RoleAssignment.WholeTree)
        {
            return AccessDecision.Refuse($"to {verb} every area ('*') needs {needed} of every area; {Who()} has {current.DescribeRoles()}", minimum, areaCode, alerts, approves);
        }

        var ancestry = roles.Count == 0 ? [] : await lineage.OfAsync(areaCode, cancellationToken);
        if (roles.Count > 0 && ancestry.Count == 0)
        {
            return AccessDecision.Refuse($"'{areaCode}' is not a known area code, so it is in no scope of {Who()}", minimum, areaCode, alerts, approves);
        }

        if (roles.FirstOrDefault(r => ancestry.Contains(r.AreaCode, StringComparer.Ordinal)) is { } covering)
        {
            return AccessDecision.Allow($"{Who()} is {covering.Role} of {covering.AreaCode}, which covers {areaCode}");
        }

        return AccessDecision.Refuse(
            $"to {verb} area '{areaCode}' needs {needed} in a scope covering it; {Who()} has {current.DescribeRoles()}", minimum, areaCode, alerts, approves);
    }

    private string Who() => current.Username ?? "nobody";

    private enum Permission
    {
        None,
        Alerts,
        ApproveContent,
    }
}
