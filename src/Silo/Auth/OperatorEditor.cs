using CommuneRadio.Grains.Operators;
using CommuneRadio.Silo.Api;

namespace CommuneRadio.Silo.Auth;

/// <summary>
/// The changes behind <see cref="OperatorsApi"/>, once the request is valid: checks that the
/// signed-in admin's scope covers every area involved, applies, audits (allowed or refused).
/// Scoped per request.
/// </summary>
public sealed class OperatorEditor(
    IOperatorStore operators, OperatorPasswords passwords, OperatorTokens tokens, OperatorAccess access, OperatorAudit audit, CurrentOperator current)
{
    public async Task<IResult> CreateAsync(string username, string displayName, string password, IReadOnlyList<RoleAssignment> roles, CancellationToken cancellationToken)
    {
        if (await CoverAsync(roles, "operator.create", username, cancellationToken) is { } refused)
        {
            return refused;
        }

        var created = await operators.CreateAsync(new NewOperator(username, displayName, passwords.Hash(password), roles), cancellationToken);
        if (created is null)
        {
            return ApiProblems.Conflict("username", $"'{username}' is taken (usernames ignore letter case)");
        }

        await audit.RecordAsync("operator.create", created.Username, AuditOutcome.Allowed, details: new { created.DisplayName, created.Roles }, cancellationToken: cancellationToken);
        return TypedResults.Created($"/api/operators/{created.Username}", created);
    }

    public async Task<IResult> SetRolesAsync(string username, IReadOnlyList<RoleAssignment> roles, CancellationToken cancellationToken)
    {
        var (target, refused) = await TargetAsync(username, "operator.roles", allowSelf: false, cancellationToken);
        if (target is null)
        {
            return refused!;
        }

        if (await CoverAsync(roles, "operator.roles", target.Username, cancellationToken) is { } outside)
        {
            return outside;
        }

        await operators.SetRolesAsync(target.Id, roles, cancellationToken);
        await audit.RecordAsync("operator.roles", target.Username, AuditOutcome.Allowed, details: new { before = target.Roles, after = roles }, cancellationToken: cancellationToken);
        return TypedResults.Ok(await operators.GetAsync(target.Username, cancellationToken));
    }

    public async Task<IResult> SetDisabledAsync(string username, bool disabled, CancellationToken cancellationToken)
    {
        var action = disabled ? "operator.disable" : "operator.enable";
        var (target, refused) = await TargetAsync(username, action, allowSelf: false, cancellationToken);
        if (target is null)
        {
            return refused!;
        }

        await operators.SetDisabledAsync(target.Id, disabled, cancellationToken);
        var revoked = disabled ? await tokens.RevokeAllAsync(target.Id, cancellationToken) : 0;
        await audit.RecordAsync(action, target.Username, AuditOutcome.Allowed, details: new { tokensRevoked = revoked }, cancellationToken: cancellationToken);
        return TypedResults.Ok(await operators.GetAsync(target.Username, cancellationToken));
    }

    public async Task<IResult> ResetPasswordAsync(string username, string password, CancellationToken cancellationToken)
    {
        var (target, refused) = await TargetAsync(username, "operator.password", allowSelf: true, cancellationToken);
        if (target is null)
        {
            return refused!;
        }

        await operators.SetPasswordHashAsync(target.Id, passwords.Hash(password), cancellationToken);
        var revoked = await tokens.RevokeAllAsync(target.Id, cancellationToken);
        await audit.RecordAsync("operator.password", target.Username, AuditOutcome.Allowed, details: new { tokensRevoked = revoked }, cancellationToken: cancellationToken);
        return TypedResults.NoContent();
    }

    // The operator to change, if it exists, is not the caller (unless allowed) and has every role inside the caller's scope.
    private async Task<(OperatorAccount? Target, IResult? Refusal)> TargetAsync(string username, string action, bool allowSelf, CancellationToken cancellationToken)
    {
        var target = await operators.GetAsync(username, cancellationToken);
        if (target is null)
        {
            return (null, ApiProblems.NotFound("Operator", username));
        }

        if (!allowSelf && target.Id == current.Require().Id)
        {
            await audit.RecordAsync(action, target.Username, AuditOutcome.Refused, "an operator cannot change their own roles or disable themselves", cancellationToken: cancellationToken);
            return (null, ApiProblems.Conflict("username", "is yourself: an operator cannot change their own roles or disable themselves; ask another province admin"));
        }

        return await CoverAsync(target.Roles, action, target.Username, cancellationToken) is { } refused ? (null, refused) : (target, null);
    }

    private async Task<IResult?> CoverAsync(IEnumerable<RoleAssignment> roles, string action, string target, CancellationToken cancellationToken)
    {
        foreach (var area in roles.Select(r => r.AreaCode).Distinct(StringComparer.Ordinal))
        {
            var decision = await access.CanAdministerAsync(area, cancellationToken);
            if (!decision.Allowed)
            {
                return await access.RefuseAsync(decision, action, target, cancellationToken);
            }
        }

        return null;
    }
}
