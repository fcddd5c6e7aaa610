using CommuneRadio.Grains.Operators;
using Microsoft.AspNetCore.Authorization;

namespace CommuneRadio.Silo.Auth;

/// <summary>The signed-in operator holds <see cref="Minimum"/> or a higher role, in any scope; a failure names the role and what they have.</summary>
public sealed class OperatorRoleRequirement(OperatorRole minimum) : AuthorizationHandler<OperatorRoleRequirement>, IAuthorizationRequirement
{
    public OperatorRole Minimum { get; } = minimum;

    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, OperatorRoleRequirement requirement)
    {
        // Each requirement is its own handler and is asked about every requirement of its type;
        // answer only for itself, so a failure reason names the requirement that failed.
        if (!ReferenceEquals(requirement, this) || context.Resource is not HttpContext http)
        {
            return Task.CompletedTask;
        }

        var current = CurrentOperator.Of(http);
        if (current.HasRole(requirement.Minimum))
        {
            context.Succeed(requirement);
        }
        else if (current.IsAuthenticated)
        {
            var needed = requirement.Minimum == OperatorRole.ProvinceAdmin ? "the role ProvinceAdmin" : $"the role {requirement.Minimum} or above";
            context.Fail(new AuthorizationFailureReason(this, $"{http.Request.Method} {http.Request.Path} needs {needed}; {current.Username} has {current.DescribeRoles()}"));
        }

        return Task.CompletedTask;
    }
}
