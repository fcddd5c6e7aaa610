using CommuneRadio.Grains.Operators;
using Microsoft.AspNetCore.Authorization;

namespace CommuneRadio.Silo.Auth;

/// <summary>
/// Authorization policies by minimum role in any scope: a signed-in operator holding that role or
/// a higher one somewhere. Scope (which area) is checked by <see cref="OperatorAccess"/> and
/// <see cref="StationScopeFilter"/>. <see cref="Viewer"/> is also the fallback for every endpoint
/// that names no policy and does not allow anonymous callers.
/// </summary>
public static class OperatorPolicies
{
    public const string Viewer = nameof(OperatorRole.Viewer);

    public const string CommuneOperator = nameof(OperatorRole.CommuneOperator);

    public const string ProvinceAdmin = nameof(OperatorRole.ProvinceAdmin);

    public static AuthorizationPolicy For(OperatorRole minimum) =>
        new AuthorizationPolicyBuilder(OperatorSchemes.Operator).RequireAuthenticatedUser().AddRequirements(new OperatorRoleRequirement(minimum)).Build();

    public static void Add(AuthorizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        foreach (var role in Enum.GetValues<OperatorRole>())
        {
            options.AddPolicy(role.ToString(), For(role));
        }

        options.DefaultPolicy = For(OperatorRole.Viewer);
        options.FallbackPolicy = For(OperatorRole.Viewer);
    }
}
