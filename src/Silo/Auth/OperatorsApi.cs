using CommuneRadio.Grains.Operators;
using CommuneRadio.Grains.Registry;
using CommuneRadio.Silo.Api;

namespace CommuneRadio.Silo.Auth;

/// <summary>
/// <c>/api/operators</c> (ProvinceAdmin): list, create, set roles, disable/enable, reset a
/// password. An admin grants and edits only inside their own scope, and does not change their own
/// roles or disable themselves. Disabling and a password reset end the operator's sessions and
/// tokens. Every change, and every refusal, is audited.
/// </summary>
public static class OperatorsApi
{
    public static IEndpointRouteBuilder MapOperatorsApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/operators").WithTags("Operators").RequireAuthorization(OperatorPolicies.ProvinceAdmin);
        group.MapGet("/", async (IOperatorStore operators, CancellationToken ct) => TypedResults.Ok(await operators.ListAsync(ct)));
        group.MapGet("/{username}", async (string username, IOperatorStore operators, CancellationToken ct) =>
            await operators.GetAsync(username, ct) is { } account ? TypedResults.Ok(account) : ApiProblems.NotFound("Operator", username));
        group.MapPost("/", CreateAsync);
        group.MapPut("/{username}/roles", SetRolesAsync);
        group.MapPost("/{username}/disable", (string username, OperatorEditor editor, CancellationToken ct) => editor.SetDisabledAsync(username, true, ct));
        group.MapPost("/{username}/enable", (string username, OperatorEditor editor, CancellationToken ct) => editor.SetDisabledAsync(username, false, ct));
        group.MapPut("/{username}/password", ResetPasswordAsync);
        return endpoints;
    }

    private static async Task<IResult> CreateAsync(HttpRequest request, OperatorEditor editor, IAreaRegistry areas, CancellationToken cancellationToken)
    {
        var (body, problem) = await JsonBody.ReadAsync<OperatorRequest>(request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        if (OperatorRules.UsernameProblem(body!.Username) is { } badName)
        {
            return ApiProblems.Field("username", badName);
        }

        if (OperatorRules.DisplayNameProblem(body.DisplayName) is { } badDisplay)
        {
            return ApiProblems.Field("displayName", badDisplay);
        }

        if (OperatorPasswords.Problem(body.Password, body.Username) is { } badPassword)
        {
            return ApiProblems.Field("password", badPassword);
        }

        var (roles, badRoles) = await ParseRolesAsync(body.Roles ?? [], "roles", areas, cancellationToken);
        return badRoles ?? await editor.CreateAsync(body.Username!.Trim(), body.DisplayName!.Trim(), body.Password!, roles, cancellationToken);
    }

    private static async Task<IResult> SetRolesAsync(string username, HttpRequest request, OperatorEditor editor, IAreaRegistry areas, CancellationToken cancellationToken)
    {
        var (body, problem) = await JsonBody.ReadAsync<List<RoleRequest>>(request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var (roles, badRoles) = await ParseRolesAsync(body!, "", areas, cancellationToken);
        return badRoles ?? await editor.SetRolesAsync(username, roles, cancellationToken);
    }

    private static async Task<IResult> ResetPasswordAsync(string username, HttpRequest request, OperatorEditor editor, CancellationToken cancellationToken)
    {
        var (body, problem) = await JsonBody.ReadAsync<PasswordRequest>(request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        return OperatorPasswords.Problem(body!.Password, username) is { } badPassword
            ? ApiProblems.Field("password", badPassword)
            : await editor.ResetPasswordAsync(username, body.Password!, cancellationToken);
    }

    private static async Task<(IReadOnlyList<RoleAssignment> Roles, IResult? Problem)> ParseRolesAsync(
        IReadOnlyList<RoleRequest> requested, string prefix, IAreaRegistry areas, CancellationToken cancellationToken)
    {
        var roles = new List<RoleAssignment>();
        for (var i = 0; i < requested.Count; i++)
        {
            var field = prefix.Length == 0 ? $"[{i}]" : $"{prefix}[{i}]";
            var r = requested[i];
            if (r is null || !Enum.TryParse<OperatorRole>(r.Role, ignoreCase: true, out var role) || !Enum.IsDefined(role) || int.TryParse(r.Role, out _))
            {
                return ([], ApiProblems.Field($"{field}.role", "must be ProvinceAdmin, CommuneOperator or Viewer"));
            }

            var assignment = new RoleAssignment(role, r.AreaCode?.Trim() ?? "", r.CanIssueAlerts, r.CanApproveContent);
            if (OperatorRules.RoleProblem(assignment) is { } bad)
            {
                return ([], ApiProblems.Field(field, bad));
            }

            if (assignment.AreaCode != RoleAssignment.WholeTree && await areas.GetAsync(assignment.AreaCode, cancellationToken) is null)
            {
                return ([], ApiProblems.Field($"{field}.areaCode", $"'{assignment.AreaCode}' is not a known area code"));
            }

            roles.Add(assignment);
        }

        return (roles, null);
    }
}
